"""Re-checking reported listings against a real local HTTP server: 404/410 = gone."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from pipeline_helpers import drain, make_items
from workers.queues import queue


class _Site(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        self.send_response(404 if self.path.endswith("/0") else 200)
        self.end_headers()

    def log_message(self, *a):
        pass


def test_recheck_marks_removed_listings_gone(redis_conn):
    from sqlalchemy import select

    from review.db import session_scope
    from review.models import Case, Listing, TakedownReport, TakedownReportItem
    from workers.jobs import recheck_reported

    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        items = make_items(8)
        for it in items:
            it["url"] = f"http://127.0.0.1:{server.server_address[1]}/item/{it['listing_id'][1:]}"
        queue("ingest", redis_conn).enqueue("workers.jobs.ingest_batch", items)
        drain(redis_conn)
        with session_scope() as s:
            cases = s.scalars(select(Case).order_by(Case.id)).all()
            assert len(cases) == 2  # L0 and L4
            report = TakedownReport(platform_id=cases[0].listing.platform_id, status="sent")
            s.add(report)
            s.flush()
            s.add_all(TakedownReportItem(report_id=report.id, case_id=c.id) for c in cases)
        result = recheck_reported()
    finally:
        server.shutdown()
        server.server_close()
    assert result == {"checked": 2, "gone": 1, "still_up": 1, "errors": 0, "refused": 0}
    with session_scope(readonly=True) as s:
        gone = {l.external_id: (l.status, l.gone_at is not None) for l in s.scalars(select(Listing))
                if l.external_id in ("L0", "L4")}
        items = s.scalars(select(TakedownReportItem)).all()
    assert gone == {"L0": ("gone", True), "L4": ("active", False)}
    assert sorted(i.verified_gone_at is not None for i in items) == [False, True]
    assert all(i.last_checked_at is not None for i in items)

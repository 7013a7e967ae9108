"""Where the workers may connect (workers/egress.py): webhooks only to public addresses unless
allowed, takedown re-checks and screenshots only on the platform's own domains (redirects
included), only http(s), and never more than a small part of an answer read."""
from __future__ import annotations

import os
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from pipeline_helpers import drain, make_items

from workers import egress, queues


class _Site(BaseHTTPRequestHandler):
    """/item/N: 200; /gone/N: 404; /away/N: 302 to `away`; /loop/N: 302 to itself; /huge/N: 50 MB."""

    away = ""
    hits: list = []
    sent: list = []

    def do_GET(self):  # noqa: N802
        type(self).hits.append(self.path)
        kind = self.path.split("/")[1]
        if kind in ("away", "loop"):
            self.send_response(302)
            self.send_header("Location", type(self).away + self.path if kind == "away" else self.path)
            self.end_headers()
            return
        if kind == "huge":
            self.send_response(200)
            self.send_header("Content-Length", str(50 * 2**20))
            self.end_headers()
            sent = 0
            try:
                while sent < 50 * 2**20:
                    self.wfile.write(b"\0" * 65536)
                    sent += 65536
            except OSError:
                pass  # the client stopped reading, as it should
            type(self).sent.append(sent)
            return
        self.send_response(404 if kind == "gone" else 200)
        self.end_headers()

    def log_message(self, *a):
        pass


def _serve(host="127.0.0.1"):
    handler = type("Site", (_Site,), {"hits": [], "sent": [], "away": ""})
    server = ThreadingHTTPServer((host, 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, handler, f"http://{host}:{server.server_address[1]}"


@pytest.fixture
def sites():
    here, other = _serve("127.0.0.1"), _serve("127.0.0.2")  # 127.0.0.2: not among demo-zh's domains
    here[1].away = other[2]
    yield here[1], here[2], other[1], other[2]
    for server, *_ in (here, other):
        server.shutdown()
        server.server_close()


def test_redact_keeps_scheme_and_host_only():
    assert egress.redact("https://hooks.slack.com/services/T0/B0/SECRET?x=1") == "https://hooks.slack.com/…"
    assert egress.redact("http://user:pw@10.0.0.1:8080/") == "http://10.0.0.1:8080/…"
    assert egress.redact("http://example.org/") == "http://example.org/"
    assert egress.redact_text("POST https://h.example/a/SECRET failed") == "POST https://h.example/… failed"


@pytest.mark.parametrize("address,why", [
    ("169.254.169.254", "link-local"), ("127.0.0.1", "loopback"), ("10.1.2.3", "private"),
    ("192.168.0.1", "private"), ("::1", "loopback"), ("fe80::1", "link-local"), ("::ffff:169.254.169.254", "link-local"),
    ("0.0.0.0", "unspecified"), ("100.64.0.1", "not globally routable"), ("224.0.0.1", "multicast")])
def test_addresses_off_limits_for_webhooks(address, why):
    assert egress.forbidden_address(address) == why


def test_public_addresses_are_allowed():
    assert egress.forbidden_address("93.184.216.34") is None and egress.forbidden_address("2606:4700::1111") is None


def test_the_connection_goes_only_to_a_checked_address(sites):
    """Even a request the URL check let through (or a DNS answer that changed) cannot connect."""
    handler, base, _, _ = sites
    with egress.client(allow_private=False) as http, pytest.raises(Exception, match="loopback"):
        http.get(base + "/item/1")
    assert handler.hits == []


def _reported(redis_conn, urls: list[str]) -> None:
    """Listings at `urls` (platform demo-zh), flagged, in a sent takedown report."""
    from sqlalchemy import select

    from review.db import session_scope
    from review.models import Case, TakedownReport, TakedownReportItem

    items = make_items(4 * len(urls))
    flagged = [it for it in items if int(it["listing_id"][1:]) % 4 == 0]
    for it, url in zip(flagged, urls, strict=True):
        it["url"] = url
    queues.queue(queues.INGEST, redis_conn).enqueue(queues.INGEST_JOB, items)
    drain(redis_conn)
    with session_scope() as s:
        cases = s.scalars(select(Case).order_by(Case.id)).all()
        report = TakedownReport(platform_id=cases[0].listing.platform_id, status="sent")
        s.add(report)
        s.flush()
        s.add_all(TakedownReportItem(report_id=report.id, case_id=c.id) for c in cases)


def test_recheck_stays_on_the_platforms_domains_and_reads_little(redis_conn, sites):
    from workers.recheck import recheck

    handler, base, other, other_base = sites
    _reported(redis_conn, [f"{base}/gone/1", f"{base}/item/2", f"{base}/away/3", f"{base}/loop/4",
                           f"{base}/huge/5", f"{other_base}/item/6", "ftp://127.0.0.1/item/7",
                           "file:///etc/passwd"])
    result = recheck()
    assert result == {"checked": 8, "gone": 1, "still_up": 2, "errors": 1, "refused": 4}
    assert other.hits == []  # neither the redirect nor the stored URL off the platform was followed
    assert handler.hits.count("/loop/4") == egress.MAX_REDIRECTS + 1  # then it gave up (an error)
    assert handler.sent and all(sent < 50 * 2**20 for sent in handler.sent)  # stopped reading early


def _chromium():
    return os.environ.get("WILDWATCH_CHROMIUM_PATH") or shutil.which("chromium") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


@pytest.mark.browser
@pytest.mark.skipif(not _chromium(), reason="Chromium not installed")
def test_screenshots_open_only_the_platforms_own_pages(redis_conn, sites):
    from sqlalchemy import select

    from review.db import session_scope
    from review.models import Evidence
    from workers.evidence import screenshot_cases

    handler, base, other, other_base = sites
    items = make_items(16, platform="demo-en")  # a browser platform served on 127.0.0.1/localhost
    urls = {"L0": f"{base}/item/0", "L4": f"{base}/away/4", "L8": f"{other_base}/item/8", "L12": "file:///etc/passwd"}
    for it in items:
        it["url"] = urls.get(it["listing_id"], f"{base}/item/x")
    queues.queue(queues.INGEST, redis_conn).enqueue(queues.INGEST_JOB, items)
    drain(redis_conn)  # the evidence job captures what it may, refuses the rest (no retry)
    with session_scope(readonly=True) as s:
        shots = [e.url for e in s.scalars(select(Evidence).where(Evidence.kind == "screenshot"))]
        from review.models import Case
        case_ids = list(s.scalars(select(Case.id)))
    assert shots == [urls["L0"]]
    assert other.hits == [] and "/away/4" in handler.hits
    assert screenshot_cases(case_ids) == {"captured": 0, "refused": 3}  # the same three, again refused

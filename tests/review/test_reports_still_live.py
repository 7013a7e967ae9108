"""Said removed, still live: the partner answers "removed", our re-check (workers/recheck.py,
against a real listing server on 127.0.0.1) still gets 200; the lead's group is told once over
its webhook (a real receiver), a failed send is recorded and retried by the next re-check, and
the lead's /reports page lists the alert. Items our re-check saw gone raise nothing."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import oversight_seed as seed
import pytest


class _Server:
    """A listing site (GET: 200, or 410 for paths in .gone) and a webhook receiver (POST)."""

    def __init__(self):
        self.posts, self.gone, self.fail_posts = [], set(), False
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                self.send_response(410 if self.path in outer.gone else 200)
                self.end_headers()

            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if outer.fail_posts:
                    self.send_response(500)
                else:
                    outer.posts.append(json.loads(body))
                    self.send_response(204)
                self.end_headers()

            def log_message(self, *a):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server(store_url, tmp_path, monkeypatch):
    from config.settings import get_settings
    from review.db import get_engine

    get_engine(store_url)
    srv = _Server()
    routing = tmp_path / "routing.yaml"
    routing.write_text(f"""
groups:
  zh-analysts: {{webhook: "{srv.url}/hooks/leads"}}
  en-analysts: {{}}
rules:
  - {{name: all, group: zh-analysts, priority: high}}
""", encoding="utf-8")
    monkeypatch.setenv("WILDWATCH_ROUTING_FILE", str(routing))
    monkeypatch.setenv("WILDWATCH_ALLOW_PRIVATE_WEBHOOKS", "1")
    get_settings.cache_clear()
    yield srv
    srv.close()


def _sent_with_answers(srv, outcomes):
    """A sent demo-zh report whose listings live on the test server; the partner answers."""
    from sqlalchemy import update

    from review import reports
    from review.db import session_scope
    from review.models import Listing

    with session_scope() as s:
        lead = seed.user(s, "lena", "lead", groups=("zh-analysts",))
        ids = seed.cases(s, len(outcomes), title="象牙手镯 <b>x</b>")
        for cid in ids:
            seed.decide(s, cid, lead, "confirm", "named-species")
        r = reports.create_report(s, lead, "demo-zh")
        reports.mark_reviewed(s, lead, r.id)
        reports.send(s, lead, r.id)
        for n, it in enumerate(sorted(r.items, key=lambda i: i.id)):
            s.execute(update(Listing).where(Listing.id == it.case.listing_id).values(url=f"{srv.url}/item/{n}"))
        items = [i.id for i in sorted(r.items, key=lambda i: i.id)]
        for item_id, outcome in zip(items, outcomes):
            if outcome:
                reports.set_outcome(s, ("demo-zh",), r.id, item_id, outcome, actor="partner")
        return r.id, items


def _alerts():
    from sqlalchemy import select

    from review.db import session_scope
    from review.models import LeadAlert

    with session_scope(readonly=True) as s:
        return [(a.report_item_id, a.notified_at is not None, a.attempts, a.last_error) for a in
                s.scalars(select(LeadAlert).order_by(LeadAlert.id))]


def test_said_removed_but_live_alerts_the_lead_once(server):
    from workers.recheck import recheck

    rid, (live, gone, unanswered) = _sent_with_answers(server, ["removed", "removed", None])
    server.gone.add("/item/1")
    assert recheck() == {"checked": 3, "gone": 1, "still_up": 2, "errors": 0, "refused": 0}
    assert [(i, sent) for i, sent, _, _ in _alerts()] == [(live, True)]  # not the gone one, not the unanswered
    [post] = server.posts
    assert post["kind"] == "still_live" and [i["item_id"] for i in post["items"]] == [live]
    assert "said removed" in post["text"] and f"report {rid}" in post["text"]
    recheck()  # a later round: no second alert, no second message
    assert len(server.posts) == 1 and len(_alerts()) == 1


def test_a_failed_alert_is_recorded_and_sent_by_the_next_recheck(server):
    from workers.recheck import recheck

    _, (live,) = _sent_with_answers(server, ["removed"])
    server.fail_posts = True
    recheck()
    [(item, sent, attempts, error)] = _alerts()
    assert item == live and not sent and attempts == 1 and "HTTP 500" in error
    assert "/hooks/leads" not in error  # the hook URL is a secret: redacted
    server.fail_posts = False
    recheck()
    assert [(i, s) for i, s, _, _ in _alerts()] == [(live, True)] and len(server.posts) == 1


def test_lead_page_lists_the_alert(server, monkeypatch):
    from fastapi.testclient import TestClient

    from web.app import create_app
    from workers.recheck import recheck

    import importlib.util
    from pathlib import Path

    rid, (live,) = _sent_with_answers(server, ["removed"])
    recheck()
    spec = importlib.util.spec_from_file_location("still_live_web_conftest",
                                                  Path(__file__).resolve().parents[1] / "web" / "conftest.py")
    web_conftest = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(web_conftest)
    with TestClient(create_app()) as c:
        web_conftest.sign_in(c, "lena", seed.PASSWORD)
        page = c.get("/reports").text
    panel = page.split('id="still-live"', 1)[1].split("</section>", 1)[0]
    assert f'href="/reports/{rid}#item-{live}"' in panel and "said removed" in panel
    assert "&lt;b&gt;x&lt;/b&gt;" in panel and "<b>x</b>" not in panel

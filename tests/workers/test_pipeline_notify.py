"""Notifications to reviewer groups over a real local HTTP server and a real local SMTP server."""
from __future__ import annotations

import json
import threading
from email import message_from_bytes
from email.policy import default as default_policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from pipeline_helpers import drain, make_items
from workers.queues import queue

HOSTILE = "象牙手镯 <script>alert(1)</script> <!channel> <http://evil.example|click> \u202eevil\nBcc: x@evil.example"


class _Hook(BaseHTTPRequestHandler):
    received: list = []
    status = 200

    def do_POST(self):  # noqa: N802
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).received.append((self.headers["Content-Type"], json.loads(body)))
        self.send_response(type(self).status)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def webhook():
    handler = type("Hook", (_Hook,), {"received": [], "status": 200})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield handler, f"http://127.0.0.1:{server.server_address[1]}/hook"
    server.shutdown()
    server.server_close()


@pytest.fixture
def smtp():
    from aiosmtpd.controller import Controller

    class Sink:
        def __init__(self):
            self.messages = []

        async def handle_DATA(self, server, session, envelope):  # noqa: N802
            self.messages.append((envelope.rcpt_tos, envelope.content))
            return "250 OK"

    import socket

    with socket.socket() as probe:  # aiosmtpd checks readiness by connecting, so no port 0
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    yield sink, port
    controller.stop()


def _routing(tmp_path, monkeypatch, hook_url, smtp_port):
    from config.settings import get_settings

    path = tmp_path / "routing.yaml"
    path.write_text(f"""
groups:
  zh-analysts: {{webhook: "{hook_url}", email: [zh-team@example.org]}}
  general: {{}}
smtp: {{host: 127.0.0.1, port: {smtp_port}, sender: wildwatch@example.org}}
rules:
  - {{name: zh, when: {{lang: [zh]}}, group: zh-analysts, priority: high}}
  - {{name: rest, group: general, priority: normal}}
""", encoding="utf-8")
    monkeypatch.setenv("WILDWATCH_ROUTING_FILE", str(path))
    monkeypatch.setenv("WILDWATCH_ALLOW_PRIVATE_WEBHOOKS", "1")  # the hook listens on 127.0.0.1
    get_settings.cache_clear()


def test_group_is_notified_once_by_webhook_and_email_with_listing_text_escaped(
        redis_conn, store_url, webhook, smtp, tmp_path, monkeypatch):
    from sqlalchemy import select

    from review.db import session_scope
    from review.models import Notification

    hook, hook_url = webhook
    sink, port = smtp
    _routing(tmp_path, monkeypatch, hook_url, port)
    items = make_items(8)
    items[0].update(title=HOSTILE, lang="zh")
    queue("ingest", redis_conn).enqueue("workers.jobs.ingest_batch", items)
    drain(redis_conn)

    assert len(hook.received) == 1
    ctype, payload = hook.received[0]
    assert ctype.startswith("application/json")
    assert len(payload["cases"]) == 2 and payload["group"] == "zh-analysts"
    text = payload["text"] + json.dumps(payload["cases"], ensure_ascii=False)
    assert "<script>" not in text and "<!channel>" not in text and "<http://evil" not in text
    assert "&lt;script&gt;" in text and "\u202e" not in text

    assert len(sink.messages) == 1
    rcpt, raw = sink.messages[0]
    assert rcpt == ["zh-team@example.org"]
    msg = message_from_bytes(raw, policy=default_policy)
    assert msg["Subject"] == "[wildwatch] 2 new case(s) for zh-analysts"
    assert msg["Bcc"] is None and msg.get_content_type() == "text/plain"
    assert "Title (verbatim, untrusted): 象牙手镯 <script>" in msg.get_content()

    with session_scope() as s:
        assert all(n.sent_at is not None for n in s.scalars(select(Notification)))
    # Routing the same listings again notifies nobody twice.
    queue("ingest", redis_conn).enqueue("workers.jobs.ingest_batch", items)
    drain(redis_conn)
    assert len(hook.received) == 1 and len(sink.messages) == 1


def test_failed_webhook_is_retried_and_email_not_resent(redis_conn, store_url, webhook, smtp, tmp_path, monkeypatch):
    from sqlalchemy import select

    from review.db import session_scope
    from review.models import Notification

    hook, hook_url = webhook
    sink, port = smtp
    _routing(tmp_path, monkeypatch, hook_url, port)
    hook.status = 500
    queue("ingest", redis_conn).enqueue("workers.jobs.ingest_batch", make_items(4))
    from workers.worker import run_worker

    run_worker(redis_conn, burst=True, with_scheduler=False, logging_level="WARNING")
    with session_scope() as s:
        rows = {n.channel: n for n in s.scalars(select(Notification))}
    assert rows["email"].sent_at is not None
    assert rows["webhook"].sent_at is None and rows["webhook"].attempts == 1
    assert "HTTP 500" in rows["webhook"].last_error
    hook.status = 200
    drain(redis_conn, allow_retries=True)  # the retry (after its backoff) sends the webhook
    with session_scope() as s:
        assert all(n.sent_at is not None for n in s.scalars(select(Notification)))
    assert len(hook.received) == 2 and len(sink.messages) == 1

"""Notifications without leaks: SMTP only over verified TLS when a password is involved, webhook
URLs (they carry their secret) never shown whole, webhooks never sent into private networks."""
from __future__ import annotations

import json
import logging
import socket
import ssl
import threading
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from pipeline_helpers import make_items

SECRET = "T0KEN-s3cr3t-b4c0n"


def _free_port() -> int:
    with socket.socket() as probe:  # aiosmtpd checks readiness by connecting, so no port 0
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class _Sink:
    def __init__(self):
        self.messages, self.logins = [], []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.messages.append((envelope.rcpt_tos, envelope.content, session.ssl is not None))
        return "250 OK"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        from aiosmtpd.smtp import AuthResult

        self.logins.append((auth_data.login, auth_data.password, session.ssl is not None))
        return AuthResult(success=True)


@pytest.fixture
def smtp_server():
    """Start aiosmtpd servers: smtp_server(tls_context=None) -> (sink, port)."""
    from aiosmtpd.controller import Controller

    started = []

    def start(tls_context=None):
        sink, port = _Sink(), _free_port()
        controller = Controller(sink, hostname="127.0.0.1", port=port, tls_context=tls_context,
                                authenticator=sink.authenticate, auth_require_tls=False)
        controller.start()
        started.append(controller)
        return sink, port

    yield start
    for c in started:
        c.stop()


@pytest.fixture
def ca():
    import trustme

    return trustme.CA()


def _server_tls(ca) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(ctx)
    return ctx


def _msg() -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"], msg["From"], msg["To"] = "[wildwatch] test", "ww@example.org", "team@example.org"
    msg.set_content("case 1")
    return msg


def test_starttls_verifies_the_certificate(smtp_server, ca, tmp_path, monkeypatch):
    from workers.notify import NotifyError, send_email

    sink, port = smtp_server(tls_context=_server_tls(ca))
    smtp = {"host": "127.0.0.1", "port": port, "starttls": True, "username": "ww", "password_env": "WW_SMTP_PW"}
    monkeypatch.setenv("WW_SMTP_PW", "hunter2")
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "nobody.pem"))  # our test CA is not trusted
    with pytest.raises(NotifyError, match="certificate not trusted"):
        send_email(smtp, _msg())
    assert sink.logins == [] and sink.messages == []

    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "ca.pem"))  # now it is
    send_email(smtp, _msg())
    assert sink.logins == [("ww", b"hunter2", True)] or sink.logins == [(b"ww", b"hunter2", True)]
    assert [tls for _, _, tls in sink.messages] == [True]


def test_a_password_is_never_sent_without_tls(smtp_server, monkeypatch):
    from workers.notify import NotifyError, send_email

    sink, port = smtp_server()  # no STARTTLS offered; AUTH allowed in clear (a careless server)
    monkeypatch.setenv("WW_SMTP_PW", "hunter2")
    plain = {"host": "127.0.0.1", "port": port, "username": "ww", "password_env": "WW_SMTP_PW"}
    with pytest.raises(NotifyError, match="refusing to send the password .* without TLS.*starttls: true"):
        send_email(plain, _msg())
    with pytest.raises(NotifyError, match="(?i)starttls"):  # asked for, not offered: no downgrade
        send_email({**plain, "starttls": True}, _msg())
    assert sink.logins == [] and sink.messages == []
    send_email({"host": "127.0.0.1", "port": port}, _msg())  # no password: plain SMTP is fine
    assert len(sink.messages) == 1 and sink.logins == []


class _Hook(BaseHTTPRequestHandler):
    status = 500
    hits: list = []

    def do_POST(self):  # noqa: N802
        type(self).hits.append(self.path)
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(type(self).status)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def hook():
    handler = type("Hook", (_Hook,), {"hits": [], "status": 500})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield handler, server.server_address[1]
    server.shutdown()
    server.server_close()


def _routing(tmp_path, monkeypatch, webhook_line: str):
    from config.settings import get_settings

    path = tmp_path / "routing.yaml"
    path.write_text(f"""
groups:
  zh-analysts: {{{webhook_line}}}
rules:
  - {{name: all, group: zh-analysts, priority: high}}
""", encoding="utf-8")
    monkeypatch.setenv("WILDWATCH_ROUTING_FILE", str(path))
    get_settings.cache_clear()


def test_webhook_secret_is_redacted_everywhere(redis_conn, store_url, hook, tmp_path, monkeypatch, caplog, capfd):
    from sqlalchemy import select

    from review.db import session_scope
    from review.models import Notification
    from workers import queues
    from workers.status import failed_jobs
    from workers.worker import run_worker

    handler, port = hook
    url = f"http://127.0.0.1:{port}/hooks/{SECRET}?key={SECRET}"
    monkeypatch.setenv("WW_HOOK", url)
    monkeypatch.setenv("WILDWATCH_ALLOW_PRIVATE_WEBHOOKS", "1")
    _routing(tmp_path, monkeypatch, "webhook_env: WW_HOOK")
    caplog.set_level(logging.DEBUG)
    queues.queue(queues.INGEST, redis_conn).enqueue(queues.INGEST_JOB, make_items(4))
    run_worker(redis_conn, burst=True, with_scheduler=False, logging_level="DEBUG")
    assert handler.hits  # the hook was called, and failed (HTTP 500)
    with session_scope(readonly=True) as s:
        [row] = s.scalars(select(Notification).where(Notification.channel == "webhook")).all()
    assert row.sent_at is None and "HTTP 500" in row.last_error
    assert f"http://127.0.0.1:{port}/…" in row.last_error and SECRET not in row.last_error

    # Its last attempt fails for good: the failed job and `failed list` show no secret either.
    job = queues.queue(queues.NOTIFY, redis_conn).enqueue("workers.jobs.notify_group", "zh-analysts")
    redis_conn.hset(job.key, "retries_left", 0)
    run_worker(redis_conn, [queues.NOTIFY], burst=True, with_scheduler=False, logging_level="DEBUG")
    assert queues.fetch_job(job.id, redis_conn).get_status() == "failed"
    exc = queues.fetch_job(job.id, redis_conn).latest_result().exc_string
    assert "HTTP 500" in exc and SECRET not in exc
    [failed] = [f for f in failed_jobs(redis_conn) if f["id"] == job.id]
    assert "HTTP 500" in failed["error"] and SECRET not in json.dumps(failed, default=str)
    out, err = capfd.readouterr()
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert SECRET not in out + err + logged


@pytest.mark.parametrize("address", ["169.254.169.254", "127.0.0.1", "10.0.0.7", "[::1]", "[::ffff:127.0.0.1]"])
def test_webhooks_into_private_networks_are_refused(address, hook, monkeypatch):
    from config.settings import get_settings
    from workers.notify import NotifyError, post_webhook

    handler, port = hook
    monkeypatch.delenv("WILDWATCH_ALLOW_PRIVATE_WEBHOOKS", raising=False)
    get_settings.cache_clear()
    url = f"http://{address}:{port}/hooks/{SECRET}"
    with pytest.raises(NotifyError, match="refused.*WILDWATCH_ALLOW_PRIVATE_WEBHOOKS") as err:
        post_webhook(url, {"text": "x"}, timeout=2)
    assert SECRET not in str(err.value) and handler.hits == []


def test_a_hostname_resolving_to_loopback_is_refused_and_the_setting_allows_it(hook, monkeypatch):
    from config.settings import get_settings
    from workers.notify import NotifyError, post_webhook

    handler, port = hook
    handler.status = 200
    monkeypatch.delenv("WILDWATCH_ALLOW_PRIVATE_WEBHOOKS", raising=False)
    get_settings.cache_clear()
    with pytest.raises(NotifyError, match="'localhost' resolves to .*loopback"):
        post_webhook(f"http://localhost:{port}/hook", {"text": "x"}, timeout=2)
    assert handler.hits == []
    monkeypatch.setenv("WILDWATCH_ALLOW_PRIVATE_WEBHOOKS", "1")
    get_settings.cache_clear()
    post_webhook(f"http://localhost:{port}/hook", {"text": "x"}, timeout=2)
    assert handler.hits == ["/hook"]
    get_settings.cache_clear()


def test_webhook_env_values_must_be_http_urls(tmp_path, monkeypatch):
    from workers.notify import NotifyError, webhook_target
    from workers.routing import load_routing

    values = {"WW_A": "file:///etc/passwd", "WW_B": "ftp://example.org/hook", "WW_C": "not a url",
              "WW_D": "http:///nohost", "WW_E": f"https://hooks.example.org/{SECRET}"}
    for var, value in values.items():
        monkeypatch.setenv(var, value)
    groups = "\n".join(f"  g{var[-1]}: {{webhook_env: {var}}}" for var in values)
    path = tmp_path / "routing.yaml"
    path.write_text(f"groups:\n{groups}\nrules:\n  - {{name: all, group: gA, priority: normal}}\n", encoding="utf-8")
    routing = load_routing(path)
    for var in ("WW_A", "WW_B", "WW_C", "WW_D"):
        name = f"g{var[-1]}"
        with pytest.raises(NotifyError, match=f"group '{name}': environment variable {var}: "
                                              r"(only http\(s\) URLs|URL has no host)"):
            webhook_target(name, routing.groups[name])
    assert webhook_target("gE", routing.groups["gE"]) == values["WW_E"]

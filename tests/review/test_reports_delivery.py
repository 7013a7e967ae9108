"""Delivering sent takedown reports: e-mail through a real SMTP server (aiosmtpd, STARTTLS with a
verified certificate) and a webhook POST to a real receiver on 127.0.0.1 that checks the HMAC
signature with the reference verifier partners get (docs/partner_webhook_verify.py); a tampered
body, an old timestamp and another secret are refused; private addresses only with the setting;
failures are recorded (URL redacted) and retried without sending what was delivered again."""
from __future__ import annotations

import email
from email import policy
import hashlib
import importlib.util
import json
import socket
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import oversight_seed as seed
import pytest
import reports_seed

HOSTILE_TITLE = "象牙 <script>x</script>\r\nBcc: victim@example.org"
VERIFIER = Path(__file__).resolve().parents[2] / "docs" / "partner_webhook_verify.py"


def _verifier():
    spec = importlib.util.spec_from_file_location("partner_webhook_verify", VERIFIER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture
def store(store_url):
    from review.db import get_engine

    get_engine(store_url)
    return store_url


def _sent(s, n=2, platform="demo-zh"):
    from review import reports

    lead = seed.user(s, "lena", "lead", groups=("zh-analysts",))
    ids = seed.cases(s, n, platform=platform, title=HOSTILE_TITLE)
    for cid in ids:
        seed.decide(s, cid, lead, "confirm", "named-species")
        reports_seed.add_evidence(s, cid)
    r = reports.create_report(s, lead, platform)
    reports.mark_reviewed(s, lead, r.id)
    reports.send(s, lead, r.id)
    return r


def _admin(s):
    return seed.user(s, "root", "admin")


# -- a real SMTP server with STARTTLS ----------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class _Sink:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.messages.append((envelope.rcpt_tos, envelope.content, session.ssl is not None))
        return "250 OK"


@pytest.fixture
def smtp(tmp_path, monkeypatch):
    """aiosmtpd on 127.0.0.1 offering STARTTLS with a certificate of a test CA that is trusted
    (SSL_CERT_FILE); the routing file points the SMTP settings at it."""
    import trustme
    from aiosmtpd.controller import Controller

    from config.settings import get_settings

    ca = trustme.CA()
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(ctx)
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "ca.pem"))
    sink, port = _Sink(), _free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port, tls_context=ctx, require_starttls=True)
    controller.start()
    routing = tmp_path / "routing.yaml"
    routing.write_text(f"""
smtp: {{host: 127.0.0.1, port: {port}, sender: reports@wcwg.example, starttls: true}}
groups:
  zh-analysts: {{}}
rules:
  - {{name: all, group: zh-analysts, priority: high}}
""", encoding="utf-8")
    monkeypatch.setenv("WILDWATCH_ROUTING_FILE", str(routing))
    get_settings.cache_clear()
    yield sink
    controller.stop()


def test_email_delivery_over_verified_tls_with_the_report_attached(store, smtp):
    from review import report_delivery as rd
    from review.db import session_scope
    from workers.deliver import deliver_report

    with session_scope() as s:
        rd.set_endpoint(s, _admin(s), "demo-zh", emails=["tns@zh.example", "legal@zh.example"])
        r = _sent(s)
        rid, digest = r.id, r.sha256
        assert rd.queue_deliveries(s, rid) == ["email"]
    assert deliver_report(rid) == {"report_id": rid, "delivered": ["email"]}
    [(rcpts, content, over_tls)] = smtp.messages
    assert over_tls and sorted(rcpts) == ["legal@zh.example", "tns@zh.example"]
    msg = email.message_from_bytes(content, policy=policy.default)
    assert msg["Subject"] == f"[wildwatch] Takedown report {rid} for demo-zh (2 item(s))"
    assert msg["Bcc"] is None and "victim" not in str(msg["To"])  # listing text never in a header
    parts = {p.get_filename(): p.get_content() for p in msg.iter_attachments()}
    attached = parts[f"takedown-report-{rid}.json"]
    attached = attached if isinstance(attached, bytes) else attached.encode()
    assert hashlib.sha256(attached).hexdigest() == digest  # the very document that was sent
    body = msg.get_body(("plain",)).get_content()
    assert digest in body and "https://demo-zh.example/" in body
    with session_scope() as s:
        [d] = rd.deliveries(s, rid)
    assert d["status"] == "delivered" and d["attempts"] == 1
    assert deliver_report(rid)["delivered"] == [] and len(smtp.messages) == 1  # never twice


# -- a real webhook receiver that verifies with the partners' reference verifier ----------------

@pytest.fixture
def receiver():
    verifier = _verifier()
    state = {"secret": None, "accepted": [], "refused": [], "raw": []}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            body = self.rfile.read(int(self.headers["Content-Length"]))
            header = self.headers.get("Wildwatch-Signature", "")
            state["raw"].append((body, header, self.headers.get("Wildwatch-Delivery")))
            try:
                state["accepted"].append(verifier.verify(state["secret"], body, header))
                self.send_response(204)
            except verifier.SignatureError as exc:
                state["refused"].append(str(exc))
                self.send_response(400)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    state["url"] = f"http://127.0.0.1:{server.server_address[1]}/hooks/wildwatch/s3cr3t-path"
    yield state
    server.shutdown()
    server.server_close()


def test_signed_webhook_is_verified_by_the_reference_verifier(store, receiver, monkeypatch):
    from config.settings import get_settings
    from review import report_delivery as rd
    from review.db import session_scope
    from workers.deliver import DeliveryFailed, deliver_report

    with session_scope() as s:
        _, secret = rd.set_endpoint(s, _admin(s), "demo-zh", webhook_url=receiver["url"])
        assert secret.startswith("whsec_")
        r = _sent(s)
        rid, digest = r.id, r.sha256
        rd.queue_deliveries(s, rid)
    receiver["secret"] = secret
    # 127.0.0.1 is not a public address: refused until the operator allows private webhooks.
    with pytest.raises(DeliveryFailed, match="loopback.*WILDWATCH_ALLOW_PRIVATE_WEBHOOKS"):
        deliver_report(rid)
    with session_scope() as s:
        [d] = rd.deliveries(s, rid)
    assert d["status"] == "failed" and d["attempts"] == 1 and "s3cr3t-path" not in d["last_error"]
    assert receiver["raw"] == []
    monkeypatch.setenv("WILDWATCH_ALLOW_PRIVATE_WEBHOOKS", "1")
    get_settings.cache_clear()
    assert deliver_report(rid)["delivered"] == ["webhook"]
    [env] = receiver["accepted"]
    assert env["event"] == "takedown_report.sent" and env["report_id"] == rid and env["sha256"] == digest
    assert [it["title"] for it in env["document"]["items"]][0].startswith("象牙 <script>")  # data, as sent
    with session_scope() as s:
        [d] = rd.deliveries(s, rid)
    assert d["status"] == "delivered" and d["attempts"] == 2 and d["response_status"] == 204
    assert d["target"] == "http://127.0.0.1:" + receiver["url"].split(":")[2].split("/")[0] + "/…"

    verifier = _verifier()
    body, header, _ = receiver["raw"][0]
    t = int(header.split(",")[0][2:])
    verifier.verify(secret, body, header, now=t + 10)  # the real delivery, still fresh
    tampered = body.replace(b"demo-zh.example", b"demo-zx.example", 1)
    with pytest.raises(verifier.SignatureError, match="does not match the body"):
        verifier.verify(secret, tampered, header, now=t)
    with pytest.raises(verifier.SignatureError, match="replay window"):
        verifier.verify(secret, body, header, now=t + 301)  # replayed six minutes later
    with pytest.raises(verifier.SignatureError, match="does not match"):
        verifier.verify("whsec_another", body, header, now=t)
    with pytest.raises(verifier.SignatureError, match="needs t="):
        verifier.verify(secret, body, "v1=abc", now=t)


def test_the_verifier_script_exit_codes(store, receiver, monkeypatch, tmp_path):
    import subprocess
    import sys

    from workers.deliver import sign

    secret = "whsec_test"
    doc = {"items": [], "report_id": 1}
    canonical = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    body = json.dumps({"report_id": 1, "platform": "p", "document": doc,
                       "sha256": hashlib.sha256(canonical).hexdigest()}).encode()
    (tmp_path / "body.json").write_bytes(body)
    env = {"WILDWATCH_WEBHOOK_SECRET": secret, "PATH": "/usr/bin:/bin"}
    ok = subprocess.run([sys.executable, str(VERIFIER), str(tmp_path / "body.json"), sign(secret, body)],
                        env=env, capture_output=True, text=True)
    assert ok.returncode == 0 and "valid: report 1" in ok.stdout
    old = subprocess.run([sys.executable, str(VERIFIER), str(tmp_path / "body.json"),
                          sign(secret, body, int(time.time()) - 3600)], env=env, capture_output=True, text=True)
    assert old.returncode == 1 and "replay window" in old.stderr


def test_a_failing_webhook_is_recorded_redacted_and_retried(store, monkeypatch):
    from config.settings import get_settings
    from review import report_delivery as rd
    from review.db import session_scope
    from workers.deliver import DeliveryFailed, deliver_report

    calls = []

    class Flaky(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            self.rfile.read(int(self.headers["Content-Length"]))
            calls.append(self.headers.get("Wildwatch-Delivery"))
            self.send_response(503 if len(calls) == 1 else 200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Flaky)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("WILDWATCH_ALLOW_PRIVATE_WEBHOOKS", "1")
    get_settings.cache_clear()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/t/SECRET-TOKEN"
        with session_scope() as s:
            rd.set_endpoint(s, _admin(s), "demo-zh", webhook_url=url)
            rid = _sent(s, 1).id
            rd.queue_deliveries(s, rid)
        with pytest.raises(DeliveryFailed, match="HTTP 503") as exc:
            deliver_report(rid)
        assert "SECRET-TOKEN" not in str(exc.value)
        with session_scope() as s:
            [d] = rd.deliveries(s, rid)
        assert d["status"] == "failed" and "HTTP 503" in d["last_error"] and "SECRET-TOKEN" not in d["last_error"]
        deliver_report(rid)  # what RQ's retry does
        assert len(calls) == 2 and calls[0] == calls[1]  # same delivery id: the partner can de-duplicate
    finally:
        server.shutdown()
        server.server_close()


def test_endpoints_are_set_by_admins_only_and_checked(store):
    from review import report_delivery as rd
    from review.db import session_scope

    with session_scope() as s:
        lead = seed.user(s, "lena", "lead", groups=("zh-analysts",))
        with pytest.raises(rd.DeliveryError, match="only an admin"):
            rd.set_endpoint(s, lead, "demo-zh", emails=["a@b.example"])
        admin = _admin(s)
        with pytest.raises(rd.DeliveryError, match=r"emails\[1\]: 'not-an-address'"):
            rd.set_endpoint(s, admin, "demo-zh", emails=["a@b.example", "not-an-address"])
        with pytest.raises(rd.DeliveryError, match="webhook_url: must be an http"):
            rd.set_endpoint(s, admin, "demo-zh", webhook_url="file:///etc/passwd")
        _, first = rd.set_endpoint(s, admin, "demo-zh", webhook_url="https://hooks.zh.example/abc")
        _, again = rd.set_endpoint(s, admin, "demo-zh", webhook_url="https://hooks.zh.example/abc")
        _, rotated = rd.set_endpoint(s, admin, "demo-zh", webhook_url="https://hooks.zh.example/abc",
                                     rotate_secret=True)
        assert first and again is None and rotated and rotated != first
        [ep] = rd.endpoints(s)
        assert ep["webhook"] == "https://hooks.zh.example/…" and rotated not in json.dumps(ep, default=str)
        with pytest.raises(rd.DeliveryError, match="only a sent report"):
            seed_case = seed.cases(s, 1)[0]
            seed.decide(s, seed_case, lead, "confirm", "named-species")
            from review import reports

            draft = reports.create_report(s, lead, "demo-zh")
            rd.queue_deliveries(s, draft.id)


def test_the_delivery_job_is_on_the_workers_allow_list():
    from workers import deliver, queues

    assert "workers.deliver.deliver_report" in queues.JOB_FUNCTIONS
    assert callable(deliver.deliver_report)

#!/usr/bin/env python3
"""Reference verifier for wildwatch's takedown report webhooks (for platform partners).

Python 3 standard library only: copy this file into your receiver. wildwatch POSTs JSON with

    Wildwatch-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>." + raw body)>
    Wildwatch-Event: takedown_report.sent
    Wildwatch-Delivery: <delivery id>          (the same id when a delivery is retried)

Check the signature over the RAW body bytes (before any JSON parsing), in constant time, and
refuse timestamps outside the replay window. Then de-duplicate on (Wildwatch-Delivery, report
sha256): a retry of a delivery you already stored is answered 2xx and ignored.

    verify(secret, body, headers["Wildwatch-Signature"])    # raises SignatureError, else returns the JSON

As a command (exit 0 = valid):
    WILDWATCH_WEBHOOK_SECRET=whsec_... python3 partner_webhook_verify.py BODY_FILE 't=...,v1=...'
    WILDWATCH_WEBHOOK_SECRET=whsec_... python3 partner_webhook_verify.py --serve 8080   # a test receiver
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import sys
import time

TOLERANCE_SECONDS = 300


class SignatureError(ValueError):
    """The delivery is not authentic or not fresh: answer 400 and do not act on it."""


def parse_header(header: str) -> tuple[int, list[str]]:
    t, sigs = None, []
    for part in (header or "").split(","):
        key, _, value = part.strip().partition("=")
        if key == "t" and value.isdigit():
            t = int(value)
        elif key == "v1" and value:
            sigs.append(value)
    if t is None or not sigs:
        raise SignatureError("signature header: needs t=<unix seconds> and v1=<hex>")
    return t, sigs


def verify(secret: str, body: bytes, header: str, now: float | None = None,
           tolerance: int = TOLERANCE_SECONDS) -> dict:
    """The report envelope (parsed JSON) if `header` signs `body` with `secret` within the
    replay window; SignatureError otherwise."""
    t, sigs = parse_header(header)
    now = time.time() if now is None else now
    if abs(now - t) > tolerance:
        raise SignatureError(f"timestamp {t} is outside the {tolerance} s replay window")
    expected = hmac.new(secret.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    if not any(hmac.compare_digest(expected, s) for s in sigs):
        raise SignatureError("signature does not match the body (tampered, or another secret)")
    envelope = json.loads(body)
    doc = envelope.get("document") or {}
    canonical = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    if hashlib.sha256(canonical).hexdigest() != envelope.get("sha256"):
        raise SignatureError("the report's sha256 does not match its document")
    return envelope


def serve(port: int, secret: str) -> None:
    """A minimal receiver that prints each verified report (for trying the integration out)."""
    from http.server import BaseHTTPRequestHandler, HTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            try:
                env = verify(secret, body, self.headers.get("Wildwatch-Signature", ""))
            except (SignatureError, ValueError) as exc:
                self.send_response(400)
                self.end_headers()
                self.wfile.write(str(exc).encode())
                return
            print(f"report {env['report_id']} ({env['platform']}): {len(env['document']['items'])} item(s), "
                  f"sha256 {env['sha256']}", flush=True)
            self.send_response(204)
            self.end_headers()

    HTTPServer(("127.0.0.1", port), Handler).serve_forever()


def main(argv: list[str]) -> int:
    secret = os.environ.get("WILDWATCH_WEBHOOK_SECRET", "")
    if not secret or len(argv) != 2:
        print(__doc__.split("As a command")[1], file=sys.stderr)
        return 2
    if argv[0] == "--serve":
        serve(int(argv[1]), secret)
        return 0
    with open(argv[0], "rb") as fh:
        body = fh.read()
    try:
        env = verify(secret, body, argv[1])
    except (SignatureError, ValueError) as exc:
        print(f"INVALID: {exc}", file=sys.stderr)
        return 1
    print(f"valid: report {env['report_id']} for {env['platform']}, sha256 {env['sha256']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

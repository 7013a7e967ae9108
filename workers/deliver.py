"""Delivering sent takedown reports to platform partners: e-mail (SMTP, as notifications) and a
webhook POST signed with HMAC-SHA256 (the job `workers.deliver.deliver_report`, queue "report").

Webhook signature (what partners verify; reference verifier: docs/partner_webhook_verify.py):

    Wildwatch-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>." + raw body)>

The timestamp is signed with the body, so an old delivery replayed later fails the partner's
replay window (5 minutes by default); `Wildwatch-Delivery` names the delivery for de-duplication.
Webhooks go to public addresses only unless WILDWATCH_ALLOW_PRIVATE_WEBHOOKS is set (egress), no
redirects are followed, and the URL (a credential) is only ever shown redacted.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import time
from email.message import EmailMessage

import httpx

from config.settings import get_settings

from . import egress
from .notify import NotifyError, _plain, send_email

SIGNATURE_HEADER = "Wildwatch-Signature"
EVENT = "takedown_report.sent"


class DeliveryFailed(RuntimeError):
    pass


def canonical(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def sign(secret: str, body: bytes, timestamp: int | None = None) -> str:
    """The signature header's value for `body` at `timestamp` (now by default)."""
    t = int(time.time()) if timestamp is None else int(timestamp)
    mac = hmac.new(secret.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={t},v1={mac}"


def webhook_body(d: dict) -> bytes:
    return canonical({"event": EVENT, "delivery_id": d["delivery_id"], "report_id": d["report_id"],
                      "platform": d["platform"], "sha256": d["sha256"], "document": d["document"]})


def post_webhook(d: dict, timeout: float = 15) -> int:
    """POST the signed report; the HTTP status (2xx) or DeliveryFailed with the URL redacted."""
    url, secret = d.get("url"), d.get("secret")
    if not url or not secret:
        raise DeliveryFailed(f"platform {d['platform']!r}: no webhook URL or secret configured any more")
    shown = egress.redact(url)
    private_ok = egress.allow_private_webhooks()
    try:
        egress.check_webhook_url(url, f"{d['platform']} webhook", allow_private=private_ok)
    except egress.EgressError as exc:
        raise DeliveryFailed(str(exc)) from None
    body = webhook_body(d)
    headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": "wildwatch-reports/1",
               SIGNATURE_HEADER: sign(secret, body), "Wildwatch-Event": EVENT,
               "Wildwatch-Delivery": str(d["delivery_id"])}
    try:
        with egress.client(allow_private=private_ok, timeout=timeout) as http:
            status = http.post(url, content=body, headers=headers).status_code
    except (httpx.HTTPError, egress.EgressError, OSError) as exc:
        raise DeliveryFailed(f"webhook {shown} unreachable: {egress.redact_text(exc, (url,))}") from None
    if not 200 <= status < 300:
        raise DeliveryFailed(f"webhook {shown} answered HTTP {status}")
    return status


def report_email(d: dict, sender: str) -> EmailMessage:
    """Plain text with the notice's essentials, and the report as JSON and CSV attachments.
    Only our own words in headers: listing text never goes into one."""
    from review.report_items import csv_text

    doc = d["document"]
    st = get_settings()
    msg = EmailMessage()
    msg["Subject"] = f"[wildwatch] Takedown report {d['report_id']} for {_plain(d['platform'], 60)} ({len(doc['items'])} item(s))"
    msg["From"] = sender
    msg["To"] = ", ".join(d["emails"])
    msg["Reply-To"] = st.notifier_email
    n = doc["notifier"]
    lines = [f"Takedown report {d['report_id']} for {_plain(d['platform'], 60)}, sent {doc['sent_at']}.",
             f"Notifier: {_plain(n['name'], 200)} <{_plain(n['email'], 200)}>"
             + (" (trusted flagger)" if n.get("trusted_flagger") else ""),
             f"Report SHA-256 (of the attached JSON): {d['sha256']}", "",
             doc["good_faith_statement"], "",
             "Answer per item in the partner pages or the API (/api/v1/partner/), or reply to this e-mail.", ""]
    for it in doc["items"]:
        lines += [f"{it['reference']} listing {_plain(it['listing_id'], 100)}: {_plain(it['species_product'], 200)}",
                  f"  URL: {_plain(it['url'], 500)}",
                  f"  Title (verbatim, untrusted): {_plain(it['title'])}",
                  f"  Legal basis: {_plain('; '.join(p['cite'] for p in it['legal_basis']), 500)}",
                  f"  Page content SHA-256: {it['content_sha256']}"]
        lines += [f"  Evidence {e['kind']} SHA-256: {e['sha256']}" for e in it["evidence"]]
        lines.append("")
    msg.set_content("\n".join(lines), charset="utf-8")
    name = f"takedown-report-{d['report_id']}"
    msg.add_attachment(canonical(doc), maintype="application", subtype="json", filename=f"{name}.json")
    msg.add_attachment(csv_text(doc).encode("utf-8-sig"), maintype="text", subtype="csv", filename=f"{name}.csv")
    return msg


def send_report_email(d: dict) -> None:
    from .routing import load_routing

    if not d.get("emails"):
        raise DeliveryFailed(f"platform {d['platform']!r}: no e-mail address configured any more")
    smtp = load_routing().smtp
    try:
        send_email(smtp, report_email(d, smtp.get("sender", "wildwatch@localhost")))
    except NotifyError as exc:
        raise DeliveryFailed(str(exc)) from None


def deliver_report(report_id: int) -> dict:
    """Send every pending (or failed) delivery of a sent report; record each result. Raises when
    one failed, so RQ retries it with backoff; what was delivered is not sent again."""
    from review import report_delivery
    from review.db import session_scope

    with session_scope(readonly=True) as s:
        todo = report_delivery.pending(s, report_id)
    results, errors = {}, []
    for d in todo:  # no transaction open while we wait on SMTP servers and webhooks
        try:
            if d["channel"] == "email":
                send_report_email(d)
                status = None
            else:
                status = post_webhook(d)
            results[d["channel"]] = (True, None, status)
        except DeliveryFailed as exc:
            msg = egress.redact_text(exc, (d.get("url") or "",))
            results[d["channel"]] = (False, msg, None)
            errors.append(f"{d['channel']}: {msg}")
    with session_scope() as s:
        for d in todo:
            ok, err, status = results[d["channel"]]
            report_delivery.mark(s, d["delivery_id"], ok, err, status)
    if errors:
        raise DeliveryFailed(f"report {report_id}: " + "; ".join(errors))
    return {"report_id": report_id, "delivered": sorted(results)}


def enqueue_delivery(report_id: int, connection=None) -> str:
    """Put the delivery job on the report queue; returns the job id."""
    from . import queues
    from .connection import connect

    conn = connection or connect()
    return queues.enqueue(conn, queues.REPORT, "workers.deliver.deliver_report", int(report_id)).id

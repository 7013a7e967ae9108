"""Where sent takedown reports go, and what became of each delivery (the store's side; the
sending is workers/deliver.py).

    row, secret = set_endpoint(s, admin, "demo-zh", emails=["tns@zh.example"], webhook_url="https://...")
    queue_deliveries(s, report_id)          # after send: one pending row per configured channel
    todo = pending(s, report_id)            # what the worker sends (with the webhook secret)
    mark(s, delivery_id, ok=True, response_status=200)

A platform's endpoint holds e-mail addresses and/or a webhook URL with its HMAC secret. The
secret is generated here, shown once, and only ever read back by the delivery worker. Address
checks (public addresses only) happen where the connection is made: workers/egress.py.
"""
from __future__ import annotations

import re
import secrets
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from .cases import DecisionError, now_utc, who
from .intake import insert
from .models import PartnerEndpoint, ReportDelivery, TakedownReport

SENT = ("sent", "acknowledged")
_EMAIL = re.compile(r"^[^@\s<>,;\"']{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}$")
MAX_ERROR = 2000


class DeliveryError(DecisionError):
    """An endpoint or delivery change that cannot be made, with what to do instead."""


def _admin(user: Any) -> str:
    _, name, role, _ = who(user)
    if role != "admin":
        raise DeliveryError("only an admin sets where a platform's reports are delivered")
    return name


def check_emails(emails) -> list[str]:
    out = []
    for i, e in enumerate(emails or []):
        e = str(e).strip()
        if not _EMAIL.match(e):
            raise DeliveryError(f"emails[{i}]: {e[:80]!r} is not an e-mail address (name@domain.tld)")
        if e not in out:
            out.append(e)
    return out


def check_webhook_url(url: str | None) -> str | None:
    url = (url or "").strip()
    if not url:
        return None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        raise DeliveryError("webhook_url: not a valid URL") from None
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise DeliveryError("webhook_url: must be an http(s) URL with a host (https:// in production)")
    return url


def shown_url(url: str | None) -> str | None:
    """scheme://host[:port]/… : a webhook URL is a credential, its path is never shown."""
    if not url:
        return None
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname}{port}/" + ("…" if parts.path not in ("", "/") or parts.query else "")


def set_endpoint(session: Session, admin: Any, platform: str, emails=None, webhook_url: str | None = None,
                 rotate_secret: bool = False) -> tuple[PartnerEndpoint, str | None]:
    """Set a platform's delivery addresses (replacing what was there). A new webhook secret is
    made when a webhook is first set or with rotate_secret; it is returned once (else None)."""
    name = _admin(admin)
    platform = str(platform or "").strip()
    if not platform:
        raise DeliveryError("platform: required")
    emails, url = check_emails(emails), check_webhook_url(webhook_url)
    row = session.scalar(select(PartnerEndpoint).where(PartnerEndpoint.platform == platform))
    if row is None:
        row = PartnerEndpoint(platform=platform, emails=[], updated_by=name, updated_at=now_utc())
        session.add(row)
    new_secret = None
    if url and (row.webhook_secret is None or rotate_secret):
        new_secret = "whsec_" + secrets.token_urlsafe(32)
        row.webhook_secret = new_secret
    if url is None:
        row.webhook_secret = None
    row.emails, row.webhook_url, row.updated_by, row.updated_at = emails, url, name, now_utc()
    session.flush()
    return row, new_secret


def endpoints(session: Session) -> list[dict]:
    """Every platform's endpoint, for pages and the CLI: the webhook redacted, no secret."""
    return [{"platform": r.platform, "emails": list(r.emails or []), "webhook": shown_url(r.webhook_url),
             "has_secret": r.webhook_secret is not None, "updated_by": r.updated_by, "updated_at": r.updated_at}
            for r in session.scalars(select(PartnerEndpoint).order_by(PartnerEndpoint.platform))]


def queue_deliveries(session: Session, report_id: int) -> list[str]:
    """One pending delivery per channel configured for the report's platform (a channel already
    queued for this report is left as it is). Returns the channels queued."""
    report = session.get(TakedownReport, report_id)
    if report is None or report.status not in SENT:
        raise DeliveryError(f"report {report_id}: only a sent report is delivered")
    ep = session.scalar(select(PartnerEndpoint).where(PartnerEndpoint.platform == report.platform.name))
    rows = []
    now = now_utc()
    if ep is not None and ep.emails:
        rows.append({"channel": "email", "target": ", ".join(ep.emails)[:500]})
    if ep is not None and ep.webhook_url:
        rows.append({"channel": "webhook", "target": shown_url(ep.webhook_url)})
    if rows:
        session.execute(insert(session, ReportDelivery).on_conflict_do_nothing(index_elements=["report_id", "channel"]),
                        [{**r, "report_id": report_id, "status": "pending", "attempts": 0, "created_at": now,
                          "updated_at": now} for r in rows])
    return [r["channel"] for r in rows]


def retry(session: Session, user: Any, report_id: int, channel: str) -> None:
    """A lead or admin sends a delivery again (a failed one, or to a partner who lost it)."""
    if who(user)[2] not in ("lead", "admin"):
        raise DeliveryError("only a lead or an admin delivers reports again")
    row = session.scalar(select(ReportDelivery).where(ReportDelivery.report_id == report_id,
                                                      ReportDelivery.channel == channel))
    if row is None:
        raise DeliveryError(f"report {report_id}: no {channel[:20]} delivery")
    row.status, row.updated_at = "pending", now_utc()
    session.flush()


def pending(session: Session, report_id: int) -> list[dict]:
    """What the worker sends for this report: each pending or failed channel with its addresses
    (the webhook's URL and secret included) and the document as sent."""
    report = session.get(TakedownReport, report_id)
    if report is None or report.status not in SENT or not report.document:
        return []
    ep = session.scalar(select(PartnerEndpoint).where(PartnerEndpoint.platform == report.platform.name))
    out = []
    for d in session.scalars(select(ReportDelivery).where(ReportDelivery.report_id == report_id,
                                                          ReportDelivery.status != "delivered")
                             .order_by(ReportDelivery.id)):
        item = {"delivery_id": d.id, "channel": d.channel, "report_id": report.id, "platform": report.platform.name,
                "sha256": report.sha256, "document": report.document, "attempt": d.attempts + 1}
        if d.channel == "email":
            item["emails"] = list(ep.emails or []) if ep else []
        else:
            item["url"], item["secret"] = (ep.webhook_url, ep.webhook_secret) if ep else (None, None)
        out.append(item)
    return out


def mark(session: Session, delivery_id: int, ok: bool, error: str | None = None,
         response_status: int | None = None) -> None:
    row = session.get(ReportDelivery, delivery_id)
    if row is None:
        return
    now = now_utc()
    row.attempts += 1
    row.status = "delivered" if ok else "failed"
    row.last_error = None if ok else (error or "failed")[:MAX_ERROR]
    row.response_status, row.updated_at = response_status, now
    if ok:
        row.delivered_at = now
    session.flush()


def deliveries(session: Session, report_id: int) -> list[dict]:
    return [{"channel": d.channel, "status": d.status, "target": d.target, "attempts": d.attempts,
             "last_error": d.last_error, "response_status": d.response_status, "delivered_at": d.delivered_at}
            for d in session.scalars(select(ReportDelivery).where(ReportDelivery.report_id == report_id)
                                     .order_by(ReportDelivery.channel))]


__all__ = ["DeliveryError", "check_emails", "check_webhook_url", "shown_url", "set_endpoint", "endpoints",
           "queue_deliveries", "retry", "pending", "mark", "deliveries"]

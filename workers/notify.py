"""Telling reviewer groups about new cases: webhook POST (JSON) and e-mail (SMTP).

Listing titles are written by criminals. Chat apps render markup in webhook text (links,
@-mentions), so &, < and > are escaped the way chat incoming webhooks expect, control
characters are dropped and text is cut short. E-mail is plain text, and no listing text ever
goes into a header (header injection).
"""
from __future__ import annotations

import json
import os
import re
import smtplib
import urllib.error
import urllib.request
from datetime import datetime, timezone
from email.message import EmailMessage

from .routing import load_routing

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_PRIORITY_ORDER = {"urgent": 0, "high": 1, "normal": 2, "low": 3}


class NotifyError(RuntimeError):
    pass


def safe_text(value, limit: int = 200) -> str:
    """Hostile text made inert for chat markup: escaped, no control/bidi characters, cut."""
    text = _CONTROL.sub("", str(value or ""))
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _plain(value, limit: int = 200) -> str:
    text = " ".join(_CONTROL.sub("", str(value or "")).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _summaries(cases: list[dict]) -> list[dict]:
    return [
        {
            "case_id": c["case_id"],
            "priority": c["priority"],
            "platform": safe_text(c["platform"], 100),
            "listing_id": safe_text(c["external_id"], 100),
            "title": safe_text(c["title"]),
            "url": safe_text(c["url"], 500),
            "score": round(float(c["score"]), 3),
            "label": c["label"],
            "categories": [safe_text(x, 40) for x in c["categories"] or []],
            "rule": safe_text(c["rule"], 100),
        }
        for c in cases
    ]


def webhook_payload(group: str, cases: list[dict]) -> dict:
    items = _summaries(cases)
    lines = [f"wildwatch: {len(items)} new case(s) for {safe_text(group, 100)}"]
    for c in items:
        lines.append(f"• [{c['priority']}] case {c['case_id']} {c['platform']}/{c['listing_id']} "
                     f"score {c['score']} {','.join(c['categories'])}: {c['title']}")
    return {"text": "\n".join(lines), "group": group, "cases": items}


def post_webhook(url: str, payload: dict, timeout: float = 10) -> None:
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    req = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": "application/json; charset=utf-8", "User-Agent": "wildwatch-notify/0.1"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            if resp.status >= 300:
                raise NotifyError(f"webhook {url} answered HTTP {resp.status}")
    except urllib.error.HTTPError as exc:
        raise NotifyError(f"webhook {url} answered HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise NotifyError(f"webhook {url} unreachable: {getattr(exc, 'reason', exc)}") from None


def email_message(group: str, cases: list[dict], sender: str, to: list[str]) -> EmailMessage:
    urgent = sum(1 for c in cases if c["priority"] == "urgent")
    msg = EmailMessage()
    # Only our own words in headers: listing text could smuggle header lines.
    msg["Subject"] = f"[wildwatch] {len(cases)} new case(s) for {_plain(group, 60)}" + (
        f" ({urgent} urgent)" if urgent else "")
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    lines = [f"{len(cases)} new case(s) in the {_plain(group, 60)} review queue.", ""]
    for c in cases:
        lines += [
            f"Case {c['case_id']} [{c['priority']}] score {float(c['score']):.2f} {c['label']} "
            f"({', '.join(c['categories'] or []) or '-'}), rule {_plain(c['rule'], 60)}",
            f"  {_plain(c['platform'], 60)} / {_plain(c['external_id'], 100)}",
            f"  Title (verbatim, untrusted): {_plain(c['title'])}",
            f"  URL (do not open outside the review setup): {_plain(c['url'], 500)}",
            "",
        ]
    msg.set_content("\n".join(lines), charset="utf-8")
    return msg


def send_email(smtp: dict, msg: EmailMessage, timeout: float = 15) -> None:
    host, port = smtp.get("host", "localhost"), int(smtp.get("port", 25))
    try:
        with smtplib.SMTP(host, port, timeout=timeout) as s:
            if smtp.get("starttls"):
                s.starttls()
            if smtp.get("username"):
                s.login(smtp["username"], os.environ.get(smtp.get("password_env") or "", ""))
            s.send_message(msg)
    except (smtplib.SMTPException, OSError) as exc:
        raise NotifyError(f"SMTP {host}:{port}: {exc}") from None


def send_pending(group_name: str) -> dict:
    """Send every unsent notification of a group; mark what was sent; raise if anything failed."""
    from sqlalchemy import select

    from review.db import session_scope
    from review.models import Assessment, Case, Listing, ListingVersion, Notification, Platform

    routing = load_routing()
    group = routing.groups.get(group_name)
    with session_scope(readonly=True) as s:
        q = (
            select(Notification.id, Notification.channel, Case.id, Case.priority, Case.routing_rule, Listing.external_id,
                   Listing.url, Platform.name, ListingVersion.title, Assessment.score, Assessment.label,
                   Assessment.categories)
            .join(Case, Case.id == Notification.case_id)
            .join(Listing, Listing.id == Case.listing_id)
            .join(Platform, Platform.id == Listing.platform_id)
            .join(Assessment, Assessment.id == Case.assessment_id)
            .join(ListingVersion, ListingVersion.id == Assessment.listing_version_id)
            .where(Notification.reviewer_group == group_name, Notification.sent_at.is_(None))
            .order_by(Case.id)
        )
        rows = s.execute(q).all()
    by_channel: dict[str, list[dict]] = {}
    for nid, channel, cid, prio, rule, ext, url, platform, title, score, label, cats in rows:
        by_channel.setdefault(channel, []).append({
            "notification_id": nid, "case_id": cid, "priority": prio, "rule": rule, "external_id": ext, "url": url,
            "platform": platform, "title": title, "score": score, "label": label, "categories": cats})
    sent, errors = {}, {}
    for channel, cases in by_channel.items():
        cases.sort(key=lambda c: (_PRIORITY_ORDER.get(c["priority"], 9), c["case_id"]))
        try:
            if group is None:
                raise NotifyError(f"group {group_name!r} is no longer in {routing.path}")
            if channel == "webhook":
                url = group.webhook_url
                if not url:
                    raise NotifyError(f"group {group_name!r}: webhook URL not set ({group.webhook_env or 'webhook'})")
                post_webhook(url, webhook_payload(group_name, cases))
            elif channel == "email":
                smtp = routing.smtp
                post = email_message(group_name, cases, smtp.get("sender", "wildwatch@localhost"), list(group.email))
                send_email(smtp, post)
            else:
                raise NotifyError(f"unknown channel {channel!r}")
            sent[channel] = [c["notification_id"] for c in cases]
        except NotifyError as exc:
            errors[channel] = (str(exc), [c["notification_id"] for c in cases])
    now = datetime.now(timezone.utc)
    from sqlalchemy import update

    with session_scope() as s:
        for ids in sent.values():
            s.execute(update(Notification).where(Notification.id.in_(ids)).values(
                sent_at=now, attempts=Notification.attempts + 1, last_error=None))
        for msg, ids in errors.values():
            s.execute(update(Notification).where(Notification.id.in_(ids)).values(
                attempts=Notification.attempts + 1, last_error=msg[:2000]))
    if errors:
        # Raising hands the job to RQ's retry with backoff; what was sent stays sent.
        raise NotifyError("; ".join(m for m, _ in errors.values()))
    return {ch: len(ids) for ch, ids in sent.items()}

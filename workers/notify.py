"""Telling reviewer groups about new cases: webhook POST (JSON) and e-mail (SMTP).

Listing titles are written by criminals. Chat apps render markup in webhook text (links,
@-mentions), so &, < and > are escaped the way chat incoming webhooks expect, control
characters are dropped and text is cut short. E-mail is plain text, and no listing text ever
goes into a header (header injection).

A webhook URL carries its secret: it is checked at send time (http(s), public addresses only,
see egress) and only ever shown redacted, in errors, notifications.last_error, failed jobs and
logs. SMTP: STARTTLS verifies the server's certificate, and a password is never sent over a
connection that is not TLS.
"""
from __future__ import annotations

import json
import os
import re
import smtplib
import ssl
from email.message import EmailMessage

import httpx

from . import egress
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
    """POST the payload; NotifyError (with the URL redacted) unless the hook answers 2xx."""
    shown = egress.redact(url)
    private_ok = egress.allow_private_webhooks()
    try:
        egress.check_webhook_url(url, allow_private=private_ok)
    except egress.EgressError as exc:
        raise NotifyError(str(exc)) from None
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": "wildwatch-notify/0.1"}
    try:
        # No redirects: a hook that moves is a configuration error, not somewhere to send cases.
        with egress.client(allow_private=private_ok, timeout=timeout) as http:
            status = http.post(url, content=body, headers=headers).status_code
    except (httpx.HTTPError, egress.EgressError, OSError) as exc:
        raise NotifyError(f"webhook {shown} unreachable: {egress.redact_text(exc, (url,))}") from None
    if status >= 300:
        raise NotifyError(f"webhook {shown} answered HTTP {status}")


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
    """Send over SMTP; with starttls, only after TLS with a verified certificate (system CAs,
    or SSL_CERT_FILE); a login only ever over that TLS."""
    host, port = smtp.get("host", "localhost"), int(smtp.get("port", 25))
    if smtp.get("username") and not smtp.get("starttls"):
        raise NotifyError(f"SMTP {host}:{port}: refusing to send the password of {smtp['username']!r} without TLS; "
                          "set `starttls: true` under smtp in the routing file")
    try:
        with smtplib.SMTP(host, port, timeout=timeout) as s:
            if smtp.get("starttls"):
                s.starttls(context=ssl.create_default_context())  # fails when the server offers no STARTTLS
            if smtp.get("username"):
                s.login(smtp["username"], os.environ.get(smtp.get("password_env") or "", ""))
            s.send_message(msg)
    except ssl.SSLCertVerificationError as exc:
        raise NotifyError(f"SMTP {host}:{port}: certificate not trusted ({exc.verify_message}); nothing sent") from None
    except (smtplib.SMTPException, ssl.SSLError, OSError) as exc:
        raise NotifyError(f"SMTP {host}:{port}: {exc}") from None


def webhook_target(group_name: str, group) -> str:
    """The group's webhook URL (from the routing file or its webhook_env variable), checked to be
    an http(s) URL; NotifyError naming where it came from otherwise. (Addresses: post_webhook.)"""
    url = group.webhook_url
    if not url:
        raise NotifyError(f"group {group_name!r}: webhook URL not set ({group.webhook_env or 'webhook'})")
    where = f"environment variable {group.webhook_env}" if group.webhook_env else "field 'webhook'"
    try:
        egress.check_http_url(url, f"group {group_name!r}: {where}")
    except egress.EgressError as exc:
        raise NotifyError(str(exc)) from None
    return url


def send_pending(group_name: str) -> dict:
    """Send every unsent notification of a group; mark what was sent; raise if anything failed."""
    from review import notifications

    routing = load_routing()
    group = routing.groups.get(group_name)
    by_channel: dict[str, list[dict]] = {}
    for n in notifications.pending(group_name):
        by_channel.setdefault(n["channel"], []).append(n)
    sent, errors = {}, {}
    for channel, cases in by_channel.items():
        cases.sort(key=lambda c: (_PRIORITY_ORDER.get(c["priority"], 9), c["case_id"]))
        try:
            if group is None:
                raise NotifyError(f"group {group_name!r} is no longer in {routing.path}")
            if channel == "webhook":
                post_webhook(webhook_target(group_name, group), webhook_payload(group_name, cases))
            elif channel == "email":
                smtp = routing.smtp
                post = email_message(group_name, cases, smtp.get("sender", "wildwatch@localhost"), list(group.email))
                send_email(smtp, post)
            else:
                raise NotifyError(f"unknown channel {channel!r}")
            # Marked at once: a worker that dies later in this loop does not send these again.
            sent[channel] = notifications.mark_sent([c["notification_id"] for c in cases])
        except NotifyError as exc:
            # Our messages already redact the hook; belt and braces for any text from below.
            secrets = (group.webhook_url or "",) if group is not None else ()
            errors[channel] = (egress.redact_text(exc, secrets), [c["notification_id"] for c in cases])
    for msg, ids in errors.values():
        notifications.mark_failed(ids, msg)
    if errors:
        # Raising hands the job to RQ's retry with backoff; what was sent stays sent.
        raise NotifyError("; ".join(m for m, _ in errors.values()))
    return sent

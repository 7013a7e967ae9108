"""Re-checking that listings in sent takedown reports are gone from their platform.

Only http(s) URLs on the listing's platform's allowed domains are opened, redirects included
(at most egress.MAX_REDIRECTS, each checked), and at most a few KB of any answer is read: the
status code is all we need. A URL we refuse is counted and logged, never fetched.
"""
from __future__ import annotations

import logging

import httpx

from config.settings import get_settings

from . import egress
from .platforms import load_platforms

log = logging.getLogger(__name__)
GONE = {404, 410}


def recheck(limit: int = 500) -> dict:
    from review import rechecks

    todo = rechecks.due(limit)
    platforms = load_platforms()
    gone, still, errors, refused = [], [], 0, 0
    clients: dict[str, httpx.Client] = {}
    headers = {"User-Agent": get_settings().user_agent}
    # No transaction is open while we wait on the platforms.
    try:
        for item in todo:
            info = platforms.get(item.get("platform") or "")
            domains = info.allowed_domains if info else ()
            try:
                egress.check_platform_url(item["url"], domains, f"re-check of {item.get('platform')!r} listing")
                if item["platform"] not in clients:
                    # The allowed domains are the operator's own choice, local ones included.
                    clients[item["platform"]] = egress.client(domains=domains, allow_private=True, headers=headers)
                status = egress.get_status(clients[item["platform"]], item["url"])
            except egress.EgressError as exc:
                refused += 1
                log.warning("re-check item %s: %s", item["item_id"], exc)
                continue
            except httpx.HTTPError:
                errors += 1  # unreachable tells us nothing; try again next round
                continue
            (gone if status in GONE else still).append(item["item_id"])
    finally:
        for c in clients.values():
            c.close()
    rechecks.record(gone, still)
    try:
        alert_still_live()
    except Exception:  # noqa: BLE001 - the round is stored; a bad routing file must not make RQ redo it
        log.exception("re-check: alerting the lead failed; the next re-check tries again")
    return {"checked": len(todo), "gone": len(gone), "still_up": len(still), "errors": errors, "refused": refused}


def alert_still_live() -> dict:
    """Tell the lead about items the partner said were removed that we still see live: one alert
    per item, sent over the case group's webhook / e-mail (routing file, as new-case
    notifications). A failure is recorded and retried by the next re-check; it never fails the
    re-check itself (its results are already stored)."""
    from review import notifications

    from .notify import NotifyError, post_webhook, safe_text, send_email, webhook_target
    from .routing import load_routing

    notifications.raise_still_live()
    routing = load_routing()
    by_group: dict[str, list[dict]] = {}
    for a in notifications.pending_alerts():
        by_group.setdefault(a["group"], []).append(a)
    sent = failed = 0
    for name, alerts in by_group.items():
        group = routing.groups.get(name)
        if group is None or not (group.webhook_url or group.webhook_env or group.email):
            continue  # no channel: the lead sees it on /reports
        ids = [a["alert_id"] for a in alerts]
        try:
            if group.webhook_url or group.webhook_env:
                post_webhook(webhook_target(name, group), still_live_payload(name, alerts))
            if group.email:
                smtp = routing.smtp
                send_email(smtp, still_live_email(name, alerts, smtp.get("sender", "wildwatch@localhost"), list(group.email)))
        except NotifyError as exc:
            secrets = (group.webhook_url or "",)
            notifications.mark_alerts(ids, error=egress.redact_text(exc, secrets))
            failed += len(ids)
            log.warning("still-live alert for %s: %s", safe_text(name, 60), egress.redact_text(exc, secrets))
            continue
        sent += notifications.mark_alerts(ids)
    return {"sent": sent, "failed": failed}


def _alert_line(a: dict, clean) -> str:
    return (f"report {a['report_id']} item {a['item_id']}, case {a['case_id']}: {clean(a['platform'], 60)}/"
            f"{clean(a['external_id'], 100)} said removed, our re-check still sees it live - {clean(a['url'], 500)}")


def still_live_payload(group: str, alerts: list[dict]) -> dict:
    from .notify import safe_text

    lines = [f"wildwatch: {len(alerts)} takedown item(s) said removed by the platform but still live ({safe_text(group, 100)})"]
    lines += [f"• {_alert_line(a, safe_text)}" for a in alerts]
    return {"text": "\n".join(lines), "group": group, "kind": "still_live",
            "items": [{"report_id": a["report_id"], "item_id": a["item_id"], "case_id": a["case_id"],
                       "platform": safe_text(a["platform"], 100), "listing_id": safe_text(a["external_id"], 100),
                       "url": safe_text(a["url"], 500)} for a in alerts]}


def still_live_email(group: str, alerts: list[dict], sender: str, to: list[str]):
    from email.message import EmailMessage

    from .notify import _plain

    msg = EmailMessage()
    msg["Subject"] = f"[wildwatch] {len(alerts)} item(s) said removed but still live ({_plain(group, 60)})"
    msg["From"], msg["To"] = sender, ", ".join(to)
    msg.set_content("The platform said these listings were removed; our re-check still sees them live.\n\n"
                    + "\n".join(_alert_line(a, _plain) for a in alerts) + "\n", charset="utf-8")
    return msg

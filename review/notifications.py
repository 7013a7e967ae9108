"""Notifications of new cases to reviewer groups: which are pending, which were sent.

The rows are made by `intake.open_cases` (one per case and channel); the notify worker reads
the pending ones, sends them outside any transaction, and marks the outcome here. Each function
runs in its own short transaction, so no database lock is held while a webhook or SMTP server
is slow.
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import select, update

from .db import session_scope
from .intake import _chunks
from .models import Assessment, Case, Listing, ListingVersion, Notification, Platform

MAX_ERROR = 2000  # characters of a delivery error kept on the row


def pending(group: str) -> list[dict]:
    """The group's unsent notifications with what a message about each case needs, by case id."""
    q = (
        select(Notification.id, Notification.channel, Case.id, Case.priority, Case.routing_rule,
               Listing.external_id, Listing.url, Platform.name, ListingVersion.title, Assessment.score,
               Assessment.label, Assessment.categories)
        .join(Case, Case.id == Notification.case_id)
        .join(Listing, Listing.id == Case.listing_id)
        .join(Platform, Platform.id == Listing.platform_id)
        .join(Assessment, Assessment.id == Case.assessment_id)
        .join(ListingVersion, ListingVersion.id == Assessment.listing_version_id)
        .where(Notification.reviewer_group == group, Notification.sent_at.is_(None))
        .order_by(Case.id, Notification.id)
    )
    with session_scope(readonly=True) as s:
        rows = s.execute(q).all()
    return [
        {"notification_id": nid, "channel": channel, "case_id": cid, "priority": prio, "rule": rule,
         "external_id": ext, "url": url, "platform": platform, "title": title, "score": score,
         "label": label, "categories": cats}
        for nid, channel, cid, prio, rule, ext, url, platform, title, score, label, cats in rows
    ]


def mark_sent(notification_ids: list[int], at: datetime | None = None) -> int:
    """Record a delivery; a notification already marked sent keeps its first time (idempotent)."""
    at = at or datetime.now(timezone.utc)
    done = 0
    with session_scope() as s:
        for chunk in _chunks(sorted(set(notification_ids))):
            done += s.execute(
                update(Notification)
                .where(Notification.id.in_(chunk), Notification.sent_at.is_(None))
                .values(sent_at=at, attempts=Notification.attempts + 1, last_error=None)
            ).rowcount
    return done


def mark_failed(notification_ids: list[int], error: str) -> int:
    """Count a failed attempt and keep its error; the notifications stay pending."""
    done = 0
    with session_scope() as s:
        for chunk in _chunks(sorted(set(notification_ids))):
            done += s.execute(
                update(Notification)
                .where(Notification.id.in_(chunk), Notification.sent_at.is_(None))
                .values(attempts=Notification.attempts + 1, last_error=str(error)[:MAX_ERROR])
            ).rowcount
    return done


# -- alerts to the lead (issue 10): said removed, still live ---------------------------------------
# One row per report item (lead_alerts, migration 0010), made when our re-check, after the
# partner said "removed", still sees the listing; sent by the re-check job over the case group's
# channels in the routing file (the same webhook / e-mail code as new-case notifications) and
# listed on the lead's /reports page whatever the channels.

def raise_still_live(at: datetime | None = None) -> list[int]:
    """An alert for every item said removed whose later re-check still saw it live (once per
    item). Returns the new alerts' ids."""
    from .intake import insert
    from .models import LeadAlert, TakedownReport, TakedownReportItem

    at = at or datetime.now(timezone.utc)
    q = (select(TakedownReportItem.id, Case.id, Case.reviewer_group, TakedownReport.id, Platform.name,
                Listing.external_id, TakedownReportItem.removed_at, TakedownReportItem.last_checked_at)
         .join(TakedownReport, TakedownReport.id == TakedownReportItem.report_id)
         .join(Case, Case.id == TakedownReportItem.case_id)
         .join(Listing, Listing.id == Case.listing_id)
         .join(Platform, Platform.id == Listing.platform_id)
         .where(TakedownReportItem.removed_at.is_not(None), TakedownReportItem.verified_gone_at.is_(None),
                TakedownReportItem.last_checked_at > TakedownReportItem.removed_at,
                TakedownReportItem.id.not_in(select(LeadAlert.report_item_id).where(LeadAlert.kind == "still_live"))))
    with session_scope() as s:
        rows = s.execute(q).all()
        if not rows:
            return []
        values = [{"kind": "still_live", "report_item_id": item, "case_id": case, "reviewer_group": group,
                   "detail": f"report {rid} item {item}: {platform}/{ext} said removed {removed:%Y-%m-%d %H:%M} UTC, "
                             f"still live at {checked:%Y-%m-%d %H:%M} UTC",
                   "created_at": at, "attempts": 0}
                  for item, case, group, rid, platform, ext, removed, checked in rows]
        made = s.execute(insert(s, LeadAlert).on_conflict_do_nothing(index_elements=["kind", "report_item_id"])
                         .returning(LeadAlert.id), values).scalars().all()
    return sorted(made)


def _alert_rows(s, where) -> list[dict]:
    from .models import LeadAlert, TakedownReportItem

    q = (select(LeadAlert, TakedownReportItem.report_id, Listing.external_id, Listing.url, Platform.name,
                ListingVersion.title)
         .join(TakedownReportItem, TakedownReportItem.id == LeadAlert.report_item_id)
         .join(Case, Case.id == LeadAlert.case_id)
         .join(Listing, Listing.id == Case.listing_id)
         .join(Platform, Platform.id == Listing.platform_id)
         .outerjoin(ListingVersion, ListingVersion.id == Listing.current_version_id)
         .where(where).order_by(LeadAlert.id))
    return [{"alert_id": a.id, "kind": a.kind, "case_id": a.case_id, "group": a.reviewer_group, "report_id": rid,
             "item_id": a.report_item_id, "platform": platform, "external_id": ext, "url": url, "title": title or "",
             "detail": a.detail, "created_at": a.created_at, "notified_at": a.notified_at, "attempts": a.attempts,
             "last_error": a.last_error} for a, rid, ext, url, platform, title in s.execute(q).all()]


def pending_alerts() -> list[dict]:
    """Alerts not yet sent to their group's channels."""
    from .models import LeadAlert

    with session_scope(readonly=True) as s:
        return _alert_rows(s, LeadAlert.notified_at.is_(None))


def mark_alerts(alert_ids: list[int], error: str | None = None, at: datetime | None = None) -> int:
    """Record a send (error None) or a failed attempt; a sent alert keeps its first time."""
    from .models import LeadAlert

    at = at or datetime.now(timezone.utc)
    values = {"attempts": LeadAlert.attempts + 1}
    if error is None:
        values.update(notified_at=at, last_error=None)
    else:
        values["last_error"] = str(error)[:MAX_ERROR]
    done = 0
    with session_scope() as s:
        for chunk in _chunks(sorted(set(alert_ids))):
            done += s.execute(update(LeadAlert).where(LeadAlert.id.in_(chunk), LeadAlert.notified_at.is_(None))
                              .values(**values)).rowcount
    return done


def lead_alerts(session, user, limit: int = 100) -> list[dict]:
    """The alerts of the groups this lead works in (an admin: all), newest first, for /reports."""
    from .cases import can_see_group
    from .models import LeadAlert

    rows = _alert_rows(session, LeadAlert.id.is_not(None))
    return [r for r in reversed(rows) if can_see_group(user, r["group"])][:limit]

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

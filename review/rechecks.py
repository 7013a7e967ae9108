"""Re-checking reported listings: which takedown report items to look at, and what was seen.

A listing in a sent (or acknowledged) takedown report is looked at again until our re-check
sees it gone; the worker does the HTTP outside any transaction and records the outcome here.
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import select, update

from .db import session_scope
from .intake import _chunks
from .models import Case, Listing, Platform, TakedownReport, TakedownReportItem

REPORTED = ("sent", "acknowledged")


def due(limit: int = 500) -> list[dict]:
    """Items of sent reports not yet seen gone, never-checked first, then the longest unchecked."""
    q = (
        select(TakedownReportItem.id, Listing.id, Listing.url, Platform.name)
        .join(TakedownReport, TakedownReport.id == TakedownReportItem.report_id)
        .join(Case, Case.id == TakedownReportItem.case_id)
        .join(Listing, Listing.id == Case.listing_id)
        .join(Platform, Platform.id == Listing.platform_id)
        .where(TakedownReport.status.in_(REPORTED), TakedownReportItem.verified_gone_at.is_(None),
               Listing.url.is_not(None))
        .order_by(TakedownReportItem.last_checked_at.is_(None).desc(), TakedownReportItem.last_checked_at,
                  TakedownReportItem.id)
        .limit(limit)
    )
    with session_scope(readonly=True) as s:
        return [{"item_id": i, "listing_id": lid, "url": url, "platform": p} for i, lid, url, p in s.execute(q).all()]


def record(gone: list[int], still_up: list[int], at: datetime | None = None) -> None:
    """Record one round: items (by id) whose listing was gone, and items still up.

    A gone item's listing becomes status 'gone'. Times already recorded are kept, so recording
    the same round twice changes nothing.
    """
    at = at or datetime.now(timezone.utc)
    with session_scope() as s:
        for chunk in _chunks(sorted(set(gone))):
            s.execute(update(TakedownReportItem)
                      .where(TakedownReportItem.id.in_(chunk), TakedownReportItem.verified_gone_at.is_(None))
                      .values(verified_gone_at=at, last_checked_at=at))
            listings = select(Case.listing_id).join(TakedownReportItem, TakedownReportItem.case_id == Case.id) \
                .where(TakedownReportItem.id.in_(chunk))
            s.execute(update(Listing).where(Listing.id.in_(listings), Listing.gone_at.is_(None))
                      .values(status="gone", gone_at=at), execution_options={"synchronize_session": False})
        for chunk in _chunks(sorted(set(still_up))):
            s.execute(update(TakedownReportItem).where(TakedownReportItem.id.in_(chunk))
                      .values(last_checked_at=at))

"""Re-checking that listings in sent takedown reports are gone from their platform."""
from __future__ import annotations

from datetime import datetime, timezone

import httpx

from config.settings import get_settings

GONE = {404, 410}


def recheck(limit: int = 500) -> dict:
    from sqlalchemy import select, update

    from review.db import session_scope
    from review.models import Case, Listing, TakedownReport, TakedownReportItem

    with session_scope() as s:
        q = (
            select(TakedownReportItem.id, Listing.id, Listing.url)
            .join(TakedownReport, TakedownReport.id == TakedownReportItem.report_id)
            .join(Case, Case.id == TakedownReportItem.case_id)
            .join(Listing, Listing.id == Case.listing_id)
            .where(TakedownReport.status.in_(("sent", "acknowledged")), TakedownReportItem.verified_gone_at.is_(None),
                   Listing.url.is_not(None))
            .order_by(TakedownReportItem.last_checked_at.is_(None).desc(), TakedownReportItem.last_checked_at)
            .limit(limit)
        )
        todo = s.execute(q).all()
    gone, still, errors = [], [], 0
    with httpx.Client(timeout=20, follow_redirects=True, headers={"User-Agent": get_settings().user_agent}) as client:
        for item_id, listing_id, url in todo:
            try:
                status = client.get(url).status_code
            except httpx.HTTPError:
                errors += 1  # unreachable tells us nothing; try again next round
                continue
            (gone if status in GONE else still).append((item_id, listing_id))
    now = datetime.now(timezone.utc)
    with session_scope() as s:
        for item_id, listing_id in gone:
            s.execute(update(TakedownReportItem).where(TakedownReportItem.id == item_id).values(
                verified_gone_at=now, last_checked_at=now))
            s.execute(update(Listing).where(Listing.id == listing_id, Listing.gone_at.is_(None)).values(
                status="gone", gone_at=now))
        for item_id, _ in still:
            s.execute(update(TakedownReportItem).where(TakedownReportItem.id == item_id).values(last_checked_at=now))
    return {"checked": len(todo), "gone": len(gone), "still_up": len(still), "errors": errors}

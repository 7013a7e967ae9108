"""The reviewers' decisions as labeled listings, for retraining the classifier (`wildwatch train
--from-store`). One dict per decided case, in the format of ../shared/corpus/LABELING.md:

    confirmed  -> illegal     (category: the classifier's first category)
    suspicious -> suspicious  (category: as above)
    dismissed  -> benign      (category: none)

The reason code of the case's decision goes into `tags` (e.g. look-alike, colour-or-idiom), so an
evaluation can break errors down by why reviewers dismissed them. The text is the listing version
the decision was made on (the one that was assessed), not a later edit. Open and escalated cases
are not labels yet and are left out.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Assessment, Case, Listing, ListingVersion, Platform

LABEL_OF_STATUS = {"confirmed": "illegal", "suspicious": "suspicious", "dismissed": "benign"}
_CHUNK = 1000


def labeled_listings(s: Session, since: datetime | None = None, groups: list[str] | None = None) -> Iterator[dict]:
    """Every decided case (decided at or after `since`; of `groups`, None = all) as a labeled
    listing, oldest case first, read in chunks by case id."""
    after = 0
    while True:
        q = (select(Case.id, Case.status, Case.reason_code, Case.reviewer_group, Case.decided_at,
                    Assessment.categories, ListingVersion.title, ListingVersion.description, ListingVersion.price_text,
                    ListingVersion.lang, Listing.external_id, Listing.seller_name, Listing.seller_id, Platform.name)
             .join(Assessment, Assessment.id == Case.assessment_id)
             .join(ListingVersion, ListingVersion.id == Assessment.listing_version_id)
             .join(Listing, Listing.id == Case.listing_id)
             .join(Platform, Platform.id == Listing.platform_id)
             .where(Case.id > after, Case.status.in_(tuple(LABEL_OF_STATUS)))
             .order_by(Case.id).limit(_CHUNK))
        if since is not None:
            bound = since.astimezone(timezone.utc)
            if s.get_bind().dialect.name == "sqlite":  # SQLite compares the stored naive UTC text
                bound = bound.replace(tzinfo=None)
            q = q.where(Case.decided_at >= bound)
        if groups is not None:
            q = q.where(Case.reviewer_group.in_(groups))
        rows = s.execute(q).all()
        for r in rows:
            yield to_labeled(r)
        if len(rows) < _CHUNK:
            return
        after = rows[-1].id


def to_labeled(r) -> dict:
    label = LABEL_OF_STATUS[r.status]
    categories = [str(c) for c in (r.categories or [])]
    category = "none" if label == "benign" or not categories else categories[0]
    why = f" ({r.reason_code})" if r.reason_code else ""
    return {"id": f"case-{r.id}", "platform": r.name, "lang": r.lang or "", "title": r.title or "",
            "description": r.description or "", "price": r.price_text or "",
            "seller": r.seller_name or r.seller_id or "", "label": label, "category": category,
            "tags": [r.reason_code] if r.reason_code else [],
            "rationale": f"reviewer decision in {r.reviewer_group}: {r.status}{why}",
            "source": "store", "case_id": r.id, "listing_id": r.external_id}

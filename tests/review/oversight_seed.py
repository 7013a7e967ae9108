"""Seeding helpers of the oversight tests (audit, QA, insights): users, cases with chosen
platforms, categories and times, and decisions - through review/'s own functions wherever the
store has one, and by plain INSERT where a test needs a decision at a chosen time."""
from __future__ import annotations

import itertools
from datetime import datetime, timezone

from sqlalchemy import select, update

_seq = itertools.count(1)
PASSWORD = "correct horse battery"


def user(s, name: str, role: str, groups=()):
    from review import accounts

    u, _ = accounts.create_user(s, name, role, groups=groups, password=PASSWORD, actor="test")
    return u


def cases(s, n: int, group: str = "zh-analysts", platform: str = "demo-zh", categories=("ivory",),
          created_at: datetime | None = None, title: str = "象牙手镯 老料", description: str = "微信 ivory88") -> list[int]:
    """n new cases (one listing each) opened through review.intake; created_at backdates them."""
    from crawler.listing import check_listing
    from review.intake import open_cases, store_assessments, store_listings
    from review.models import Case, ListingVersion

    items = []
    for _ in range(n):
        k = next(_seq)
        items.append(check_listing({"platform": platform, "listing_id": f"T{k:06d}", "title": f"{title} #{k}",
                                    "description": description, "url": f"https://{platform}.example/{k}",
                                    "seller_id": f"s{k % 3}", "seller_name": f"Shop {k % 3}", "price_text": "¥100",
                                    "lang": "zh", "fetched_at": "2026-11-22T01:00:00+00:00"}))
    vids = store_listings(s, items)
    rows = [{"listing_version_id": v, "lexicon_version": "l", "model_version": "m", "score": 0.9, "label": "illegal",
             "flagged": True, "categories": list(categories),
             "matches": [{"term": "象牙", "field": "title", "start": 0, "end": 2}], "cues": [], "contacts": [],
             "explanation": "named species"} for v in vids]
    aids = store_assessments(s, rows)
    listing_of = dict(s.execute(select(ListingVersion.id, ListingVersion.listing_id)
                                .where(ListingVersion.id.in_(vids))).all())
    routed = [{"listing_id": listing_of[v], "assessment_id": aids[v], "version_id": v, "group": group,
               "priority": "normal", "rule": "test", "score": 0.9, "capture": None, "fetched_at": None} for v in vids]
    ids = open_cases(s, routed, {})
    if created_at is not None:
        s.execute(update(Case).where(Case.id.in_(ids)).values(created_at=created_at))
    return ids


def decide(s, case_id: int, who, action: str, reason_code: str | None = None, note: str | None = None):
    """A decision through review.cases.decide, as the web app makes it."""
    from review.cases import decide as _decide
    from review.reasons import load_reasons

    if reason_code is None and action in ("confirm", "suspicious", "dismiss", "escalate"):
        reason_code = load_reasons().actions[action].default
    return _decide(s, case_id, action=action, reason_code=reason_code, reason=note, user=who)


def decision_at(s, case_id: int, who, action: str, at: datetime, to_status: str | None = None,
                reason_code: str | None = None, reason: str | None = None):
    """A decision row at a chosen time (the log is append-only: INSERT is all a test may do), and
    the case's status moved to match, as decide would."""
    from review.models import Case, Decision

    case = s.get(Case, case_id)
    d = Decision(case_id=case_id, user_id=getattr(who, "id", None), actor=getattr(who, "username", who),
                 action=action, from_status=case.status, to_status=to_status or case.status,
                 reason_code=reason_code, reason=reason, created_at=at)
    s.add(d)
    if to_status:
        case.status = to_status
        case.decided_at = at
    s.flush()
    return d


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)

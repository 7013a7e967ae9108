"""Figures from the store for `wildwatch status` and the demo summary."""
from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .models import Assessment, Case, Evidence, IngestError, Listing, ListingVersion, Platform, QASample


def platform_summary(session: Session) -> list[dict]:
    """Per platform: listings, flagged (cases), cases by category and by reviewer group, evidence."""
    platforms = session.execute(select(Platform.id, Platform.name, Platform.kind, Platform.last_crawl_at)
                                .order_by(Platform.name)).all()
    listings = dict(session.execute(select(Listing.platform_id, func.count()).group_by(Listing.platform_id)).all())
    rows = session.execute(
        select(Listing.platform_id, Case.reviewer_group, Case.priority, Assessment.categories)
        .join(Case, Case.listing_id == Listing.id)
        .join(Assessment, Assessment.id == Case.assessment_id)
    ).all()
    cats: dict[int, Counter] = defaultdict(Counter)
    groups: dict[int, Counter] = defaultdict(Counter)
    prios: dict[int, Counter] = defaultdict(Counter)
    for pid, group, prio, categories in rows:
        groups[pid][group] += 1
        prios[pid][prio] += 1
        for c in categories or ["(none)"]:
            cats[pid][c] += 1
    evidence = dict(
        session.execute(
            select(Listing.platform_id, func.count(Evidence.id))
            .join(ListingVersion, ListingVersion.listing_id == Listing.id)
            .join(Evidence, Evidence.listing_version_id == ListingVersion.id)
            .where(Evidence.kind == "screenshot")
            .group_by(Listing.platform_id)
        ).all()
    )
    qa = dict(session.execute(select(Listing.platform_id, func.count(QASample.id))
                              .join(QASample, QASample.listing_id == Listing.id).group_by(Listing.platform_id)).all())
    return [
        {"platform": name, "kind": kind, "last_crawl_at": last, "listings": listings.get(pid, 0),
         "flagged": sum(groups[pid].values()), "categories": dict(cats[pid].most_common()),
         "groups": dict(groups[pid].most_common()), "priorities": dict(prios[pid]),
         "screenshots": evidence.get(pid, 0), "qa": qa.get(pid, 0)}
        for pid, name, kind, last in platforms
    ]


def throughput(session: Session, minutes: int = 5) -> dict:
    """Listing versions stored and cases opened in the last `minutes`, per second."""
    since = datetime.now(timezone.utc) - timedelta(minutes=minutes)
    versions = session.scalar(select(func.count()).select_from(ListingVersion).where(ListingVersion.created_at >= since))
    cases = session.scalar(select(func.count()).select_from(Case).where(Case.created_at >= since))
    return {"minutes": minutes, "listings": versions or 0, "cases": cases or 0,
            "listings_per_s": (versions or 0) / (minutes * 60), "cases_per_s": (cases or 0) / (minutes * 60)}


def totals(session: Session) -> dict:
    count = lambda m: session.scalar(select(func.count()).select_from(m)) or 0  # noqa: E731
    by_status = dict(session.execute(select(Case.status, func.count()).group_by(Case.status)).all())
    return {"listings": count(Listing), "versions": count(ListingVersion), "assessments": count(Assessment),
            "cases": count(Case), "cases_by_status": by_status, "evidence": count(Evidence),
            "qa_samples": count(QASample), "ingest_errors": count(IngestError)}


def recent_ingest_errors(session: Session, limit: int = 10) -> list[dict]:
    q = select(IngestError).order_by(IngestError.id.desc()).limit(limit)
    return [{"batch": e.batch_id, "position": e.position, "field": e.field, "message": e.message,
             "platform": e.platform, "listing_id": e.listing_id, "at": e.created_at}
            for e in session.scalars(q)]


def max_case_id(session: Session) -> int:
    return session.scalar(select(func.max(Case.id))) or 0


def case_latencies(session: Session, since_case_id: int) -> list[float]:
    """Seconds from a listing's capture to its case, for cases after `since_case_id`."""
    rows = session.execute(
        select(Case.created_at, ListingVersion.fetched_at)
        .join(Assessment, Assessment.id == Case.assessment_id)
        .join(ListingVersion, ListingVersion.id == Assessment.listing_version_id)
        .where(Case.id > since_case_id)
    ).all()
    fix = lambda d: d if d.tzinfo else d.replace(tzinfo=timezone.utc)  # noqa: E731 (SQLite drops tz)
    return [(fix(c) - fix(f)).total_seconds() for c, f in rows]

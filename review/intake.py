"""Writing the pipeline's results into the store, idempotently.

Every write is an upsert against a unique constraint (INSERT ... ON CONFLICT), so a job that
runs twice - after a crash, a retry or a duplicate enqueue - stores each thing once, even when
two workers race on the same listing.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Iterable

from sqlalchemy import and_, bindparam, or_, select, tuple_, update
from sqlalchemy.orm import Session

from config.settings import get_settings

from .models import (
    PRIORITIES,
    Assessment,
    Case,
    Decision,
    Evidence,
    IngestError,
    Listing,
    ListingVersion,
    Notification,
    Platform,
    QASample,
)

_CHUNK = 400  # keep IN (...) lists under SQLite's variable limit


def insert(session: Session, model):
    """INSERT for this session's dialect, with ON CONFLICT support."""
    name = session.get_bind().dialect.name
    if name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(model)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(model)


def _chunks(seq: list, n: int = _CHUNK) -> Iterable[list]:
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


def platform_ids(session: Session, names: Iterable[str], kinds: dict[str, str] | None = None) -> dict[str, int]:
    names = sorted(set(names))
    if not names:
        return {}
    kinds = kinds or {}
    session.execute(
        insert(session, Platform).on_conflict_do_nothing(index_elements=["name"]),
        [{"name": n, "kind": kinds.get(n, "static"), "created_at": _now()} for n in names],
    )
    return dict(session.execute(select(Platform.name, Platform.id).where(Platform.name.in_(names))).all())


def record_errors(session: Session, batch_id: str, errors: list[dict]) -> None:
    if errors:
        session.execute(
            insert(session, IngestError).on_conflict_do_nothing(index_elements=["batch_id", "position"]),
            [{**e, "batch_id": batch_id, "created_at": _now()} for e in errors],
        )


def store_listings(session: Session, items: list[dict], kinds: dict[str, str] | None = None) -> list[int]:
    """Upsert listings and their versions; returns the version id of each item, in order.

    Items are checked listings (crawler.listing.check_listing): UTC datetimes, Decimal amounts.
    A batch may arrive late (an RQ retry after a newer batch): a listing's current version and
    last_seen_at only ever move forward in fetch time, first_seen_at only backward.
    """
    if not items:
        return []
    pids = platform_ids(session, (i["platform"] for i in items), kinds)
    now = _now()
    rows: dict[tuple, dict] = {}
    for it in sorted(items, key=lambda i: i["fetched_at"]):  # the newest sighting names the listing
        key = (pids[it["platform"]], it["listing_id"])
        rows[key] = {
            "platform_id": key[0],
            "external_id": key[1],
            "url": it["url"],
            "seller_id": it["seller_id"],
            "seller_name": it["seller_name"],
            "seller_url": it["seller_url"],
            "status": "active",
            "first_seen_at": rows[key]["first_seen_at"] if key in rows else it["fetched_at"],
            "last_seen_at": it["fetched_at"],
        }
    session.execute(
        insert(session, Listing).on_conflict_do_nothing(index_elements=["platform_id", "external_id"]),
        list(rows.values()),
    )
    listing_ids: dict[tuple, int] = {}
    for chunk in _chunks(list(rows)):
        q = select(Listing.platform_id, Listing.external_id, Listing.id).where(
            tuple_(Listing.platform_id, Listing.external_id).in_(chunk)
        )
        listing_ids.update({(p, e): i for p, e, i in session.execute(q).all()})

    versions = {}
    for it in items:
        lid = listing_ids[(pids[it["platform"]], it["listing_id"])]
        versions[(lid, it["content_sha256"])] = {
            "listing_id": lid,
            "content_sha256": it["content_sha256"],
            "crawler_version": it["version"],
            **{k: it[k] for k in ("title", "description", "price_text", "price_amount", "currency", "location",
                                  "lang", "images", "missing", "capture", "posted_at", "fetched_at")},
            "category": it.get("category"),
            "created_at": now,
        }
    session.execute(
        insert(session, ListingVersion).on_conflict_do_nothing(index_elements=["listing_id", "content_sha256"]),
        list(versions.values()),
    )
    version_ids: dict[tuple, int] = {}
    for chunk in _chunks(list(versions)):
        q = select(ListingVersion.listing_id, ListingVersion.content_sha256, ListingVersion.id).where(
            tuple_(ListingVersion.listing_id, ListingVersion.content_sha256).in_(chunk)
        )
        version_ids.update({(l, s): i for l, s, i in session.execute(q).all()})

    # Point each listing at the version seen most recently, and mark it seen (again) - in SQL,
    # only where the stored sighting is not newer, so a late batch cannot turn the clock back.
    latest: dict[int, dict] = {}
    earliest: dict[int, datetime] = {}
    for it in items:
        lid = listing_ids[(pids[it["platform"]], it["listing_id"])]
        when = it["fetched_at"]
        earliest[lid] = min(earliest.get(lid, when), when)
        if lid not in latest or when >= latest[lid]["b_seen"]:
            latest[lid] = {"b_id": lid, "b_version": version_ids[(lid, it["content_sha256"])], "b_seen": when,
                           "b_url": it["url"], "b_seller_name": it["seller_name"]}
    t = Listing.__table__
    seen = bindparam("b_seen", type_=t.c.last_seen_at.type)
    first = bindparam("b_first", type_=t.c.first_seen_at.type)
    session.execute(
        update(t).where(t.c.id == bindparam("b_id"))
        .where(or_(t.c.last_seen_at.is_(None), t.c.last_seen_at <= seen))
        .values(current_version_id=bindparam("b_version"), last_seen_at=seen, url=bindparam("b_url"),
                seller_name=bindparam("b_seller_name"), status="active"),
        list(latest.values()),
    )
    session.execute(
        update(t).where(t.c.id == bindparam("b_id")).where(t.c.first_seen_at > first).values(first_seen_at=first),
        [{"b_id": lid, "b_first": when} for lid, when in earliest.items()],
    )
    for pid in set(pids.values()):
        newest = max(it["fetched_at"] for it in items if pids[it["platform"]] == pid)
        session.execute(
            update(Platform)
            .where(Platform.id == pid)
            .where((Platform.last_crawl_at.is_(None)) | (Platform.last_crawl_at < newest))
            .values(last_crawl_at=newest)
        )
    return [version_ids[(listing_ids[(pids[it["platform"]], it["listing_id"])], it["content_sha256"])] for it in items]


def versions_for_classifier(session: Session, version_ids: list[int]) -> list[dict]:
    """The text the classifier needs, for each version."""
    out = []
    for chunk in _chunks(sorted(set(version_ids))):
        q = (
            select(ListingVersion, Listing.external_id, Listing.seller_id, Platform.name)
            .join(Listing, Listing.id == ListingVersion.listing_id)
            .join(Platform, Platform.id == Listing.platform_id)
            .where(ListingVersion.id.in_(chunk))
        )
        for v, ext, seller_id, platform in session.execute(q).all():
            out.append({
                "version_id": v.id,
                "listing_pk": v.listing_id,
                "id": ext,
                "title": v.title or "",
                "description": v.description or "",
                "price_text": v.price_text or "",
                "price": v.price_amount,
                "seller": seller_id or "",
                "seller_name": "",
                "platform": platform,
                "lang": v.lang,
                "category": v.category,
            })
    return out


def existing_assessments(session: Session, version_ids: list[int], lexicon: str, model: str) -> dict[int, int]:
    found = {}
    for chunk in _chunks(sorted(set(version_ids))):
        q = select(Assessment.listing_version_id, Assessment.id).where(
            Assessment.listing_version_id.in_(chunk),
            Assessment.lexicon_version == lexicon,
            Assessment.model_version == model,
        )
        found.update(dict(session.execute(q).all()))
    return found


def store_assessments(session: Session, rows: list[dict]) -> dict[int, int]:
    """Upsert assessments; returns version id -> assessment id."""
    if not rows:
        return {}
    session.execute(
        insert(session, Assessment).on_conflict_do_nothing(
            index_elements=["listing_version_id", "lexicon_version", "model_version"]
        ),
        [{**r, "created_at": _now()} for r in rows],
    )
    from .relisting import link_relistings  # a listing relisting a reported one (issue 10)
    link_relistings(session, rows)
    lex, model = rows[0]["lexicon_version"], rows[0]["model_version"]
    return existing_assessments(session, [r["listing_version_id"] for r in rows], lex, model)


def assessments_for_routing(session: Session, assessment_ids: list[int]) -> list[dict]:
    out = []
    for chunk in _chunks(sorted(set(assessment_ids))):
        q = (
            select(Assessment, ListingVersion.listing_id, ListingVersion.lang, ListingVersion.capture,
                   ListingVersion.fetched_at, Platform.name, Platform.kind)
            .join(ListingVersion, ListingVersion.id == Assessment.listing_version_id)
            .join(Listing, Listing.id == ListingVersion.listing_id)
            .join(Platform, Platform.id == Listing.platform_id)
            .where(Assessment.id.in_(chunk))
        )
        for a, listing_id, lang, capture, fetched_at, platform, kind in session.execute(q).all():
            out.append({
                "assessment_id": a.id, "version_id": a.listing_version_id, "listing_id": listing_id,
                "score": a.score, "label": a.label, "flagged": a.flagged, "categories": a.categories or [],
                "lang": lang, "platform": platform, "platform_kind": kind, "capture": capture,
                "fetched_at": fetched_at,
            })
    return out


def open_cases(session: Session, routed: list[dict], channels: dict[str, list[str]]) -> list[int]:
    """Create one case per listing (first route wins), its notifications and WARC evidence.

    `routed` rows carry listing_id, assessment_id, version_id, group, priority, rule, capture,
    fetched_at. Returns the case ids of all routed listings (new or already open).
    """
    if not routed:
        return []
    now = _now()
    default_tlp = get_settings().default_tlp
    by_listing = {r["listing_id"]: r for r in routed}
    inserted = session.execute(
        insert(session, Case).on_conflict_do_nothing(index_elements=["listing_id"]).returning(Case.id, Case.listing_id),
        [{"listing_id": r["listing_id"], "assessment_id": r["assessment_id"], "status": "pending",
          "priority": r["priority"], "priority_rank": PRIORITIES.index(r["priority"]),
          "score": float(r.get("score") or 0.0), "tlp": default_tlp, "reviewer_group": r["group"],
          "routing_rule": r["rule"], "created_at": now, "updated_at": now} for r in by_listing.values()],
    ).all()
    cases = {}
    for chunk in _chunks(list(by_listing)):
        q = select(Case.listing_id, Case.id, Case.reviewer_group).where(Case.listing_id.in_(chunk))
        for lid, cid, group in session.execute(q).all():
            cases[lid] = (cid, group)
    # The routing decision goes into the audit log once, in the transaction that made the case.
    if inserted:
        session.add_all(
            Decision(case_id=cid, actor="system", action="route", from_status=None, to_status="pending",
                     reason=f"rule {by_listing[lid]['rule']!r}: {by_listing[lid]['group']} / {by_listing[lid]['priority']}",
                     created_at=now)
            for cid, lid in inserted
        )
    notes = [{"case_id": c[0], "reviewer_group": c[1], "channel": ch, "attempts": 0, "created_at": now}
             for c in cases.values() for ch in channels.get(c[1], [])]
    if notes:
        session.execute(insert(session, Notification).on_conflict_do_nothing(index_elements=["case_id", "channel"]), notes)
    from .network import index_assessment_contacts  # the seller network's contact index

    index_assessment_contacts(session, {lid: r["assessment_id"] for lid, r in by_listing.items()})
    warcs = []
    for lid, r in by_listing.items():
        cap = r.get("capture") or {}
        if cap.get("warc_file") and cap.get("body_sha256"):
            warcs.append({"listing_version_id": r["version_id"], "case_id": cases[lid][0], "kind": "warc",
                          "path": str(cap["warc_file"]), "sha256": str(cap["body_sha256"]), "url": cap.get("url"),
                          "warc_record_id": cap.get("warc_record_id"),
                          "captured_at": r.get("fetched_at") or now, "created_at": now})
    if warcs:
        session.execute(insert(session, Evidence).on_conflict_do_nothing(
            index_elements=["listing_version_id", "kind", "sha256"]), warcs)
    return sorted(c[0] for c in cases.values())


def add_qa_samples(session: Session, rows: list[dict]) -> None:
    if rows:
        session.execute(
            insert(session, QASample).on_conflict_do_nothing(index_elements=["assessment_id"]),
            [{"assessment_id": r["assessment_id"], "listing_id": r["listing_id"], "status": "pending",
              "created_at": _now()} for r in rows],
        )


def cases_needing_screenshots(session: Session, case_ids: list[int]) -> list[dict]:
    """Cases on browser platforms whose current listing version has no screenshot yet."""
    out = []
    for chunk in _chunks(sorted(set(case_ids))):
        shot = select(Evidence.id).where(
            and_(Evidence.listing_version_id == Listing.current_version_id, Evidence.kind == "screenshot")
        ).exists()
        q = (
            select(Case.id, Listing.id, Listing.current_version_id, Listing.url, Listing.external_id, Platform.name)
            .join(Listing, Listing.id == Case.listing_id)
            .join(Platform, Platform.id == Listing.platform_id)
            .where(Case.id.in_(chunk), Platform.kind == "browser", Listing.url.is_not(None), ~shot)
        )
        for cid, lid, vid, url, ext, platform in session.execute(q).all():
            out.append({"case_id": cid, "listing_id": lid, "version_id": vid, "url": url,
                        "external_id": ext, "platform": platform})
    return out


def add_evidence(session: Session, row: dict[str, Any]) -> None:
    session.execute(
        insert(session, Evidence).on_conflict_do_nothing(index_elements=["listing_version_id", "kind", "sha256"]),
        [{**row, "created_at": _now()}],
    )


def _now() -> datetime:
    return datetime.now(timezone.utc)

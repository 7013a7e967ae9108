"""Writing the pipeline's results into the store, idempotently.

Every write is an upsert against a unique constraint (INSERT ... ON CONFLICT), so a job that
runs twice - after a crash, a retry or a duplicate enqueue - stores each thing once, even when
two workers race on the same listing.

Speed: these run once per batch in every worker, so they are Core statements on the tables (not
the ORM's bulk path or entity loads, ~2x the cost), read only the columns they use, and learn new
rows' ids from INSERT ... RETURNING (one statement for the batch) instead of a SELECT afterwards;
a SELECT is left only for the rows that already existed (ON CONFLICT DO NOTHING returns nothing).
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Iterable

from sqlalchemy import and_, bindparam, null, or_, select, tuple_, update
from sqlalchemy.orm import Session

from config.settings import get_settings

from .bulk import is_postgresql, pg_insert_rows, pg_update_rows, sqlite_insert_rows
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


def insert_rows(session: Session, table, rows: list[dict], conflict: list[str] | None = None,
                returning: tuple = ()) -> list[tuple]:
    """INSERT many rows in one statement (ON CONFLICT (conflict) DO NOTHING when given); the
    `returning` columns of the rows inserted (review/bulk.py; PostgreSQL: unnested arrays)."""
    if not rows:
        return []
    bulk = pg_insert_rows if is_postgresql(session) else sqlite_insert_rows
    return bulk(session, table, rows, conflict, [c.name for c in returning])


def _chunks(seq: list, n: int = _CHUNK) -> Iterable[list]:
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


def platform_ids(session: Session, names: Iterable[str], kinds: dict[str, str] | None = None) -> dict[str, int]:
    names = sorted(set(names))
    if not names:
        return {}
    kinds = kinds or {}
    t = Platform.__table__
    known = dict(session.execute(select(t.c.name, t.c.id).where(t.c.name.in_(names))).all())
    new = [n for n in names if n not in known]
    if new:  # rare (a platform's first batch): no write, so no write lock, on the common path
        session.execute(
            insert(session, t).on_conflict_do_nothing(index_elements=["name"]),
            [{"name": n, "kind": kinds.get(n, "static"), "created_at": _now()} for n in new],
        )
        known = dict(session.execute(select(t.c.name, t.c.id).where(t.c.name.in_(names))).all())
    return known


def record_errors(session: Session, batch_id: str, errors: list[dict]) -> None:
    if errors:
        session.execute(
            insert(session, IngestError.__table__).on_conflict_do_nothing(index_elements=["batch_id", "position"]),
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
    L, V = Listing.__table__, ListingVersion.__table__
    # ids of new listings come back from the INSERT; only listings seen before are looked up
    listing_ids: dict[tuple, int] = {(p, e): i for p, e, i in insert_rows(
        session, L, list(rows.values()), ["platform_id", "external_id"], (L.c.platform_id, L.c.external_id, L.c.id))}
    new_listings = set(listing_ids.values())
    for chunk in _chunks([k for k in rows if k not in listing_ids]):
        q = select(L.c.platform_id, L.c.external_id, L.c.id).where(tuple_(L.c.platform_id, L.c.external_id).in_(chunk))
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
    version_ids: dict[tuple, int] = {(l, h): i for l, h, i in insert_rows(
        session, V, list(versions.values()), ["listing_id", "content_sha256"], (V.c.listing_id, V.c.content_sha256, V.c.id))}
    for chunk in _chunks([k for k in versions if k not in version_ids]):
        q = select(V.c.listing_id, V.c.content_sha256, V.c.id).where(tuple_(V.c.listing_id, V.c.content_sha256).in_(chunk))
        version_ids.update({(l, h): i for l, h, i in session.execute(q).all()})

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
    # a listing inserted by this batch has its earliest sighting already
    older = [{"b_id": lid, "b_first": when} for lid, when in earliest.items() if lid not in new_listings]
    if is_postgresql(session):  # one statement per UPDATE, not one per row
        pg_update_rows(session, t, [{"id": r["b_id"], "current_version_id": r["b_version"], "last_seen_at": r["b_seen"],
                                     "url": r["b_url"], "seller_name": r["b_seller_name"]}
                                    for _, r in sorted(latest.items())],  # row locks in id order
                       "id", {"current_version_id": "current_version_id", "last_seen_at": "last_seen_at", "url": "url",
                              "seller_name": "seller_name", "status": "'active'"},
                       "t.last_seen_at IS NULL OR t.last_seen_at <= u.last_seen_at")
        pg_update_rows(session, t, [{"id": r["b_id"], "first_seen_at": r["b_first"]} for r in sorted(older, key=lambda r: r["b_id"])], "id",
                       {"first_seen_at": "first_seen_at"}, "t.first_seen_at > u.first_seen_at")
    else:
        seen = bindparam("b_seen", type_=t.c.last_seen_at.type)
        first = bindparam("b_first", type_=t.c.first_seen_at.type)
        session.execute(
            update(t).where(t.c.id == bindparam("b_id"))
            .where(or_(t.c.last_seen_at.is_(None), t.c.last_seen_at <= seen))
            .values(current_version_id=bindparam("b_version"), last_seen_at=seen, url=bindparam("b_url"),
                    seller_name=bindparam("b_seller_name"), status="active"),
            list(latest.values()),
        )
        if older:
            session.execute(
                update(t).where(t.c.id == bindparam("b_id")).where(t.c.first_seen_at > first).values(first_seen_at=first),
                older,
            )
    p = Platform.__table__
    newest: dict[int, datetime] = {}
    for it in items:
        pid = pids[it["platform"]]
        newest[pid] = max(newest.get(pid, it["fetched_at"]), it["fetched_at"])
    if is_postgresql(session):
        pg_update_rows(session, p, [{"id": pid, "last_crawl_at": when} for pid, when in sorted(newest.items())], "id",
                       {"last_crawl_at": "last_crawl_at"}, "t.last_crawl_at IS NULL OR t.last_crawl_at < u.last_crawl_at")
    else:
        for pid, when in newest.items():
            session.execute(
                update(p)
                .where(p.c.id == pid)
                .where((p.c.last_crawl_at.is_(None)) | (p.c.last_crawl_at < when))
                .values(last_crawl_at=when)
            )
    return [version_ids[(listing_ids[(pids[it["platform"]], it["listing_id"])], it["content_sha256"])] for it in items]


def versions_for_classifier(session: Session, version_ids: list[int]) -> list[dict]:
    """The text the classifier needs, for each version (and what routing needs of it)."""
    return versions_to_classify(session, version_ids)[1]


def versions_to_classify(session: Session, version_ids: list[int], lexicon: str | None = None,
                         model: str | None = None) -> tuple[dict[int, int], list[dict]]:
    """(version id -> assessment id for versions already assessed with this lexicon and model
    version, versions_for_classifier's rows for the others), in one query."""
    L, V, P, A = Listing.__table__, ListingVersion.__table__, Platform.__table__, Assessment.__table__
    have: dict[int, int] = {}
    out = []
    for chunk in _chunks(sorted(set(version_ids))):
        # the assessment as a correlated subquery: one probe of its unique index per version, whatever
        # the planner's statistics say (an outer join was planned as a scan of all assessments on
        # tables that had just grown)
        assessed = (select(A.c.id).where(A.c.listing_version_id == V.c.id, A.c.lexicon_version == lexicon,
                                         A.c.model_version == model).scalar_subquery()
                    if lexicon is not None else null())
        q = (
            select(V.c.id, V.c.listing_id, L.c.external_id, V.c.title, V.c.description, V.c.price_text,
                   V.c.price_amount, L.c.seller_id, P.c.name, V.c.lang, V.c.category, P.c.kind, V.c.capture,
                   V.c.fetched_at, assessed)
            .join(L, L.c.id == V.c.listing_id)
            .join(P, P.c.id == L.c.platform_id)
            .where(V.c.id.in_(chunk))
        )
        for vid, lid, ext, title, desc, price_text, amount, seller_id, platform, lang, category, kind, capture, \
                fetched_at, assessment_id in session.execute(q):
            if assessment_id is not None:
                have[vid] = assessment_id
                continue
            out.append({
                "version_id": vid,
                "listing_pk": lid,
                "id": ext,
                "title": title or "",
                "description": desc or "",
                "price_text": price_text or "",
                "price": amount,
                "seller": seller_id or "",
                "seller_name": "",
                "platform": platform,
                "lang": lang,
                "category": category,
                # for routing the version's assessment without reading it back (assessments_for_routing)
                "platform_kind": kind,
                "capture": capture,
                "fetched_at": fetched_at,
            })
    return have, out


def existing_assessments(session: Session, version_ids: list[int], lexicon: str, model: str) -> dict[int, int]:
    A = Assessment.__table__
    found = {}
    for chunk in _chunks(sorted(set(version_ids))):
        q = select(A.c.listing_version_id, A.c.id).where(
            A.c.listing_version_id.in_(chunk), A.c.lexicon_version == lexicon, A.c.model_version == model)
        found.update(dict(session.execute(q).all()))
    return found


def store_assessments(session: Session, rows: list[dict], inserted: set[int] | None = None) -> dict[int, int]:
    """Upsert assessments; returns version id -> assessment id. `inserted`, when given, receives
    the version ids whose assessment this call inserted (the rest were stored before)."""
    if not rows:
        return {}
    A = Assessment.__table__
    now = _now()
    ids = dict(insert_rows(session, A, [{**r, "created_at": now} for r in rows],
                           ["listing_version_id", "lexicon_version", "model_version"], (A.c.listing_version_id, A.c.id)))
    if inserted is not None:
        inserted.update(ids)
    rest = [r["listing_version_id"] for r in rows if r["listing_version_id"] not in ids]
    if rest:  # stored before (a retry, or another worker): look them up
        lex, model = rows[0]["lexicon_version"], rows[0]["model_version"]
        ids.update(existing_assessments(session, rest, lex, model))
    from .relisting import link_relistings  # a listing relisting a reported one (issue 10)
    link_relistings(session, rows)
    return ids


def assessments_for_routing(session: Session, assessment_ids: list[int]) -> list[dict]:
    A, V, L, P = Assessment.__table__, ListingVersion.__table__, Listing.__table__, Platform.__table__
    out = []
    for chunk in _chunks(sorted(set(assessment_ids))):
        q = (
            select(A.c.id, A.c.listing_version_id, A.c.score, A.c.label, A.c.flagged, A.c.categories,
                   V.c.listing_id, V.c.lang, V.c.capture, V.c.fetched_at, P.c.name, P.c.kind)
            .join(V, V.c.id == A.c.listing_version_id)
            .join(L, L.c.id == V.c.listing_id)
            .join(P, P.c.id == L.c.platform_id)
            .where(A.c.id.in_(chunk))
        )
        for aid, vid, score, label, flagged, categories, listing_id, lang, capture, fetched_at, platform, kind \
                in session.execute(q):
            out.append({
                "assessment_id": aid, "version_id": vid, "listing_id": listing_id,
                "score": score, "label": label, "flagged": flagged, "categories": categories or [],
                "lang": lang, "platform": platform, "platform_kind": kind, "capture": capture,
                "fetched_at": fetched_at,
            })
    return out


def open_cases(session: Session, routed: list[dict], channels: dict[str, list[str]]) -> list[int]:
    """Create one case per listing (first route wins), its notifications and WARC evidence.

    `routed` rows carry listing_id, assessment_id, version_id, group, priority, rule, capture,
    fetched_at, and may carry the assessment's `contacts` (else they are read back for the seller
    network's index). Returns the case ids of all routed listings (new or already open).
    """
    if not routed:
        return []
    now = _now()
    default_tlp = get_settings().default_tlp
    by_listing = {r["listing_id"]: r for r in routed}
    C = Case.__table__
    inserted = insert_rows(
        session, C,
        [{"listing_id": r["listing_id"], "assessment_id": r["assessment_id"], "status": "pending",
          "priority": r["priority"], "priority_rank": PRIORITIES.index(r["priority"]),
          "score": float(r.get("score") or 0.0), "tlp": default_tlp, "reviewer_group": r["group"],
          "routing_rule": r["rule"], "created_at": now, "updated_at": now} for r in by_listing.values()],
        ["listing_id"], (C.c.id, C.c.listing_id))
    cases = {lid: (cid, by_listing[lid]["group"]) for cid, lid in inserted}
    for chunk in _chunks([lid for lid in by_listing if lid not in cases]):  # cases opened before
        q = select(C.c.listing_id, C.c.id, C.c.reviewer_group).where(C.c.listing_id.in_(chunk))
        for lid, cid, group in session.execute(q).all():
            cases[lid] = (cid, group)
    # The routing decision goes into the audit log once, in the transaction that made the case.
    if inserted:
        insert_rows(session, Decision.__table__, [
            {"case_id": cid, "actor": "system", "action": "route", "from_status": None, "to_status": "pending",
             "reason": f"rule {by_listing[lid]['rule']!r}: {by_listing[lid]['group']} / {by_listing[lid]['priority']}",
             "created_at": now}
            for cid, lid in inserted])
    notes = [{"case_id": c[0], "reviewer_group": c[1], "channel": ch, "attempts": 0, "created_at": now}
             for c in cases.values() for ch in channels.get(c[1], [])]
    insert_rows(session, Notification.__table__, notes, ["case_id", "channel"])
    from .network import index_assessment_contacts, index_contacts  # the seller network's contact index

    if all("contacts" in r for r in by_listing.values()):  # the assessment's contacts at hand: no re-read
        index_contacts(session, ((lid, r["contacts"]) for lid, r in by_listing.items()))
    else:
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
        session.execute(insert(session, Evidence.__table__).on_conflict_do_nothing(
            index_elements=["listing_version_id", "kind", "sha256"]), warcs)
    return sorted(c[0] for c in cases.values())


def add_qa_samples(session: Session, rows: list[dict]) -> None:
    if rows:
        session.execute(
            insert(session, QASample.__table__).on_conflict_do_nothing(index_elements=["assessment_id"]),
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

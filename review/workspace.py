"""The analysts' workspace: queues, taking the next case (a lease), and everything a case page shows.

Every function takes a session from `review.db.session_scope()` and the signed-in user (anything
with id, username, role, groups) and checks the user's role and groups itself: a user without
the group gets AccessDenied, never the data.

Queue order: priority (urgent first), then score (high first), then age (old first). Each group
is read on its own through the `ix_cases_queue` index and the groups are merged here, so a
queue of 100,000 cases answers from the first rows of the index, not a sort of them all.
"""
from __future__ import annotations

import heapq
from datetime import timedelta
from typing import Any

from sqlalchemy import func, or_, select, true, update
from sqlalchemy.orm import Session

from config.settings import get_settings

from .cases import (
    AccessDenied,
    DecisionError,
    check_case_access,
    lease_holder,
    now_utc,
    utc,
    visible_groups,
    who,
)
from .casepage import detail
from .models import OPEN_STATUSES, Assessment, Case, Decision, Listing, ListingVersion, Platform, User

QUEUE_STATUSES = ("escalated", "pending", "suspicious")  # sections of the queue page, in this order
VIEW_DEDUP = timedelta(minutes=5)  # a reload within this time is not another "view" in the history


def statuses_for(user: Any) -> tuple[str, ...]:
    """Statuses `next_case` hands out: escalated cases go to leads (first), pending to everybody.
    Suspicious ("needs more") cases wait in their own section and are opened on purpose."""
    return ("escalated", "pending") if who(user)[2] in ("lead", "admin") else ("pending",)


def _groups(session: Session, user: Any, group: str | None) -> list[str]:
    _, _, role, _ = who(user)
    if role not in ("analyst", "lead", "admin"):
        raise AccessDenied(f"the role {role or '(none)'!r} has no review queue")
    known = None
    if role == "admin":
        known = [g for (g,) in session.execute(select(Case.reviewer_group).distinct()).all()]
    groups = visible_groups(user, known)
    if group is not None:
        if group not in groups and not (role == "admin"):
            raise AccessDenied(f"reviewer group {group!r}: you are not in it")
        return [group]
    return groups


def _order():
    return (Case.priority_rank, Case.score.desc(), Case.created_at, Case.id)


def _key(row) -> tuple:
    return (row.priority_rank, -row.score, utc(row.created_at), row.id)


def _top(session: Session, group: str, status: str, n: int, extra=None):
    q = (select(Case.id, Case.priority_rank, Case.score, Case.created_at, Case.reviewer_group)
         .where(Case.reviewer_group == group, Case.status == status))
    if extra is not None:
        q = q.where(extra)
    return session.execute(q.order_by(*_order()).limit(n)).all()


def queue(session: Session, user: Any, group: str | None = None, status: str = "pending", limit: int = 50,
          offset: int = 0) -> dict:
    """The user's queue: per group the open counts and the oldest open case; and one page of the
    `status` section (ordered by priority, score, age) across the user's groups."""
    if status not in QUEUE_STATUSES:
        raise DecisionError(f"status {status!r}: the queue has {', '.join(QUEUE_STATUSES)}")
    limit, offset = max(1, min(int(limit), 500)), max(0, int(offset))
    groups = _groups(session, user, group)
    now = now_utc()
    summary = {g: {"group": g, "counts": {s: 0 for s in QUEUE_STATUSES}, "open": 0, "oldest_at": None} for g in groups}
    for g in groups:
        for st in QUEUE_STATUSES:
            # one (group, status) range of ix_cases_queue each: an index-only count, no sort
            n, oldest = session.execute(select(func.count(), func.min(Case.created_at))
                                        .where(Case.reviewer_group == g, Case.status == st)).one()
            if not n:
                continue
            row = summary[g]
            row["counts"][st] = n
            row["open"] += n
            oldest = utc(oldest)
            if row["oldest_at"] is None or oldest < row["oldest_at"]:
                row["oldest_at"] = oldest
    for row in summary.values():
        row["oldest_age_s"] = (now - row["oldest_at"]).total_seconds() if row["oldest_at"] else None
    tops = [_top(session, g, status, offset + limit) for g in groups if summary[g]["counts"][status]]
    page = list(heapq.merge(*tops, key=_key))[offset:offset + limit]
    return {"groups": list(summary.values()), "status": status, "offset": offset, "limit": limit,
            "total": sum(r["counts"][status] for r in summary.values()),
            "cases": case_rows(session, user, [r.id for r in page], now)}


def case_rows(session: Session, user: Any, case_ids: list[int], now=None) -> list[dict]:
    """Queue rows for these cases (in this order): title, platform, seller, label, lease."""
    if not case_ids:
        return []
    now = now or now_utc()
    uid = who(user)[0]
    q = (select(Case, Listing.external_id, Listing.seller_id, Listing.seller_name, Platform.name,
                ListingVersion.title, Assessment.label, Assessment.categories)
         .join(Listing, Listing.id == Case.listing_id)
         .join(Platform, Platform.id == Listing.platform_id)
         .outerjoin(ListingVersion, ListingVersion.id == Listing.current_version_id)
         .join(Assessment, Assessment.id == Case.assessment_id)
         .where(Case.id.in_(case_ids)))
    found = {r[0].id: r for r in session.execute(q).all()}
    holders = {r[0].assigned_to for r in found.values() if r[0].assigned_to is not None}
    names = dict(session.execute(select(User.id, User.username).where(User.id.in_(holders))).all()) if holders else {}
    out = []
    for cid in case_ids:
        if cid not in found:
            continue
        c, ext, seller_id, seller_name, platform, title, label, cats = found[cid]
        holder = lease_holder(session, c, now)
        created = utc(c.created_at)
        out.append({"id": c.id, "group": c.reviewer_group, "status": c.status, "priority": c.priority,
                    "score": c.score, "tlp": c.tlp, "created_at": created, "age_s": (now - created).total_seconds(),
                    "title": title or "", "platform": platform, "external_id": ext, "seller_id": seller_id,
                    "seller_name": seller_name, "label": label, "categories": list(cats or []),
                    "leased_to": names.get(holder) if holder else None, "leased_by_me": holder is not None and holder == uid,
                    "lease_expires_at": utc(c.lease_expires_at) if holder else None})
    return out


def _lease_update(session: Session, case_id: int, uid: int, status: str, now, until):
    """The guarded UPDATE: takes the case only if it is still free (or already ours)."""
    free = or_(Case.assigned_to.is_(None), Case.lease_expires_at.is_(None), Case.lease_expires_at <= now,
               Case.assigned_to == uid)
    return session.execute(update(Case).where(Case.id == case_id, Case.status == status, free)
                           .values(assigned_to=uid, lease_expires_at=until, updated_at=now)
                           .execution_options(synchronize_session=False)).rowcount


def _record_lease(session: Session, case_id: int, uid: int, username: str, status: str, until, how: str) -> None:
    session.add(Decision(case_id=case_id, user_id=uid, actor=username, action="assign", from_status=status,
                         to_status=status, details={"lease_until": until.isoformat(), "how": how, "assignee": username},
                         created_at=now_utc()))


def next_case(session: Session, user: Any, group: str | None = None, skip: list[int] | tuple = ()) -> int | None:
    """Lease the next case of the user's queue to the user and return its id (None: queue empty).

    A case the user already holds comes back first. Two analysts never get the same case: on
    PostgreSQL the candidate row is locked with FOR UPDATE SKIP LOCKED (a concurrent caller
    skips to the next row); on SQLite the transaction holds the write lock (BEGIN IMMEDIATE) and
    the UPDATE is guarded by "still free" anyway.
    """
    uid, username, _, _ = who(user)
    if uid is None:
        raise DecisionError("next case: the user has no id")
    groups = _groups(session, user, group)
    if not groups:
        return None
    now = now_utc()
    until = now + timedelta(minutes=get_settings().lease_minutes)
    skip = [int(s) for s in skip or ()]
    mine = session.execute(
        select(Case.id, Case.status).where(Case.assigned_to == uid, Case.lease_expires_at > now,
                                           Case.status.in_(statuses_for(user)), Case.reviewer_group.in_(groups),
                                           Case.id.not_in(skip) if skip else true())
        .order_by(*_order()).limit(1)).first()
    if mine:
        _lease_update(session, mine.id, uid, mine.status, now, until)
        return mine.id
    pg = session.get_bind().dialect.name == "postgresql"
    free = or_(Case.assigned_to.is_(None), Case.lease_expires_at.is_(None), Case.lease_expires_at <= now)
    if skip:
        free = free & Case.id.not_in(skip)
    for status in statuses_for(user):
        # the head of each group, best first; then take the best that is still free
        heads = sorted((r for g in groups for r in [(_top(session, g, status, 1, free) or [None])[0]] if r is not None),
                       key=_key)
        for g in [r.reviewer_group for r in heads]:
            for _attempt in range(5):
                q = (select(Case.id).where(Case.reviewer_group == g, Case.status == status, free)
                     .order_by(*_order()).limit(1))
                if pg:
                    q = q.with_for_update(skip_locked=True)
                cid = session.scalar(q)
                if cid is None:
                    break
                if _lease_update(session, cid, uid, status, now, until) == 1:
                    _record_lease(session, cid, uid, username, status, until, "next")
                    session.flush()
                    return cid
    return None


def release(session: Session, case_id: int, user: Any) -> bool:
    """Give back a case the user holds (skip): True if a lease was released."""
    from .cases import decide

    case = check_case_access(user, session.get(Case, case_id), case_id)
    if lease_holder(session, case) != who(user)[0]:
        return False
    decide(session, case_id, action="release", user=user)
    return True


def open_case(session: Session, case_id: int, user: Any, lease: bool = True, blind: bool = False) -> dict:
    """case_detail, after taking the lease if the case is open and free (so nobody else starts it)
    and recording that the user viewed the case."""
    uid, username, role, _ = who(user)
    case = check_case_access(user, session.get(Case, case_id), case_id)
    now = now_utc()
    if lease and case.status in OPEN_STATUSES and (case.status != "escalated" or role in ("lead", "admin")):
        holder = lease_holder(session, case, now)
        if holder is None:
            until = now + timedelta(minutes=get_settings().lease_minutes)
            if _lease_update(session, case_id, uid, case.status, now, until) == 1:
                _record_lease(session, case_id, uid, username, case.status, until, "opened")
        elif holder == uid:  # still working on it: extend
            _lease_update(session, case_id, uid, case.status, now, now + timedelta(minutes=get_settings().lease_minutes))
    last = session.execute(select(Decision.user_id, Decision.action, Decision.created_at)
                           .where(Decision.case_id == case_id).order_by(Decision.id.desc()).limit(1)).first()
    if not (last and last.user_id == uid and last.action == "view" and now - utc(last.created_at) < VIEW_DEDUP):
        session.add(Decision(case_id=case_id, user_id=uid, actor=username, action="view", from_status=case.status,
                             to_status=case.status, created_at=now))
    session.flush()
    session.refresh(case)
    return case_detail(session, case_id, user, blind=blind)


def case_detail(session: Session, case_id: int, user: Any, blind: bool = False) -> dict:
    """Everything the case page shows (see review/casepage.py). blind=True leaves out earlier
    decisions and the reason code (for QA's second reviewer)."""
    case = check_case_access(user, session.get(Case, case_id), case_id)
    return detail(session, case, user, blind=blind)


def listing_ids_of_versions(session: Session, version_ids: list[int]) -> dict[int, int]:
    """version id -> listing id (for callers that route stored versions themselves: tests, benchmarks)."""
    from .intake import _chunks

    out: dict[int, int] = {}
    for chunk in _chunks(sorted(set(version_ids))):
        out.update(session.execute(select(ListingVersion.id, ListingVersion.listing_id)
                                   .where(ListingVersion.id.in_(chunk))).all())
    return out


def listing_outcomes(session: Session, keys: list[tuple[str, str, str]]) -> dict[tuple[str, str, str], dict]:
    """What became of listings handed to the pipeline, by (platform, listing id, content sha256):
    stored?, assessed (label, score, flagged)?, and the case if one was opened (`wildwatch ingest --wait`)."""
    from sqlalchemy import tuple_

    from .intake import _chunks

    out: dict[tuple[str, str, str], dict] = {k: {"stored": False, "assessed": False, "flagged": None, "label": None,
                                                 "score": None, "case_id": None, "group": None, "priority": None,
                                                 "title": None} for k in keys}
    for chunk in _chunks(sorted(set(keys))):
        q = (select(Platform.name, Listing.external_id, ListingVersion.content_sha256, ListingVersion.id,
                    ListingVersion.title, Listing.id)
             .join(Listing, Listing.platform_id == Platform.id)
             .join(ListingVersion, ListingVersion.listing_id == Listing.id)
             .where(tuple_(Platform.name, Listing.external_id, ListingVersion.content_sha256).in_(chunk)))
        rows = session.execute(q).all()
        vids = [r[3] for r in rows]
        assessed = {}
        for vid, label, score, flagged in session.execute(
                select(Assessment.listing_version_id, Assessment.label, Assessment.score, Assessment.flagged)
                .where(Assessment.listing_version_id.in_(vids)).order_by(Assessment.id)).all():
            assessed[vid] = (label, score, flagged)  # the newest wins
        cases = {lid: (cid, g, p) for lid, cid, g, p in session.execute(
            select(Case.listing_id, Case.id, Case.reviewer_group, Case.priority)
            .where(Case.listing_id.in_([r[5] for r in rows]))).all()}
        for platform, ext, sha, vid, title, lid in rows:
            o = out[(platform, ext, sha)]
            o.update(stored=True, title=title)
            if vid in assessed:
                o.update(assessed=True, label=assessed[vid][0], score=assessed[vid][1], flagged=assessed[vid][2])
            if lid in cases:
                o.update(case_id=cases[lid][0], group=cases[lid][1], priority=cases[lid][2])
    return out


__all__ = ["QUEUE_STATUSES", "case_detail", "case_rows", "listing_ids_of_versions", "listing_outcomes", "next_case",
           "open_case", "queue", "release", "statuses_for"]

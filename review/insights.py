"""Figures for the dashboard, for the groups a user may see, aggregated in SQL (SQLite and PostgreSQL).

Over the last N ISO weeks (12 by default):
- flagged (cases opened) and confirmed per week, by platform and by category;
- classifier precision per category as the reviewers' decisions measure it:
  confirmed / (confirmed + dismissed) of the window's cases, with n;
- time to decision (case opened -> first decision), p50 and p95, per group, per week, overall;
and now: queue depth and the age of the oldest open case per group; agreement between first and
second reviewers (Cohen's kappa) per group, from review.qa.

Percentiles are nearest-rank (the value at rank ceil(p * n)), computed with window functions so
only one row per group or week leaves the database. Case counts come from one grouped scan.
"""
from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Date, Text, and_, case, cast, func, literal_column, or_, select, union_all
from sqlalchemy.orm import Session

from .models import OPEN_STATUSES, Assessment, Case, Decision, Listing, Platform
from .qa import QA_ACTIONS, kappa_by_group

NO_CATEGORY = "(none)"


def _dialect(s: Session) -> str:
    return s.get_bind().dialect.name


def _week(s: Session, col):
    """The Monday (UTC) of the ISO week of a timestamp column."""
    if _dialect(s) == "postgresql":
        return cast(func.date_trunc("week", func.timezone("UTC", col)), Date)
    # SQLite keeps UTC text: the next Sunday (or the day itself), minus six days.
    return func.date(col, "weekday 0", "-6 days")


def _seconds(s: Session, later, earlier):
    if _dialect(s) == "postgresql":
        return func.extract("epoch", later - earlier)
    return (func.julianday(later) - func.julianday(earlier)) * 86400.0


def _day(s: Session, col):
    """The UTC calendar day of a timestamp column (text 'YYYY-MM-DD' on SQLite, a date on PostgreSQL)."""
    if _dialect(s) == "postgresql":
        return cast(func.timezone("UTC", col), Date)
    return func.substr(col, 1, 10)  # SQLite keeps UTC text: a prefix is the day, and costs nothing


def _as_date(v: Any) -> date:
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    return date.fromisoformat(str(v)[:10])


def _bind(dt: datetime) -> datetime:
    return dt.astimezone(timezone.utc).replace(tzinfo=None)


def _utc(dt: datetime | None) -> datetime | None:
    return dt.replace(tzinfo=timezone.utc) if dt is not None and dt.tzinfo is None else dt


def visible_groups(user: Any) -> list[str] | None:
    """The groups whose figures the user sees: None = all (admin). Partners and volunteers: none."""
    if user.role == "admin":
        return None
    if user.role not in ("lead", "analyst"):
        raise PermissionError(f"role {user.role!r} has no access to the reviewers' dashboard")
    return [str(g) for g in (user.groups or ())]


def _scoped(q, groups: list[str] | None):
    return q if groups is None else q.where(Case.reviewer_group.in_(groups))


def week_starts(weeks: int, today: date) -> list[date]:
    """The Mondays of the last `weeks` ISO weeks, oldest first, the current week last."""
    monday = today - timedelta(days=today.weekday())
    return [monday - timedelta(weeks=i) for i in range(weeks - 1, -1, -1)]


def week_label(monday: date) -> str:
    y, w, _ = monday.isocalendar()
    return f"{y}-W{w:02d}"


def _sorted(d: dict[str, list[int]]) -> dict[str, list[int]]:
    return dict(sorted(d.items(), key=lambda kv: (-sum(kv[1]), kv[0])))


def case_counts(s: Session, groups: list[str] | None, weeks: int = 12, today: date | None = None) -> dict:
    """Flagged (opened) and confirmed cases per ISO week by platform and by category, and precision
    per category, from ONE grouped scan of the window's cases: SQL counts them per (day opened,
    day confirmed, status, platform, category list), a few thousand rows at most, which are then
    folded into weeks and single categories here."""
    today = today or datetime.now(timezone.utc).date()
    starts = week_starts(weeks, today)
    since = _bind(datetime.combine(starts[0], datetime.min.time(), timezone.utc))
    decided_at = func.coalesce(Case.decided_at, Case.updated_at)
    opened = _day(s, Case.created_at)
    confirmed = case((Case.status == "confirmed", _day(s, decided_at)), else_=None)
    cats = cast(Assessment.categories, Text)  # the JSON list as text: groupable on both engines
    q = _scoped(select(opened, confirmed, Case.status, Listing.platform_id, cats, func.count()).select_from(Case)
                .join(Listing, Listing.id == Case.listing_id).join(Assessment, Assessment.id == Case.assessment_id)
                .where(or_(Case.created_at >= since, and_(Case.status == "confirmed", decided_at >= since)))
                .group_by(opened, confirmed, Case.status, Listing.platform_id, cats), groups)
    platforms = dict(s.execute(select(Platform.id, Platform.name)).all())
    index = {d: i for i, d in enumerate(starts)}
    zero = lambda: [0] * len(starts)  # noqa: E731
    flagged_p: dict[str, list[int]] = defaultdict(zero)
    flagged_c: dict[str, list[int]] = defaultdict(zero)
    confirmed_p: dict[str, list[int]] = defaultdict(zero)
    confirmed_c: dict[str, list[int]] = defaultdict(zero)
    decided: dict[str, dict] = {}
    parsed: dict[str, list[str]] = {}
    for day_opened, day_confirmed, status, pid, cats_text, n in s.execute(q).all():
        if cats_text not in parsed:
            parsed[cats_text] = [str(c) for c in (json.loads(cats_text) if cats_text else None) or []] or [NO_CATEGORY]
        categories, platform = parsed[cats_text], platforms.get(pid, str(pid))
        d = _as_date(day_opened)
        wk = index.get(d - timedelta(days=d.weekday()))
        if wk is not None:
            flagged_p[platform][wk] += n
            for c in categories:
                flagged_c[c][wk] += n
                if status in ("confirmed", "dismissed"):
                    p = decided.setdefault(c, {"category": c, "confirmed": 0, "dismissed": 0})
                    p[status] += n
        if day_confirmed is not None:
            d = _as_date(day_confirmed)
            wk = index.get(d - timedelta(days=d.weekday()))
            if wk is not None:
                confirmed_p[platform][wk] += n
                for c in categories:
                    confirmed_c[c][wk] += n
    for p in decided.values():
        p["n"] = p["confirmed"] + p["dismissed"]
        p["precision"] = p["confirmed"] / p["n"] if p["n"] else None
    return {"weeks": [week_label(d) for d in starts], "week_starts": starts,
            "flagged_by_platform": _sorted(flagged_p), "flagged_by_category": _sorted(flagged_c),
            "confirmed_by_platform": _sorted(confirmed_p), "confirmed_by_category": _sorted(confirmed_c),
            "precision": sorted(decided.values(), key=lambda c: (-c["n"], c["category"]))}


def queues(s: Session, groups: list[str] | None, now: datetime | None = None) -> list[dict]:
    """Per group: open cases by status, depth, and the oldest open case's age in seconds."""
    now = now or datetime.now(timezone.utc)
    q = _scoped(select(Case.reviewer_group, Case.status, func.count(), func.min(Case.created_at))
                .where(Case.status.in_(OPEN_STATUSES)).group_by(Case.reviewer_group, Case.status), groups)
    out: dict[str, dict] = {}
    for group, status, n, oldest in s.execute(q).all():
        g = out.setdefault(group, {"group": group, "depth": 0, "by_status": {st: 0 for st in OPEN_STATUSES},
                                   "oldest_at": None})
        g["depth"] += n
        g["by_status"][status] = n
        oldest = _utc(oldest)
        if g["oldest_at"] is None or oldest < g["oldest_at"]:
            g["oldest_at"] = oldest
    for g in (groups or []):  # a group with an empty queue is a figure too
        out.setdefault(g, {"group": g, "depth": 0, "by_status": {st: 0 for st in OPEN_STATUSES}, "oldest_at": None})
    for g in out.values():
        g["oldest_age_s"] = (now - g["oldest_at"]).total_seconds() if g["oldest_at"] else None
    return sorted(out.values(), key=lambda g: g["group"])


def time_to_decision(s: Session, groups: list[str] | None, weeks: int = 12, today: date | None = None) -> dict:
    """Time from a case's opening to its first decision, for cases opened in the last `weeks` ISO
    weeks: n, p50 and p95 per group, per week of the decision, and overall - one statement: the
    first decisions once (a CTE), three window passes over them."""
    today = today or datetime.now(timezone.utc).date()
    starts = week_starts(weeks, today)
    since = _bind(datetime.combine(starts[0], datetime.min.time(), timezone.utc))
    first_at = (select(Decision.case_id.label("case_id"), func.min(Decision.created_at).label("at"))
                .where(Decision.action.in_(QA_ACTIONS), Decision.created_at >= since)
                .group_by(Decision.case_id).subquery("first_decision"))
    f = _scoped(select(Case.reviewer_group.label("g"), _week(s, first_at.c.at).label("w"),
                       _seconds(s, first_at.c.at, Case.created_at).label("d"))
                .select_from(Case).join(first_at, first_at.c.case_id == Case.id)
                .where(Case.created_at >= since), groups).cte("durations").prefix_with("MATERIALIZED")

    def ranked(kind: str, key):
        over = {"partition_by": key} if key is not None else {}
        return select(literal_column(f"'{kind}'").label("kind"),
                      (cast(key, Text) if key is not None else literal_column("''")).label("k"), f.c.d,
                      func.row_number().over(order_by=f.c.d, **over).label("rn"),
                      func.count().over(**over).label("n"))

    r = union_all(ranked("group", f.c.g), ranked("week", f.c.w), ranked("all", None)).subquery("r")
    # nearest rank: ceil(p * n) in integer arithmetic, the same on both engines
    p50, p95 = (r.c.n * 50 + 99) // 100, (r.c.n * 95 + 99) // 100
    q = (select(r.c.kind, r.c.k, r.c.n, func.max(case((r.c.rn == p50, r.c.d))), func.max(case((r.c.rn == p95, r.c.d))))
         .where(or_(r.c.rn == p50, r.c.rn == p95))  # two rows per partition reach the grouping, not all
         .group_by(r.c.kind, r.c.k, r.c.n).order_by(r.c.kind, r.c.k))
    found: dict[str, dict] = defaultdict(dict)
    for kind, k, n, p50, p95 in s.execute(q).all():
        found[kind][k] = {"n": n, "p50_s": float(p50) if p50 is not None else None,
                          "p95_s": float(p95) if p95 is not None else None}
    empty = {"n": 0, "p50_s": None, "p95_s": None}
    by_week = {_as_date(k): v for k, v in found["week"].items()}
    return {"per_group": [{"group": g, **v} for g, v in sorted(found["group"].items())],
            "overall": found["all"].get("", empty), "weeks": [week_label(d) for d in starts],
            "per_week": [by_week.get(d, empty) for d in starts]}


def dashboard(s: Session, user: Any, weeks: int = 12, now: datetime | None = None) -> dict:
    """Every dashboard figure for the groups `user` may see (`now`: the moment ages and the current
    week are counted from)."""
    groups = visible_groups(user)
    weeks = max(1, min(int(weeks), 104))
    now = now or datetime.now(timezone.utc)
    today = now.astimezone(timezone.utc).date()
    counts = case_counts(s, groups, weeks, today)
    return {"groups": groups, "now": now, "weeks": weeks, "weekly": counts, "precision": counts.pop("precision"),
            "queues": queues(s, groups, now), "time_to_decision": time_to_decision(s, groups, weeks, today),
            "kappa": kappa_by_group(s, groups), "removal": _removal(s)}


def _removal(s: Session) -> list[dict]:
    """Time to removal of sent takedown reports per platform (issue 10; aggregates only)."""
    from .reports import removal_stats

    return removal_stats(s)

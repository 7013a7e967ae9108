"""The audit trail: who did what to which case, when, and why - read, filtered, paged and exported.

Two append-only tables make it up: `decisions` (every change of a case: routing, decisions, notes,
leases, QA answers; before/after in `details`) and `audit_events` (accounts, sign-ins, settings).
Both are read together, newest first: each table in the order it was recorded (its id; the app
stamps created_at at insert, so time rises with it), the two merged by time. Paging is by keyset:
a cursor holds the last id seen in each table, so page 500 costs what page 1 costs (no OFFSET
scan, only the primary keys), and rows appended meanwhile never shift a page.

Who sees what: an analyst their own entries; a lead everything in their groups (decisions on their
groups' cases, events by or about the people of their groups); an admin everything.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any, Iterable, Iterator, Protocol

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from .models import AuditEvent, Case, Decision, User

PAGE_MAX = 500
EXPORT_CHUNK = 1000
EXPORT_FIELDS = ("source", "id", "created_at", "actor", "user_id", "action", "case_id", "reviewer_group",
                 "from_status", "to_status", "reason_code", "reason", "target", "details")
# A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_CURSOR = re.compile(r"^(\*|\d+)\.(\*|\d+)$")


class Viewer(Protocol):
    """Whoever reads the trail: a review.models.User or the web app's CurrentUser."""

    id: int
    username: str
    role: str
    groups: Any


class AuditError(ValueError):
    """A bad filter or cursor; the message names the field."""


@dataclass(frozen=True)
class AuditFilter:
    case_id: int | None = None
    actor: str | None = None
    action: str | None = None
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive

    @classmethod
    def from_params(cls, params: dict[str, Any]) -> "AuditFilter":
        """Filters from query parameters (strings, blanks ignored): case, actor, action, since and
        until as YYYY-MM-DD (until is inclusive: the whole day) or ISO date-times."""
        def text(name: str) -> str | None:
            v = params.get(name)
            return str(v).strip() or None if v is not None else None

        case = text("case")
        if case is not None:
            if not case.lstrip("#").isdigit():
                raise AuditError(f"case: expected a case number, got {case!r}")
            case = int(case.lstrip("#"))
        return cls(case_id=case, actor=text("actor"), action=text("action"),
                   since=_parse_when("since", text("since"), end=False),
                   until=_parse_when("until", text("until"), end=True))

    def as_params(self) -> dict[str, str]:
        """The inverse of from_params, for links (export, next page)."""
        out = {}
        if self.case_id is not None:
            out["case"] = str(self.case_id)
        for name in ("actor", "action"):
            if getattr(self, name):
                out[name] = getattr(self, name)
        if self.since:
            out["since"] = self.since.isoformat()
        if self.until:
            out["until"] = self.until.isoformat()
        return out


@dataclass
class AuditPage:
    entries: list[dict]
    next_cursor: str | None


def _parse_when(name: str, value: str | None, end: bool) -> datetime | None:
    if value is None:
        return None
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return datetime.combine(day + timedelta(days=1) if end else day, time(), timezone.utc)
        return _utc(datetime.fromisoformat(value))
    except ValueError:
        raise AuditError(f"{name}: expected a date like 2026-12-01, got {value!r}") from None


def _utc(dt: datetime | None) -> datetime | None:
    """Aware UTC. The store keeps UTC; SQLite hands it back naive."""
    if dt is None:
        return None
    return dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)


def _bind(dt: datetime) -> datetime:
    # SQLite compares date-times as text in the stored (naive UTC) form; PostgreSQL takes aware ones.
    return dt.astimezone(timezone.utc).replace(tzinfo=None)


def _groups(viewer: Viewer) -> list[str]:
    return [str(g) for g in (viewer.groups or ())]


def _check_viewer(viewer: Viewer) -> None:
    if viewer.role not in ("admin", "lead", "analyst"):
        raise PermissionError(f"role {viewer.role!r} has no access to the audit trail")


def _decisions_query(viewer: Viewer, f: AuditFilter):
    q = select(Decision.id, Decision.created_at, Decision.actor, Decision.user_id, Decision.action,
               Decision.case_id, Case.reviewer_group, Decision.from_status, Decision.to_status,
               Decision.reason_code, Decision.reason, Decision.details).join(Case, Case.id == Decision.case_id)
    if viewer.role == "analyst":
        q = q.where(Decision.user_id == viewer.id)
    elif viewer.role == "lead":
        # EXISTS, not a filter on the joined row: the planner then walks decisions newest first by
        # primary key and probes each case, instead of sorting all the group's decisions.
        q = q.where(select(Case.id).where(Case.id == Decision.case_id, Case.reviewer_group.in_(_groups(viewer)))
                    .correlate(Decision).exists())
    if f.case_id is not None:
        q = q.where(Decision.case_id == f.case_id)
    if f.actor:
        q = q.where(Decision.actor == f.actor)
    if f.action:
        q = q.where(Decision.action == f.action)
    if f.since:
        q = q.where(Decision.created_at >= _bind(f.since))
    if f.until:
        q = q.where(Decision.created_at < _bind(f.until))
    return q


def _colleagues(s: Session, viewer: Viewer) -> list[str]:
    """Usernames of everyone sharing a group with a lead (the users table is small)."""
    mine = set(_groups(viewer))
    names = {viewer.username}
    for name, groups in s.execute(select(User.username, User.groups)).all():
        if mine.intersection(groups or ()):
            names.add(name)
    return sorted(names)


def _events_query(s: Session, viewer: Viewer, f: AuditFilter):
    q = select(AuditEvent.id, AuditEvent.created_at, AuditEvent.actor, AuditEvent.user_id, AuditEvent.action,
               AuditEvent.target, AuditEvent.details)
    if viewer.role == "analyst":
        q = q.where(AuditEvent.actor == viewer.username)
    elif viewer.role == "lead":
        names = _colleagues(s, viewer)
        q = q.where(or_(AuditEvent.actor.in_(names), AuditEvent.target.in_(names + [f"user:{n}" for n in names])))
    if f.actor:
        q = q.where(AuditEvent.actor == f.actor)
    if f.action:
        q = q.where(AuditEvent.action == f.action)
    if f.since:
        q = q.where(AuditEvent.created_at >= _bind(f.since))
    if f.until:
        q = q.where(AuditEvent.created_at < _bind(f.until))
    return q


def _decision_entry(r) -> dict:
    return {"source": "decision", "id": r.id, "created_at": _utc(r.created_at), "actor": r.actor,
            "user_id": r.user_id, "action": r.action, "case_id": r.case_id, "reviewer_group": r.reviewer_group,
            "from_status": r.from_status, "to_status": r.to_status, "reason_code": r.reason_code,
            "reason": r.reason, "target": f"case:{r.case_id}", "details": r.details}


def _event_entry(r) -> dict:
    return {"source": "event", "id": r.id, "created_at": _utc(r.created_at), "actor": r.actor,
            "user_id": r.user_id, "action": r.action, "case_id": None, "reviewer_group": None,
            "from_status": None, "to_status": None, "reason_code": None, "reason": None,
            "target": r.target, "details": r.details}


def _parse_cursor(cursor: str | None) -> tuple[int | None, int | None]:
    if not cursor:
        return None, None
    m = _CURSOR.match(cursor)
    if not m:
        raise AuditError(f"cursor: {cursor!r} is not a cursor from a previous page; start again without one")
    return tuple(None if x == "*" else int(x) for x in m.groups())  # type: ignore[return-value]


def _format_cursor(d: int | None, a: int | None) -> str:
    return f"{'*' if d is None else d}.{'*' if a is None else a}"


def list_entries(s: Session, viewer: Viewer, f: AuditFilter | None = None, limit: int = 50,
                 cursor: str | None = None) -> AuditPage:
    """One page of the trail the viewer may see, newest first. Pass `next_cursor` back for the
    next page; it is None on the last page."""
    _check_viewer(viewer)
    f = f or AuditFilter()
    limit = max(1, min(int(limit), PAGE_MAX))
    d_before, a_before = _parse_cursor(cursor)
    # Each table is read in id order (its insertion order) under its own bound; the two streams
    # are merged by time. A bound of 0 means that stream is used up.
    dq = _decisions_query(viewer, f)
    if d_before is not None:
        dq = dq.where(Decision.id < d_before)
    drows = [] if d_before == 0 else [_decision_entry(r) for r in
                                      s.execute(dq.order_by(Decision.id.desc()).limit(limit + 1)).all()]
    arows: list[dict] = []
    if f.case_id is None and a_before != 0:  # events are not about one case
        aq = _events_query(s, viewer, f)
        if a_before is not None:
            aq = aq.where(AuditEvent.id < a_before)
        arows = [_event_entry(r) for r in s.execute(aq.order_by(AuditEvent.id.desc()).limit(limit + 1)).all()]
    out: list[dict] = []
    i = j = 0
    while len(out) < limit and (i < len(drows) or j < len(arows)):
        if j >= len(arows) or (i < len(drows) and drows[i]["created_at"] >= arows[j]["created_at"]):
            out.append(drows[i])
            i += 1
        else:
            out.append(arows[j])
            j += 1
    if i == len(drows) and j == len(arows):
        return AuditPage(out, None)
    d_next = drows[i - 1]["id"] if i else d_before
    a_next = arows[j - 1]["id"] if j else a_before
    if i == len(drows):
        d_next = 0
    if j == len(arows):
        a_next = 0
    return AuditPage(out, _format_cursor(d_next, a_next))


def iter_entries(s: Session, viewer: Viewer, f: AuditFilter | None = None,
                 chunk: int = EXPORT_CHUNK) -> Iterator[dict]:
    """Every entry the viewer may see, newest first, read a page at a time (for exports)."""
    cursor = None
    while True:
        page = list_entries(s, viewer, f, limit=min(chunk, PAGE_MAX), cursor=cursor)
        yield from page.entries
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


def safe_cell(value: Any) -> str:
    """A CSV cell a spreadsheet will not run: text starting with = + - @ (or tab / CR) gets a
    leading apostrophe. Numbers are left alone (a negative id does not exist anyway)."""
    text = _text(value)
    if isinstance(value, str) and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def csv_lines(entries: Iterable[dict]) -> Iterator[str]:
    """The entries as CSV text, a header line first, one line (string) at a time."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")

    def flush() -> str:
        out = buf.getvalue()
        buf.seek(0)
        buf.truncate()
        return out

    w.writerow(EXPORT_FIELDS)
    yield flush()
    for e in entries:
        w.writerow([safe_cell(e.get(k)) for k in EXPORT_FIELDS])
        yield flush()


def jsonl_lines(entries: Iterable[dict]) -> Iterator[str]:
    """The entries as JSON lines, every field, times in ISO 8601 UTC."""
    for e in entries:
        yield json.dumps({k: e.get(k) for k in EXPORT_FIELDS}, ensure_ascii=False, default=_text) + "\n"

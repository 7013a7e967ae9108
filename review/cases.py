"""Changing a case: every change is a decision appended to the audit log, in the same transaction.

`decide(session, case_id, actor="alice", action="confirm", reason_code="named-species")` for
scripts; the web app passes `user=` (anything with id, username, role, groups: the signed-in
user), and then the role, the group and the lease are checked here, not only in the web layer.

The four decisions (confirm, suspicious, dismiss, escalate) need a reason code from
config/review.yaml; they set the case's reason_code and decided_at (the time of its last
decision) and release the lease. Other actions: note, reopen, assign, release, tlp.
"""
from __future__ import annotations

import importlib
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from config.settings import get_settings

from .models import OPEN_STATUSES, TLP_LEVELS, Case, Decision, Listing, Platform, User
from .reasons import DECISION_ACTIONS, ReasonError, load_reasons

ALL_STATUSES = {"pending", "suspicious", "confirmed", "dismissed", "escalated"}
# action -> status it leads to (None: no status change); and from which statuses it is allowed
ACTIONS = {
    "confirm": ("confirmed", {"pending", "suspicious", "escalated"}),
    "suspicious": ("suspicious", {"pending", "escalated"}),
    "dismiss": ("dismissed", {"pending", "suspicious", "escalated"}),
    "escalate": ("escalated", {"pending", "suspicious"}),
    "reopen": ("pending", {"confirmed", "dismissed", "escalated", "suspicious"}),
    "note": (None, ALL_STATUSES),
    "assign": (None, set(OPEN_STATUSES)),
    "release": (None, set(OPEN_STATUSES)),
}
DECIDER_ROLES = ("analyst", "lead", "admin")
LEAD_ROLES = ("lead", "admin")
LEAD_ONLY = {"reopen", "assign"}  # decided cases feed reports; only a lead puts one back


class DecisionError(ValueError):
    """A change that cannot be made, with what to do instead."""


class CaseNotFound(DecisionError):
    pass


class AccessDenied(DecisionError):
    """The user's role or groups do not cover this case: no data is returned."""


class LeaseConflict(DecisionError):
    """Another analyst holds the case."""


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


def utc(dt: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything in the store is UTC."""
    if dt is None:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def _attr(user: Any, name: str, default=None):
    return user.get(name, default) if isinstance(user, dict) else getattr(user, name, default)


def who(user: Any) -> tuple[int | None, str, str, tuple[str, ...]]:
    """(id, username, role, groups) of a User row, the web's CurrentUser or a dict."""
    return (_attr(user, "id"), str(_attr(user, "username", "") or ""), str(_attr(user, "role", "") or ""),
            tuple(_attr(user, "groups", ()) or ()))


def can_see_group(user: Any, group: str) -> bool:
    _, _, role, groups = who(user)
    if role == "admin":
        return True
    return role in ("lead", "analyst") and group in groups


def visible_groups(user: Any, known: list[str] | None = None) -> list[str]:
    """The reviewer groups whose cases this user may see (admin: `known`, all groups with cases)."""
    _, _, role, groups = who(user)
    if role == "admin":
        return sorted(set(known or ()) | set(groups))
    if role in ("lead", "analyst"):
        return sorted(groups)
    return []


def check_case_access(user: Any, case: Case | None, case_id: int) -> Case:
    if case is None:
        raise CaseNotFound(f"case {case_id}: not found")
    _, username, role, _ = who(user)
    if role not in DECIDER_ROLES:
        raise AccessDenied(f"case {case_id}: the role {role or '(none)'!r} does not see cases")
    if not can_see_group(user, case.reviewer_group):
        raise AccessDenied(f"case {case_id}: belongs to a reviewer group you are not in")
    return case


def lease_holder(session: Session, case: Case, at: datetime | None = None) -> int | None:
    """The user holding a live lease on the case, or None."""
    at = at or now_utc()
    if case.assigned_to is not None and case.lease_expires_at is not None and utc(case.lease_expires_at) > at:
        return case.assigned_to
    return None


def username_of(session: Session, user_id: int | None) -> str | None:
    if user_id is None:
        return None
    return session.scalar(select(User.username).where(User.id == user_id))


def _snapshot(case: Case) -> dict:
    exp = utc(case.lease_expires_at)
    return {"status": case.status, "reason_code": case.reason_code, "tlp": case.tlp,
            "assigned_to": case.assigned_to, "lease_expires_at": exp.isoformat() if exp else None}


def _lock(session: Session, case_id: int) -> Case | None:
    # Lock the row (PostgreSQL; SQLite writers are serialised already by BEGIN IMMEDIATE) so two
    # reviewers deciding at once are applied one after the other, each checked against the other's result.
    return session.execute(select(Case).where(Case.id == case_id).with_for_update()).scalar_one_or_none()


def decide(session: Session, case_id: int, actor: str | None = None, action: str = "", reason: str | None = None,
           user_id: int | None = None, *, reason_code: str | None = None, user: Any = None,
           assignee_id: int | None = None, details: dict | None = None) -> Decision:
    """Apply `action` to a case and record who, when, what, why and before/after. Raises DecisionError.

    reason: free text (the note). reason_code: the structured why, required for the four decisions.
    user: the signed-in user (role, group and lease are checked); without it the caller is trusted
    (CLI, pipeline) and only the lease is checked.
    """
    if action not in ACTIONS:
        raise DecisionError(f"action {action!r}: must be one of {', '.join(ACTIONS)}")
    if user is not None:
        user_id, actor, role, _ = who(user)
        if role not in DECIDER_ROLES:
            raise AccessDenied(f"the role {role or '(none)'!r} cannot change cases")
        if action in LEAD_ONLY and role not in LEAD_ROLES:
            raise AccessDenied(f"only a lead can {action} a case")
    if not actor or not str(actor).strip():
        raise DecisionError("actor: required (who decided)")
    to_status, allowed = ACTIONS[action]
    reasons = None
    if action in DECISION_ACTIONS:
        reasons = load_reasons()
        try:
            reasons.check(action, reason_code)
        except ReasonError as exc:
            raise DecisionError(str(exc)) from None
    elif reason_code:
        raise DecisionError(f"reason: {action} takes a note, not a reason code")
    if action in ("reopen", "note") and not (reason and reason.strip()):
        raise DecisionError(f"note: required to {action} a case (say why)")
    case = _lock(session, case_id)
    if user is not None:
        check_case_access(user, case, case_id)
    elif case is None:
        raise CaseNotFound(f"case {case_id}: not found")
    if case.status not in allowed:
        raise DecisionError(f"case {case_id}: cannot {action} a case that is {case.status}")
    if user is not None and case.status == "escalated" and action in DECISION_ACTIONS and who(user)[2] not in LEAD_ROLES:
        raise AccessDenied(f"case {case_id}: escalated to a lead; only a lead decides it now")
    now = now_utc()
    holder = lease_holder(session, case, now)
    if holder is not None and holder != user_id and action not in ("note",) and not (
            action in ("release", "assign") and user is not None and who(user)[2] in LEAD_ROLES):
        name = username_of(session, holder) or f"user {holder}"
        raise LeaseConflict(f"case {case_id}: {name} has this case open until "
                            f"{utc(case.lease_expires_at):%H:%M} UTC; wait, or ask a lead to release it")
    before = _snapshot(case)
    if to_status:
        case.status = to_status
    if action in DECISION_ACTIONS:
        case.reason_code, case.decided_at = reason_code, now
    if action == "reopen":
        case.reason_code, case.decided_at = None, None
    if action in DECISION_ACTIONS or action in ("reopen", "release"):
        case.assigned_to, case.lease_expires_at = None, None
    if action == "assign":
        if assignee_id is None:
            raise DecisionError("assign: say to whom (assignee)")
        assignee = session.get(User, assignee_id)
        if assignee is None or assignee.disabled_at is not None or not can_see_group(assignee, case.reviewer_group):
            raise DecisionError(f"assign: user {assignee_id} is not an active member of {case.reviewer_group}")
        case.assigned_to = assignee_id
        case.lease_expires_at = now + timedelta(minutes=get_settings().lease_minutes)
    case.updated_at = now
    after = _snapshot(case)
    changed = {k: [before[k], after[k]] for k in before if before[k] != after[k]}
    decision = Decision(case_id=case_id, user_id=user_id, actor=str(actor).strip(), action=action,
                        from_status=before["status"], to_status=case.status, reason_code=reason_code,
                        reason=reason.strip() if reason and reason.strip() else None,
                        details={"before": before, "after": after, "changed": changed, **(details or {})},
                        created_at=now)
    session.add(decision)
    session.flush()
    if action in DECISION_ACTIONS:
        _qa_hook(session, case, decision)
    return decision


def _qa_hook(session: Session, case: Case, decision: Decision) -> None:
    """Let QA draw the decision for blind second review, when review/qa.py provides maybe_draw."""
    try:
        qa = importlib.import_module("review.qa")
    except ModuleNotFoundError as exc:
        if exc.name == "review.qa":
            return
        raise
    draw = getattr(qa, "maybe_draw", None)
    if draw is not None:
        draw(session, case, decision)


def tlp_rank(level: str) -> int:
    """0 = RED (most restricted) .. 3 = CLEAR."""
    return TLP_LEVELS.index(level)


def set_tlp(session: Session, case_id: int, user: Any, level: str, reason: str | None = None) -> Decision:
    """Change a case's sharing level: a lead may only raise it (towards RED), an admin may set any."""
    level = (level or "").strip().upper()
    if level not in TLP_LEVELS:
        raise DecisionError(f"tlp {level!r}: must be one of {', '.join(TLP_LEVELS)}")
    uid, username, role, _ = who(user)
    if role not in LEAD_ROLES:
        raise AccessDenied("only a lead or an admin changes a case's sharing level")
    case = check_case_access(user, _lock(session, case_id), case_id)
    if level == case.tlp:
        raise DecisionError(f"case {case_id}: already TLP:{level}")
    if role == "lead" and tlp_rank(level) > tlp_rank(case.tlp):
        raise AccessDenied(f"case {case_id}: a lead can only raise the sharing level (now TLP:{case.tlp}); "
                           "lowering it needs an admin")
    before = _snapshot(case)
    now = now_utc()
    case.tlp, case.updated_at = level, now
    decision = Decision(case_id=case_id, user_id=uid, actor=username, action="tlp", from_status=case.status,
                        to_status=case.status, reason=reason.strip() if reason and reason.strip() else None,
                        details={"before": before, "after": _snapshot(case), "changed": {"tlp": [before["tlp"], level]}},
                        created_at=now)
    session.add(decision)
    session.flush()
    return decision


def bulk_decide(session: Session, user: Any, platform: str, seller_id: str, action: str, reason_code: str,
                note: str | None = None) -> dict:
    """The same decision for every open case of one seller (platform + seller id) in the user's groups.

    Cases another analyst holds, or that the user may not decide (escalated, for an analyst), are
    skipped and listed with why. Returns {"decided": [case ids], "skipped": [{"case_id", "why"}]}.
    """
    if action not in DECISION_ACTIONS:
        raise DecisionError(f"bulk decision: action must be one of {', '.join(DECISION_ACTIONS)}")
    try:
        load_reasons().check(action, reason_code)
    except ReasonError as exc:
        raise DecisionError(str(exc)) from None
    _, _, role, _ = who(user)
    if role not in DECIDER_ROLES:
        raise AccessDenied(f"the role {role or '(none)'!r} cannot change cases")
    if not seller_id:
        raise DecisionError("bulk decision: the listing has no seller id")
    q = (select(Case.id, Case.reviewer_group).join(Listing, Listing.id == Case.listing_id)
         .join(Platform, Platform.id == Listing.platform_id)
         .where(Platform.name == platform, Listing.seller_id == seller_id, Case.status.in_(OPEN_STATUSES))
         .order_by(Case.id))
    rows = [(cid, g) for cid, g in session.execute(q).all() if can_see_group(user, g)]
    if not rows:
        raise DecisionError(f"seller {seller_id!r} on {platform}: no open cases in your groups")
    decided, skipped = [], []
    extra = {"bulk": {"platform": platform, "seller_id": seller_id, "cases": len(rows)}}
    for cid, _ in rows:
        try:
            with session.begin_nested():
                decide(session, cid, action=action, reason=note, reason_code=reason_code, user=user, details=extra)
            decided.append(cid)
        except DecisionError as exc:
            skipped.append({"case_id": cid, "why": str(exc)})
    return {"decided": decided, "skipped": skipped}

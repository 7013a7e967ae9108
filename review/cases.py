"""Changing a case: every change is a decision appended to the audit log, in the same transaction.

For the web app and scripts: `decide(session, case_id, actor="alice", action="confirm", reason="...")`.
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from .models import Case, Decision

# action -> status it leads to (None: no status change); and from which statuses it is allowed
ACTIONS = {
    "confirm": ("confirmed", {"pending", "escalated"}),
    "dismiss": ("dismissed", {"pending", "escalated"}),
    "escalate": ("escalated", {"pending"}),
    "reopen": ("pending", {"confirmed", "dismissed", "escalated"}),
    "note": (None, {"pending", "confirmed", "dismissed", "escalated"}),
}


class DecisionError(ValueError):
    pass


def decide(session: Session, case_id: int, actor: str, action: str, reason: str | None = None,
           user_id: int | None = None) -> Decision:
    """Apply `action` to a case and record who, when, what and why. Raises DecisionError."""
    if action not in ACTIONS:
        raise DecisionError(f"action {action!r}: must be one of {', '.join(ACTIONS)}")
    if not actor or not actor.strip():
        raise DecisionError("actor: required (who decided)")
    to_status, allowed = ACTIONS[action]
    if action in ("dismiss", "reopen", "note") and not (reason and reason.strip()):
        raise DecisionError(f"reason: required to {action} a case")
    # Lock the row (PostgreSQL; SQLite writers are serialised already) so two reviewers
    # deciding at once are applied one after the other, each checked against the other's result.
    case = session.execute(select(Case).where(Case.id == case_id).with_for_update()).scalar_one_or_none()
    if case is None:
        raise DecisionError(f"case {case_id}: not found")
    if case.status not in allowed:
        raise DecisionError(f"case {case_id}: cannot {action} a case that is {case.status}")
    now = datetime.now(timezone.utc)
    decision = Decision(case_id=case_id, user_id=user_id, actor=actor.strip(), action=action,
                        from_status=case.status, to_status=to_status or case.status, reason=reason, created_at=now)
    session.add(decision)
    if to_status:
        session.execute(update(Case).where(Case.id == case_id).values(status=to_status, updated_at=now))
    session.flush()
    return decision

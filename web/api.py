"""JSON for machines under /api/v1/: the queue, a case, a decision, the next case.

Same session cookie and the same checks as the pages: the role here, the group in review/.
State-changing calls send the session's CSRF token in the `X-CSRF-Token` header.
"""
from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends
from fastapi.encoders import jsonable_encoder
from pydantic import BaseModel, Field

from review import workspace
from review.cases import DecisionError, decide
from review.db import session_scope

from .auth import CurrentUser, csrf_protect, require_roles
from .reviewers.triage import http_error

router = APIRouter()
reviewer = require_roles("analyst", "lead", "admin")


class DecisionIn(BaseModel):
    action: Literal["confirm", "suspicious", "dismiss", "escalate", "note", "reopen", "release"]
    reason: str | None = Field(None, max_length=50, description="A reason code of config/review.yaml (the four decisions).")
    note: str | None = Field(None, max_length=5000)


@router.get("/queue")
def api_queue(status: str = "pending", group: str | None = None, limit: int = 50, offset: int = 0,
              user: CurrentUser = Depends(reviewer)) -> dict:
    try:
        with session_scope(readonly=True) as s:
            return jsonable_encoder(workspace.queue(s, user, group=group, status=status, limit=limit, offset=offset))
    except DecisionError as exc:
        raise http_error(exc) from None


@router.post("/queue/next", dependencies=[Depends(csrf_protect)])
def api_next(group: str | None = None, user: CurrentUser = Depends(reviewer)) -> dict:
    """Lease the next case of the user's queue; {"case_id": null} when the queue is empty."""
    try:
        with session_scope() as s:
            return {"case_id": workspace.next_case(s, user, group=group)}
    except DecisionError as exc:
        raise http_error(exc) from None


@router.get("/cases/{case_id}")
def api_case(case_id: int, lease: bool = False, user: CurrentUser = Depends(reviewer)) -> dict:
    """Everything the case page shows. Reading is recorded as a view; lease=true also takes the case."""
    try:
        with session_scope() as s:
            return jsonable_encoder(workspace.open_case(s, case_id, user, lease=lease))
    except DecisionError as exc:
        raise http_error(exc) from None


@router.post("/cases/{case_id}/decision", dependencies=[Depends(csrf_protect)])
def api_decision(case_id: int, body: DecisionIn, user: CurrentUser = Depends(reviewer)) -> dict:
    try:
        with session_scope() as s:
            d = decide(s, case_id, action=body.action, reason=body.note, reason_code=body.reason, user=user)
            out = {"decision": {"id": d.id, "case_id": case_id, "action": d.action, "from_status": d.from_status,
                                "to_status": d.to_status, "reason_code": d.reason_code, "note": d.reason,
                                "at": d.created_at}}
    except DecisionError as exc:
        raise http_error(exc) from None
    return jsonable_encoder(out)

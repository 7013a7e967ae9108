"""Triage pages: the queue, the case page, decisions (plain forms; web/static/keys.js drives the
same forms from the keyboard), sharing level, bulk seller decisions and the evidence files.

Every route checks the role here and the group in review/ (a case of another group is refused
there, before any of its data is read). Listing text reaches the templates only as data that
Jinja escapes: highlights are segments cut by review.casepage, never HTML.
"""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import FileResponse, RedirectResponse, Response, StreamingResponse

from review import accounts, evidence, workspace
from review.cases import AccessDenied, CaseNotFound, DecisionError, LeaseConflict, bulk_decide, decide, set_tlp
from review.db import session_scope
from review.reasons import DECISION_ACTIONS

from ..auth import CurrentUser, csrf_protect, require_roles, safe_next
from ..templating import render

router = APIRouter()
reviewer = require_roles("analyst", "lead", "admin")
STATUS_TITLES = {"pending": "New", "suspicious": "Needs more", "escalated": "Escalated"}
ACTION_KEYS = {"confirm": "c", "suspicious": "s", "dismiss": "d", "escalate": "e"}


def http_error(exc: DecisionError) -> HTTPException:
    """The store's refusal as an HTTP status with its message (which names no data of the case)."""
    if isinstance(exc, CaseNotFound):
        return HTTPException(404, str(exc))
    if isinstance(exc, AccessDenied):
        return HTTPException(403, str(exc))
    if isinstance(exc, LeaseConflict):
        return HTTPException(409, str(exc))
    if isinstance(exc, evidence.EvidenceMissing):
        return HTTPException(410, str(exc))
    return HTTPException(400, str(exc))


def fmt_age(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    s = max(0, int(seconds))
    if s < 3600:
        return f"{s // 60} min"
    if s < 172800:
        return f"{s // 3600} h"
    return f"{s // 86400} d"


def _int(value: Any, default: int | None = None) -> int | None:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


# -- queue -------------------------------------------------------------------------------------

@router.get("/queue")
def queue_page(request: Request, status: str = "pending", group: str | None = None, offset: int = 0,
               done: str | None = None, user: CurrentUser = Depends(reviewer)) -> Response:
    if status not in workspace.QUEUE_STATUSES:
        raise HTTPException(400, f"status {status[:30]!r}: the queue has {', '.join(workspace.QUEUE_STATUSES)}")
    try:
        with session_scope(readonly=True) as s:
            q = workspace.queue(s, user, group=group or None, status=status, limit=50, offset=max(0, offset))
    except DecisionError as exc:
        raise http_error(exc) from None
    return render(request, "queue.html", user, q=q, status=status, group=group or "", titles=STATUS_TITLES,
                  age=fmt_age, done=done, pct=lambda x: f"{x:.2f}")


@router.post("/queue/next", dependencies=[Depends(csrf_protect)])
async def queue_next(request: Request, user: CurrentUser = Depends(reviewer)) -> Response:
    form = await request.form()
    group = str(form.get("group") or "") or None
    skip = _int(form.get("skip"))
    try:
        with session_scope() as s:
            if skip is not None:
                workspace.release(s, skip, user)
            cid = workspace.next_case(s, user, group=group, skip=[skip] if skip is not None else ())
    except DecisionError as exc:
        raise http_error(exc) from None
    if cid is None:
        return RedirectResponse("/queue?done=empty", status_code=303)
    return RedirectResponse(f"/cases/{cid}" + (f"?prev={skip}" if skip is not None else ""), status_code=303)


# -- the case page -----------------------------------------------------------------------------

def graph_layout(graph: dict, width: int = 680) -> dict:
    """Three columns (this seller | contact handles | other sellers), evenly spaced rows."""
    cols: dict[int, list[dict]] = {0: [], 1: [], 2: []}
    for n in graph["nodes"]:
        col = 0 if n.get("self") else 1 if n["kind"] == "handle" else 2
        cols[col].append(n)
    rows = max(1, *(len(v) for v in cols.values()))
    row_h = 34
    height = rows * row_h + 24
    pos = {}
    out_nodes = []
    xs = {0: 170, 1: 330, 2: 440}  # labels: left of col 0, above col 1, right of col 2
    for col, nodes in cols.items():
        top = (height - len(nodes) * row_h) / 2 + row_h / 2 + 6  # room for the labels above handles
        for i, n in enumerate(nodes[:40]):
            x, y = xs[col], int(top + i * row_h)
            pos[n["id"]] = (x, y)
            label = n["label"] if len(n["label"]) <= 26 else n["label"][:25] + "…"
            out_nodes.append({**n, "x": x, "y": y, "short": label, "col": col})
    edges = [{"x1": pos[a][0], "y1": pos[a][1], "x2": pos[b][0], "y2": pos[b][1]}
             for a, b in graph["edges"] if a in pos and b in pos]
    return {"width": width, "height": height, "nodes": out_nodes, "edges": edges}


def contribution_bars(contribs: list[dict], width: int = 220) -> dict:
    top = contribs[:12]
    peak = max((abs(c["value"]) for c in top), default=1.0) or 1.0
    half = width // 2
    bars = []
    for i, c in enumerate(top):
        w = max(1, int(round(abs(c["value"]) / peak * (half - 4))))
        x = half if c["value"] >= 0 else half - w
        bars.append({**c, "x": x, "w": w, "y": i * 20 + 4, "neg": c["value"] < 0})
    return {"width": width, "height": len(top) * 20 + 6, "half": half, "bars": bars}


def _case_page(request: Request, user: CurrentUser, case_id: int, status_code: int = 200, prev: int | None = None,
               **extra) -> Response:
    try:
        with session_scope() as s:
            d = workspace.open_case(s, case_id, user)
    except DecisionError as exc:
        raise http_error(exc) from None
    open_seller = [x for x in d["seller"]["listings"] if x["case_status"] in ("pending", "suspicious", "escalated")]
    return render(request, "case.html", user, status_code=status_code, d=d, c=d["case"], prev=prev,
                  graph=graph_layout(d["network"]["graph"]), bars=contribution_bars(d["assessment"]["contributions"]),
                  action_keys=ACTION_KEYS, decision_actions=DECISION_ACTIONS, age=fmt_age,
                  seller_open=len(open_seller) + (1 if d["case"]["status"] in ("pending", "suspicious", "escalated") else 0),
                  **extra)


@router.get("/cases/{case_id}")
def case_page(request: Request, case_id: int, prev: int | None = None, user: CurrentUser = Depends(reviewer)) -> Response:
    return _case_page(request, user, case_id, prev=prev)


@router.post("/cases/{case_id}/decision", dependencies=[Depends(csrf_protect)])
async def case_decision(request: Request, case_id: int, user: CurrentUser = Depends(reviewer)) -> Response:
    form = await request.form()
    action = str(form.get("action") or "").strip()
    code = str(form.get("reason") or "").strip() or None
    note = str(form.get("note") or "").strip()[:5000] or None
    if action in ("note", "reopen", "release"):
        code = None  # the select always sends something; these actions take the note only
    form_values = {"action": action, "reason": code or "", "note": note or ""}
    try:
        with session_scope() as s:
            decide(s, case_id, action=action, reason=note, reason_code=code, user=user)
    except (CaseNotFound, AccessDenied) as exc:
        raise http_error(exc) from None
    except DecisionError as exc:
        status = 409 if isinstance(exc, LeaseConflict) else 400
        return _case_page(request, user, case_id, status_code=status, error=str(exc), form=form_values,
                          prev=_int(form.get("prev")))
    if action not in DECISION_ACTIONS:
        prev = _int(form.get("prev"))
        return RedirectResponse(f"/cases/{case_id}" + (f"?prev={prev}" if prev is not None else ""), status_code=303)
    try:
        with session_scope() as s:
            nxt = workspace.next_case(s, user)
    except DecisionError:
        nxt = None
    if nxt is None:
        return RedirectResponse("/queue?done=empty", status_code=303)
    return RedirectResponse(f"/cases/{nxt}?prev={case_id}", status_code=303)


@router.post("/cases/{case_id}/tlp", dependencies=[Depends(csrf_protect)])
async def case_tlp(request: Request, case_id: int, user: CurrentUser = Depends(reviewer)) -> Response:
    form = await request.form()
    try:
        with session_scope() as s:
            set_tlp(s, case_id, user, str(form.get("tlp") or ""), reason=str(form.get("note") or "")[:2000] or None)
    except (CaseNotFound, AccessDenied) as exc:
        raise http_error(exc) from None
    except DecisionError as exc:
        return _case_page(request, user, case_id, status_code=400, error=str(exc))
    return RedirectResponse(f"/cases/{case_id}", status_code=303)


@router.post("/sellers/bulk-decision", dependencies=[Depends(csrf_protect)])
async def seller_bulk(request: Request, user: CurrentUser = Depends(reviewer)) -> Response:
    """The same decision for all open cases of the seller of `case_id` in the user's groups."""
    form = await request.form()
    case_id = _int(form.get("case_id"))
    if case_id is None:
        raise HTTPException(400, "case_id: required (a case of the seller)")
    action, code = str(form.get("action") or ""), str(form.get("reason") or "") or None
    try:
        with session_scope() as s:
            d = workspace.case_detail(s, case_id, user)
            platform, seller = d["listing"]["platform"], d["listing"]["seller_id"]
            out = bulk_decide(s, user, platform, seller or "", action, code or "",
                              note=str(form.get("note") or "")[:5000] or None)
    except (CaseNotFound, AccessDenied) as exc:
        raise http_error(exc) from None
    except DecisionError as exc:
        return _case_page(request, user, case_id, status_code=400, error=str(exc))
    return render(request, "case_bulk.html", user, out=out, platform=platform, seller=seller, action=action,
                  reason=code, case_id=case_id)


@router.post("/prefs/blur", dependencies=[Depends(csrf_protect)])
async def prefs_blur(request: Request, user: CurrentUser = Depends(reviewer)) -> Response:
    form = await request.form()
    with session_scope() as s:
        accounts.set_prefs(s, user.id, blur=str(form.get("blur")) == "on")
    return RedirectResponse(safe_next(str(form.get("next") or "")) or "/queue", status_code=303)


# -- evidence ------------------------------------------------------------------------------------

@router.get("/evidence/{evidence_id}/screenshot")
def evidence_screenshot(evidence_id: int, user: CurrentUser = Depends(reviewer)) -> Response:
    try:
        with session_scope(readonly=True) as s:
            ev = evidence.evidence_file(s, evidence_id, user, kind="screenshot")
    except DecisionError as exc:
        raise http_error(exc) from None
    return FileResponse(ev["path"], media_type="image/png", headers={"Content-Disposition": "inline"})


@router.get("/evidence/{evidence_id}/warc")
def evidence_warc(evidence_id: int, user: CurrentUser = Depends(reviewer)) -> Response:
    """The one WARC record, byte for byte as archived (its digests still hold), as a .warc file."""
    try:
        with session_scope(readonly=True) as s:
            ev = evidence.warc_record(s, evidence_id, user)
    except DecisionError as exc:
        raise http_error(exc) from None

    def chunks():
        with open(ev["path"], "rb") as fh:
            fh.seek(ev["offset"])
            left = ev["length"]
            while left > 0:
                data = fh.read(min(65536, left))
                if not data:
                    break
                left -= len(data)
                yield data

    name = f"case-{ev['case_id']}-evidence-{evidence_id}.warc"
    return StreamingResponse(chunks(), media_type="application/warc",
                             headers={"Content-Disposition": f'attachment; filename="{name}"',
                                      "Content-Length": str(ev["length"])})


@router.post("/evidence/{evidence_id}/verify", dependencies=[Depends(csrf_protect)])
def evidence_verify(request: Request, evidence_id: int, user: CurrentUser = Depends(reviewer)) -> Response:
    try:
        with session_scope() as s:
            result = evidence.verify_evidence(s, evidence_id, user)
    except DecisionError as exc:
        raise http_error(exc) from None
    return _case_page(request, user, result["case_id"], verified=result)

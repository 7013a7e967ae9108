"""Partners' pages and API (platform trust & safety teams): the sent takedown reports of their own
platforms only, the items, and their answer per item (removed, restricted, not actioned with a
reason, needs clarification). No analyst names, notes, QA data or other platforms, anywhere.

Pages use the partner's session (role partner; platforms from the account). The JSON API under
/api/v1/partner/ uses a per-partner token (`Authorization: Bearer wwp_...`, created by an admin,
stored hashed, revocable, scoped to the partner's platforms); every API call is logged.
Another platform's report is "not found" (404), never "forbidden": nothing of it leaks.
"""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from review import accounts, report_bundle, reports
from review.db import session_scope
from review.report_items import csv_text
from review.reports import ReportError, ReportNotFound

from . import report_print
from .auth import CurrentUser, csrf_protect, load_user, require_roles
from .templating import render

router = APIRouter()
partner = require_roles("partner")
OUTCOME_LABELS = {"removed": "Removed", "restricted": "Restricted", "not_actioned": "Not actioned",
                  "needs_clarification": "Needs clarification"}


def _http(exc: ReportError) -> HTTPException:
    return HTTPException(404 if isinstance(exc, ReportNotFound) else 400, str(exc))


def _summary(r) -> dict:
    return {"report_id": r.id, "platform": r.platform.name, "status": r.status, "items": len(r.items),
            "sent_at": reports.iso(r.sent_at), "acknowledged_at": reports.iso(r.acknowledged_at),
            "sha256": r.sha256}


@router.get("/partner")
def partner_home(request: Request, user: CurrentUser = Depends(require_roles("partner", "admin"))) -> Response:
    platforms = user.platforms if user.role == "partner" else ()
    with session_scope(readonly=True) as s:
        rows = [_summary(r) for r in reports.partner_reports(s, platforms)]
        stats = reports.removal_stats(s, platforms)
    return render(request, "partner_home.html", user, reports=rows, stats=stats)


@router.get("/partner/reports/{report_id}")
def partner_report_page(request: Request, report_id: int, user: CurrentUser = Depends(partner)) -> Response:
    with session_scope(readonly=True) as s:
        try:
            r = reports.partner_report(s, user.platforms, report_id)
        except ReportError as exc:
            raise _http(exc) from None
        doc, summary, items = reports.document(r), _summary(r), reports.partner_items(r)
    return render(request, "partner_report.html", user, report=summary, doc=doc, items=items,
                  outcomes=OUTCOME_LABELS)


@router.get("/partner/reports/{report_id}/report.json")
def partner_report_json(report_id: int, user: CurrentUser = Depends(partner)) -> Response:
    with session_scope(readonly=True) as s:
        try:
            doc = reports.document(reports.partner_report(s, user.platforms, report_id))
        except ReportError as exc:
            raise _http(exc) from None
    return Response(reports.canonical(doc), media_type="application/json",
                    headers={"Content-Disposition": f'attachment; filename="takedown-report-{report_id}.json"'})


@router.get("/partner/reports/{report_id}/report.csv")
def partner_report_csv(report_id: int, user: CurrentUser = Depends(partner)) -> Response:
    with session_scope(readonly=True) as s:
        try:
            doc = reports.document(reports.partner_report(s, user.platforms, report_id))
        except ReportError as exc:
            raise _http(exc) from None
    return Response(csv_text(doc).encode("utf-8-sig"), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="takedown-report-{report_id}.csv"'})


@router.get("/partner/reports/{report_id}/print")
def partner_report_print(report_id: int, user: CurrentUser = Depends(partner)) -> Response:
    with session_scope(readonly=True) as s:
        try:
            r = reports.partner_report(s, user.platforms, report_id)
        except ReportError as exc:
            raise _http(exc) from None
        page = report_print.html(s, r, lambda sha: f"/partner/reports/{report_id}/screenshots/{sha}.png")
    return HTMLResponse(page)


@router.get("/partner/reports/{report_id}/screenshots/{sha256}.png")
def partner_screenshot(report_id: int, sha256: str, user: CurrentUser = Depends(partner)) -> Response:
    with session_scope(readonly=True) as s:
        try:
            data = report_bundle.screenshot(s, reports.partner_report(s, user.platforms, report_id), sha256)
        except (ReportError, report_bundle.BundleError) as exc:
            raise HTTPException(404, str(exc)) from None
    return Response(data, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})


@router.get("/partner/reports/{report_id}/report.pdf")
def partner_report_pdf(report_id: int, user: CurrentUser = Depends(partner)) -> Response:
    return report_print.attachment(report_id, "pdf", lambda s: reports.partner_report(s, user.platforms, report_id),
                                   _http, url=f"/partner/reports/{report_id}/report.pdf")


@router.get("/partner/reports/{report_id}/bundle.zip")
def partner_bundle(report_id: int, user: CurrentUser = Depends(partner)) -> Response:
    return report_print.attachment(report_id, "bundle",
                                   lambda s: reports.partner_report(s, user.platforms, report_id), _http)


@router.get("/partner/reports/{report_id}/bundle.wacz")
def partner_bundle_wacz(report_id: int, user: CurrentUser = Depends(partner)) -> Response:
    return report_print.attachment(report_id, "wacz",
                                   lambda s: reports.partner_report(s, user.platforms, report_id), _http)


@router.post("/partner/reports/{report_id}/acknowledge", dependencies=[Depends(csrf_protect)])
def partner_acknowledge(report_id: int, user: CurrentUser = Depends(partner)) -> Response:
    try:
        with session_scope() as s:
            reports.acknowledge(s, user.platforms, report_id, user.username)
    except ReportError as exc:
        raise _http(exc) from None
    return RedirectResponse(f"/partner/reports/{report_id}", status_code=303)


@router.post("/partner/reports/{report_id}/items/{item_id}/outcome", dependencies=[Depends(csrf_protect)])
async def partner_outcome(request: Request, report_id: int, item_id: int, user: CurrentUser = Depends(partner)) -> Response:
    form = await request.form()
    try:
        with session_scope() as s:
            reports.set_outcome(s, user.platforms, report_id, item_id, str(form.get("outcome") or ""),
                                actor=user.username, reason=str(form.get("reason") or ""))
    except ReportError as exc:
        raise _http(exc) from None
    return RedirectResponse(f"/partner/reports/{report_id}#item-{item_id}", status_code=303)


# -- the partner API (token) -------------------------------------------------------------------

async def api_partner(request: Request) -> dict:
    """The token's scope, or 401. Every call is logged (audit_events, action partner_api).

    The API takes no session cookie; a browser POST that carries one gets the app's CSRF check
    first (403 without a valid token), like every other state-changing route."""
    header = request.headers.get("authorization", "")
    token = header[7:].strip() if header.lower().startswith("bearer ") else None
    if token is None and request.method != "GET" and (user := load_user(request)) is not None:
        await csrf_protect(request, user)
    with session_scope() as s:
        scope = reports.token_scope(s, token)
        if scope is None:
            raise HTTPException(401, "A valid partner API token is needed (Authorization: Bearer ...).",
                                headers={"WWW-Authenticate": "Bearer"})
        accounts.record_event(s, scope["username"], "partner_api", f"{request.method} {request.url.path}"[:200],
                              {"token_id": scope["token_id"]}, user_id=scope["user_id"])
    return scope


_ERROR = {"application/json": {"schema": {"type": "object", "properties": {
    "error": {"type": "string"}, "status": {"type": "integer"}}, "required": ["error"]}}}
# Documented so that clients (and schemathesis) know every answer the API gives.
ERRORS = {401: {"description": "No valid partner API token", "content": _ERROR},
          404: {"description": "No such report or item for this token's platforms (another platform's too)",
                "content": _ERROR}}
ERRORS_WRITE = {**ERRORS, 400: {"description": "The answer cannot be taken (e.g. a reason is missing)",
                                "content": _ERROR}}


class Outcome(BaseModel):
    outcome: str = Field(description="removed | restricted | not_actioned | needs_clarification",
                         json_schema_extra={"enum": ["removed", "restricted", "not_actioned", "needs_clarification"]})
    reason: str | None = Field(None, description="Required for not_actioned and needs_clarification.")


@router.get("/api/v1/partner/reports", tags=["partner"], responses={401: ERRORS[401]})
def api_reports(scope: dict = Depends(api_partner)) -> JSONResponse:
    """The sent takedown reports of the token's platforms, newest first."""
    with session_scope(readonly=True) as s:
        return JSONResponse({"reports": [_summary(r) for r in reports.partner_reports(s, scope["platforms"])]})


@router.get("/api/v1/partner/reports/{report_id}", tags=["partner"], responses=ERRORS)
def api_report(report_id: int, scope: dict = Depends(api_partner)) -> JSONResponse:
    """One report (the document as sent) with each item's answer and our re-check."""
    with session_scope(readonly=True) as s:
        try:
            r = reports.partner_report(s, scope["platforms"], report_id)
        except ReportError as exc:
            raise _http(exc) from None
        return JSONResponse({**reports.document(r), "status": r.status, "sha256": r.sha256,
                             "items": reports.partner_items(r)})


@router.post("/api/v1/partner/reports/{report_id}/acknowledge", tags=["partner"], responses=ERRORS)
def api_acknowledge(report_id: int, scope: dict = Depends(api_partner)) -> JSONResponse:
    try:
        with session_scope() as s:
            r = reports.acknowledge(s, scope["platforms"], report_id, scope["username"])
            return JSONResponse({"report_id": r.id, "status": r.status})
    except ReportError as exc:
        raise _http(exc) from None


@router.post("/api/v1/partner/reports/{report_id}/items/{item_id}/outcome", tags=["partner"], responses=ERRORS_WRITE)
def api_outcome(report_id: int, item_id: int, body: Outcome, scope: dict = Depends(api_partner)) -> JSONResponse:
    """The partner's answer for one item; posting the same answer again changes nothing."""
    try:
        with session_scope() as s:
            it = reports.set_outcome(s, scope["platforms"], report_id, item_id, body.outcome,
                                     actor=scope["username"], reason=body.reason)
            return JSONResponse({"item_id": it.id, "outcome": it.outcome, "outcome_reason": it.outcome_reason,
                                 "outcome_at": reports.iso(it.outcome_at), "removed_at": reports.iso(it.removed_at)})
    except ReportError as exc:
        raise _http(exc) from None


# -- the API's documentation: server-rendered from the OpenAPI document (no script: strict CSP) ----

@router.get("/api/v1/docs", include_in_schema=False)
def api_docs(request: Request) -> Response:
    """The partner API as a page: every operation of /api/v1/openapi.json with its parameters,
    body and answers. Public: it holds no data, only how to ask for it."""
    spec = request.app.openapi()
    ops = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            if not path.startswith("/api/v1/partner/"):  # the reviewers' /api/v1/ is not for partners
                continue
            body = (op.get("requestBody") or {}).get("content", {}).get("application/json", {}).get("schema", {})
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary") or "",
                        "description": op.get("description") or "",
                        "parameters": [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                                        "type": (p.get("schema") or {}).get("type", "")} for p in op.get("parameters", [])],
                        "body": body.get("$ref", "").rsplit("/", 1)[-1] or None,
                        "responses": [(code, (resp or {}).get("description") or "")
                                      for code, resp in sorted(op.get("responses", {}).items())]})
    schemas = {name: {"fields": [{"name": f, "type": d.get("type") or " | ".join(x.get("type", "") for x in d.get("anyOf", [])),
                                  "description": d.get("description") or "", "required": f in sc.get("required", [])}
                                 for f, d in (sc.get("properties") or {}).items()]}
               for name, sc in (spec.get("components", {}).get("schemas") or {}).items()
               if name in {o["body"] for o in ops}}
    return render(request, "partner_api_docs.html", load_user(request), ops=ops, schemas=schemas,
                  title=spec.get("info", {}).get("title", "wildwatch"), version=spec.get("openapi", ""))


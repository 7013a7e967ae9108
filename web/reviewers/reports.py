"""Leads' takedown report pages: build a report per platform from confirmed cases, review it,
send it; download it (JSON, CSV); follow time to removal. Role and groups are checked in
review.reports on every call; listing text reaches the templates only as data Jinja escapes."""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from review import notifications, relisting, report_bundle, report_delivery, reports
from review.db import session_scope
from review.report_items import csv_text
from review.reports import ReportDenied, ReportError, ReportNotFound

from .. import report_print as report_print_
from ..auth import CurrentUser, csrf_protect, require_roles
from ..templating import flash, render

router = APIRouter()
lead = require_roles("lead", "admin")


def _http(exc: Exception) -> HTTPException:
    if isinstance(exc, ReportNotFound):
        return HTTPException(404, str(exc))
    if isinstance(exc, ReportDenied):
        return HTTPException(403, str(exc))
    return HTTPException(400, str(exc))


@router.get("/reports")
def report_list(request: Request, user: CurrentUser = Depends(lead)) -> Response:
    with session_scope(readonly=True) as s:
        rows = [{"id": r.id, "platform": r.platform.name, "status": r.status, "items": len(r.items),
                 "created_at": r.created_at, "sent_at": r.sent_at} for r in reports.lead_reports(s, user)]
        platforms = [{"name": p, "waiting": sum(c["shareable"] for c in reports.candidates(s, user, p))}
                     for p in reports.platform_names(s)]
        stats = reports.removal_stats(s)
        relisted = relisting.recent(s, user)
        alerts = notifications.lead_alerts(s, user)
    return render(request, "report_list.html", user, reports=rows, platforms=platforms, stats=stats, relisted=relisted,
                  alerts=alerts)


@router.get("/reports/new")
def report_new(request: Request, platform: str, user: CurrentUser = Depends(lead)) -> Response:
    with session_scope(readonly=True) as s:
        cands = reports.candidates(s, user, platform)
    return render(request, "report_new.html", user, platform=platform, candidates=cands)


@router.post("/reports", dependencies=[Depends(csrf_protect)])
async def report_create(request: Request, user: CurrentUser = Depends(lead)) -> Response:
    form = await request.form()
    platform = str(form.get("platform") or "")
    ids = None if form.get("all") else [int(v) for v in form.getlist("case_id") if str(v).isdigit()]
    try:
        with session_scope() as s:
            rid = reports.create_report(s, user, platform, ids).id
    except ReportError as exc:
        raise _http(exc) from None
    return RedirectResponse(f"/reports/{rid}", status_code=303)


def _page(request: Request, user: CurrentUser, report_id: int) -> Response:
    with session_scope(readonly=True) as s:
        try:
            r = reports.lead_report(s, user, report_id)
        except ReportError as exc:
            raise _http(exc) from None
        doc = reports.document(r)
        tracking = {i.id: i for i in r.items}
        case_of = {i.id: i.case_id for i in r.items}
        relisted = relisting.for_cases(s, user, case_of.values()) if r.status in reports.SENT else {}
        items = [{**it, "case_id": case_of.get(it["item_id"]), "relisted": relisted.get(case_of.get(it["item_id"]), []),
                  "track": tracking.get(it["item_id"]),
                  "removal": reports.item_removal(tracking[it["item_id"]], r.sent_at) if it["item_id"] in tracking else {}}
                 for it in doc["items"]]
        deliveries = report_delivery.deliveries(s, r.id)
        meta = {"id": r.id, "platform": r.platform.name, "status": r.status, "created_by": r.created_by,
                "reviewed_by": r.reviewed_by, "sent_by": r.sent_by, "sent_at": r.sent_at, "sha256": r.sha256,
                "acknowledged_at": r.acknowledged_at}
    return render(request, "report_detail.html", user, report=meta, doc=doc, items=items, deliveries=deliveries)


@router.get("/reports/{report_id}")
def report_page(request: Request, report_id: int, queue: str | None = None, user: CurrentUser = Depends(lead)) -> Response:
    if queue == "down":
        flash(request, "Delivery is queued in the store, but no worker queue (Redis) was reachable: start the "
                       f"workers, or run `wildwatch reports deliver {report_id}`.")
    return _page(request, user, report_id)


@router.get("/reports/{report_id}/report.json")
def report_json(report_id: int, user: CurrentUser = Depends(lead)) -> Response:
    with session_scope(readonly=True) as s:
        try:
            doc = reports.document(reports.lead_report(s, user, report_id))
        except ReportError as exc:
            raise _http(exc) from None
    return Response(reports.canonical(doc), media_type="application/json",
                    headers={"Content-Disposition": f'attachment; filename="takedown-report-{report_id}.json"'})


@router.get("/reports/{report_id}/report.csv")
def report_csv(report_id: int, user: CurrentUser = Depends(lead)) -> Response:
    with session_scope(readonly=True) as s:
        try:
            doc = reports.document(reports.lead_report(s, user, report_id))
        except ReportError as exc:
            raise _http(exc) from None
    return Response(csv_text(doc).encode("utf-8-sig"), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="takedown-report-{report_id}.csv"'})


@router.get("/reports/{report_id}/print")
def report_print(report_id: int, user: CurrentUser = Depends(lead)) -> Response:
    """The printable report (what the PDF shows)."""
    with session_scope(readonly=True) as s:
        try:
            r = reports.lead_report(s, user, report_id)
        except ReportError as exc:
            raise _http(exc) from None
        page = report_print_.html(s, r, lambda sha: f"/reports/{report_id}/screenshots/{sha}.png")
    return HTMLResponse(page)


@router.get("/reports/{report_id}/screenshots/{sha256}.png")
def report_screenshot(report_id: int, sha256: str, user: CurrentUser = Depends(lead)) -> Response:
    with session_scope(readonly=True) as s:
        try:
            data = report_bundle.screenshot(s, reports.lead_report(s, user, report_id), sha256)
        except (ReportError, report_bundle.BundleError) as exc:
            raise HTTPException(404, str(exc)) from None
    return Response(data, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})


@router.get("/reports/{report_id}/report.pdf")
def report_pdf(report_id: int, user: CurrentUser = Depends(lead)) -> Response:
    return report_print_.attachment(report_id, "pdf", lambda s: reports.lead_report(s, user, report_id), _http,
                                    url=f"/reports/{report_id}/report.pdf")


@router.get("/reports/{report_id}/bundle.zip")
def report_bundle_zip(report_id: int, user: CurrentUser = Depends(lead)) -> Response:
    """The evidence bundle (sent reports): re-verifiable offline with `wildwatch reports verify`."""
    return report_print_.attachment(report_id, "bundle", lambda s: reports.lead_report(s, user, report_id), _http)


@router.get("/reports/{report_id}/bundle.wacz")
def report_bundle_wacz(report_id: int, user: CurrentUser = Depends(lead)) -> Response:
    """The same evidence as a WACZ 1.1.1 package (replay tools open it; `wildwatch reports verify` too)."""
    return report_print_.attachment(report_id, "wacz", lambda s: reports.lead_report(s, user, report_id), _http)


@router.post("/reports/{report_id}/review", dependencies=[Depends(csrf_protect)])
def report_review(report_id: int, user: CurrentUser = Depends(lead)) -> Response:
    return _act(report_id, lambda s: reports.mark_reviewed(s, user, report_id))


@router.post("/reports/{report_id}/send", dependencies=[Depends(csrf_protect)])
def report_send(request: Request, report_id: int, user: CurrentUser = Depends(lead)) -> Response:
    def send_and_queue(s):
        reports.send(s, user, report_id)
        report_delivery.queue_deliveries(s, report_id)  # same transaction: sent means queued

    response = _act(report_id, send_and_queue)
    return response if _enqueue(report_id) else RedirectResponse(f"/reports/{report_id}?queue=down", status_code=303)


@router.post("/reports/{report_id}/deliver", dependencies=[Depends(csrf_protect)])
async def report_deliver(request: Request, report_id: int, user: CurrentUser = Depends(lead)) -> Response:
    """Deliver a sent report again over one channel (after a failure, or for a partner who lost it)."""
    channel = str((await request.form()).get("channel") or "")
    try:
        with session_scope() as s:
            reports.lead_report(s, user, report_id)  # the lead's groups see it
            report_delivery.retry(s, user, report_id, channel)
    except (ReportError, report_delivery.DeliveryError) as exc:
        raise _http(exc) from None
    return RedirectResponse(f"/reports/{report_id}" + ("" if _enqueue(report_id) else "?queue=down"), status_code=303)


def _enqueue(report_id: int) -> bool:
    """Hand the delivery to the workers; without Redis it waits in the store (False)."""
    from workers.connection import RedisUnavailable
    from workers.deliver import enqueue_delivery

    try:
        enqueue_delivery(report_id)
    except (RedisUnavailable, OSError):
        return False
    return True


@router.post("/reports/{report_id}/items/{case_id}/remove", dependencies=[Depends(csrf_protect)])
def report_remove_item(report_id: int, case_id: int, user: CurrentUser = Depends(lead)) -> Response:
    return _act(report_id, lambda s: reports.remove_item(s, user, report_id, case_id))


def _act(report_id: int, fn) -> Response:
    try:
        with session_scope() as s:
            fn(s)
    except ReportError as exc:
        raise _http(exc) from None
    return RedirectResponse(f"/reports/{report_id}", status_code=303)

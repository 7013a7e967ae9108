"""Oversight pages: the audit log (and its CSV / JSONL exports), the blind QA review, the leads'
QA disagreements, and the dashboard. Roles are checked here; what each role may see (own
entries, groups) is decided in review/ (audit, qa, insights), never by hiding links.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Iterable, Iterator
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse, Response, StreamingResponse

from review import accounts, audit, insights, qa
from review.db import session_scope
from review.reasons import DECISION_ACTIONS, load_reasons

from .. import charts
from ..auth import CurrentUser, csrf_protect, require_roles
from ..templating import render

router = APIRouter()
reviewer = require_roles("analyst", "lead", "admin")
lead_only = require_roles("lead", "admin")
FILTERS = ("case", "actor", "action", "since", "until")
KNOWN_ACTIONS = ("confirm", "suspicious", "dismiss", "escalate", "reopen", "note", "route", "assign", "release",
                 "view", "tlp", "qa", "login", "user_add", "user_disable", "password_set", "audit_export")
ACTION_LABELS = {"confirm": "Confirm", "suspicious": "Suspicious", "dismiss": "Dismiss", "escalate": "Escalate"}
EXPORT_CHUNK = 64 * 1024


def _raw_filters(request: Request) -> dict[str, str]:
    return {k: str(request.query_params[k]).strip()[:100] for k in FILTERS if str(request.query_params.get(k) or "").strip()}


def _changes(entry: dict) -> str:
    """A decision's before/after as one short line: 'status pending → confirmed; lease released'."""
    details = entry.get("details") if isinstance(entry.get("details"), dict) else {}
    changed = details.get("changed") if isinstance(details.get("changed"), dict) else {}
    parts = []
    for key, pair in list(changed.items())[:6]:
        if not (isinstance(pair, (list, tuple)) and len(pair) == 2) or key == "lease_expires_at":
            continue
        a, b = ("–" if v is None else str(v)[:40] for v in pair)
        if key == "assigned_to":
            parts.append("lease taken" if pair[1] is not None else "lease released")
        else:
            parts.append(f"{key.replace('_code', '').replace('_', ' ')} {a} → {b}")
    if not parts and entry.get("from_status") and entry.get("to_status") and entry["from_status"] != entry["to_status"]:
        parts.append(f"status {entry['from_status']} → {entry['to_status']}")
    if entry.get("action") == "qa":
        if details.get("outcome"):
            parts.append(f"second review: {details.get('second_action')} ({details['outcome']})")
        if details.get("final_action"):
            parts.append(f"resolved: {details['final_action']}")
    return "; ".join(parts)


# -- audit -----------------------------------------------------------------------------------------

@router.get("/audit")
def audit_page(request: Request, cursor: str | None = None, user: CurrentUser = Depends(reviewer)) -> Response:
    raw = _raw_filters(request)
    error, page = None, audit.AuditPage([], None)
    try:
        f = audit.AuditFilter.from_params(raw)
        with session_scope(readonly=True) as s:
            page = audit.list_entries(s, user, f, limit=50, cursor=cursor)
    except audit.AuditError as exc:
        error = str(exc)
    except PermissionError as exc:
        raise HTTPException(403, str(exc)) from None
    reasons = load_reasons()
    rows = [{**e, "reason_label": reasons.label(e["reason_code"]) if e.get("reason_code") else "",
             "changes": _changes(e)} for e in page.entries]
    query = urlencode(raw)
    next_url = f"/audit?{urlencode({**raw, 'cursor': page.next_cursor})}" if page.next_cursor else None
    return render(request, "audit.html", user, status_code=400 if error else 200, rows=rows, error=error,
                  filters=raw, next_url=next_url, first_url=f"/audit?{query}" if cursor else None,
                  csv_url=f"/audit.csv?{query}", jsonl_url=f"/audit.jsonl?{query}", actions=KNOWN_ACTIONS,
                  scope={"analyst": "your own entries", "lead": "everything in your groups",
                         "admin": "everything"}.get(user.role, ""))


def _batched(lines: Iterable[str]) -> Iterator[bytes]:
    buf: list[str] = []
    size = 0
    for line in lines:
        buf.append(line)
        size += len(line)
        if size >= EXPORT_CHUNK:
            yield "".join(buf).encode("utf-8")
            buf, size = [], 0
    if buf:
        yield "".join(buf).encode("utf-8")


def _export(request: Request, user: CurrentUser, fmt: str) -> Response:
    raw = _raw_filters(request)
    try:
        f = audit.AuditFilter.from_params(raw)
    except audit.AuditError as exc:
        raise HTTPException(400, str(exc)) from None
    if user.role not in ("analyst", "lead", "admin"):
        raise HTTPException(403, "Your role does not give access to the audit log.")
    with session_scope() as s:  # taking a copy of the log is itself in the log
        accounts.record_event(s, user.username, "audit_export", target=fmt, details={"filters": raw}, user_id=user.id)

    def lines() -> Iterator[str]:
        with session_scope(readonly=True) as s:
            entries = audit.iter_entries(s, user, f)
            yield from (audit.csv_lines(entries) if fmt == "csv" else audit.jsonl_lines(entries))

    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson; charset=utf-8"
    return StreamingResponse(_batched(lines()), media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="wildwatch-audit-{stamp}.{fmt}"'})


@router.get("/audit.csv")
def audit_csv(request: Request, user: CurrentUser = Depends(reviewer)) -> Response:
    return _export(request, user, "csv")


@router.get("/audit.jsonl")
def audit_jsonl(request: Request, user: CurrentUser = Depends(reviewer)) -> Response:
    return _export(request, user, "jsonl")


# -- QA --------------------------------------------------------------------------------------------

def _qa_page(request: Request, user: CurrentUser, item: int | None = None, status_code: int = 200,
             **extra: Any) -> Response:
    with session_scope(readonly=True) as s:
        try:
            pending = qa.qa_queue(s, user, limit=50)
            total = qa.qa_count(s, user)
            counts = qa.qa_status_counts(s, user)
            kappa = qa.kappa_by_group(s, insights.visible_groups(user))
        except PermissionError as exc:
            raise HTTPException(403, str(exc)) from None
        chosen = item if item is not None else (pending[0]["qa_id"] if pending else None)
        view = None
        if chosen is not None:
            try:
                view = qa.qa_view(s, chosen, user)
            except qa.QAError as exc:
                extra.setdefault("error", str(exc))
                status_code = max(status_code, 404)
        missed = qa.possibly_missed(s, limit=10) if user.is_lead else []
    return render(request, "qa.html", user, status_code=status_code, pending=pending, total=total, view=view,
                  counts=counts, kappa=kappa, missed=missed, actions=DECISION_ACTIONS, labels=ACTION_LABELS,
                  **extra)


@router.get("/qa")
def qa_page(request: Request, item: int | None = None, done: str | None = None,
            user: CurrentUser = Depends(reviewer)) -> Response:
    return _qa_page(request, user, item, done=done if done in ("agreed", "disagreed") else None)


@router.post("/qa/{qa_id}", dependencies=[Depends(csrf_protect)])
async def qa_submit(request: Request, qa_id: int, user: CurrentUser = Depends(reviewer)) -> Response:
    form = await request.form()
    action = str(form.get("action") or "").strip()
    code = str(form.get("reason") or "").strip() or None
    note = str(form.get("note") or "").strip()[:5000] or None
    try:
        with session_scope() as s:
            outcome = qa.qa_answer(s, qa_id, user, action, code, note=note)
    except PermissionError as exc:
        raise HTTPException(403, str(exc)) from None
    except qa.QAError as exc:
        return _qa_page(request, user, qa_id, status_code=400, error=str(exc),
                        form={"action": action, "reason": code or "", "note": note or ""})
    return RedirectResponse(f"/qa?done={outcome}", status_code=303)


def _disagreements_page(request: Request, user: CurrentUser, status_code: int = 200, **extra: Any) -> Response:
    with session_scope(readonly=True) as s:
        items = qa.disagreements(s, user)
    reasons = load_reasons()
    return render(request, "qa_disagreements.html", user, status_code=status_code, items=items,
                  actions=DECISION_ACTIONS, labels=ACTION_LABELS, reasons=reasons.as_dict(),
                  reason_label=reasons.label, **extra)


@router.get("/qa/disagreements")
def qa_disagreements(request: Request, done: int | None = None, user: CurrentUser = Depends(lead_only)) -> Response:
    return _disagreements_page(request, user, done=done)


@router.post("/qa/{qa_id}/resolve", dependencies=[Depends(csrf_protect)])
async def qa_resolve(request: Request, qa_id: int, user: CurrentUser = Depends(lead_only)) -> Response:
    form = await request.form()
    final_action = str(form.get("final_action") or "").strip()
    code = str(form.get("reason") or "").strip() or None
    resolution = str(form.get("resolution") or "").strip()[:5000]
    try:
        with session_scope() as s:
            qa.resolve(s, qa_id, user, resolution, final_action, reason_code=code)
    except PermissionError as exc:
        raise HTTPException(403, str(exc)) from None
    except qa.QAError as exc:
        return _disagreements_page(request, user, status_code=400, error=str(exc), error_item=qa_id,
                                   form={"final_action": final_action, "reason": code or "", "resolution": resolution})
    return RedirectResponse(f"/qa/disagreements?done={qa_id}", status_code=303)


# -- dashboard -------------------------------------------------------------------------------------

def dashboard_charts(d: dict) -> dict:
    w = d["weekly"]
    t = d["time_to_decision"]
    statuses = ("pending", "suspicious", "escalated")
    kappa_rows = [{"label": g, "parts": [("kappa", max(0.0, k["kappa"] or 0.0))],
                   "text": (f"κ {k['kappa']:.2f} · n {k['n']}" if k["kappa"] is not None else f"n {k['n']}: too few")}
                  for g, k in d["kappa"].items()]
    return {
        "flagged_platform": charts.stacked_bars(w["weeks"], w["flagged_by_platform"], "Flagged per week, by platform"),
        "flagged_category": charts.stacked_bars(w["weeks"], w["flagged_by_category"], "Flagged per week, by category"),
        "confirmed_platform": charts.stacked_bars(w["weeks"], w["confirmed_by_platform"],
                                                  "Confirmed per week, by platform"),
        "confirmed_category": charts.stacked_bars(w["weeks"], w["confirmed_by_category"],
                                                  "Confirmed per week, by category"),
        "queues": charts.hbars([{"label": g["group"], "parts": [(st, g["by_status"][st]) for st in statuses],
                                 "text": f"{g['depth']} open · oldest {charts.fmt_duration(g['oldest_age_s'])}"}
                                for g in d["queues"]], "Open cases per group, by status", keys=statuses),
        "ttd_weeks": charts.line_chart(t["weeks"], {"p50": [x["p50_s"] for x in t["per_week"]],
                                                    "p95": [x["p95_s"] for x in t["per_week"]]},
                                       "Time to first decision per week (p50, p95)", fmt=charts.fmt_duration,
                                       scale=charts.duration_scale),
        "ttd_groups": charts.hbars([{"label": g["group"], "parts": [("p50", g["p50_s"] or 0),
                                                                    ("p95", max(0.0, (g["p95_s"] or 0) - (g["p50_s"] or 0)))],
                                     "text": f"{charts.fmt_duration(g['p50_s'])} / {charts.fmt_duration(g['p95_s'])}"}
                                    for g in t["per_group"]], "Time to first decision per group: p50, then up to p95",
                                   keys=("p50", "p95"), fmt=charts.fmt_duration),
        "precision": charts.hbars([{"label": c["category"], "parts": [("precision", c["precision"] or 0.0)],
                                    "text": f"{c['precision']:.0%} of {c['n']}"} for c in d["precision"][:15]],
                                  "Precision per category (confirmed / decided)", keys=("precision",),
                                  max_value=1.0, fmt=lambda v: f"{v:.0%}"),
        "kappa": charts.hbars(kappa_rows, "Agreement of first and second reviews (Cohen's kappa)", max_value=1.0,
                              fmt=lambda v: f"{v:.2f}"),
    }


@router.get("/dashboard")
def dashboard(request: Request, weeks: int = 12, user: CurrentUser = Depends(reviewer)) -> Response:
    weeks = max(4, min(weeks, 52))
    try:
        with session_scope(readonly=True) as s:
            d = insights.dashboard(s, user, weeks=weeks)
    except PermissionError as exc:
        raise HTTPException(403, str(exc)) from None
    return render(request, "dashboard.html", user, d=d, c=dashboard_charts(d), weeks=weeks,
                  ttd={g["group"]: g for g in d["time_to_decision"]["per_group"]}, duration=charts.fmt_duration)

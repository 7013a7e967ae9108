"""The classifier models page (issue 11), for leads and admins: every candidate from `wildwatch
train --from-store` with its cross-validated figures beside the active model's (measured on the
same held-out listings), a switch to it, a switch back, and the history. Roles are checked on the
server (the dependency and again in review.models_registry); switches are in the audit log.
"""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from review import models_registry as registry
from review.db import session_scope

from .. import charts
from ..auth import CurrentUser, csrf_protect, require_roles
from ..templating import flash, render

router = APIRouter()
lead_only = require_roles(*registry.SWITCH_ROLES)


def _fmt(v) -> str:
    return "–" if v is None else f"{v:.3f}"


def _table(a: dict | None, b: dict | None) -> list[dict]:
    """One row per metric: this model, the active one, and which is better."""
    out = []
    for key, label in registry.METRICS:
        x, y = (a or {}).get(key), (b or {}).get(key)
        better = None
        if x is not None and y is not None and abs(x - y) > 1e-9:
            better = "this" if (x < y) == (key in registry.LOWER_IS_BETTER) else "active"
        out.append({"key": key, "label": label, "this": _fmt(x), "active": _fmt(y), "better": better})
    return out


def _chart(a: dict, b: dict, title: str):
    rows = []
    for key, label in registry.METRICS:
        for side, fig in (("this model", a), ("active model", b)):
            v = fig.get(key)
            rows.append({"label": label if side == "this model" else "", "parts": [(side, v or 0.0)],
                         "text": f"{side}: {_fmt(v)}"})
    return charts.hbars(rows, title, keys=("this model", "active model"), max_value=1.0, fmt=_fmt)


def _langs(a: dict, b: dict) -> list[dict]:
    la, lb = a.get("by_lang") or {}, b.get("by_lang") or {}
    return [{"lang": lang, "n": (la.get(lang) or lb.get(lang) or {}).get("n"), "rows": _table(la.get(lang), lb.get(lang))}
            for lang in sorted(set(la) | set(lb))]


def _view(r: dict, current) -> dict:
    sbs = registry.side_by_side(r, current)
    cmp = sbs.get("compared") or {}
    view = {**r, "sbs": sbs, "table": None, "chart": None, "langs": [], "sources": [], "frozen": None}
    if sbs["same_baseline"]:
        view["table"] = _table(cmp["candidate"], cmp["baseline"])
        view["chart"] = _chart(cmp["candidate"], cmp["baseline"],
                               f"Model {r['id']} beside the active model on {cmp['n']} listings neither learned from")
        view["langs"] = _langs(cmp["candidate"], cmp["baseline"])
        view["sources"] = [{"name": name, "n": d["n"], "note": d.get("note"), "rows": _table(d["candidate"], d["baseline"])}
                           for name, d in (cmp.get("by_source") or {}).items()]
        fz = sbs.get("frozen") or {}
        if fz.get("n"):
            view["frozen"] = {"file": fz["file"], "n": fz["n"], "rows": _table(fz["candidate"], fz["baseline"])}
        elif fz.get("skipped"):
            view["frozen"] = {"file": fz.get("file"), "skipped": fz["skipped"]}
    cv = sbs.get("cv") or {}
    view["cv"] = {"n": cv.get("n"), "rows": [{"label": label, "value": _fmt(cv.get(k))} for k, label in registry.METRICS]}
    return view


def _page(request: Request, user: CurrentUser, status_code: int = 200, error: str | None = None) -> Response:
    with session_scope() as s:  # records the shipped model on first sight
        rows = registry.rows(s)
        current, problem = registry.active(s)
        back = registry.previous_of_last_switch(s)
        history = registry.history(s, limit=20)
        views = [_view(r, current) for r in rows]
        back_to = {"id": back.id, "version": back.version, "sha": back.sha256[:12]} if back is not None else None
    active = next((v for v in views if v["active"]), None)
    return render(request, "models.html", user, status_code=status_code, models=views, active=active,
                  problem=problem, error=error, back=back_to, history=history)


@router.get("/models")
def models_page(request: Request, switched: int | None = None, user: CurrentUser = Depends(lead_only)) -> Response:
    if switched is not None:
        flash(request, f"Classification now uses model {switched}; workers pick it up from their next batch.")
    return _page(request, user)


async def _note(request: Request) -> str | None:
    form = await request.form()
    return str(form.get("note") or "").strip()[:2000] or None


@router.post("/models/{model_id}/switch", dependencies=[Depends(csrf_protect)])
async def switch(request: Request, model_id: int, user: CurrentUser = Depends(lead_only)) -> Response:
    note = await _note(request)
    try:
        with session_scope() as s:
            row = registry.switch(s, model_id, actor=user.username, actor_role=user.role, actor_id=user.id, note=note)
            rid = row.id
    except registry.NotAllowed as exc:
        raise HTTPException(403, str(exc)) from None
    except registry.RegistryError as exc:
        return _page(request, user, status_code=409 if "already" in str(exc) else 400, error=str(exc))
    return RedirectResponse(f"/models?switched={rid}", status_code=303)


@router.post("/models/back", dependencies=[Depends(csrf_protect)])
async def switch_back(request: Request, user: CurrentUser = Depends(lead_only)) -> Response:
    note = await _note(request)
    try:
        with session_scope() as s:
            row = registry.switch_back(s, actor=user.username, actor_role=user.role, actor_id=user.id, note=note)
            rid = row.id
    except registry.NotAllowed as exc:
        raise HTTPException(403, str(exc)) from None
    except registry.RegistryError as exc:
        return _page(request, user, status_code=400, error=str(exc))
    return RedirectResponse(f"/models?switched={rid}", status_code=303)

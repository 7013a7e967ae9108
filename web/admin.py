"""Administration: accounts (list, add, disable) and the effective settings, read-only.

Every change is an AuditEvent (review.accounts does that). A generated password is shown once,
on the page that answers the form, and never stored in clear.
"""
from __future__ import annotations

import re

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from config.settings import get_settings
from review import accounts
from review.db import session_scope
from review.accounts import ROLES

from .auth import CurrentUser, csrf_protect, require_roles
from .templating import flash, render

router = APIRouter(prefix="/admin")
admin_only = require_roles("admin")


def known_groups() -> list[str]:
    from workers.routing import load_routing

    return sorted(load_routing().groups)


def known_platforms() -> list[str]:
    from workers.platforms import load_platforms

    return sorted(load_platforms())


def _users_page(request: Request, user: CurrentUser, status_code: int = 200, **context) -> Response:
    with session_scope(readonly=True) as s:
        rows = [{"username": u.username, "display_name": u.display_name, "role": u.role, "groups": u.groups or [],
                 "platforms": u.platforms or [], "disabled_at": u.disabled_at, "last_login_at": u.last_login_at,
                 "created_at": u.created_at, "sessions": accounts.active_session_count(s, u.id)}
                for u in accounts.list_users(s)]
    context.setdefault("form", {})
    return render(request, "admin_users.html", user, status_code=status_code, users=rows, roles=ROLES,
                  groups=known_groups(), platforms=known_platforms(), **context)


@router.get("/users")
def users(request: Request, user: CurrentUser = Depends(admin_only)) -> Response:
    return _users_page(request, user)


def _split(text: str) -> list[str]:
    return [p for p in re.split(r"[\s,]+", text or "") if p]


@router.post("/users", dependencies=[Depends(csrf_protect)])
async def add_user(request: Request, user: CurrentUser = Depends(admin_only)) -> Response:
    form = await request.form()
    data = {
        "username": str(form.get("username") or "").strip(),
        "role": str(form.get("role") or ""),
        "display_name": str(form.get("display_name") or "").strip(),
        "email": str(form.get("email") or "").strip(),
        "groups": [str(g) for g in form.getlist("groups")],
        "platforms": [str(p) for p in form.getlist("platforms")] + _split(str(form.get("other_platforms") or "")),
    }
    try:
        with session_scope() as s:
            created, password = accounts.create_user(
                s, data["username"], data["role"], groups=data["groups"], platforms=data["platforms"],
                display_name=data["display_name"] or None, email=data["email"] or None, actor=user.username,
                known_groups=known_groups())
            name = created.username
    except accounts.AccountError as exc:
        return _users_page(request, user, 400, error=str(exc), form=data)
    return _users_page(request, user, created_name=name, created_password=password)


@router.post("/users/{username}/disable", dependencies=[Depends(csrf_protect)])
def disable(request: Request, username: str, user: CurrentUser = Depends(admin_only)) -> Response:
    if accounts.normalize_username(username) == user.username:
        return _users_page(request, user, 400, error="You cannot disable your own account while signed in with it.")
    try:
        with session_scope() as s:
            accounts.disable_user(s, username, actor=user.username)
    except accounts.AccountError as exc:
        return _users_page(request, user, 404, error=str(exc))
    flash(request, f"{accounts.normalize_username(username)} is disabled; their sessions have ended.")
    return _users_page(request, user)


def _redact(url: str | None) -> str | None:
    """A URL without its password."""
    if not url:
        return url
    return re.sub(r"(//[^:/@]+):[^@/]*@", r"\1:***@", url)


@router.get("/settings")
def settings(request: Request, user: CurrentUser = Depends(admin_only)) -> Response:
    s = get_settings()
    rows = []
    for name, field in type(s).model_fields.items():
        value = getattr(s, name)
        if name in ("database_url", "redis_url"):
            value = _redact(value)
        rows.append({"name": f"WILDWATCH_{name.upper()}", "value": "" if value is None else str(value),
                     "unset": value is None, "description": field.description or ""})
    return render(request, "admin_settings.html", user, settings=rows, groups=known_groups())


# -- partners: API tokens and report delivery (issue 10) -----------------------------------------

def _partners_page(request: Request, user: CurrentUser, status_code: int = 200, **context) -> Response:
    from review import report_delivery, reports

    with session_scope(readonly=True) as s:
        tokens, endpoints = reports.token_rows(s), report_delivery.endpoints(s)
        partners = [u.username for u in accounts.list_users(s) if u.role == "partner" and not u.disabled_at]
    return render(request, "partner_admin.html", user, status_code=status_code, tokens=tokens, endpoints=endpoints,
                  partners=partners, platforms=known_platforms(), **context)


@router.get("/partners")
def partners(request: Request, user: CurrentUser = Depends(admin_only)) -> Response:
    return _partners_page(request, user)


@router.post("/partners/tokens", dependencies=[Depends(csrf_protect)])
async def add_token(request: Request, user: CurrentUser = Depends(admin_only)) -> Response:
    from review import reports

    form = await request.form()
    try:
        with session_scope() as s:
            row, token = reports.create_token(s, user, str(form.get("partner") or ""), str(form.get("label") or ""))
            created = {"id": row.id, "token": token}
    except reports.ReportError as exc:
        return _partners_page(request, user, 400, error=str(exc))
    return _partners_page(request, user, created_token=created)


@router.post("/partners/tokens/{token_id}/revoke", dependencies=[Depends(csrf_protect)])
def revoke_token(request: Request, token_id: int, user: CurrentUser = Depends(admin_only)) -> Response:
    from review import reports

    try:
        with session_scope() as s:
            reports.revoke_token(s, user, token_id)
    except reports.ReportError as exc:
        return _partners_page(request, user, 404, error=str(exc))
    flash(request, f"Token {token_id} is revoked.")
    return _partners_page(request, user)


@router.post("/partners/endpoints", dependencies=[Depends(csrf_protect)])
async def set_endpoint(request: Request, user: CurrentUser = Depends(admin_only)) -> Response:
    from review import report_delivery

    form = await request.form()
    platform = str(form.get("platform") or "")
    try:
        with session_scope() as s:
            _, secret = report_delivery.set_endpoint(s, user, platform, emails=_split(str(form.get("emails") or "")),
                                                     webhook_url=str(form.get("webhook_url") or ""),
                                                     rotate_secret=bool(form.get("rotate_secret")))
    except report_delivery.DeliveryError as exc:
        return _partners_page(request, user, 400, error=str(exc))
    return _partners_page(request, user, created_secret={"platform": platform, "secret": secret} if secret else None)


@router.get("", include_in_schema=False)
def admin_root(user: CurrentUser = Depends(admin_only)) -> Response:
    return RedirectResponse("/admin/users", status_code=303)

"""Who is signed in, what they may open, and the CSRF check; the sign-in and sign-out pages.

The session cookie `ww_session` carries a random token; the store keeps only its SHA-256
(review.accounts), so logout and disabling a user end a session on its next request. Every
state-changing route depends on `csrf_protect`. The sign-in form, which has no session yet, is
protected by a double-submit token: a random value in an HttpOnly cookie and the same value in
the form's hidden `csrf_token` field.
"""
from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from review import accounts
from review.db import session_scope

SESSION_COOKIE = "ww_session"
LOGIN_CSRF_COOKIE = "ww_login_csrf"
HOMES = {"admin": "/admin/users", "lead": "/queue", "analyst": "/queue", "partner": "/partner",
         "volunteer": "/volunteer"}
REVIEWER_ROLES = ("analyst", "lead", "admin")


@dataclass(frozen=True)
class CurrentUser:
    id: int
    username: str
    role: str
    groups: tuple[str, ...]
    platforms: tuple[str, ...]
    prefs: dict = field(hash=False)
    csrf_token: str
    session_id: int

    def can_see_group(self, group: str) -> bool:
        if self.role == "admin":
            return True
        if self.role in ("lead", "analyst"):
            return group in self.groups
        return False

    @property
    def is_lead(self) -> bool:
        return self.role in ("lead", "admin")

    @property
    def home(self) -> str:
        return HOMES.get(self.role, "/login")


class LoginRequired(Exception):
    """No live session: HTML requests go to the sign-in page, /api/ requests get 401."""


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def secure_cookies(request: Request) -> bool:
    return request.url.scheme == "https"


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def load_user(request: Request) -> CurrentUser | None:
    """The signed-in user of this request (looked up once per request), or None."""
    if hasattr(request.state, "user"):
        return request.state.user
    token = request.cookies.get(SESSION_COOKIE)
    user = None
    touch = False
    if token:
        # Read-only: on SQLite most page views then take no write lock; the sliding expiry is
        # written separately, at most once a minute per session.
        with session_scope(readonly=True) as s:
            found = accounts.session_user(s, token, touch=False)
            if found is not None:
                u, ws = found
                user = CurrentUser(id=u.id, username=u.username, role=u.role, groups=tuple(u.groups or ()),
                                   platforms=tuple(u.platforms or ()), prefs=dict(u.prefs or {}),
                                   csrf_token=ws.csrf_token, session_id=ws.id)
                touch = accounts.needs_touch(ws)
        if touch:
            with session_scope() as s:
                accounts.touch_session(s, user.session_id)
    request.state.user = user
    return user


def current_user(request: Request) -> CurrentUser:
    """FastAPI dependency: the signed-in user, or LoginRequired."""
    user = load_user(request)
    if user is None:
        raise LoginRequired()
    return user


def require_roles(*roles: str):
    """Dependency factory: the signed-in user if their role is one of `roles`, else 403."""
    allowed = frozenset(roles)

    def dependency(user: CurrentUser = Depends(current_user)) -> CurrentUser:
        if user.role not in allowed:
            raise HTTPException(status_code=403, detail="Your role does not give access to this page.")
        return user

    return dependency


def _same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(a.encode(), b.encode())


async def csrf_protect(request: Request, user: CurrentUser = Depends(current_user)) -> None:
    """Dependency for every POST/PUT/DELETE: the session's CSRF token must come back, in the form
    field `csrf_token` or (for JSON under /api/) the `X-CSRF-Token` header."""
    sent = request.headers.get("x-csrf-token")
    if not sent:
        ctype = request.headers.get("content-type", "")
        if ctype.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()  # Starlette caches it: the route's Form() fields still work
            value = form.get("csrf_token")
            sent = value if isinstance(value, str) else None
    if not _same(sent, user.csrf_token):
        raise HTTPException(status_code=403, detail="The form's security token is missing or stale. "
                                                    "Reload the page and try again.")


def safe_next(target: str | None) -> str | None:
    """A local path to go back to after sign-in, or None: never another site (open redirect)."""
    if not target or len(target) > 2000 or not target.startswith("/") or target.startswith(("//", "/\\")):
        return None
    if any(ord(c) < 0x20 or c == "\\" for c in target):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target


def login_redirect(request: Request) -> RedirectResponse:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    resp = RedirectResponse(f"/login?next={quote(target, safe='/')}", status_code=303)
    if request.cookies.get(SESSION_COOKIE):
        resp.delete_cookie(SESSION_COOKIE, path="/")  # it was stale or revoked
    return resp


router = APIRouter()


@router.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
def index(request: Request) -> Response:
    user = load_user(request)
    return RedirectResponse(user.home if user else "/login", status_code=303)


def _login_page(request: Request, status_code: int = 200, error: str | None = None, username: str = "",
                next_path: str | None = None, headers: dict | None = None) -> Response:
    from .templating import render

    token = request.cookies.get(LOGIN_CSRF_COOKIE)
    if not token or len(token) > 100:
        token = secrets.token_urlsafe(32)
    resp = render(request, "login.html", None, status_code=status_code, csrf_token=token, error=error,
                  username=username, next_path=next_path or "")
    resp.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", secure=secure_cookies(request),
                    path="/login", max_age=3600)
    for k, v in (headers or {}).items():
        resp.headers[k] = v
    return resp


@router.api_route("/login", methods=["GET", "HEAD"], include_in_schema=False)
def login_form(request: Request, next: str | None = None) -> Response:  # noqa: A002 - the query name
    user = load_user(request)
    if user is not None:
        return RedirectResponse(safe_next(next) or user.home, status_code=303)
    return _login_page(request, next_path=safe_next(next))


@router.post("/login", include_in_schema=False)
async def login_submit(request: Request) -> Response:
    form = await request.form()
    username = str(form.get("username") or "")[:200]
    password = str(form.get("password") or "")[:1000]
    next_path = safe_next(str(form.get("next") or ""))
    if not _same(str(form.get("csrf_token") or ""), request.cookies.get(LOGIN_CSRF_COOKIE)):
        return _login_page(request, 403, "The sign-in form expired. Please try again.", username, next_path)
    return await _finish_login(request, username, password, next_path)


async def _finish_login(request: Request, username: str, password: str, next_path: str | None) -> Response:
    from starlette.concurrency import run_in_threadpool

    def attempt():
        with session_scope() as s:
            try:
                user = accounts.authenticate(s, username, password, client_address(request))
            except accounts.LoginFailed:
                return None, None
            except accounts.RateLimited as exc:
                return exc, None
            accounts.end_session(s, request.cookies.get(SESSION_COOKIE))  # a new sign-in never reuses a session
            token, _csrf = accounts.start_session(s, user, client_address(request), request.headers.get("user-agent"))
            return user.role, token

    outcome, token = await run_in_threadpool(attempt)  # argon2 takes tens of ms: off the event loop
    if isinstance(outcome, accounts.RateLimited):
        minutes = "a minute" if outcome.retry_after_s > 30 else f"{outcome.retry_after_s} seconds"
        return _login_page(request, 429, f"Too many failed sign-ins. Wait {minutes}, then try again.",
                           username, next_path, headers={"Retry-After": str(outcome.retry_after_s)})
    if outcome is None:
        return _login_page(request, 401, "Wrong username or password.", username, next_path)
    resp = RedirectResponse(next_path or HOMES.get(outcome, "/"), status_code=303)
    resp.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="lax", secure=secure_cookies(request), path="/",
                    max_age=int(accounts.SESSION_ABSOLUTE.total_seconds()))
    resp.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return resp


@router.post("/logout", include_in_schema=False, dependencies=[Depends(csrf_protect)])
def logout(request: Request) -> Response:
    with session_scope() as s:
        accounts.end_session(s, request.cookies.get(SESSION_COOKIE))
    resp = RedirectResponse("/login", status_code=303)
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp

"""Server-rendered pages: Jinja2 with autoescape always on (listing text is hostile).

Every page gets `user`, `csrf_token`, `csrf_field()` and `nav` (the links the user's role may
follow, among the routes this app really has).
"""
from __future__ import annotations

from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

if TYPE_CHECKING:
    from .auth import CurrentUser

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"

# (label, path, roles) in display order; a link shows only if the app has a GET route for it.
NAV = (
    ("Queue", "/queue", ("analyst", "lead", "admin")),
    ("QA", "/qa", ("analyst", "lead", "admin")),
    ("Audit", "/audit", ("analyst", "lead", "admin")),
    ("Dashboard", "/dashboard", ("analyst", "lead", "admin")),
    ("Reports", "/reports", ("lead", "admin")),
    ("Models", "/models", ("lead", "admin")),
    ("Partner", "/partner", ("partner",)),
    ("Lexicon", "/volunteer", ("volunteer", "lead", "admin")),
    ("Users", "/admin/users", ("admin",)),
    ("Partners", "/admin/partners", ("admin",)),
    ("Settings", "/admin/settings", ("admin",)),
)


def _utc(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A datetime as UTC text; the store's SQLite datetimes come back without a zone (UTC)."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).strftime(fmt) + " UTC"


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES_DIR)),
                      autoescape=select_autoescape(enabled_extensions=("html",), default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["utc"] = _utc
    return env


def has_route(app, path: str, method: str = "GET") -> bool:
    """Whether the app answers `method path` (Starlette's own matching, nested routers included)."""
    from starlette.routing import Match

    scope = {"type": "http", "path": path, "method": method, "root_path": "", "headers": [], "query_string": b""}
    return any(route.matches(scope)[0] == Match.FULL for route in app.router.routes)


def _nav_paths(request: Request) -> frozenset[str]:
    paths = getattr(request.app.state, "nav_paths", None)
    if paths is None:
        paths = frozenset(path for _, path, _ in NAV if has_route(request.app, path))
        request.app.state.nav_paths = paths
    return paths


def nav_for(request: Request, user: "CurrentUser | None") -> list[dict]:
    if user is None:
        return []
    have = _nav_paths(request)
    here = request.url.path
    return [{"label": label, "href": path, "active": here == path or here.startswith(path + "/")}
            for label, path, roles in NAV if user.role in roles and path in have]


def flash(request: Request, message: str) -> None:
    """A one-line notice shown on the page rendered for this request."""
    request.state.flash = [*getattr(request.state, "flash", []), message]


def render(request: Request, template_name: str, user: "CurrentUser | None", status_code: int = 200,
           headers: dict | None = None, **context: Any) -> HTMLResponse:
    token = context.pop("csrf_token", None) or (user.csrf_token if user else "")

    def csrf_field() -> Markup:
        return Markup('<input type="hidden" name="csrf_token" value="%s">') % escape(token)

    html = environment().get_template(template_name).render(
        request=request, user=user, csrf_token=token, csrf_field=csrf_field, nav=nav_for(request, user),
        flashes=getattr(request.state, "flash", []), **context)
    return HTMLResponse(html, status_code=status_code, headers=headers)

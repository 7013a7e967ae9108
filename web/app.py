"""The web app: one FastAPI application, one router module per audience.

Security headers go on every response (a strict Content-Security-Policy: no inline script or
style anywhere, so a listing's hostile text can never run); pages are never cached.
"""
from __future__ import annotations

import importlib
import logging
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import auth
from .templating import render

log = logging.getLogger(__name__)
STATIC_DIR = Path(__file__).resolve().parent / "static"

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-content-type-options", b"nosniff"),
    (b"cross-origin-opener-policy", b"same-origin"),
]

# (module, url prefix): one router module per audience. All must import: a missing or broken
# module stops the app at start, loudly, rather than serving without its pages.
ROUTERS = [
    ("web.reviewers", ""),
    ("web.api", "/api/v1"),
    ("web.admin", ""),
    ("web.partners", ""),
    ("web.volunteers", ""),
]


class SecurityHeaders:
    """Pure ASGI middleware: adds the headers on every HTTP response, static files included."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        is_static = scope.get("path", "").startswith("/static/")

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in _REPLACED]
                headers += SECURITY_HEADERS
                # Pages show case data: never stored by the browser or a proxy.
                headers.append((b"cache-control", b"private, max-age=3600" if is_static else b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        started = False

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send_with_headers(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            # Starlette's own 500 page is produced outside every middleware, without our headers.
            log.exception("web: unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            resp = _error_response(Request(scope), 500, "Something went wrong on our side; the error was logged.")
            await resp(scope, receive, send_with_headers)


_REPLACED = {k for k, _ in SECURITY_HEADERS} | {b"cache-control"}


def _include_routers(app: FastAPI) -> None:
    app.include_router(auth.router)
    for module, prefix in ROUTERS:
        app.include_router(importlib.import_module(module).router, prefix=prefix)


def _error_response(request: Request, status: int, message: str, headers: dict | None = None) -> Response:
    if auth.is_api(request):
        return JSONResponse({"error": message, "status": status}, status_code=status, headers=headers)
    titles = {400: "Bad request", 401: "Sign-in needed", 403: "Not allowed", 404: "Not found",
              405: "Not allowed", 409: "Conflict", 422: "Bad request", 429: "Too many requests"}
    user = auth.load_user(request) if status != 500 else getattr(request.state, "user", None)
    return render(request, "error.html", user, status_code=status, headers=headers,
                  title=titles.get(status, "Error"), status=status, message=message)


def _ids_in_range(request: Request) -> None:
    """A number in the path beyond any id column (/cases/99999999999999999999) is simply not found:
    every route, before the database driver overflows on it and answers 500."""
    from review.reports import MAX_ID

    for value in request.path_params.values():
        if isinstance(value, str) and value.lstrip("-").isdigit() and not -MAX_ID <= int(value) <= MAX_ID:
            raise HTTPException(404, "There is no page at this address.")


def create_app() -> FastAPI:
    app = FastAPI(title="wildwatch", docs_url=None, redoc_url=None, openapi_url="/api/v1/openapi.json",
                  dependencies=[Depends(_ids_in_range)])
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    _include_routers(app)

    @app.exception_handler(auth.LoginRequired)
    async def _login_required(request: Request, exc: auth.LoginRequired) -> Response:
        if auth.is_api(request):
            return JSONResponse({"error": "sign in first", "status": 401}, status_code=401)
        return auth.login_redirect(request)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "The request could not be served."
        if exc.status_code == 404 and message == "Not Found":
            message = "There is no page at this address."
        if exc.status_code == 405:
            message = "This address does not take that kind of request."
        return _error_response(request, exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        fields = ", ".join(".".join(str(p) for p in e.get("loc", ()) if p not in ("body", "query", "path"))
                           + f": {e.get('msg', 'invalid')}" for e in exc.errors()[:5])
        return _error_response(request, 422, f"Some fields are missing or invalid ({fields}).")

    return app


__all__ = ["create_app", "HTTPException"]

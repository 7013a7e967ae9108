"""The printable takedown report: one HTML page per report (for the browser, under the app's
strict CSP: stylesheet from /static, screenshots from the report's own route) and the same page
as PDF (screenshots as data: URIs, rendered by Chromium in workers/report_pdf.py).

Shared by the lead's and the partner's routes and `wildwatch reports pdf`; the report document
is the one sent (or, for a draft, as it would go out), so the PDF says what the JSON says.
"""
from __future__ import annotations

import base64
from datetime import datetime, timezone
from pathlib import Path

from fastapi import HTTPException
from fastapi.responses import HTMLResponse, Response

from review import report_bundle, reports
from review.db import session_scope
from review.reports import ReportError

from .templating import environment

CSS_PATH = Path(__file__).resolve().parent / "static" / "report_print.css"


def context(session, report, screenshot_src) -> dict:
    """What the template shows. screenshot_src(sha256) -> the <img> src of a screenshot, or None."""
    doc = reports.document(report)
    shots: dict[int, list[dict]] = {}
    for f in report_bundle.evidence_files(session, report):
        if f["kind"] == "screenshot" and f["path"]:
            src = screenshot_src(f["sha256"])
            if src:
                shots.setdefault(f["item_id"], []).append({"sha256": f["sha256"], "src": src})
    return {"doc": doc, "report": {"id": report.id, "platform": report.platform.name, "status": report.status,
                                   "sha256": report.sha256},
            "shots": shots, "printed_at": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}


def html(session, report, screenshot_src, css_href: str | None = "/static/report_print.css") -> str:
    return environment().get_template("report_print.html").render(css_href=css_href, **context(session, report, screenshot_src))


def _pdf_html(session, report) -> str:
    """The page the PDF prints: screenshots embedded as data: URIs, each re-hashed on the way in."""
    def embedded(sha256: str) -> str | None:
        try:
            data = report_bundle.screenshot(session, report, sha256)
        except report_bundle.BundleError:
            return None
        return "data:image/png;base64," + base64.b64encode(data).decode()

    return html(session, report, embedded, css_href=None)


def pdf(session, report) -> bytes:
    """The report as PDF bytes, printed now (the CLI; the web app when no worker queue is up)."""
    from workers.report_pdf import html_to_pdf

    return html_to_pdf(_pdf_html(session, report), CSS_PATH.read_text(encoding="utf-8"))


PDF_STALE_SECONDS = 600  # a print job that left no PDF by then (worker down, crashed) is queued again
RENDERING_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="2">
<title>Rendering the PDF…</title><link rel="stylesheet" href="/static/app.css"></head>
<body><main class="page"><section class="panel" id="pdf-rendering">
<h1>Rendering the PDF…</h1>
<p>Takedown report {report_id} is being printed by a worker. This page reloads itself every 2 seconds
and the download starts when the PDF is ready.</p>
<p><a class="button" href="{url}">Reload now</a></p>
</section></main></body></html>
"""


def _doc_key(report) -> str:
    """The report's id and a hash of what it says: a sent report's PDF is printed once; a draft
    that changed gets a new one."""
    import hashlib

    return f"report-{report.id}-{hashlib.sha256(reports.canonical(reports.document(report))).hexdigest()[:16]}"


def pdf_response(session, report, url: str) -> Response:
    """The stored PDF if a worker printed it; else queue the printing and answer 202 with a page
    that reloads (meta refresh: no script under the CSP). Without a reachable worker queue the
    PDF is printed here, as before."""
    import time

    from workers.connection import RedisUnavailable
    from workers.report_pdf import enqueue_pdf, failure, pdf_dir

    name = _doc_key(report)
    d = pdf_dir()
    pdf_path, html_path = d / f"{name}.pdf", d / f"{name}.html"
    if pdf_path.exists():
        return _download(report.id, pdf_path.read_bytes(), "application/pdf", ".pdf")
    failed = failure(name)
    if failed is not None:  # shown once; "Try again" (a plain reload) queues a new print job
        (d / f"{name}.failed").unlink(missing_ok=True)
        html_path.unlink(missing_ok=True)
        return HTMLResponse(environment().get_template("report_pdf_failed.html").render(
            report_id=int(report.id), url=url, reason=failed), status_code=503,
            headers={"Cache-Control": "no-store"})
    try:
        fresh = time.time() - html_path.stat().st_mtime < PDF_STALE_SECONDS
    except FileNotFoundError:
        fresh = False
    if not fresh:
        page = _pdf_html(session, report).replace("</head>", f"<style>{CSS_PATH.read_text(encoding='utf-8')}</style></head>", 1)
        tmp = d / f"{name}.html.tmp"
        tmp.write_text(page, encoding="utf-8")
        tmp.replace(html_path)
        try:
            enqueue_pdf(name)
        except (RedisUnavailable, OSError):
            html_path.unlink(missing_ok=True)
            return _download(report.id, pdf(session, report), "application/pdf", ".pdf")
    return HTMLResponse(RENDERING_PAGE.format(report_id=int(report.id), url=url), status_code=202,
                        headers={"Cache-Control": "no-store", "Retry-After": "2"})


def _download(report_id: int, data: bytes, media: str, suffix: str) -> Response:
    return Response(data, media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="takedown-report-{report_id}{suffix}"'})


def attachment(report_id: int, kind: str, find, to_http, url: str | None = None) -> Response:
    """The report's PDF (`kind` "pdf"), evidence bundle ("bundle", zip) or WACZ ("wacz") as a download, for the lead's
    and the partner's routes alike: `find(session)` returns the report this user may see (or raises
    ReportError, which `to_http` turns into the audience's HTTP answer). A PDF with `url` (its own
    route) is printed by a worker: pdf_response."""
    from workers.report_pdf import PdfError

    from review.report_wacz import build_wacz

    build, media, suffix = {"pdf": (pdf, "application/pdf", ".pdf"),
                            "bundle": (report_bundle.build_bundle, "application/zip", "-evidence.zip"),
                            "wacz": (build_wacz, "application/wacz", "-evidence.wacz")}[kind]
    with session_scope(readonly=True) as s:
        try:
            if kind == "pdf" and url:
                return pdf_response(s, find(s), url)
            data = build(s, find(s))
        except (ReportError, report_bundle.BundleError) as exc:
            raise to_http(exc) from None
        except PdfError as exc:
            raise HTTPException(503, str(exc)) from None
    return _download(report_id, data, media, suffix)

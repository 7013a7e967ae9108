"""A printable takedown report rendered to PDF by the system Chromium (Playwright's print-to-PDF).

The HTML is ours (web/report_print.py, Jinja with autoescape: listing text is only text) and
self-contained: screenshots come as data: URIs, the stylesheet is added here. The page runs with
JavaScript off and every network request refused, so nothing in it can fetch or run anything.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from .evidence import LAUNCH_ARGS, EvidenceError, chromium_path


class PdfError(RuntimeError):
    pass


def html_to_pdf(html: str, css: str, timeout_ms: int = 30000) -> bytes:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    try:
        exe = chromium_path()
    except EvidenceError as exc:
        raise PdfError(str(exc)) from None
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=exe, args=LAUNCH_ARGS, headless=True)
            try:
                context = browser.new_context(java_script_enabled=False, offline=True)
                page = context.new_page()
                page.route("**/*", lambda route: route.abort())  # data: URIs need no network
                page.set_default_timeout(timeout_ms)
                # The stylesheet goes in as a <style> element: this HTML is never served by the app
                # (no CSP applies), and add_style_tag would need the JavaScript that is off here.
                page.set_content(html.replace("</head>", f"<style>{css}</style></head>", 1), wait_until="load")
                return page.pdf(format="A4", print_background=True, display_header_footer=True,
                                header_template="<span></span>",
                                footer_template='<div style="font-size:8px;width:100%;text-align:center">'
                                                '<span class="pageNumber"></span> / <span class="totalPages"></span></div>',
                                margin={"top": "14mm", "bottom": "16mm", "left": "12mm", "right": "12mm"})
            finally:
                browser.close()
    except PlaywrightError as exc:
        raise PdfError(f"Chromium could not render the report to PDF: {str(exc).splitlines()[0]} "
                       "(set WILDWATCH_CHROMIUM_PATH, or install chromium)") from None


# -- the background job: the web app writes the report's HTML, a worker prints it ------------------
# Printing takes seconds (a browser starts), so it is not done inside a request: web/report_print.py
# writes <data>/reports/pdf/<name>.html and enqueues render_report_pdf(name); the next request for
# report.pdf finds <name>.pdf. The name carries the report id and a hash of its document, so a
# changed draft gets a new PDF and a sent report's PDF is made once.

PDF_NAME = re.compile(r"^report-[0-9]{1,12}-[0-9a-f]{16}$")
JOB = "workers.report_pdf.render_report_pdf"


def pdf_dir() -> Path:
    from config.settings import get_settings

    d = get_settings().data_dir / "reports" / "pdf"
    d.mkdir(parents=True, exist_ok=True)
    return d


def render_report_pdf(name: str) -> dict:
    """Print <pdf_dir>/<name>.html to <name>.pdf (atomically). Only names the web app makes are
    accepted: a job cannot point this at any other file."""
    if not isinstance(name, str) or not PDF_NAME.match(name):
        raise PdfError(f"{str(name)[:80]!r}: not a report PDF name")
    d = pdf_dir()
    html_path, pdf_path = d / f"{name}.html", d / f"{name}.pdf"
    if pdf_path.exists():
        return {"pdf": pdf_path.name, "bytes": pdf_path.stat().st_size, "rendered": False}
    try:
        html = html_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PdfError(f"{name}: its HTML is gone (the page writes it again on the next request)") from None
    try:
        data = html_to_pdf(html, "")  # the stylesheet is already in the page
    except Exception as exc:
        # The waiting page looks for this file: the user sees the failure at once, not after the
        # ten minutes a print job may take before it is queued again.
        _write_atomic(d / f"{name}.failed", f"{type(exc).__name__}: {exc}"[:500].encode())
        raise
    _write_atomic(pdf_path, data)
    html_path.unlink(missing_ok=True)
    (d / f"{name}.failed").unlink(missing_ok=True)
    prune(d, keep={pdf_path.name})
    return {"pdf": pdf_path.name, "bytes": len(data), "rendered": True}


PDF_KEEP_DAYS = 30  # a printed PDF is a cache: the report itself stays in the store and prints again


def prune(d: Path, keep: set[str], days: float = PDF_KEEP_DAYS) -> int:
    """Remove printed PDFs, failure notes and stray temporary files older than `days`; a page
    asking for one later prints it again. Returns how many files went."""
    import time

    cutoff, n = time.time() - days * 86400, 0
    for f in d.iterdir():
        if f.name in keep or not f.name.startswith("report-"):
            continue
        try:
            if f.stat().st_mtime < cutoff:
                f.unlink()
                n += 1
        except FileNotFoundError:  # another worker pruned it first
            pass
    return n


def failure(name: str) -> str | None:
    """Why the last print job of `name` failed, if it did (and nothing has been printed since)."""
    try:
        return (pdf_dir() / f"{name}.failed").read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return None


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def enqueue_pdf(name: str, connection=None) -> str:
    from . import queues
    from .connection import connect

    conn = connection or connect()
    return queues.enqueue(conn, queues.REPORT, JOB, name).id

"""A printable takedown report rendered to PDF by the system Chromium (Playwright's print-to-PDF).

The HTML is ours (web/report_print.py, Jinja with autoescape: listing text is only text) and
self-contained: screenshots come as data: URIs, the stylesheet is added here. The page runs with
JavaScript off and every network request refused, so nothing in it can fetch or run anything.
"""
from __future__ import annotations

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

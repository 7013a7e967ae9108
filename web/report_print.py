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
from fastapi.responses import Response

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


def pdf(session, report) -> bytes:
    """The report as PDF bytes: screenshots embedded, each re-hashed on the way in."""
    from workers.report_pdf import html_to_pdf

    def embedded(sha256: str) -> str | None:
        try:
            data = report_bundle.screenshot(session, report, sha256)
        except report_bundle.BundleError:
            return None
        return "data:image/png;base64," + base64.b64encode(data).decode()

    return html_to_pdf(html(session, report, embedded, css_href=None), CSS_PATH.read_text(encoding="utf-8"))


def attachment(report_id: int, kind: str, find, to_http) -> Response:
    """The report's PDF (`kind` "pdf") or evidence bundle ("bundle") as a download, for the lead's
    and the partner's routes alike: `find(session)` returns the report this user may see (or raises
    ReportError, which `to_http` turns into the audience's HTTP answer)."""
    from workers.report_pdf import PdfError

    build, media, suffix = {"pdf": (pdf, "application/pdf", ".pdf"),
                            "bundle": (report_bundle.build_bundle, "application/zip", "-evidence.zip")}[kind]
    with session_scope(readonly=True) as s:
        try:
            data = build(s, find(s))
        except (ReportError, report_bundle.BundleError) as exc:
            raise to_http(exc) from None
        except PdfError as exc:
            raise HTTPException(503, str(exc)) from None
    return Response(data, media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="takedown-report-{report_id}{suffix}"'})

"""The report PDF is printed by a worker, not inside the request: the first request answers 202
with a page that reloads itself (meta refresh, no script) while a real worker process takes the
job from Redis; asking again queues nothing more; once printed, the stored PDF is served (to the
lead and to the partner alike) and pdftotext finds the listing's URL in it."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from takedown_helpers import TESTS, load, pipeline
from takedown_helpers import relisting_tests as rl

reports_seed = load("takedown_reports_seed", TESTS / "review" / "reports_seed.py")


def test_pdf_is_printed_by_a_worker_and_then_served(store, redis_conn, report_worker, app_client, tmp_path):
    from sqlalchemy import select

    from review.db import session_scope
    from review.models import User
    from workers import queues
    from workers.report_pdf import pdf_dir

    lead = app_client("lena", "lead", groups=["zh-analysts"])
    partner = app_client("shopzh", "partner", platforms=["demo-zh"])
    with session_scope() as s:
        lena = s.scalar(select(User).where(User.username == "lena"))
        _, case_id = rl.put(s, "demo-zh", "s1", *rl.TEXT, case_group="zh-analysts")
        reports_seed.add_evidence(s, case_id)
        r = rl._send(s, lena, [case_id])
        rid, url = r.id, r.document["items"][0]["url"]

    first = lead.get(f"/reports/{rid}/report.pdf")
    assert first.status_code == 202 and first.headers["content-type"].startswith("text/html")
    assert '<meta http-equiv="refresh" content="2">' in first.text and "Rendering the PDF" in first.text
    assert "<script" not in first.text
    assert queues.queue(queues.REPORT, redis_conn).count == 1
    assert lead.get(f"/reports/{rid}/report.pdf").status_code == 202
    assert partner.get(f"/partner/reports/{rid}/report.pdf").status_code == 202
    assert queues.queue(queues.REPORT, redis_conn).count == 1  # asked three times, queued once
    assert [p.suffix for p in pdf_dir().iterdir()] == [".html"]

    report_worker()
    done = pipeline.wait_for(lambda: (lambda r: r if r.status_code == 200 else None)(lead.get(f"/reports/{rid}/report.pdf")),
                             what="the worker's PDF")
    assert done.headers["content-type"] == "application/pdf" and done.content.startswith(b"%PDF-")
    assert [p.suffix for p in pdf_dir().iterdir()] == [".pdf"]
    theirs = partner.get(f"/partner/reports/{rid}/report.pdf")
    assert theirs.status_code == 200 and theirs.content == done.content  # the stored file, not printed again
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext not installed")
    (tmp_path / "r.pdf").write_bytes(done.content)
    text = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True).stdout
    assert url in text.replace("\n", "")


def test_the_job_prints_only_names_the_app_makes(store):
    from workers.report_pdf import PdfError, render_report_pdf

    for name in ("../../etc/passwd", "report-1-xyz", "report-1-0123456789abcdef/../x", 7):
        with pytest.raises(PdfError):
            render_report_pdf(name)


def test_a_failed_print_job_is_shown_at_once_and_try_again_queues_a_new_one(store, redis_conn, report_worker, app_client):
    """A worker whose Chromium cannot start: the page says so on the next reload (not after the ten
    minutes a job may take), escaped, with no refresh; reloading queues a new job."""
    from sqlalchemy import select

    from review.db import session_scope
    from review.models import User
    from workers import queues

    lead = app_client("lena", "lead", groups=["zh-analysts"])
    with session_scope() as s:
        lena = s.scalar(select(User).where(User.username == "lena"))
        _, case_id = rl.put(s, "demo-zh", "s1", *rl.TEXT, case_group="zh-analysts")
        rid = rl._send(s, lena, [case_id]).id

    assert lead.get(f"/reports/{rid}/report.pdf").status_code == 202
    proc = pipeline.start_worker("report", env={"WILDWATCH_CHROMIUM_PATH": "/bin/false"})
    try:
        failed = pipeline.wait_for(
            lambda: (lambda r: r if r.status_code != 202 else None)(lead.get(f"/reports/{rid}/report.pdf")),
            what="the failed job's page")
    finally:
        pipeline.stop_process(proc)
    assert failed.status_code == 503 and "could not be printed" in failed.text
    assert 'http-equiv="refresh"' not in failed.text and "<script" not in failed.text
    assert f'href="/reports/{rid}/report.pdf"' in failed.text and f'href="/reports/{rid}"' in failed.text
    again = lead.get(f"/reports/{rid}/report.pdf")
    assert again.status_code == 202 and queues.queue(queues.REPORT, redis_conn).count == 1


def test_old_printed_pdfs_are_pruned(store):
    import os
    import time

    from workers.report_pdf import pdf_dir, prune

    d = pdf_dir()
    old, new, other = d / "report-1-0123456789abcdef.pdf", d / "report-2-0123456789abcdef.pdf", d / "README"
    for f in (old, new, other):
        f.write_bytes(b"%PDF-")
    month_ago = time.time() - 31 * 86400
    for f in (old, other):
        os.utime(f, (month_ago, month_ago))
    assert prune(d, keep=set()) == 1
    assert not old.exists() and new.exists() and other.exists()

"""Operator commands and Redis handling: status, failed list/retry, worker, unreachable Redis,
the embedded Redis (reused, persistent), the cron schedule, and screenshots with real Chromium."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from pipeline_helpers import drain, make_items
from workers.queues import queue


def _cli(*args):
    from cli.main import app

    return CliRunner().invoke(app, list(args), catch_exceptions=False, env={"COLUMNS": "220"})


def _failing_job(conn):
    job = queue("ingest", conn).enqueue("workers.jobs.ingest_batch", "not a list of items")
    conn.hset(job.key, "retries_left", 0)  # no retry: straight to the failed registry
    from workers.worker import run_worker

    run_worker(conn, ["ingest"], burst=True, with_scheduler=False, logging_level="WARNING")
    return job


def test_status_shows_queues_workers_and_platforms(redis_conn):
    queue("ingest", redis_conn).enqueue("workers.jobs.ingest_batch", make_items(8))
    drain(redis_conn)
    queue("ingest", redis_conn).enqueue("workers.jobs.ingest_batch", make_items(3))
    shown = _cli("status")  # the tables render (figures are checked on the JSON below)
    assert shown.exit_code == 0, shown.output
    assert "no workers running" in shown.output
    result = _cli("status", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    queues = {q["queue"]: q for q in data["queues"]}
    assert queues["ingest"]["queued"] == 1 and queues["ingest"]["finished"] == 1
    assert data["workers"] == [] and data["failed_jobs"] == []
    assert (data["totals"]["listings"], data["totals"]["cases"]) == (8, 2)
    [platform] = data["platforms"]
    assert (platform["platform"], platform["listings"], platform["flagged"]) == ("demo-zh", 8, 2)
    assert data["throughput"][-1]["listings"] == 8  # the 15-minute window


def test_failed_list_and_retry(redis_conn):
    job = _failing_job(redis_conn)
    listed = _cli("failed", "list")
    assert listed.exit_code == 0
    assert job.id in listed.output and "TypeError" in listed.output
    assert _cli("failed", "retry").exit_code != 0  # neither ids nor --all
    missing = _cli("failed", "retry", "no-such-job")
    assert missing.exit_code == 1 and "no-such-job" in missing.output
    other = _failing_job(redis_conn)
    again = _cli("failed", "retry", job.id)
    assert again.exit_code == 0 and "re-queued 1 job" in again.output
    assert job.id in queue("ingest", redis_conn).job_ids
    left = _cli("failed", "list").output
    assert other.id in left and job.id not in left
    everything = _cli("failed", "retry", "--all")
    assert everything.exit_code == 0 and "re-queued 1 job(s)" in everything.output
    assert _cli("failed", "list").output.strip() == "no failed jobs"


def test_unreachable_redis_is_a_clear_error(monkeypatch):
    from config.settings import get_settings

    monkeypatch.setenv("WILDWATCH_REDIS_URL", "redis://127.0.0.1:1/0")
    get_settings.cache_clear()
    result = CliRunner().invoke(__import__("cli.main").main.app, ["status"])
    assert result.exit_code == 1
    assert "cannot reach Redis at URL: redis://127.0.0.1:1/0" in result.output
    assert "WILDWATCH_REDIS_URL" in result.output


def test_worker_rejects_unknown_queue(redis_conn):
    result = CliRunner().invoke(__import__("cli.main").main.app, ["worker", "--burst", "ingest", "nope"])
    assert result.exit_code == 2 and "unknown queue(s): nope" in result.output


def test_embedded_redis_is_reused_and_keeps_queues_across_restarts():
    from workers.connection import connect, embedded

    first = embedded().start()
    assert first.started_here
    second = embedded().start()  # another wildwatch process for the same data dir
    assert not second.started_here and second.pid() == first.pid()
    conn = connect(first.url)
    queue("ingest", conn).enqueue("workers.jobs.ingest_batch", make_items(2))
    conn.close()
    first.stop()
    assert not first.is_running()
    conn = connect(embedded().start().url)  # append-only file brings the queue back
    try:
        assert queue("ingest", conn).count == 1
        assert conn.config_get("appendonly")["appendonly"] == "yes"
    finally:
        conn.close()
        embedded().stop()


def test_cron_schedules_recrawls_and_rechecks(redis_conn, tmp_path, monkeypatch):
    from config.settings import get_settings
    from workers import scheduler

    (tmp_path / "platforms").mkdir()
    search = "search:\n  terms: [ivory]\n  urls: ['/search?q={term}']\n"
    (tmp_path / "platforms" / "shop.yaml").write_text(f"name: shop\nbase_url: http://x.test\ninterval_minutes: 30\n{search}")
    (tmp_path / "platforms" / "never.yaml").write_text(f"name: never\nbase_url: http://x.test\n{search}")
    (tmp_path / "platforms" / "broken.yaml").write_text("name: broken\ninterval_minutes: 30\n")  # invalid: skipped
    monkeypatch.setenv("WILDWATCH_PLATFORMS_DIR", str(tmp_path / "platforms"))
    get_settings.cache_clear()
    cron = scheduler.build(redis_conn)
    jobs = {j.name: j for j in cron.get_jobs()}
    assert set(jobs) == {"recrawl:shop", "recheck-reported"}
    assert jobs["recrawl:shop"].interval == 1800 and jobs["recrawl:shop"].args == ("shop",)
    job = jobs["recrawl:shop"].enqueue(redis_conn)
    assert job.func_name == "workers.jobs.recrawl_platform" and job.origin == "crawl"


def _chromium():
    return os.environ.get("WILDWATCH_CHROMIUM_PATH") or shutil.which("chromium") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


@pytest.mark.browser
@pytest.mark.skipif(not _chromium(), reason="Chromium not installed")
def test_flagged_listing_on_browser_platform_gets_a_hashed_screenshot(redis_conn):
    from sqlalchemy import select

    from review.db import session_scope
    from review.models import Evidence

    class Page(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            body = "<html><body><h1>象牙手镯</h1><script>document.body.append('js ran')</script></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body.encode())

        def log_message(self, *a):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        items = make_items(4, platform="demo-en")  # demo-en is a browser platform
        for it in items:
            it["url"] = f"http://127.0.0.1:{server.server_address[1]}/listing/{it['listing_id']}"
        queue("ingest", redis_conn).enqueue("workers.jobs.ingest_batch", items)
        drain(redis_conn)
        queue("ingest", redis_conn).enqueue("workers.jobs.ingest_batch", items)
        drain(redis_conn)  # a second pass takes no second screenshot
    finally:
        server.shutdown()
        server.server_close()
    with session_scope(readonly=True) as s:
        shots = s.scalars(select(Evidence).where(Evidence.kind == "screenshot")).all()
    assert len(shots) == 1  # one flagged listing (L0)
    png = Path(shots[0].path).read_bytes()
    assert png.startswith(b"\x89PNG") and hashlib.sha256(png).hexdigest() == shots[0].sha256
    assert shots[0].case_id is not None and shots[0].captured_at is not None

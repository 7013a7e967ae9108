"""Helpers for the pipeline tests: run real workers, make crawler-shaped items, count rows."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def drain(conn, timeout: float = 120, allow_retries: bool = False) -> None:
    """Run an in-process worker until every queue, started and scheduled registry is empty."""
    from rq.scheduler import RQScheduler

    from workers import queues
    from workers.status import pipeline_idle
    from workers.worker import run_worker

    from workers.status import failed_jobs

    deadline = time.monotonic() + timeout
    while not pipeline_idle(conn):
        assert time.monotonic() < deadline, "pipeline did not drain"
        run_worker(conn, burst=True, with_scheduler=False, logging_level="WARNING")
        if not allow_retries:
            scheduled = [r for r in __import__("workers.status").status.queue_rows(conn) if r["scheduled"]]
            assert not scheduled and not failed_jobs(conn), (scheduled, failed_jobs(conn))
        # retries waiting for their backoff: RQ's scheduler enqueues the due ones
        scheduler = RQScheduler(list(queues.ALL), connection=conn, serializer=queues.SERIALIZER)
        scheduler.acquire_locks()
        scheduler.enqueue_scheduled_jobs()
        scheduler.release_locks()
        time.sleep(0.05)


def start_worker(*queues: str, env: dict | None = None) -> subprocess.Popen:
    """A real `python -m workers worker` process (as `wildwatch run` starts them)."""
    return subprocess.Popen([sys.executable, "-m", "workers", "worker", *queues], cwd=REPO,
                            env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def make_items(n: int, platform: str = "demo-zh", start: int = 0, bad_every: int = 0) -> list[dict]:
    """Crawler-shaped items: every 4th is clearly illegal ivory, the rest ordinary goods."""
    out = []
    for i in range(start, start + n):
        if i % 4 == 0:
            title, desc = f"象牙手镯 老料 #{i}", "纯天然象牙，微信联系 abc123，可验货"
        else:
            title, desc = f"纯棉T恤 #{i}", "九成新，尺码L，同城自提"
        out.append({"platform": platform, "listing_id": f"L{i}", "url": f"http://127.0.0.1:9/item/{i}",
                    "title": title, "description": desc, "price_text": "¥200", "price_amount": 200.0,
                    "currency": "CNY", "seller_id": f"s{i % 7}", "seller_name": f"seller {i % 7}",
                    "seller_url": None, "images": [], "posted_at": None,
                    "fetched_at": "2026-11-22T01:00:00+00:00", "location": "广州", "missing": [],
                    "content_sha256": None, "version": 1, "capture": None})
    return out


def counts() -> dict:
    from sqlalchemy import func, select

    from review.db import session_scope
    from review.models import Assessment, Case, Decision, IngestError, Listing, ListingVersion

    with session_scope(readonly=True) as s:
        c = {m.__tablename__: s.scalar(select(func.count()).select_from(m))
             for m in (Listing, ListingVersion, Assessment, Case, Decision, IngestError)}
        c["distinct_listings"] = s.scalar(select(func.count(func.distinct(Listing.external_id))))
    return c


def wait_for(predicate, timeout: float = 90, what: str = "condition", interval: float = 0.1):
    """Poll until predicate() is truthy; fail the test (not hang) after `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(interval)


def stop_process(proc: subprocess.Popen, timeout: float = 20) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

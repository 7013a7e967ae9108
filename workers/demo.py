"""`wildwatch demo`: the whole flow on one machine from a fresh clone.

Embedded Redis + SQLite + the two demo marketplaces; crawl both (with `wildwatch crawl`
subprocesses feeding the ingest queue), classify, route, capture evidence; then a summary.
If the crawler cannot run, the demo sites' ground-truth listings are ingested instead, and
the output says so.
"""
from __future__ import annotations

import subprocess
import sys
import time
from datetime import datetime, timezone
from typing import Callable

from . import queues


def ground_truth_items(sites, platform: str, site: str) -> list[dict]:
    """The demo sites' own listings as crawler items (used only when the crawler is unavailable)."""
    now = datetime.now(timezone.utc).isoformat()
    out = []
    for row in sites.listings:
        if row["site"] != site:
            continue
        out.append({
            "platform": platform, "listing_id": row["id"], "url": row.get("url"), "title": row["title"],
            "description": row.get("description"), "price_text": row.get("price"),
            "price_amount": row.get("price_value"), "currency": row.get("currency"),
            "seller_id": row.get("seller_id"), "seller_name": row.get("seller_name"), "seller_url": None,
            "images": [], "posted_at": row.get("posted_at"), "fetched_at": now, "location": row.get("location"),
            "missing": [], "content_sha256": None, "version": 1, "capture": None,
        })
    return out


def crawl_subprocess(platform: str, base_url: str, queue_url: str, timeout: float = 900) -> tuple[bool, str]:
    cmd = [sys.executable, "-m", "cli.main", "crawl", platform, "--base-url", base_url, "--queue-url", queue_url,
           "--quiet"]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return False, f"crawl {platform} timed out after {timeout:.0f}s"
    tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
    return proc.returncode == 0, "\n".join(tail)


def run_demo(say: Callable[[str], None], workers: int = 2, use_crawler: bool = True, timeout: float = 900) -> dict:
    """Run the demo end to end; returns the summary rows (and how listings were obtained)."""
    from crawler.demo_sites import DemoSites

    from review.db import session_scope
    from review.stats import platform_summary, totals

    from .supervisor import Supervisor

    started = time.monotonic()
    notes = []
    with Supervisor(workers=workers, cron=False) as sup, DemoSites(zh_port=0, en_port=0) as sites:
        say(f"Redis: {sup.url}{' (embedded, started by the demo)' if sup.redis_started_here else ''}")
        say(f"demo marketplaces: demo-zh {sites.zh_url}  demo-en {sites.en_url}")
        for platform, site, base in (("demo-zh", "zh", sites.zh_url), ("demo-en", "en", sites.en_url)):
            ok, detail = False, ""
            if use_crawler:
                say(f"crawling {platform} ...")
                ok, detail = crawl_subprocess(platform, base, sup.url, timeout=timeout)
            if not ok:
                items = ground_truth_items(sites, platform, site)
                why = (f"crawl failed: {detail.splitlines()[-1]}" if detail else "crawl failed") if use_crawler \
                    else "--no-crawler"
                note = f"{platform}: {why}; ingested the demo site's {len(items)} ground-truth listings instead"
                notes.append(note)
                say("NOTE: " + note)
                for i in range(0, len(items), 50):
                    queues.enqueue(sup.conn, queues.INGEST, queues.INGEST_JOB, items[i:i + 50])
        say("waiting for the pipeline to finish (classify, route, evidence, notify) ...")
        idle = sup.wait_idle(timeout=timeout)
        if not idle:
            notes.append(f"pipeline still busy after {timeout:.0f}s; figures below are partial")
        from .status import queue_rows

        failed = sum(r["failed"] for r in queue_rows(sup.conn))
        with session_scope(readonly=True) as s:
            summary = platform_summary(s)
            total = totals(s)
    return {"platforms": summary, "totals": total, "notes": notes, "failed_jobs": failed,
            "seconds": time.monotonic() - started}

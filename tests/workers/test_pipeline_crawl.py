"""The crawler's hand-off into the pipeline: `wildwatch crawl demo-zh --queue-url` enqueues
`workers.jobs.ingest_batch` batches on our Redis; the pipeline stores each listing once, even
when its batches arrive twice."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from pipeline_helpers import REPO, counts, drain

pytestmark = pytest.mark.slow


def _crawl(base_url: str, queue_url: str) -> dict:
    """Run the crawl; its `--json` summary."""
    proc = subprocess.run([sys.executable, "-m", "cli.main", "crawl", "demo-zh", "--base-url", base_url,
                           "--queue-url", queue_url, "--quiet", "--json"], cwd=REPO, capture_output=True, text=True,
                          timeout=240)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _expected_ids(sites) -> set[str]:
    """Every zh listing the site's search returns for demo-zh's own terms (ground truth)."""
    from crawler.demo_sites.listings import matches
    from crawler.platform_config import load_platform

    platform = load_platform(REPO / "config" / "platforms" / "demo-zh.yaml")
    return {row["id"] for row in sites.listings
            if row["site"] == "zh" and any(matches(row, term) for term in platform.search.terms)}


def test_crawled_listings_flow_through_the_pipeline_once(redis_conn):
    from workers.queues import fetch_job, queue
    from sqlalchemy import func, select

    from crawler.demo_sites import DemoSites
    from review.db import session_scope
    from review.models import Listing
    from workers.connection import redis_url

    with DemoSites(zh_port=0, en_port=0) as sites:
        expected = _expected_ids(sites)
        crawled = _crawl(sites.zh_url, redis_url())
        ingest = queue("ingest", redis_conn)
        batches = [fetch_job(j, redis_conn).args[0] for j in ingest.job_ids]
        assert batches and all(item["platform"] == "demo-zh" for b in batches for item in b)
        drain(redis_conn)
        first = counts()
    assert len(expected) > 20 and crawled["listings"] == len(expected) and crawled["errors"] == 0
    queued = [item["listing_id"] for b in batches for item in b]
    assert sorted(queued) == sorted(expected)  # every expected listing handed over, none twice
    with session_scope(readonly=True) as s:
        stored = s.execute(select(Listing.external_id, func.count()).group_by(Listing.external_id)).all()
    assert {lid for lid, _ in stored} == expected  # all N stored, nothing else
    assert all(n == 1 for _, n in stored)  # none twice
    assert first["listings"] == first["listing_versions"] == first["assessments"] == len(expected)
    assert first["ingest_errors"] == 0
    for batch in batches:  # the same batches again (a crawler retry): nothing new is stored
        ingest.enqueue("workers.jobs.ingest_batch", batch)
    drain(redis_conn)
    assert counts() == first

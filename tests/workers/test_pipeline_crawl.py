"""The crawler's hand-off into the pipeline: `wildwatch crawl demo-zh --queue-url` enqueues
`workers.jobs.ingest_batch` batches on our Redis; the pipeline stores each listing once, even
when its batches arrive twice."""
from __future__ import annotations

import subprocess
import sys

import pytest
from pipeline_helpers import REPO, counts, drain

pytestmark = pytest.mark.slow


def _crawl(base_url: str, queue_url: str) -> None:
    proc = subprocess.run([sys.executable, "-m", "cli.main", "crawl", "demo-zh", "--base-url", base_url,
                           "--queue-url", queue_url, "--quiet"], cwd=REPO, capture_output=True, text=True,
                          timeout=240)
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_crawled_listings_flow_through_the_pipeline_once(redis_conn):
    from rq import Queue
    from rq.job import Job
    from sqlalchemy import select

    from crawler.demo_sites import DemoSites
    from review.db import session_scope
    from review.models import Listing
    from workers.connection import redis_url

    with DemoSites(zh_port=0, en_port=0) as sites:
        _crawl(sites.zh_url, redis_url())
        ingest = Queue("ingest", connection=redis_conn)
        batches = [Job.fetch(j, connection=redis_conn).args[0] for j in ingest.job_ids]
        assert batches and all(b[0]["platform"] == "demo-zh" for b in batches)
        drain(redis_conn)
        first = counts()
        truth = {row["id"] for row in sites.listings if row["site"] == "zh"}
    for batch in batches:  # the same batches again (a crawler retry): nothing new is stored
        ingest.enqueue("workers.jobs.ingest_batch", batch)
    drain(redis_conn)
    assert first["listings"] > 0 and first["ingest_errors"] == 0
    assert counts() == first
    with session_scope(readonly=True) as s:
        ids = set(s.scalars(select(Listing.external_id)))
    assert ids <= truth  # every stored listing is a real one from the site

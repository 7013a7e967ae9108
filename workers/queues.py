"""The pipeline's RQ queues, one per stage, and how jobs are put on them."""
from __future__ import annotations

from redis import Redis
from rq import Queue, Retry

# Batches of listings. The crawler enqueues INGEST_JOB (workers.jobs.ingest_batch) on it by name:
# it may not import workers, so both names live in the listing contract.
from crawler.listing import INGEST_JOB  # noqa: F401 (re-exported for the workers side)
from crawler.listing import INGEST_QUEUE as INGEST

CLASSIFY = "classify"  # stored listing versions -> assessments
ROUTE = "route"  # flagged assessments -> cases in a reviewer group's queue
EVIDENCE = "evidence"  # full-page screenshots of flagged listings on browser platforms
NOTIFY = "notify"  # webhook / e-mail to reviewer groups
REPORT = "report"  # takedown reports and re-checks that reported listings are gone
CRAWL = "crawl"  # periodic re-crawls (long jobs, kept off the fast queues)

# Workers listen in this order: later stages first, so work in flight finishes before more
# is taken in, which keeps latency low under load.
ALL = (ROUTE, CLASSIFY, INGEST, NOTIFY, EVIDENCE, REPORT, CRAWL)

# Transient failures (DB locked, Redis blip, SMTP down) are retried with backoff; the intervals
# are served by the scheduler that every wildwatch worker runs.
RETRY = Retry(max=6, interval=[1, 2, 5, 10, 30, 60])
TIMEOUTS = {INGEST: 300, CLASSIFY: 300, ROUTE: 300, EVIDENCE: 600, NOTIFY: 120, REPORT: 600, CRAWL: 3600}
FAILURE_TTL = 30 * 24 * 3600  # failed jobs stay visible for a month
RESULT_TTL = 3600


def queue(name: str, connection: Redis) -> Queue:
    return Queue(name, connection=connection)


def enqueue(connection: Redis, name: str, func: str, *args, job_id: str | None = None, pipeline=None, **kwargs):
    """Put one job on a stage queue with the pipeline's retry policy and timeouts."""
    return queue(name, connection).enqueue(
        func,
        args=args,
        kwargs=kwargs,
        job_id=job_id,
        retry=RETRY,
        job_timeout=TIMEOUTS.get(name, 300),
        failure_ttl=FAILURE_TTL,
        result_ttl=RESULT_TTL,
        pipeline=pipeline,
    )

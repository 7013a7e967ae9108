"""The pipeline's RQ queues, one per stage, and how jobs are put on them.

Every queue, job, registry and worker uses SERIALIZER (JSON, written and read with orjson, see
workers/payloads.py), never RQ's default pickle: with pickle, whoever can write to the queue's
Redis runs code in every worker (and in `wildwatch status`, which reads jobs). Job arguments are
plain JSON data (amounts as strings, times as ISO-8601, as in the listing contract); the crawler
writes them with RQ's JSONSerializer, which reads and writes the same JSON.
"""
from __future__ import annotations

from redis import Redis
from rq import Queue, Retry
from rq.job import Job

# Batches of listings. The crawler enqueues INGEST_JOB (workers.jobs.ingest_batch) on it by name:
# it may not import workers, so both names live in the listing contract.
from crawler.listing import INGEST_JOB  # noqa: F401 (re-exported for the workers side)
from crawler.listing import INGEST_QUEUE as INGEST

from .payloads import OrjsonSerializer

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


SERIALIZER = OrjsonSerializer

# What a worker runs. RQ would import and call any dotted name a job names (os.system with JSON
# arguments is still code execution), so a job naming anything else is refused unrun.
JOB_FUNCTIONS = frozenset({INGEST_JOB} | {f"workers.jobs.{name}" for name in (
    "classify_batch", "route_batch", "notify_group", "capture_evidence", "recrawl_platform", "recheck_reported")}
    | {"workers.deliver.deliver_report"}  # takedown reports to partners (e-mail, signed webhook)
    | {"workers.report_pdf.render_report_pdf"})  # a takedown report's PDF, printed off the request


_serving: frozenset[str] = frozenset()  # the queues this process's worker listens on


def set_serving(names) -> None:
    """Called by the worker (workers.worker.PipelineWorker) before each job it runs."""
    global _serving
    _serving = frozenset(names)


def serving() -> frozenset[str]:
    """The queues the worker running the current job listens on (empty outside a worker)."""
    return _serving


def job_refusal(job: Job) -> str | None:
    """Why a worker must not run `job` (None: it is a pipeline job). Never runs any of it."""
    from rq.exceptions import DeserializationError

    try:
        func, instance = job.func_name, job.instance
    except DeserializationError as exc:
        cause = exc.__cause__
        return f"not a JSON job ({type(cause).__name__}: {cause})" if cause else "not a JSON job"
    if func not in JOB_FUNCTIONS or instance is not None:
        return f"{str(func)[:200]!r} is not a pipeline job (known: workers.jobs.*)"
    # We set no callbacks or RQ webhooks: a job carrying them was not made by us.
    if job._success_callback_name or job._failure_callback_name or job._stopped_callback_name or job.webhooks:
        return "carries callbacks or webhooks, which pipeline jobs never do"
    return None


def queue(name: str, connection: Redis) -> Queue:
    return Queue(name, connection=connection, serializer=SERIALIZER)


def fetch_job(job_id: str, connection: Redis) -> Job:
    """A job read with the pipeline's serializer (never pickle)."""
    return Job.fetch(job_id, connection=connection, serializer=SERIALIZER)


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

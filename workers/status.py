"""What the queues and workers are doing, read from Redis; and handling failed jobs."""
from __future__ import annotations

from datetime import datetime

from redis import Redis
from rq import Queue, Worker
from rq.exceptions import InvalidJobOperation, NoSuchJobError
from rq.job import Job
from rq.registry import FailedJobRegistry, FinishedJobRegistry, ScheduledJobRegistry, StartedJobRegistry

from . import queues


def queue_rows(conn: Redis) -> list[dict]:
    rows = []
    for name in queues.ALL:
        q = Queue(name, connection=conn)
        rows.append({
            "queue": name,
            "queued": q.count,
            "started": StartedJobRegistry(name, connection=conn).count,
            "scheduled": ScheduledJobRegistry(name, connection=conn).count,
            "failed": FailedJobRegistry(name, connection=conn).count,
            "finished": FinishedJobRegistry(name, connection=conn).count,
        })
    return rows


def pipeline_idle(conn: Redis) -> bool:
    """Nothing queued, running or waiting for a retry on any stage."""
    return all(r["queued"] == 0 and r["started"] == 0 and r["scheduled"] == 0 for r in queue_rows(conn))


def worker_rows(conn: Redis) -> list[dict]:
    rows = []
    for w in Worker.all(connection=conn):
        job = w.get_current_job_id()
        rows.append({
            "name": w.name, "state": str(w.get_state()), "queues": ",".join(w.queue_names()),
            "current_job": job or "", "ok": w.successful_job_count, "failed": w.failed_job_count,
            "last_heartbeat": w.last_heartbeat,
        })
    return sorted(rows, key=lambda r: r["name"])


def failed_jobs(conn: Redis, limit: int = 200) -> list[dict]:
    rows = []
    for name in queues.ALL:
        reg = FailedJobRegistry(name, connection=conn)
        for job_id in reg.get_job_ids(0, limit - 1):
            try:
                job = Job.fetch(job_id, connection=conn)
            except NoSuchJobError:
                continue
            result = job.latest_result()
            exc = (result.exc_string if result and result.exc_string else job.exc_info) or ""
            last = [ln for ln in exc.strip().splitlines() if ln.strip()][-1:] or [""]
            rows.append({"id": job_id, "queue": name, "func": job.func_name, "ended_at": job.ended_at,
                         "error": last[0][:300], "traceback": exc})
    # newest failures first; ended_at may be missing for jobs failed by registry cleanup
    rows.sort(key=lambda r: r["ended_at"].replace(tzinfo=None) if r["ended_at"] else datetime.min, reverse=True)
    return rows[:limit]


def retry_failed(conn: Redis, job_ids: list[str] | None = None) -> tuple[list[str], list[str]]:
    """Re-queue failed jobs (all, or these ids): returns (re-queued, not found)."""
    done, missing = [], []
    wanted = set(job_ids) if job_ids is not None else None
    for name in queues.ALL:
        reg = FailedJobRegistry(name, connection=conn)
        for job_id in reg.get_job_ids():
            if wanted is not None and job_id not in wanted:
                continue
            try:
                job = Job.fetch(job_id, connection=conn)
                # A fresh retry budget, so a transient failure gets backoff again.
                job.retries_left = queues.RETRY.max
                job.retry_intervals = queues.RETRY.intervals
                job.save()
                reg.requeue(job_id)
                done.append(job_id)
            except (NoSuchJobError, InvalidJobOperation):
                missing.append(job_id)
    if wanted is not None:
        missing += sorted(wanted - set(done) - set(missing))
    return done, missing

"""What the queues and workers are doing, read from Redis; and handling failed jobs.

Jobs are read with the pipeline's JSON serializer only (never pickle: a job planted in Redis
must not run code here either); one that cannot be read shows as unreadable.
"""
from __future__ import annotations

import re
from datetime import datetime

from redis import Redis
from rq import Worker
from rq.exceptions import DeserializationError, InvalidJobOperation, NoSuchJobError

from . import queues
from .egress import redact_text
from .worker import reap_dead_workers, worker_is_dead

UNREADABLE = "<unreadable job>"


def queue_rows(conn: Redis, reap: bool = True) -> list[dict]:
    """Counts per stage. With reap, jobs held by dead workers (kill -9) are given back first, so
    they show as queued or scheduled for a retry, not as started by nobody."""
    if reap:
        reap_dead_workers(conn)
    rows = []
    for name in queues.ALL:
        q = queues.queue(name, conn)
        rows.append({
            "queue": name,
            "queued": q.count,
            "started": q.started_job_registry.count,
            "scheduled": q.scheduled_job_registry.count,
            "failed": q.failed_job_registry.count,
            "finished": q.finished_job_registry.count,
        })
    return rows


def pipeline_idle(conn: Redis) -> bool:
    """Nothing queued, running or waiting for a retry on any stage."""
    return all(r["queued"] == 0 and r["started"] == 0 and r["scheduled"] == 0 for r in queue_rows(conn, reap=False))


def forget_dead_workers(conn: Redis) -> list[str]:
    """Workers known dead (kill -9, OOM; see worker.worker_is_dead): their jobs are given back
    to RQ (re-queued, or scheduled for a retry) and the workers are recorded as dead, so that
    nobody is shown busy with a job no one runs. Returns the names of the dead."""
    reap_dead_workers(conn)
    dead = []
    for w in Worker.all(connection=conn, serializer=queues.SERIALIZER):
        if worker_is_dead(conn, w.name):
            w.register_death()  # RQ's own record: out of the worker registry
            dead.append(w.name)
    return dead


def worker_rows(conn: Redis) -> list[dict]:
    """Live workers only: the dead are forgotten first and their jobs re-queued."""
    forget_dead_workers(conn)
    rows = []
    for w in Worker.all(connection=conn, serializer=queues.SERIALIZER):
        job = w.get_current_job_id()
        rows.append({
            "name": w.name, "state": str(w.get_state()), "queues": ",".join(w.queue_names()),
            "current_job": job or "", "ok": w.successful_job_count, "failed": w.failed_job_count,
            "last_heartbeat": w.last_heartbeat,
        })
    return sorted(rows, key=lambda r: r["name"])


_EXC_LINE = re.compile(r"^(?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*(?:Error|Exception|Exit|Interrupt|Timeout|Warning|Failure)(?::|$)")


def error_line(traceback_text: str) -> str:
    """What went wrong, from a traceback: the last exception line ('module.Error: message'), not
    the trailer some libraries add after it (SQLAlchemy's '[SQL: ...]' and 'Background on this
    error' link); RQ's own one-line reasons as they are."""
    lines = [ln.rstrip() for ln in traceback_text.strip().splitlines() if ln.strip()]
    for ln in reversed(lines):
        if _EXC_LINE.match(ln):
            return ln
    return lines[-1] if lines else ""


def failed_jobs(conn: Redis, limit: int = 200) -> list[dict]:
    rows = []
    for name in queues.ALL:
        reg = queues.queue(name, conn).failed_job_registry
        for job_id in reg.get_job_ids(0, limit - 1):
            try:
                job = queues.fetch_job(job_id, conn)
            except NoSuchJobError:
                continue
            try:
                func = job.func_name
            except DeserializationError:
                func = UNREADABLE
            result = job.latest_result()
            # Webhook URLs carry their secret: any URL in an error is shown redacted.
            exc = redact_text((result.exc_string if result and result.exc_string else job.exc_info) or "")
            rows.append({"id": job_id, "queue": name, "func": func, "ended_at": job.ended_at,
                         "error": error_line(exc)[:300], "traceback": exc})
    # newest failures first; ended_at may be missing for jobs failed by registry cleanup
    rows.sort(key=lambda r: r["ended_at"].replace(tzinfo=None) if r["ended_at"] else datetime.min, reverse=True)
    return rows[:limit]


def retry_failed(conn: Redis, job_ids: list[str] | None = None) -> tuple[list[str], list[str]]:
    """Re-queue failed jobs (all, or these ids): returns (re-queued, not re-queued: not found
    among failed jobs, or not a pipeline job - see queues.job_refusal)."""
    done, missing = [], []
    wanted = set(job_ids) if job_ids is not None else None
    for name in queues.ALL:
        reg = queues.queue(name, conn).failed_job_registry
        for job_id in reg.get_job_ids():
            if wanted is not None and job_id not in wanted:
                continue
            try:
                job = queues.fetch_job(job_id, conn)
                if queues.job_refusal(job):  # not ours (planted?): it would only be refused again
                    missing.append(job_id)
                    continue
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

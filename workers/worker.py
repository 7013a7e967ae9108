"""The wildwatch worker: an RQ SimpleWorker (no fork per job: batches are the unit of work).

Two additions to RQ's own:
- jobs enqueued without a retry policy (the crawler enqueues ingest batches by name) get the
  pipeline's policy before they run, so transient failures are retried with backoff;
- jobs left in a StartedJobRegistry by a worker that died (kill -9, OOM, power) are handed to
  RQ's abandoned-job handling at once when that worker is known dead, instead of waiting for
  the registry entry to expire (job timeout + 60 s). RQ then re-queues them (retry policy).
"""
from __future__ import annotations

import json
import logging
import os
import socket
import uuid

from redis import Redis
from rq import Queue, SimpleWorker
from rq.executions import Execution
from rq.registry import StartedJobRegistry
from rq.worker import Worker

from . import queues

log = logging.getLogger(__name__)
HOST = socket.gethostname()


def worker_name() -> str:
    # host:pid lets a process on the same machine tell whether the worker is still alive.
    return f"{HOST}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ")[-1][:1] != "Z"
    except OSError:
        return False


def worker_is_dead(conn: Redis, name: str) -> bool:
    """Known dead: same host and its pid is gone, or its Redis key has expired (any host)."""
    if not name:
        return False
    parts = name.split(":")
    if len(parts) == 3 and parts[0] == HOST and parts[1].isdigit():
        return not _pid_alive(int(parts[1]))
    return not conn.exists(Worker.redis_worker_namespace_prefix + name)


class PipelineWorker(SimpleWorker):
    def execute_job(self, job, queue):
        if job.retries_left is None:
            job.retries_left = queues.RETRY.max
            job.retry_intervals = queues.RETRY.intervals
            self.connection.hset(job.key, mapping={
                "retries_left": job.retries_left, "retry_intervals": json.dumps(job.retry_intervals)})
        return super().execute_job(job, queue)

    def run_maintenance_tasks(self):
        try:
            reap_dead_workers(self.connection, [q.name for q in self.queues])
        except Exception:  # maintenance must never stop the worker
            log.exception("reaping dead workers' jobs failed")
        super().run_maintenance_tasks()


def reap_dead_workers(conn: Redis, queue_names=queues.ALL, only: str | None = None) -> list[str]:
    """Give the jobs of dead workers to RQ's abandoned-job handling now; returns their ids."""
    reaped = []
    for name in queue_names:
        q = Queue(name, connection=conn)
        registry = StartedJobRegistry(name, connection=conn)
        for member in conn.zrange(registry.key, 0, -1):
            member = member.decode() if isinstance(member, bytes) else member
            job_id, _, exec_id = member.partition(":")
            try:
                execution = Execution(exec_id, job_id, connection=conn)
                execution.refresh()
                wname = execution.worker_name
            except (ValueError, KeyError):
                wname = ""  # execution record gone with its TTL: only a dead worker leaves that
            dead = worker_is_dead(conn, wname) if wname else True
            if (only and wname != only) or not dead:
                continue
            conn.zadd(registry.key, {member: 1}, xx=True)  # expired as of 1970: cleanup takes it
            reaped.append(job_id)
        if reaped:
            registry.cleanup()
        del q
    if reaped:
        log.warning("re-queued jobs of dead workers: %s", ", ".join(reaped))
    return reaped


def run_worker(conn: Redis, queue_names=None, burst: bool = False, with_scheduler: bool = True,
               name: str | None = None, logging_level: str = "INFO", max_jobs: int | None = None) -> bool:
    """Run one worker until stopped (or until the queues are empty with burst)."""
    names = list(queue_names or queues.ALL)
    unknown = [n for n in names if n not in queues.ALL]
    if unknown:
        raise ValueError(f"unknown queue(s): {', '.join(unknown)} (known: {', '.join(queues.ALL)})")
    reap_dead_workers(conn)
    w = PipelineWorker([Queue(n, connection=conn) for n in names], connection=conn, name=name or worker_name(),
                       maintenance_interval=30)
    return w.work(burst=burst, with_scheduler=with_scheduler, logging_level=logging_level, max_jobs=max_jobs)

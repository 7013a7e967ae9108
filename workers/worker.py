"""The wildwatch worker: an RQ SimpleWorker (no fork per job: batches are the unit of work).

Additions to RQ's own, each closing a way to lose or stall work:
- Reliable dequeue on several queues. RQ moves a job id atomically into the queue's
  "intermediate" list (LMOVE) only for single-queue workers; with several queues it BLPOPs, and
  a worker that dies between the pop and registering the job loses it (seen in our Redis
  restart test). ReliableQueue always LMOVEs, polling the queues in order.
- Jobs enqueued without a retry policy (the crawler enqueues ingest batches by name) get the
  pipeline's policy before they run, so transient failures are retried with backoff.
- Jobs of a worker known to be dead (kill -9, OOM) are handed to RQ's abandoned-job handling at
  once instead of when their registry entry expires (job timeout + 60 s); ids left in an
  intermediate list by a dead worker are put back on their queue.
"""
from __future__ import annotations

import json
import logging
import os
import socket
import time
import uuid

from redis import Redis
from rq import Queue, SimpleWorker
from rq.exceptions import DequeueTimeout, NoSuchJobError
from rq.executions import Execution
from rq.job import Job
from rq.registry import StartedJobRegistry
from rq.utils import as_text
from rq.worker import Worker

from . import queues
from .embedded_redis import pid_alive

log = logging.getLogger(__name__)
HOST = socket.gethostname()
STUCK_AFTER = 5.0  # seconds an id may sit in an intermediate list before it counts as orphaned


def worker_name() -> str:
    # host:pid lets a process on the same machine tell whether the worker is still alive.
    return f"{HOST}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def worker_is_dead(conn: Redis, name: str) -> bool:
    """Known dead: same host and its pid is gone, or its Redis key has expired (any host)."""
    if not name:
        return False
    parts = name.split(":")
    if len(parts) == 3 and parts[0] == HOST and parts[1].isdigit():
        return not pid_alive(int(parts[1]))
    return not conn.exists(Worker.redis_worker_namespace_prefix + name)


class ReliableQueue(Queue):
    @classmethod
    def dequeue_any(cls, queues, timeout, connection, job_class=None, serializer=None, death_penalty_class=None):
        job_cls = job_class or Job
        deadline = None if timeout is None else time.monotonic() + timeout
        delay = 0.002
        while True:
            for q in queues:
                job_id = connection.lmove(q.key, q.intermediate_queue_key)
                if job_id is None:
                    continue
                job_id = as_text(job_id)
                try:
                    return job_cls.fetch(job_id, connection=connection, serializer=serializer), q
                except NoSuchJobError:  # deleted while queued
                    connection.lrem(q.intermediate_queue_key, 1, job_id)
            if deadline is None:
                return None
            if time.monotonic() >= deadline:
                raise DequeueTimeout(timeout, [q.key for q in queues])
            time.sleep(delay)  # idle: poll with backoff (no blocking LMOVE over several lists)
            delay = min(delay * 2, 0.1)


class PipelineWorker(SimpleWorker):
    queue_class = ReliableQueue

    def execute_job(self, job, queue):
        if job.retries_left is None:
            job.retries_left = queues.RETRY.max
            job.retry_intervals = queues.RETRY.intervals
            self.connection.hset(job.key, mapping={
                "retries_left": job.retries_left, "retry_intervals": json.dumps(job.retry_intervals)})
        return super().execute_job(job, queue)

    def prepare_job_execution(self, job, remove_from_intermediate_queue: bool = False):
        # Every dequeue went through an intermediate list, so always clear it (atomically with
        # the job becoming "started"); RQ does that only for single-queue workers.
        return super().prepare_job_execution(job, True)

    def run_maintenance_tasks(self):
        try:
            reap_dead_workers(self.connection, [q.name for q in self.queues])
        except Exception:  # maintenance must never stop the worker
            log.exception("reaping dead workers' jobs failed")
        super().run_maintenance_tasks()


def _requeue_orphans_in_intermediate(conn: Redis, name: str) -> list[str]:
    q = Queue(name, connection=conn)
    started = {as_text(m).split(":")[0] for m in conn.zrange(StartedJobRegistry(name, connection=conn).key, 0, -1)}
    back = []
    for raw in conn.lrange(q.intermediate_queue_key, 0, -1):
        job_id = as_text(raw)
        if job_id in started:
            continue  # registered: the started registry's handling covers it
        seen_key = f"wildwatch:orphan-seen:{name}:{job_id}"
        conn.set(seen_key, time.time(), nx=True, ex=3600)
        first = float(conn.get(seen_key) or time.time())
        if time.time() - first < STUCK_AFTER:
            continue  # a live worker may be between its LMOVE and registering the job
        status = conn.hget(Job.key_for(job_id), "status")
        with conn.pipeline() as pipe:
            pipe.lrem(q.intermediate_queue_key, 1, job_id)
            if as_text(status or b"") == "queued":
                pipe.rpush(q.key, job_id)  # dequeued by a worker that died before starting it
                back.append(job_id)
            pipe.delete(seen_key)
            pipe.execute()
    return back


def reap_dead_workers(conn: Redis, queue_names=queues.ALL) -> list[str]:
    """Give the jobs of dead workers back to RQ now; returns the ids handled."""
    reaped = []
    for name in queue_names:
        registry = StartedJobRegistry(name, connection=conn)
        expired = False
        for member in conn.zrange(registry.key, 0, -1):
            member = as_text(member)
            job_id, _, exec_id = member.partition(":")
            try:
                execution = Execution(exec_id, job_id, connection=conn)
                execution.refresh()
                wname = execution.worker_name
            except (ValueError, KeyError):
                wname = ""  # execution record gone with its TTL: only a dead worker leaves that
            if wname and not worker_is_dead(conn, wname):
                continue
            conn.zadd(registry.key, {member: 1}, xx=True)  # expired as of 1970: cleanup takes it
            reaped.append(job_id)
            expired = True
        if expired:
            registry.cleanup()  # RQ's abandoned-job handling: retry (policy) or failed registry
            for job_id in reaped:
                conn.lrem(Queue(name, connection=conn).intermediate_queue_key, 1, job_id)
        reaped += _requeue_orphans_in_intermediate(conn, name)
    if reaped:
        log.warning("gave back jobs of dead workers: %s", ", ".join(reaped))
    return reaped


def run_worker(conn: Redis, queue_names=None, burst: bool = False, with_scheduler: bool = True,
               name: str | None = None, logging_level: str = "INFO", max_jobs: int | None = None) -> bool:
    """Run one worker until stopped (or until the queues are empty with burst)."""
    names = list(queue_names or queues.ALL)
    unknown = [n for n in names if n not in queues.ALL]
    if unknown:
        raise ValueError(f"unknown queue(s): {', '.join(unknown)} (known: {', '.join(queues.ALL)})")
    reap_dead_workers(conn)
    w = PipelineWorker([ReliableQueue(n, connection=conn) for n in names], connection=conn,
                       name=name or worker_name(), maintenance_interval=30)
    return w.work(burst=burst, with_scheduler=with_scheduler, logging_level=logging_level, max_jobs=max_jobs)

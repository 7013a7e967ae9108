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

All of it goes through RQ's API (registries, executions, the intermediate queue, Job.save), but
for one step RQ has no API for: see `_take_out_of_intermediate`.
"""
from __future__ import annotations

import logging
import os
import socket
import time
import uuid
from datetime import timedelta

from redis import Redis
from rq import Queue, SimpleWorker
from rq.defaults import DEFAULT_LOGGING_DATE_FORMAT, DEFAULT_LOGGING_FORMAT
from rq.exceptions import DequeueTimeout, NoSuchJobError
from rq.executions import Execution
from rq.job import Job, JobStatus
from rq.utils import as_text, now
from rq.worker import Worker

from . import queues
from .embedded_redis import pid_alive
from .scheduler import RetryScheduler

log = logging.getLogger(__name__)
HOST = socket.gethostname()
STUCK_AFTER = 5.0  # seconds an id may sit in an intermediate list before it counts as orphaned
IDLE_POLL = 5  # seconds an idle worker polls its queues before its loop comes round again


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
    # Elsewhere: RQ lets a worker's key expire when its heartbeats stop.
    return Worker.find_by_key(Worker.redis_worker_namespace_prefix + name, connection=conn) is None


class ReliableQueue(Queue):
    @classmethod
    def dequeue_any(cls, queues, timeout, connection, job_class=None, serializer=None, death_penalty_class=None):
        job_cls = job_class or Job
        deadline = None if timeout is None else time.monotonic() + timeout
        delay = 0.002
        while True:
            for q in queues:
                popped = cls.lmove(connection, q.key, None)  # RQ's non-blocking LMOVE
                if popped is None:
                    continue
                job_id = as_text(popped[1])
                try:
                    return job_cls.fetch(job_id, connection=connection, serializer=serializer), q
                except NoSuchJobError:  # deleted while queued
                    q.intermediate_queue.remove(job_id)
            if deadline is None:
                return None
            if time.monotonic() >= deadline:
                raise DequeueTimeout(timeout, [q.key for q in queues])
            time.sleep(delay)  # idle: poll with backoff (no blocking LMOVE over several lists)
            delay = min(delay * 2, 0.1)


class PipelineWorker(SimpleWorker):
    queue_class = ReliableQueue
    max_connection_wait_time = 5.0  # back soon after a Redis restart (RQ waits up to 60 s)

    @property
    def dequeue_timeout(self) -> int:
        # While idle, come back to the work loop every few seconds (heartbeat, maintenance, the
        # scheduler check below) instead of polling for RQ's 405 s in one go.
        return IDLE_POLL

    @property
    def connection_timeout(self) -> int:
        return max(1, self.worker_ttl - 15) + 10  # RQ's socket timeout, not tied to IDLE_POLL

    @property
    def should_run_maintenance_tasks(self) -> bool:
        # RQ restarts a dead scheduler child only in maintenance: do it now, not at the next round.
        s = self.scheduler
        if s is not None and s._process is not None and not s._process.is_alive():
            return True
        return super().should_run_maintenance_tasks

    # RQ writes the worker's heartbeat three times and its state twice between two jobs, each
    # heartbeat two round trips (HSET, EXPIRE). Between jobs a few milliseconds apart, one of each
    # does: a heartbeat less than a second old (its TTL minutes away) or a state unchanged within
    # the second is not written again, and a heartbeat is one round trip.
    _REWRITE_AFTER = 1.0

    def heartbeat(self, timeout=None, pipeline=None):
        if pipeline is not None or timeout is not None:
            return super().heartbeat(timeout, pipeline)
        last = getattr(self, "_heartbeat_at", None)
        if last is not None and time.monotonic() - last < self._REWRITE_AFTER:
            return None
        with self.connection.pipeline(transaction=False) as pipe:
            super().heartbeat(None, pipe)
            pipe.execute()
        self._heartbeat_at = time.monotonic()
        return None

    def set_state(self, state, pipeline=None):
        if (pipeline is None and state == getattr(self, "_state", None)
                and time.monotonic() - getattr(self, "_state_at", 0.0) < self._REWRITE_AFTER):
            return None
        super().set_state(state, pipeline)
        self._state_at = time.monotonic()
        return None

    def _start_scheduler(self, burst=False, logging_level="INFO", date_format=DEFAULT_LOGGING_DATE_FORMAT,
                         log_format=DEFAULT_LOGGING_FORMAT):
        """RQ's, with RetryScheduler (rides out Redis restarts, dies with this worker)."""
        self.scheduler = RetryScheduler(self.queues, connection=self.connection, logging_level=logging_level,
                                        date_format=date_format, log_format=log_format, serializer=self.serializer)
        self.scheduler.acquire_locks()
        if self.scheduler.acquired_locks:
            if burst:
                try:
                    self.scheduler.register_birth()
                    self.scheduler.enqueue_scheduled_jobs()
                finally:
                    self.scheduler.release_locks()
                    self.scheduler.register_death()
            else:
                self.scheduler.start()

    def execute_job(self, job, queue):
        refusal = queues.job_refusal(job)  # a pickle, or a job naming os.system, never runs
        if refusal:
            return self._refuse(job, queue, refusal)
        queues.set_serving(self.queue_names())  # an ingest job classifies itself when we serve classify
        if job.retries_left is None:
            job.retries_left = queues.RETRY.max
            job.retry_intervals = queues.RETRY.intervals
            # Saved before it runs: if this worker dies, RQ's abandoned-job handling reads the
            # policy from Redis. (The job was just fetched, so saving it rewrites what is there.)
            job.save(include_meta=False)
        return super().execute_job(job, queue)

    def _refuse(self, job, queue, why: str) -> None:
        """Fail a job that is not ours at once: never run, never retried, no callback or webhook
        of its own fired; its data is kept for whoever investigates (planted in Redis?)."""
        message = f"RefusedJob: job {job.id} on queue {queue.name}: {why}; refused without running it"
        log.error("%s", message)
        job.meta, job.webhooks, job.retries_left = {}, [], 0  # nothing of it is written back or sent
        self.prepare_execution(job)  # started, by us (RQ's bookkeeping for a failure)
        queue.intermediate_queue.remove(job.id)
        self.handle_job_failure(job, queue, exc_string=message)
        self.set_state("idle")

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


def _take_out_of_intermediate(queue: Queue, job_id: str, *, requeue: bool) -> None:
    """Take `job_id` out of `queue`'s intermediate list and forget when RQ first saw it there;
    with `requeue`, push it back on the queue in the same MULTI.

    The one place that writes RQ's keys by hand. RQ has no API for it: IntermediateQueue.remove()
    takes no pipeline, RQ never puts a job back from the intermediate list (its own cleanup fails
    a job stuck there for a minute) and never deletes the first-seen mark. One transaction, so a
    crash in between can neither lose the id nor leave it in both lists; the mark goes with it,
    so a later dequeue of the same job starts a fresh wait."""
    intermediate = queue.intermediate_queue
    with queue.connection.pipeline() as pipe:
        pipe.lrem(intermediate.key, 1, job_id)
        if requeue:
            queue.push_job_id(job_id, pipeline=pipe)
        pipe.delete(intermediate.get_first_seen_key(job_id))
        pipe.execute()


def _requeue_orphans_in_intermediate(conn: Redis, name: str) -> list[str]:
    """Ids a dead worker left in the queue's intermediate list (taken, never started): a queued
    job goes back on its queue once it has sat there STUCK_AFTER seconds; other ids are dropped."""
    q = queues.queue(name, conn)  # the pipeline's serializer
    intermediate = q.intermediate_queue
    started = set(q.started_job_registry.get_job_ids(cleanup=False))
    back = []
    for job_id in intermediate.get_job_ids():
        if job_id in started:
            continue  # registered: the started registry's handling covers it
        intermediate.set_first_seen(job_id)  # RQ's own mark, shared with its cleanup
        first = intermediate.get_first_seen(job_id)
        if first is not None and now() - first < timedelta(seconds=STUCK_AFTER):
            continue  # a live worker may be between its LMOVE and registering the job
        job = q.fetch_job(job_id)
        requeue = job is not None and job.get_status(refresh=False) == JobStatus.QUEUED
        _take_out_of_intermediate(q, job_id, requeue=requeue)
        if requeue:
            back.append(job_id)  # dequeued by a worker that died before starting it
    return back


def reap_dead_workers(conn: Redis, queue_names=queues.ALL) -> list[str]:
    """Give the jobs of dead workers back to RQ now; returns the ids handled."""
    reaped = []
    for name in queue_names:
        q = queues.queue(name, conn)
        registry = q.started_job_registry
        dead = []
        for job_id, exec_id in registry.get_job_and_execution_ids(cleanup=False):
            try:
                wname = Execution.fetch(exec_id, job_id, connection=conn).worker_name
            except (ValueError, KeyError):
                wname = ""  # execution record gone with its TTL: only a dead worker leaves that
            if wname and not worker_is_dead(conn, wname):
                continue
            dead.append(Execution(exec_id, job_id, connection=conn))
        if dead:
            with conn.pipeline() as pipe:
                for execution in dead:  # expires now, so RQ's cleanup treats it as abandoned
                    registry.add_execution(execution, pipe, ttl=0, xx=True)
                pipe.execute()
            registry.cleanup()  # RQ's abandoned-job handling: retry (policy) or failed registry
            for execution in dead:
                q.intermediate_queue.remove(execution.job_id)
                reaped.append(execution.job_id)
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
    w = PipelineWorker([ReliableQueue(n, connection=conn, serializer=queues.SERIALIZER) for n in names],
                       connection=conn, name=name or worker_name(), maintenance_interval=30,
                       serializer=queues.SERIALIZER)
    return w.work(burst=burst, with_scheduler=with_scheduler, logging_level=logging_level, max_jobs=max_jobs)

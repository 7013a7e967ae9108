"""Periodic work, with RQ's own CronScheduler (rq >= 2.5):

- re-crawl each platform every `interval_minutes` (from its file in config/platforms);
- re-check that listings in sent takedown reports are gone (WILDWATCH_RECHECK_MINUTES, default 360).

Retries with backoff are served separately, by the RQ scheduler inside every worker
(RetryScheduler below: it rides out Redis restarts and dies with its worker).
Only one cron scheduler may enqueue at a time across all machines sharing a Redis: it holds a
lock key that it refreshes, and a second one waits for the lock (takes over if the first dies;
at once when the holder was a process on this machine that is gone).

Cron jobs are enqueued with the pipeline's JSON serializer, like every other job.
"""
from __future__ import annotations

import logging
import os
import socket
import threading
import time
from datetime import datetime

import redis
from redis import Redis
from rq.cron import CronJob, CronScheduler
from rq.scheduler import RQScheduler

from config.settings import get_settings

from . import jobs, queues
from .embedded_redis import pid_alive
from .platforms import load_platforms
from .procs import die_with_parent

log = logging.getLogger(__name__)
LOCK_KEY = "wildwatch:lock:cron"
LOCK_TTL = 60


class RetryScheduler(RQScheduler):
    """RQ's scheduler (puts retries on their queues when their backoff is over), which runs in
    a forked child of its worker, with two changes:

    - Redis going away does not kill it: it tries again every second, so retries resume as soon
      as Redis is back. (RQ's exits, and its worker only restarts it at the next maintenance.)
    - It dies with its worker, even on kill -9 (PR_SET_PDEATHSIG -> SIGTERM -> it stops and
      releases its locks): no orphan is left holding the scheduler locks.
    - Locks it could not get at start (still held by a scheduler on its way out) are tried
      again after seconds, not minutes.
    """

    reconnect_delay = 1.0
    relock_after = 5.0  # seconds; RQ waits 120 s before trying again for locks it did not get

    @property
    def should_reacquire_locks(self) -> bool:
        # A lock held by a scheduler that is stopping (its worker died a moment ago) is free
        # within a second; take it over then, not two minutes later.
        if self._queue_names == self.acquired_locks:
            return False
        since = self.lock_acquisition_time
        return since is None or (datetime.now() - since).total_seconds() > self.relock_after

    def start(self):
        self._parent_pid = os.getpid()
        return super().start()

    def work(self):
        die_with_parent(getattr(self, "_parent_pid", None))
        while True:
            try:
                return super().work()
            except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError) as exc:
                if self._stop_requested:
                    return None
                self.log.warning("retry scheduler: Redis unavailable (%s); trying again", exc)
                time.sleep(self.reconnect_delay)


def recheck_minutes() -> int:
    return get_settings().recheck_minutes


class PipelineCronJob(CronJob):
    def enqueue(self, connection: Redis):
        """RQ's CronJob.enqueue, on a queue with the pipeline's serializer (RQ's uses pickle)."""
        if not self.func:
            raise ValueError(f"cron job {self.name} has no function to enqueue")
        from rq import cron_job_registry
        from rq.defaults import DEFAULT_CRON_JOB_HISTORY_LIMIT, DEFAULT_CRON_JOB_HISTORY_TTL

        with connection.pipeline() as pipe:
            job = queues.queue(self.queue_name, connection).enqueue(self.func, *self.args, **self.kwargs,
                                                                    **self.job_options, pipeline=pipe)
            pipe.zadd(self.job_history_key, {job.id: job.enqueued_at.timestamp()})
            pipe.zremrangebyrank(self.job_history_key, 0, -(DEFAULT_CRON_JOB_HISTORY_LIMIT + 1))
            pipe.expire(self.job_history_key, DEFAULT_CRON_JOB_HISTORY_TTL)
            cron_job_registry.add(self.name, pipe, enqueue_timestamp=job.enqueued_at.timestamp())
            pipe.execute()
        log.info("enqueued %s on %s", self.func_name, self.queue_name)
        return job


class PipelineCron(CronScheduler):
    def register(self, func, queue_name, **options) -> CronJob:
        job = PipelineCronJob(queue_name=queue_name, func=func, **options)
        self._cron_jobs.append(job)
        return job


def build(conn: Redis) -> CronScheduler:
    cron = PipelineCron(connection=conn, name=f"wildwatch-cron:{os.getpid()}")
    for p in load_platforms().values():
        if p.interval_minutes:
            cron.register(jobs.recrawl_platform, queues.CRAWL, args=(p.name,), interval=p.interval_minutes * 60,
                          job_timeout=queues.TIMEOUTS[queues.CRAWL], name=f"recrawl:{p.name}")
    cron.register(jobs.recheck_reported, queues.REPORT, interval=recheck_minutes() * 60,
                  job_timeout=queues.TIMEOUTS[queues.REPORT], name="recheck-reported")
    return cron


def _hold_lock(conn: Redis, token: str, stop: threading.Event) -> None:
    while not stop.wait(LOCK_TTL / 3):
        try:
            if conn.get(LOCK_KEY) == token.encode():
                conn.expire(LOCK_KEY, LOCK_TTL)
        except Exception:  # Redis blips: the next round tries again
            log.warning("could not refresh the cron lock", exc_info=True)


_DELETE_IF = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0"


def _holder_gone(conn: Redis) -> bytes | None:
    """The lock's token when its holder was a process on this machine that is gone (kill -9)."""
    token = conn.get(LOCK_KEY) or b""
    host, _, rest = token.decode(errors="replace").partition(":")
    pid = rest.partition(":")[0]
    return token if host == socket.gethostname() and pid.isdigit() and not pid_alive(int(pid)) else None


def run(conn: Redis) -> None:
    """Wait for the cron lock, then run the CronScheduler until SIGTERM/SIGINT."""
    token = f"{socket.gethostname()}:{os.getpid()}:{time.time()}"
    while not conn.set(LOCK_KEY, token, nx=True, ex=LOCK_TTL):
        dead = _holder_gone(conn)
        if dead:
            conn.eval(_DELETE_IF, 1, LOCK_KEY, dead)  # only that token: another may have taken it since
            continue
        time.sleep(LOCK_TTL / 4)
    stop = threading.Event()
    threading.Thread(target=_hold_lock, args=(conn, token, stop), daemon=True).start()
    cron = build(conn)
    for job in cron.get_jobs():
        # CronJob runs interval jobs at once on start; a re-crawl at every restart is not wanted.
        job.set_enqueue_time(job.latest_enqueue_time or _now())
    try:
        cron.start()
    finally:
        stop.set()
        if conn.get(LOCK_KEY) == token.encode():
            conn.delete(LOCK_KEY)


def _now():
    from rq.utils import now

    return now()

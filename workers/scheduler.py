"""Periodic work, with RQ's own CronScheduler (rq >= 2.5):

- re-crawl each platform every `interval_minutes` (from its file in config/platforms);
- re-check that listings in sent takedown reports are gone (WILDWATCH_RECHECK_MINUTES, default 360).

Retries with backoff are served separately, by the RQ scheduler inside every worker.
Only one cron scheduler may enqueue at a time across all machines sharing a Redis: it holds a
lock key that it refreshes, and a second one waits for the lock (takes over if the first dies).
"""
from __future__ import annotations

import logging
import os
import threading
import time

from redis import Redis
from rq.cron import CronScheduler

from config.settings import get_settings

from . import jobs, queues
from .platforms import load_platforms

log = logging.getLogger(__name__)
LOCK_KEY = "wildwatch:lock:cron"
LOCK_TTL = 60


def recheck_minutes() -> int:
    return get_settings().recheck_minutes


def build(conn: Redis) -> CronScheduler:
    cron = CronScheduler(connection=conn, name=f"wildwatch-cron:{os.getpid()}")
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


def run(conn: Redis) -> None:
    """Wait for the cron lock, then run the CronScheduler until SIGTERM/SIGINT."""
    token = f"{os.getpid()}:{time.time()}"
    while not conn.set(LOCK_KEY, token, nx=True, ex=LOCK_TTL):
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

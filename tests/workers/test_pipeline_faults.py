"""Faults, with real processes: a worker killed with -9 mid-batch, Redis stopped and restarted
mid-run, the database locked for a moment. Each ends with every listing stored once and every
case created once. (Malformed items: see test_pipeline_flow.) SQLite store: the lock tests
need SQLite's file lock to hold a worker inside its job."""
from __future__ import annotations

import os
import signal
import sqlite3

import pytest
from pipeline_helpers import counts, make_items, start_worker, stop_process, wait_for
from rq.registry import StartedJobRegistry

from workers.queues import fetch_job, queue

pytestmark = pytest.mark.slow


def _db_path():
    from config.settings import get_settings
    from review.db import get_engine

    get_engine()  # schema in place before anyone locks the file
    return str(get_settings().data_dir / "wildwatch.db")


def _all_done(conn, listings: int, cases: int):
    from workers.status import pipeline_idle

    def check():
        if not pipeline_idle(conn):
            return False
        c = counts()
        return c if c["listings"] == listings and c["cases"] == cases else False
    return check


@pytest.mark.parametrize("stage", ["ingest", "classify"])
def test_worker_killed_with_sigkill_mid_batch_loses_and_duplicates_nothing(redis_conn, stage):
    from workers.worker import run_worker

    db = _db_path()
    queue("ingest", redis_conn).enqueue("workers.jobs.ingest_batch", make_items(200))
    if stage == "classify":
        run_worker(redis_conn, ["ingest"], burst=True, with_scheduler=False, logging_level="WARNING")
        assert counts()["listings"] == 200 and counts()["assessments"] == 0
    # Hold SQLite's write lock so the worker is stuck inside its job when we kill it.
    lock = sqlite3.connect(db, isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")
    victim = start_worker(stage, env={"WILDWATCH_SQLITE_BUSY_MS": "120000"})
    try:
        [member] = wait_for(lambda: redis_conn.zrange(StartedJobRegistry(stage, connection=redis_conn).key, 0, -1),
                            what=f"the {stage} job to start")
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait()
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    job_id = member.decode().split(":")[0]

    rescuer = start_worker()  # finds the dead worker's job and hands it back to RQ
    try:
        final = wait_for(_all_done(redis_conn, 200, 50), what="the pipeline to finish")
    finally:
        stop_process(rescuer)
    assert final["listing_versions"] == 200 and final["assessments"] == 200
    assert final["decisions"] == 50 and final["distinct_listings"] == 200
    assert fetch_job(job_id, redis_conn).get_status() == "finished"
    assert queue(stage, redis_conn).failed_job_registry.count == 0


def test_redis_stopped_and_restarted_mid_run(redis_conn):
    from workers.connection import embedded
    from workers.supervisor import Supervisor

    _db_path()
    q = queue("ingest", redis_conn)
    for b in range(24):
        q.enqueue("workers.jobs.ingest_batch", make_items(50, start=b * 50))
    with Supervisor(workers=2, cron=False) as sup:
        wait_for(lambda: counts()["cases"] > 0, what="the first cases")
        server = embedded()
        server.stop()  # SHUTDOWN: queues are in the append-only file
        assert not server.is_running()
        server.start()
        done = _all_done(redis_conn, 1200, 300)
        # poll() is what `wildwatch run` does every second: restart workers that died on the
        # lost connection, and give their jobs back to RQ.
        final = wait_for(lambda: (sup.poll(), done())[1], timeout=150, what="the pipeline to finish")
        assert sup.wait_idle(timeout=30)
    assert final["listing_versions"] == 1200 and final["assessments"] == 1200
    assert final["decisions"] == 300
    from workers.status import failed_jobs

    assert failed_jobs(redis_conn) == []


def test_database_locked_for_a_moment_is_retried_with_backoff(redis_conn):
    db = _db_path()
    lock = sqlite3.connect(db, isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")
    job = queue("ingest", redis_conn).enqueue("workers.jobs.ingest_batch", make_items(40))
    worker = start_worker(env={"WILDWATCH_SQLITE_BUSY_MS": "100"})
    try:
        # The job fails on the lock and waits for its retry (RQ Retry with backoff).
        wait_for(lambda: fetch_job(job.id, redis_conn).get_status() == "scheduled",
                 what="the job to be scheduled for retry")
        assert counts()["listings"] == 0
        lock.execute("ROLLBACK")
        final = wait_for(_all_done(redis_conn, 40, 10), what="the pipeline to finish")
    finally:
        lock.close()
        stop_process(worker)
    assert final["decisions"] == 10
    assert fetch_job(job.id, redis_conn).get_status() == "finished"
    assert fetch_job(job.id, redis_conn).retries_left < 6

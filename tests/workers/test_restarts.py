"""Restarts, with real processes and a real Redis: retries resume soon after Redis comes back,
`status` tells the truth after kill -9, and no scheduler child outlives its worker or `wildwatch
run`. Deadlines are generous polls on state, never timings."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from datetime import timedelta

import pytest
from click.testing import CliRunner
from pipeline_helpers import REPO, counts, make_items, start_worker, stop_process, wait_for

from workers import queues

pytestmark = pytest.mark.slow


def _scheduler_pids(conn) -> list[int]:
    """Live RQ retry schedulers (RQ keeps each one's pid in rq:scheduler:<name>)."""
    from workers.embedded_redis import pid_alive

    pids = [int(conn.hget(key, "pid") or 0) for key in conn.scan_iter("rq:scheduler:*") if b"lock" not in key]
    return [p for p in pids if p and pid_alive(p)]


def _parent(pid: int) -> int:
    with open(f"/proc/{pid}/stat") as fh:
        return int(fh.read().rsplit(")", 1)[1].split()[1])


def _idle_with(conn, listings: int):
    from workers.status import pipeline_idle

    return lambda: pipeline_idle(conn) and counts()["listings"] == listings


def test_retries_resume_soon_after_redis_restarts(redis_conn):
    from workers.connection import embedded
    from workers.supervisor import Supervisor

    with Supervisor(workers=2, cron=False) as sup:
        wait_for(lambda: _scheduler_pids(redis_conn), what="a worker's retry scheduler")
        server = embedded()
        server.stop()  # SHUTDOWN (the append-only file keeps everything)
        server.start()
        # A job waiting for its retry backoff: only the RQ scheduler can put it back on its queue.
        queues.queue(queues.INGEST, redis_conn).enqueue_in(timedelta(seconds=1), queues.INGEST_JOB, make_items(20))
        wait_for(lambda: (sup.poll(), _idle_with(redis_conn, 20)())[1], timeout=30,
                 what="the scheduled job to run after the Redis restart")


def test_status_after_kill_9_lists_live_workers_and_the_job_as_requeued(redis_conn):
    from rq import Worker

    from cli.main import app
    from config.settings import get_settings
    from review.db import get_engine

    get_engine()
    job = queues.queue(queues.INGEST, redis_conn).enqueue(queues.INGEST_JOB, make_items(20))
    bystander = start_worker(queues.CRAWL)  # alive, on another queue: it must stay listed
    lock = sqlite3.connect(str(get_settings().data_dir / "wildwatch.db"), isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")  # holds the victim inside its job
    victim = start_worker(queues.INGEST, env={"WILDWATCH_SQLITE_BUSY_MS": "120000"})
    try:
        wait_for(lambda: job.id in queues.queue(queues.INGEST, redis_conn).started_job_registry.get_job_ids(),
                 what="the victim to start the job")
        wait_for(lambda: len(Worker.all(connection=redis_conn)) == 2, what="both workers registered")
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait()
        lock.execute("ROLLBACK")
        result = CliRunner().invoke(app, ["status", "--json"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        data = json.loads(result.output)
        assert [w["name"].split(":")[1] for w in data["workers"]] == [str(bystander.pid)]
        assert data["workers"][0]["current_job"] == ""
        ingest = {q["queue"]: q for q in data["queues"]}[queues.INGEST]
        assert ingest["started"] == 0 and ingest["queued"] + ingest["scheduled"] == 1
        assert queues.fetch_job(job.id, redis_conn).get_status() in ("queued", "scheduled")
    finally:
        lock.close()
        stop_process(bystander)


def test_a_killed_workers_scheduler_goes_with_it(redis_conn):
    from workers.embedded_redis import pid_alive
    from workers.supervisor import Supervisor

    sup = Supervisor(workers=1, cron=False).start()  # Redis is not ours: it stays up throughout
    try:
        worker = sup.children[0].proc.pid
        [scheduler] = wait_for(lambda: _scheduler_pids(redis_conn), what="the worker's retry scheduler")
        assert _parent(scheduler) == worker
        os.kill(worker, signal.SIGKILL)
        wait_for(lambda: not pid_alive(scheduler), timeout=30, what="the orphaned scheduler to go")
        # The supervisor brings a new worker, whose scheduler takes over the locks.
        [again] = wait_for(lambda: (sup.poll(), _scheduler_pids(redis_conn))[1], timeout=60,
                           what="a new worker's scheduler")
    finally:
        sup.stop()
    assert not pid_alive(again)
    leftovers = [c.name for c in sup.children if _group_alive(c.proc.pid)]
    assert leftovers == []


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
        return True
    except ProcessLookupError:
        return False


def test_nothing_outlives_wildwatch_run_killed_with_sigkill(redis_conn):
    from workers.embedded_redis import pid_alive

    run = subprocess.Popen([sys.executable, "-m", "cli.main", "run", "-w", "1", "--no-cron"], cwd=REPO,
                           env=os.environ.copy(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        [scheduler] = wait_for(lambda: _scheduler_pids(redis_conn), what="the worker's retry scheduler")
        worker = _parent(scheduler)
        assert _parent(worker) == run.pid
    finally:
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
    wait_for(lambda: not pid_alive(worker) and not pid_alive(scheduler), timeout=30,
             what="the worker and its scheduler to go with `wildwatch run`")

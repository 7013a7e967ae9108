"""The worker's handling of RQ state, on a real (embedded) Redis: jobs a dead worker took are
given back, a live worker's are left alone, and crawler-enqueued jobs get the retry policy.

Dead workers are made the way RQ records them (an Execution created through RQ's own API, a
worker name whose process or key is gone); the kill -9 version is in test_pipeline_faults. Jobs are
the pipeline's own (ingest batches), as workers run nothing else."""
from __future__ import annotations

import os

import pytest
from pipeline_helpers import counts, make_items
from rq import Queue
from rq.executions import Execution
from rq.job import JobStatus

from workers import queues
from workers.worker import HOST, reap_dead_workers, run_worker

QUEUE = queues.INGEST


def _taken_by_a_worker_that_died(conn, q: Queue) -> str:
    """A job a worker moved into the intermediate list (RQ's LMOVE) before it died."""
    job = queues.enqueue(conn, QUEUE, queues.INGEST_JOB, make_items(2))
    popped = Queue.lmove(conn, q.key, None)
    assert popped is not None and popped[1].decode() == job.id
    return job.id


def _started_by(conn, q: Queue, worker_name: str) -> Job:
    """A job registered as started by `worker_name`, as RQ's worker registers it."""
    job = queues.enqueue(conn, QUEUE, queues.INGEST_JOB, make_items(2))
    assert Queue.lmove(conn, q.key, None) is not None
    with conn.pipeline() as pipe:
        Execution.create(job, ttl=600, pipeline=pipe, worker_name=worker_name)
        job.set_status(JobStatus.STARTED, pipeline=pipe)
        pipe.lrem(q.intermediate_queue_key, 1, job.id)  # as prepare_job_execution does
        pipe.execute()
    assert job.id in q.started_job_registry.get_job_ids(cleanup=False)
    return job


def test_an_id_left_in_the_intermediate_list_waits_then_goes_back_on_its_queue(redis_conn, store_url,
                                                                                 monkeypatch):
    q = queues.queue(QUEUE, redis_conn)
    job_id = _taken_by_a_worker_that_died(redis_conn, q)
    # Just taken: a live worker may be about to register it, so it is left for now.
    assert reap_dead_workers(redis_conn, [QUEUE]) == []
    assert q.intermediate_queue.get_job_ids() == [job_id] and q.get_job_ids() == []
    assert q.intermediate_queue.get_first_seen(job_id) is not None

    monkeypatch.setattr("workers.worker.STUCK_AFTER", 0.0)  # ... and now it has waited long enough
    assert reap_dead_workers(redis_conn, [QUEUE]) == [job_id]
    assert q.get_job_ids() == [job_id] and q.intermediate_queue.get_job_ids() == []
    assert q.intermediate_queue.get_first_seen(job_id) is None  # a later dequeue waits afresh
    run_worker(redis_conn, [QUEUE], burst=True, with_scheduler=False, logging_level="WARNING")
    assert q.fetch_job(job_id).get_status() == JobStatus.FINISHED
    assert counts()["listings"] == 2


def test_an_id_of_a_job_no_longer_queued_is_dropped_not_requeued(redis_conn, monkeypatch):
    monkeypatch.setattr("workers.worker.STUCK_AFTER", 0.0)
    q = queues.queue(QUEUE, redis_conn)
    job_id = _taken_by_a_worker_that_died(redis_conn, q)
    q.fetch_job(job_id).set_status(JobStatus.CANCELED)
    assert reap_dead_workers(redis_conn, [QUEUE]) == []
    assert q.get_job_ids() == [] and q.intermediate_queue.get_job_ids() == []


def test_a_dead_workers_started_job_goes_to_rqs_retry_at_once(redis_conn):
    q = queues.queue(QUEUE, redis_conn)
    # A worker on another machine whose key has expired (no heartbeat): known dead.
    job = _started_by(redis_conn, q, "elsewhere:4242:abcdef")
    assert reap_dead_workers(redis_conn, [QUEUE]) == [job.id]
    assert job.id not in q.started_job_registry.get_job_ids(cleanup=False)
    job.refresh()
    # RQ's abandoned-job handling used the pipeline's policy: scheduled for a retry, one used up.
    assert job.get_status() == JobStatus.SCHEDULED and job.retries_left == queues.RETRY.max - 1
    assert job.id in q.scheduled_job_registry.get_job_ids()


@pytest.mark.parametrize("elsewhere", [False, True], ids=["this-host-pid-alive", "other-host-key-alive"])
def test_a_live_workers_job_is_left_alone(redis_conn, elsewhere):
    from rq.worker import Worker

    q = queues.queue(QUEUE, redis_conn)
    name = f"{HOST}:{os.getpid()}:abcdef"  # this very process: alive
    if elsewhere:  # another machine's worker, alive as far as Redis knows (its key is there)
        name = "elsewhere:4242:abcdef"
        Worker([q], name=name, connection=redis_conn).register_birth()
    job = _started_by(redis_conn, q, name)
    assert reap_dead_workers(redis_conn, [QUEUE]) == []
    assert job.id in q.started_job_registry.get_job_ids(cleanup=False)
    assert job.get_status() == JobStatus.STARTED


def test_a_job_enqueued_without_a_retry_policy_gets_the_pipelines(redis_conn, caplog):
    q = queues.queue(QUEUE, redis_conn)
    job = q.enqueue(queues.INGEST_JOB, {"not": "a list"})  # by name, no retry=, as the crawler does
    assert job.retries_left is None
    run_worker(redis_conn, [QUEUE], burst=True, with_scheduler=False, logging_level="ERROR")
    job = q.fetch_job(job.id)
    assert job.get_status() == JobStatus.SCHEDULED  # failed once, waiting for its first retry
    # ... because the job itself raised (RQ keeps no result for a failure it retries: see the log)
    assert any("TypeError: ingest_batch expects a list of items" in r.getMessage() for r in caplog.records)
    assert job.retries_left == queues.RETRY.max - 1
    assert job.retry_intervals == queues.RETRY.intervals
    assert list(job.args) == [{"not": "a list"}]  # saving the policy kept the job itself intact

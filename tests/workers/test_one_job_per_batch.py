"""One RQ job per batch: a worker that serves the classify queue classifies and routes an ingest
batch inside the ingest job; a worker serving only ingest, or a classification that fails inside
the ingest job, hands the batch to a classify job as before - stored either way, nothing lost."""
from __future__ import annotations

from pipeline_helpers import counts, drain, make_items
from workers.queues import queue


def _run(conn, *names):
    from workers.worker import run_worker

    run_worker(conn, list(names) or None, burst=True, with_scheduler=False, logging_level="WARNING")


def test_a_worker_serving_classify_does_the_whole_batch_in_the_ingest_job(redis_conn, store_url):
    job = queue("ingest", redis_conn).enqueue("workers.jobs.ingest_batch", make_items(40))
    _run(redis_conn)
    c = counts()
    assert (c["listings"], c["assessments"], c["cases"], c["decisions"]) == (40, 40, 10, 10)
    result = job.return_value()
    assert result["stored"] == 40 and result["classified"]["assessed"] == 40 and result["classified"]["cases"] == 10
    classify = queue("classify", redis_conn)
    assert classify.count == 0 and classify.finished_job_registry.count == 0  # no second job


def test_a_worker_serving_only_ingest_leaves_the_batch_to_a_classify_job(redis_conn, store_url):
    queue("ingest", redis_conn).enqueue("workers.jobs.ingest_batch", make_items(20))
    _run(redis_conn, "ingest")
    assert counts()["listings"] == 20 and counts()["assessments"] == 0
    assert queue("classify", redis_conn).count == 1
    _run(redis_conn, "classify")
    c = counts()
    assert (c["assessments"], c["cases"]) == (20, 5)


def test_a_classification_failing_in_the_ingest_job_goes_to_a_classify_job(redis_conn, store_url, tmp_path,
                                                                              monkeypatch):
    from config.settings import get_settings

    broken = tmp_path / "routing.yaml"
    broken.write_text("groups: {}\nrules: []\n", encoding="utf-8")  # refused: no group, no rule
    monkeypatch.setenv("WILDWATCH_ROUTING_FILE", str(broken))
    get_settings.cache_clear()
    job = queue("ingest", redis_conn).enqueue("workers.jobs.ingest_batch", make_items(12))
    _run(redis_conn)
    assert job.get_status(refresh=True) == "finished" and "classified" not in job.return_value()
    c = counts()
    assert c["listings"] == 12 and c["assessments"] == 0  # stored; nothing assessed without routing
    classify = queue("classify", redis_conn)
    assert classify.scheduled_job_registry.count == 1  # the classify job failed and waits for its retry

    monkeypatch.delenv("WILDWATCH_ROUTING_FILE")  # fixed: the retry does the rest
    get_settings.cache_clear()
    drain(redis_conn, allow_retries=True)
    c = counts()
    assert (c["listings"], c["assessments"], c["cases"], c["decisions"]) == (12, 12, 3, 3)

"""Whoever can write to the queue's Redis must not run code in the workers (or in `wildwatch
status`): jobs are JSON, never pickle, and only the pipeline's own job functions run. A planted
job fails cleanly, unrun and unretried, and the pipeline goes on."""
from __future__ import annotations

import ast
import json
import re
import zlib
from pathlib import Path

from click.testing import CliRunner
from pipeline_helpers import REPO, counts, drain, make_items
from rq import Callback, Queue

from workers import queues


class _Evil:
    """Unpickling this runs code: it writes a marker file."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (exec, (f"open({str(self.marker)!r}, 'w').write('pwned')",))


def _cli(*args):
    from cli.main import app

    return CliRunner().invoke(app, list(args), catch_exceptions=False, env={"COLUMNS": "220"})


def test_a_planted_pickle_is_never_unpickled(redis_conn, store_url, tmp_path):
    from workers.worker import run_worker

    marker = tmp_path / "pwned"
    planted = Queue(queues.INGEST, connection=redis_conn).enqueue(queues.INGEST_JOB, _Evil(marker))  # pickle
    queues.queue(queues.INGEST, redis_conn).enqueue(queues.INGEST_JOB, make_items(8))
    run_worker(redis_conn, burst=True, with_scheduler=False, logging_level="CRITICAL")
    assert not marker.exists()
    job = queues.fetch_job(planted.id, redis_conn)
    assert job.get_status() == "failed" and job.retries_left == 0  # not retried
    assert counts()["listings"] == 8  # the good batch went through (and on to cases)

    listed = _cli("failed", "list")
    assert listed.exit_code == 0 and planted.id in listed.output and "not a JSON job" in listed.output
    status = json.loads(_cli("status", "--json").output)
    assert [f["func"] for f in status["failed_jobs"]] == ["<unreadable job>"]
    again = _cli("failed", "retry", "--all")  # never put back to be refused again
    assert again.exit_code == 1 and planted.id in again.output
    assert not marker.exists()


def test_a_json_job_naming_another_function_is_refused(redis_conn, store_url, tmp_path):
    from workers.worker import run_worker

    marker = tmp_path / "pwned"
    q = queues.queue(queues.INGEST, redis_conn)
    shell = q.enqueue("os.system", f"touch {marker}")
    code = q.enqueue("builtins.exec", f"open({str(marker)!r}, 'w').write('x')")
    hooked = q.enqueue(queues.INGEST_JOB, make_items(2), on_failure=Callback("os.abort"))
    good = q.enqueue(queues.INGEST_JOB, make_items(4, start=10))
    run_worker(redis_conn, burst=True, with_scheduler=False, logging_level="CRITICAL")
    assert not marker.exists()
    for job in (shell, code, hooked):
        job = queues.fetch_job(job.id, redis_conn)
        assert job.get_status() == "failed" and "refused without running it" in job.latest_result().exc_string
    assert queues.fetch_job(good.id, redis_conn).get_status() == "finished"


def test_the_crawler_hands_over_json_with_amounts_as_strings(redis_conn, store_url):
    from decimal import Decimal

    from scrapy.utils.test import get_crawler

    from crawler.pipelines import QueueHandoffPipeline
    from workers.connection import redis_url

    crawler = get_crawler(settings_dict={"WILDWATCH_QUEUE_REDIS_URL": redis_url(), "WILDWATCH_QUEUE_BATCH_SIZE": 10})
    pipe = QueueHandoffPipeline.from_crawler(crawler)
    for item in make_items(3):
        pipe.process_item({**item, "price_amount": Decimal("1234.5600")})
    pipe.close_spider()
    [job_id] = queues.queue(queues.INGEST, redis_conn).job_ids
    raw = redis_conn.hget(f"rq:job:{job_id}", "data")
    data = json.loads(zlib.decompress(raw) if raw[:1] != b"[" else raw)  # JSON, not a pickle
    assert data[0] == queues.INGEST_JOB and data[2][0][0]["price_amount"] == "1234.56"
    drain(redis_conn)
    assert counts()["listings"] == 3


def _calls_without_serializer(path: Path) -> list[str]:
    """RQ constructors and fetchers called without serializer= (each would default to pickle)."""
    names = {"Queue", "ReliableQueue", "Worker", "SimpleWorker", "PipelineWorker", "RQScheduler",
             "RetryScheduler", "StartedJobRegistry", "FailedJobRegistry", "FinishedJobRegistry",
             "ScheduledJobRegistry", "DeferredJobRegistry", "CanceledJobRegistry"}
    methods = {"fetch", "fetch_many", "all"}
    bad = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        called = f.id if isinstance(f, ast.Name) else None
        if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.attr in methods \
                and f.value.id in {"Job", "Worker", "SimpleWorker"}:
            called = f"{f.value.id}.{f.attr}"
        if called and (called in names or "." in called) and not any(k.arg == "serializer" for k in node.keywords):
            bad.append(f"{path.relative_to(REPO)}:{node.lineno}: {called}(...) without serializer=")
    return bad


def test_every_rq_object_in_the_code_is_made_with_the_json_serializer():
    files = [p for room in ("workers", "crawler", "cli", "web", "review") for p in (REPO / room).rglob("*.py")]
    assert not [bad for p in files for bad in _calls_without_serializer(p)]


def test_every_job_the_code_enqueues_is_a_known_job_function():
    from rq.utils import import_attribute

    assert all(callable(import_attribute(name)) for name in queues.JOB_FUNCTIONS)
    named = set()
    for p in [p for room in ("workers", "crawler", "cli", "web") for p in (REPO / room).rglob("*.py")]:
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and re.fullmatch(r"workers\.jobs\.\w+", node.value):
                named.add(node.value)
    assert named and named <= queues.JOB_FUNCTIONS

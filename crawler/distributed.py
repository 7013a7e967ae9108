"""Distributed crawls: the Scrapy settings that put a crawl on the shared frontier
(crawler.frontier), seeding it, and reading its state (docs/scaling.md).

`wildwatch crawl PLATFORM --distributed` calls `seed`; each `wildwatch crawl-worker PLATFORM`
reads the crawl's parameters (`crawl_parameters`) and runs the spider with `frontier_settings`.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from crawler.frontier import encode_request, fingerprint, keys, member, redis_client
from crawler.platform_config import Platform


class FrontierError(Exception):
    """The distributed crawl cannot be seeded or joined (said in one line, naming the fix)."""


def platform_digest(platform: Platform) -> str:
    """Every worker must crawl with the same platform definition as the seed."""
    return hashlib.sha256(platform.model_dump_json().encode()).hexdigest()[:16]


def frontier_settings(settings: dict[str, Any], platform: Platform, redis_url: str) -> dict[str, Any]:
    """`settings` (scrapy_settings' result, overrides included) turned into a distributed crawl's."""
    out = dict(settings)
    out.update({
        # scrapy-redis: its scheduler (our leased queue) and its dupefilter, keys per platform
        "SCHEDULER": "crawler.frontier.FrontierScheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,
        "REDIS_URL": redis_url,
        "WILDWATCH_FRONTIER_REDIS_URL": redis_url,
        "WILDWATCH_FRONTIER_PLATFORM": platform.name,
        "WILDWATCH_FRONTIER_WORKER": True,
        # politeness: the platform's delay and concurrency become one budget for all processes;
        # Scrapy's own per-process delay is off (AutoThrottle too: it only knows its own process)
        "WILDWATCH_SHARED_POLITENESS_REDIS_URL": redis_url,
        "WILDWATCH_SHARED_DELAY": float(settings.get("DOWNLOAD_DELAY", 0) or 0),
        "WILDWATCH_SHARED_CONCURRENCY": int(settings.get("CONCURRENT_REQUESTS_PER_DOMAIN", 8)),
        # a killed crawler's slots are free again after one heartbeat period, like its requests
        "WILDWATCH_SHARED_SLOT_LEASE": float(settings.get("WILDWATCH_FRONTIER_HEARTBEAT", 30.0)),
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
    })
    out["DOWNLOADER_MIDDLEWARES"] = {**settings.get("DOWNLOADER_MIDDLEWARES", {}),
                                     "crawler.politeness.SharedPolitenessMiddleware": 990}
    out["SPIDER_MIDDLEWARES"] = {**settings.get("SPIDER_MIDDLEWARES", {}),
                                 "crawler.frontier.FrontierSpiderMiddleware": 5}
    out["EXTENSIONS"] = {**settings.get("EXTENSIONS", {}), "crawler.frontier.FrontierExtension": 500}
    pipelines = dict(settings.get("ITEM_PIPELINES", {}))
    pipelines.pop("crawler.pipelines.SeenIndexPipeline", None)
    pipelines.pop("crawler.pipelines.QueueHandoffPipeline", None)
    pipelines["crawler.shared_pipelines.SharedSeenIndexPipeline"] = 100
    pipelines["crawler.shared_pipelines.FrontierHandoffPipeline"] = 800
    out["ITEM_PIPELINES"] = pipelines
    return out


@dataclass
class SeedResult:
    queued: int
    start_urls: int


def status(redis_url: str, platform: str) -> dict[str, Any]:
    """Queued and in-flight requests, live workers and the crawl's parameters."""
    r = redis_client(redis_url)
    k = keys(platform)
    workers = [w.decode() for w in r.zrange(k["workers"], 0, -1)]
    inflight = {w: int(r.hlen(k["inflight"] + w)) for w in workers}
    meta = {key.decode(): value.decode() for key, value in r.hgetall(k["meta"]).items()}
    return {"platform": platform, "queued": int(r.zcard(k["requests"])), "in_flight": sum(inflight.values()),
            "workers": inflight, "fingerprints": int(r.scard(k["dupefilter"])), "meta": meta}


def seed(platform: Platform, *, terms: list[str], max_pages: int | None, base_url: str | None,
         redis_url: str, restart: bool = False) -> SeedResult:
    """Put the crawl's first search pages on the frontier and record its parameters. A crawl still
    running (work queued or in flight) is refused unless `restart`; a finished one's fingerprints
    are cleared so the new crawl fetches every page again (the seen-index is kept)."""
    from crawler.spider import MarketplaceSpider, start_urls_for

    r = redis_client(redis_url)
    k = keys(platform.name)
    try:
        r.ping()
    except Exception as exc:
        raise FrontierError(f"cannot reach Redis at {redis_url} ({exc}); set WILDWATCH_REDIS_URL to the shared "
                            "Redis every crawler host can reach") from None
    now = status(redis_url, platform.name)
    if (now["queued"] or now["in_flight"]) and not restart:
        raise FrontierError(f"a distributed crawl of {platform.name!r} is still running ({now['queued']} queued, "
                            f"{now['in_flight']} in flight on {len(now['workers'])} crawler(s)); add crawlers with "
                            f"`wildwatch crawl-worker {platform.name}`, or seed again with --restart to discard it")
    inflight_keys = [k["inflight"] + w for w in now["workers"]]
    r.delete(k["requests"], k["dupefilter"], k["listing_ids"], k["workers"], k["meta"], *inflight_keys)
    spider = MarketplaceSpider(platform=platform, terms=terms, max_pages=max_pages, base_url=base_url)
    starts = start_urls_for(platform, spider.terms, spider.base_url)
    pipe = r.pipeline(transaction=True)
    queued = 0
    for url, term, template in starts:
        request = spider._results_request(url, term, template, platform.search.first_page)
        encode_request(request, spider)  # fail here, before anything is written, if it cannot be stored
        if r.sismember(k["dupefilter"], fingerprint(request)):
            continue
        text, score = member(request, spider)
        pipe.sadd(k["dupefilter"], fingerprint(request)).zadd(k["requests"], {text: score})
        queued += 1
    pipe.hset(k["meta"], mapping={
        "terms": json.dumps(spider.terms, ensure_ascii=False), "max_pages": str(max_pages or ""),
        "base_url": base_url or "", "platform_digest": platform_digest(platform),
        "seeded_at": datetime.now(timezone.utc).isoformat(timespec="seconds")})
    pipe.execute()
    from crawler.seen_index import RedisSeenIndex, keep_since

    index = RedisSeenIndex(redis_url)  # listings gone for months leave the shared seen-index
    try:
        index.trim(platform.name, keep_since())
    finally:
        index.close()
    return SeedResult(queued=queued, start_urls=len(starts))


def crawl_parameters(platform: Platform, redis_url: str) -> dict[str, Any]:
    """terms, max_pages and base_url of the seeded crawl, for a worker; FrontierError when there is
    no seeded crawl or this host's platform file differs from the seed's."""
    meta = status(redis_url, platform.name)["meta"]
    if not meta:
        raise FrontierError(f"no distributed crawl of {platform.name!r} in {redis_url}; seed one with "
                            f"`wildwatch crawl {platform.name} --distributed`")
    if meta.get("platform_digest") != platform_digest(platform):
        raise FrontierError(f"this host's platform file for {platform.name!r} differs from the one the crawl was "
                            "seeded with; give every crawler host the same config/platforms files")
    return {"terms": json.loads(meta["terms"]), "max_pages": int(meta["max_pages"]) if meta.get("max_pages") else None,
            "base_url": meta.get("base_url") or None}

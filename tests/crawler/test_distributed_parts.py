"""The parts of a distributed crawl against a real Redis (the embedded redis-server): the shared
politeness budget, the leased frontier queue, requests as JSON, the seen-index in Redis."""
from __future__ import annotations

import asyncio
import threading

import pytest
from scrapy import Request
from scrapy.utils.test import get_crawler


@pytest.fixture
def redis_url(tmp_path):
    from workers.embedded_redis import EmbeddedRedis

    server = EmbeddedRedis(tmp_path / "redis-host").start()
    yield server.url
    server.stop()


def _middleware(redis_url: str, **settings):
    from crawler.politeness import SharedPolitenessMiddleware

    crawler = get_crawler(settings_dict={"WILDWATCH_SHARED_POLITENESS_REDIS_URL": redis_url, **settings})
    return SharedPolitenessMiddleware.from_crawler(crawler)


def test_send_times_reserved_by_many_processes_are_one_delay_apart(redis_url):
    """Four clients (as four crawler processes would) reserve send times for one site at once:
    the reserved times, in Redis time, are each at least the delay apart."""
    from redis import Redis

    from crawler.politeness import _RESERVE

    delay_us = 200_000
    reserved: list[int] = []
    lock = threading.Lock()

    def client():
        r = Redis.from_url(redis_url)
        script = r.register_script(_RESERVE)
        for _ in range(10):
            wait = int(script(keys=["polite:test:next"], args=[delay_us]))
            sec, usec = r.time()
            with lock:
                reserved.append(sec * 1_000_000 + usec + wait)

    threads = [threading.Thread(target=client) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    reserved.sort()
    gaps = [b - a for a, b in zip(reserved, reserved[1:])]
    # each reservation is read back a moment after it was made (the TIME call): allow 50 ms
    assert len(reserved) == 40 and min(gaps) >= delay_us - 50_000, gaps


def test_a_killed_holder_s_slot_frees_after_its_lease_and_a_live_one_keeps_its_own(redis_url):
    from crawler.politeness import _ACQUIRE

    mw = _middleware(redis_url, WILDWATCH_SHARED_CONCURRENCY=1, WILDWATCH_SHARED_SLOT_LEASE=0.3)
    acquire = mw.redis.register_script(_ACQUIRE)
    key = "wildwatch:polite:site.example:slots"
    assert acquire(keys=[key], args=["dead-holder", 1, 300_000]) == 1  # then the holder is killed
    assert acquire(keys=[key], args=["other", 1, 300_000]) == 0  # the one slot is taken
    # The live middleware waits (without blocking: asyncio) until the dead holder's lease ends.
    request = Request("http://site.example/item/1")
    asyncio.run(mw.process_request(request))
    assert request.meta["ww_shared_slot"][0] == key
    assert mw.crawler.stats.get_value("wildwatch/shared_politeness_wait_seconds") > 0
    # Held and renewed, its slot outlives the lease; released with the response.
    holder = request.meta["ww_shared_slot"][1]
    for _ in range(3):
        mw.renew()
        assert acquire(keys=[key], args=["other", 1, 300_000]) == 0
        asyncio.run(asyncio.sleep(0.15))
    assert mw.redis.zscore(key, holder) is not None
    from scrapy.http import Response

    mw.process_response(request, Response(request.url, status=200))
    assert acquire(keys=[key], args=["other", 1, 300_000]) == 1


def test_a_429_with_retry_after_holds_every_process_off_the_site(redis_url):
    from scrapy.http import Response

    from crawler.politeness import _RESERVE

    mw = _middleware(redis_url, WILDWATCH_SHARED_DELAY=0.0)
    request = Request("http://site.example/search")
    mw.process_response(request, Response(request.url, status=429, headers={"Retry-After": "5"}))
    reserve = mw.redis.register_script(_RESERVE)
    wait = int(reserve(keys=["wildwatch:polite:site.example:next"], args=[0]))
    assert 4_000_000 < wait <= 5_000_000  # another process asking now waits out the site's 5 s


def _spider(tmp_path):
    from crawler.platform_config import load_platform
    from crawler.spider import MarketplaceSpider

    path = tmp_path / "market.yaml"
    path.write_text("""
name: market
base_url: http://127.0.0.1:9
search: {terms: [bangle], urls: ["/search?q={term}&page={page}"]}
results: {card: "css:div.card", detail_link: "css:a::attr(href)"}
listing: {source: detail, fields: {title: "css:h1"}}
""", encoding="utf-8")
    return MarketplaceSpider(platform=load_platform(path))


def test_requests_travel_as_json_and_only_to_the_spider_s_own_callbacks(tmp_path):
    import json

    from crawler.frontier import decode_request, encode_request

    spider = _spider(tmp_path)
    request = spider._detail_request("http://127.0.0.1:9/item/7", {"listing_id": "7", "price": "面议"})
    request.meta["retry_times"] = 2
    request.meta["not_json"] = object()
    text = encode_request(request, spider)
    back = decode_request(text, spider)
    assert back.url == request.url and back.callback == spider.parse_detail and back.errback == spider.on_error
    assert back.cb_kwargs == {"card_fields": {"listing_id": "7", "price": "面议"}} and back.priority == 10
    assert back.meta == {"retry_times": 2}
    evil = json.loads(text) | {"callback": "__init__"}
    with pytest.raises(ValueError, match="not one of the spider's callbacks"):
        decode_request(json.dumps(evil), spider)


def test_a_popped_request_stays_in_flight_until_acknowledged_and_comes_back_when_its_crawler_dies(
        redis_url, tmp_path):
    import time

    from crawler.frontier import REDO, Frontier

    spider = _spider(tmp_path)
    dead = Frontier(redis_url, "market", heartbeat_s=0.5)
    live = Frontier(redis_url, "market", heartbeat_s=5)
    for n in range(3):
        assert dead.push(spider._detail_request(f"http://127.0.0.1:9/item/{n}", {}), spider)
    assert not dead.push(spider._detail_request("http://127.0.0.1:9/item/0", {}), spider)  # fingerprint seen
    dead.beat()
    first, second = dead.pop(spider), dead.pop(spider)
    dead.ack(first.meta["ww_in_flight"])
    assert live.queued() == 1 and live.pending() == 2  # one queued, one in flight
    time.sleep(0.6)  # the dead crawler's heartbeat expires
    assert live.beat() == 1
    popped = [live.pop(spider), live.pop(spider)]  # equal priorities: in no particular order
    assert live.pop(spider) is None
    back = next(r for r in popped if r.url == second.url)
    assert back.meta[REDO] is True and not any(REDO in r.meta for r in popped if r is not back)
    assert {r.url for r in popped} | {first.url} == {f"http://127.0.0.1:9/item/{n}" for n in range(3)}
    for r in popped:
        live.ack(r.meta["ww_in_flight"])
    assert live.pending() == 0


def test_the_redis_seen_index_numbers_versions_like_the_local_one(redis_url):
    from crawler.seen_index import RedisSeenIndex

    a, b = RedisSeenIndex(redis_url), RedisSeenIndex(redis_url)  # two processes
    now = "2026-01-01T00:00:00Z"
    assert a.sighting("market", "L1", "a" * 64, now) == (1, True)
    assert b.sighting("market", "L1", "a" * 64, now) == (1, False)
    assert b.sighting("market", "L1", "b" * 64, now) == (2, True)
    assert a.observe("market", "L1", "b" * 64, now) is None
    assert a.sighting("other", "L1", "b" * 64, now) == (1, True)  # per platform


@pytest.mark.parametrize("kind", ["redis", "sqlite"])
def test_listings_unseen_for_the_keep_period_are_forgotten_by_either_seen_index(redis_url, tmp_path, kind):
    """Sold or removed listings do not stay in the index for ever: trim forgets those last seen
    before the cut-off (only that platform's), and one seen again is new (version 1)."""
    from crawler.seen_index import RedisSeenIndex, SeenIndex, keep_since

    index = RedisSeenIndex(redis_url) if kind == "redis" else SeenIndex(tmp_path / "seen.sqlite3")
    old, recent = "2025-01-01T00:00:00+00:00", keep_since(10)
    for i in range(2500):  # more than one HSCAN batch
        index.sighting("market", f"old{i}", "a" * 64, old)
    index.sighting("market", "recent", "a" * 64, recent)
    index.sighting("other", "old0", "a" * 64, old)
    index.commit()
    assert index.trim("market", keep_since(180)) == 2500
    assert index.sighting("market", "recent", "a" * 64, recent) == (1, False)  # kept
    assert index.sighting("market", "old7", "a" * 64, recent) == (1, True)  # forgotten: new again
    assert index.sighting("other", "old0", "a" * 64, old) == (1, False)  # another platform untouched
    index.close()

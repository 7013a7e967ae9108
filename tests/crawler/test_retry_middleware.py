"""BackoffRetryMiddleware in-process, on Scrapy's real crawler, stats and request objects: which
answers are retried, how often, with which stats, and how long it waits (computed, not timed)."""
from __future__ import annotations

import asyncio

import pytest
from scrapy import Spider
from scrapy.exceptions import DownloadTimeoutError
from scrapy.http import Request, Response
from scrapy.utils.test import get_crawler

from crawler.middlewares import BackoffRetryMiddleware

URL = "http://shop.test/product/p1"


def _middleware(**settings):
    crawler = get_crawler(Spider, {"RETRY_TIMES": 2, "RETRY_HTTP_CODES": [429, 503],
                                   "WILDWATCH_RETRY_BACKOFF_BASE": 0, **settings})
    crawler.spider = Spider.from_crawler(crawler, name="shop")
    crawler.stats.open_spider()
    return BackoffRetryMiddleware.from_crawler(crawler), crawler.stats


def _answer(status: int, **headers) -> Response:
    return Response(URL, status=status, headers=headers)


def test_429_and_503_are_retried_until_the_limit_with_scrapys_stats():
    mw, stats = _middleware()
    first = asyncio.run(mw.process_response(Request(URL), _answer(429, **{"Retry-After": "0"})))
    assert isinstance(first, Request) and first.meta["retry_times"] == 1 and first.dont_filter
    second = asyncio.run(mw.process_response(first, _answer(503)))
    assert isinstance(second, Request) and second.meta["retry_times"] == 2
    given_up = asyncio.run(mw.process_response(second, _answer(503)))
    assert isinstance(given_up, Response) and given_up.status == 503  # handed on as the answer
    assert stats.get_value("retry/count") == 2
    assert stats.get_value("retry/reason_count/HTTP 429") == 1
    assert stats.get_value("retry/reason_count/HTTP 503") == 1
    assert stats.get_value("retry/max_reached") == 1
    assert stats.get_value("wildwatch/retry_wait_seconds") == 0


def test_other_statuses_and_dont_retry_pass_through():
    mw, stats = _middleware()
    ok = _answer(200)
    assert asyncio.run(mw.process_response(Request(URL), ok)) is ok
    refused = _answer(429)
    assert asyncio.run(mw.process_response(Request(URL, meta={"dont_retry": True}), refused)) is refused
    assert stats.get_value("retry/count") is None


def test_request_meta_overrides_the_retry_limit_and_priority():
    mw, stats = _middleware()
    once = Request(URL, priority=10, meta={"max_retry_times": 1, "priority_adjust": -5})
    retry = asyncio.run(mw.process_response(once, _answer(503)))
    assert retry.priority == 5
    assert isinstance(asyncio.run(mw.process_response(retry, _answer(503))), Response)
    assert stats.get_value("retry/max_reached") == 1


def test_network_failures_are_retried_and_others_are_not():
    mw, stats = _middleware()
    retry = asyncio.run(mw.process_exception(Request(URL), DownloadTimeoutError("took too long")))
    assert isinstance(retry, Request) and retry.meta["retry_times"] == 1
    assert stats.get_value("retry/reason_count/scrapy.exceptions.DownloadTimeoutError") == 1
    assert asyncio.run(mw.process_exception(Request(URL), ValueError("a bug"))) is None


@pytest.mark.parametrize("attempt, retry_after, expected", [
    (0, None, 0.5), (2, None, 2.0), (10, None, 30.0),  # exponential, capped at the max wait
    (0, "7", 7.0), (3, "0", 0.0), (0, "3600", 30.0),   # Retry-After wins, also capped
])
def test_wait_is_retry_after_or_exponential_backoff(attempt, retry_after, expected):
    mw, _ = _middleware(WILDWATCH_RETRY_BACKOFF_BASE=0.5, WILDWATCH_RETRY_MAX_WAIT=30)
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    request = Request(URL, meta={"retry_times": attempt})
    assert mw._wait_for(request, _answer(429, **headers)) == expected

"""Retry with backoff that honours Retry-After, so 429/503 answers lose no listing."""
from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.retry import RetryMiddleware, get_retry_request
from scrapy.http import Request, Response

logger = logging.getLogger(__name__)


def retry_after_seconds(value: bytes | str | None) -> float | None:
    """Retry-After as seconds: either delta-seconds or an HTTP date."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware, waiting before each retry: Retry-After when the server sends it,
    else exponential backoff (WILDWATCH_RETRY_BACKOFF_BASE * 2**attempt), capped at
    WILDWATCH_RETRY_MAX_WAIT seconds."""

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("WILDWATCH_RETRY_BACKOFF_BASE", 0.5)
        self.max_wait = settings.getfloat("WILDWATCH_RETRY_MAX_WAIT", 60.0)

    def _retry_request(self, request: Request, reason: str | Exception) -> Request | None:
        """The retry of `request` (None once its retries are used up), through Scrapy's public
        get_retry_request: it counts retry/count, retry/reason_count/* and retry/max_reached.
        Per-request meta overrides the settings, as in Scrapy's own RetryMiddleware."""
        meta = request.meta
        return get_retry_request(
            request, spider=self.crawler.spider, reason=reason,
            max_retry_times=meta.get("max_retry_times", self.max_retry_times),
            priority_adjust=meta.get("priority_adjust", self.priority_adjust),
            give_up_log_level=meta.get("give_up_log_level", self.give_up_log_level))

    def _wait_for(self, request: Request, response: Response | None) -> float:
        attempt = request.meta.get("retry_times", 0)
        hinted = retry_after_seconds(response.headers.get(b"Retry-After")) if response is not None else None
        wait = hinted if hinted is not None else self.backoff_base * (2 ** attempt)
        return min(wait, self.max_wait)

    async def process_response(self, request: Request, response: Response):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry = self._retry_request(request, f"HTTP {response.status}")
        if retry is None:
            return response
        wait = self._wait_for(request, response)
        self.crawler.stats.inc_value("wildwatch/retry_wait_seconds", wait)
        logger.debug("HTTP %s from %s: retrying in %.1fs", response.status, request.url, wait)
        await asyncio.sleep(wait)
        return retry

    async def process_exception(self, request: Request, exception: Exception):
        if request.meta.get("dont_retry", False) or not isinstance(exception, self.exceptions_to_retry):
            return None
        retry = self._retry_request(request, exception)
        if retry is not None:
            await asyncio.sleep(self._wait_for(request, None))
        return retry

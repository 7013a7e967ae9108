"""Politeness shared by every crawler process of a distributed crawl: one budget per site in Redis.

Scrapy's DOWNLOAD_DELAY and CONCURRENT_REQUESTS_PER_DOMAIN hold per process, so N processes would
hit a site N times as hard. This downloader middleware, placed next to the downloader, makes them
one budget per domain for all processes together:

- delay: before each request, one Lua script reserves the domain's next send time in Redis
  (`max(now, next)`, then `next += delay`) and the request waits, without blocking the reactor,
  until its reserved time. Requests to a site therefore start at least `delay` apart, whichever
  process sends them.
- concurrency: a request holds one of the domain's `concurrency` slots (a sorted set of holders
  scored by lease expiry) from before it is sent until its response or error. The process renews
  the leases of the slots it holds every third of a lease (WILDWATCH_SHARED_SLOT_LEASE, the
  crawler's heartbeat); a process killed with -9 stops renewing and its slots are free again
  within one lease, however long its downloads could have lasted.
- a 429/503 with Retry-After pushes the domain's next send time out for every process.

Times come from Redis (TIME), so the machines' clocks need not agree.
"""
from __future__ import annotations

import asyncio
import logging
import uuid
from urllib.parse import urlparse

from scrapy.exceptions import NotConfigured
from scrapy.http import Request, Response

from crawler.middlewares import retry_after_seconds

logger = logging.getLogger(__name__)

_NOW = "local t = redis.call('TIME'); local now = tonumber(t[1]) * 1000000 + tonumber(t[2])\n"
# KEYS: next-send key. ARGV: delay (µs). Returns the wait (µs) before this request may go.
_RESERVE = _NOW + """
local nxt = tonumber(redis.call('GET', KEYS[1]) or '0')
local at = math.max(now, nxt)
local delay = tonumber(ARGV[1])
redis.call('SET', KEYS[1], at + delay, 'PX', math.floor((at + delay - now) / 1000) + 60000)
return at - now
"""
# KEYS: slots zset. ARGV: holder, limit, lease (µs). Returns 1 when a slot was taken.
_ACQUIRE = _NOW + """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
  redis.call('PEXPIRE', KEYS[1], math.floor(tonumber(ARGV[3]) / 1000) + 1000)
  return 1
end
return 0
"""
# KEYS: next-send key. ARGV: seconds the site asked for (µs). Never brings the next send closer.
_HOLD_OFF = _NOW + """
local nxt = tonumber(redis.call('GET', KEYS[1]) or '0')
local want = now + tonumber(ARGV[1])
if want > nxt then redis.call('SET', KEYS[1], want, 'PX', math.floor(tonumber(ARGV[1]) / 1000) + 60000) end
return 0
"""
# KEYS: slots zsets. ARGV: lease (µs), then one holder per key. Extends leases still held.
_RENEW = _NOW + """
for i, key in ipairs(KEYS) do
  redis.call('ZADD', key, 'XX', now + tonumber(ARGV[1]), ARGV[i + 1])
  redis.call('PEXPIRE', key, math.floor(tonumber(ARGV[1]) / 1000) + 1000)
end
return 0
"""
_SLOT = "ww_shared_slot"  # request.meta: (slots key, holder) while the request holds a slot


class SharedPolitenessMiddleware:
    """Per-domain delay and concurrency as one budget in Redis (settings WILDWATCH_SHARED_*)."""

    def __init__(self, crawler, redis_url: str):
        from redis import Redis

        settings = crawler.settings
        self.crawler = crawler
        self.delay_us = int(settings.getfloat("WILDWATCH_SHARED_DELAY") * 1_000_000)
        self.concurrency = max(1, settings.getint("WILDWATCH_SHARED_CONCURRENCY", 1))
        self.lease_s = settings.getfloat("WILDWATCH_SHARED_SLOT_LEASE", 30.0)
        self.lease_us = int(self.lease_s * 1_000_000)
        self.held: dict[str, str] = {}  # holder -> slots key, renewed while held
        self._renewer = None
        self.poll_s = settings.getfloat("WILDWATCH_SHARED_POLL", 0.02)
        self.prefix = settings.get("WILDWATCH_SHARED_KEY_PREFIX", "wildwatch:polite")
        self.redis = Redis.from_url(redis_url, socket_connect_timeout=10, socket_timeout=30)
        self._reserve = self.redis.register_script(_RESERVE)
        self._acquire = self.redis.register_script(_ACQUIRE)
        self._hold_off = self.redis.register_script(_HOLD_OFF)
        self._renew = self.redis.register_script(_RENEW)

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy import signals

        url = crawler.settings.get("WILDWATCH_SHARED_POLITENESS_REDIS_URL")
        if not url:
            raise NotConfigured("no shared politeness budget (not a distributed crawl)")
        middleware = cls(crawler, url)
        crawler.signals.connect(middleware._stop_renewing, signal=signals.spider_closed)
        return middleware

    def renew(self) -> None:
        held = list(self.held.items())
        if held:
            try:
                self._renew(keys=[key for _, key in held], args=[self.lease_us, *[h for h, _ in held]])
            except Exception as exc:  # Redis away a moment: the next round renews
                logger.error("could not renew politeness slots: %s", exc)

    def _start_renewing(self) -> None:
        from twisted.internet import task

        self._renewer = task.LoopingCall(self.renew)
        self._renewer.start(self.lease_s / 3, now=False)

    def _stop_renewing(self, spider=None) -> None:
        if self._renewer is not None and self._renewer.running:
            self._renewer.stop()

    def _keys(self, request: Request) -> tuple[str, str]:
        host = (urlparse(request.url).hostname or "").lower()
        return f"{self.prefix}:{host}:next", f"{self.prefix}:{host}:slots"

    async def process_request(self, request: Request):
        next_key, slots_key = self._keys(request)
        holder = uuid.uuid4().hex
        waited = 0.0
        while not self._acquire(keys=[slots_key], args=[holder, self.concurrency, self.lease_us]):
            pause = self.poll_s * (1 + int(holder[:4], 16) / 0xFFFF)  # jitter: waiters do not retry in step
            waited += pause
            await asyncio.sleep(pause)
        request.meta[_SLOT] = (slots_key, holder)
        self.held[holder] = slots_key
        if self._renewer is None:
            self._start_renewing()
        wait = int(self._reserve(keys=[next_key], args=[self.delay_us])) / 1_000_000
        if wait > 0:
            waited += wait
            await asyncio.sleep(wait)
        if waited:
            self.crawler.stats.inc_value("wildwatch/shared_politeness_wait_seconds", waited)
        return None

    def _release(self, request: Request) -> None:
        held = request.meta.pop(_SLOT, None)
        if held is not None:
            self.held.pop(held[1], None)
            self.redis.zrem(*held)

    def process_response(self, request: Request, response: Response):
        self._release(request)
        if response.status in (429, 503):
            hinted = retry_after_seconds(response.headers.get(b"Retry-After"))
            if hinted:
                self._hold_off(keys=[self._keys(request)[0]], args=[int(min(hinted, 600) * 1_000_000)])
        return response

    def process_exception(self, request: Request, exception: Exception):
        self._release(request)
        return None

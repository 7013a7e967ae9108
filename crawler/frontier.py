"""One crawl frontier in Redis, shared by many crawler processes on many machines (docs/scaling.md).

scrapy-redis gives the parts: its Scheduler (the request queue in Redis) and its RFPDupeFilter
(request fingerprints in a Redis set). What it lacks is crash safety: its queue *pops* a request,
so a process killed with -9 loses every request it had popped. Here a pop moves the request into
the worker's in-flight hash instead (one Lua script, atomic), and the request leaves that hash
only once everything it led to is safe: its child requests are in the queue and its listings are
handed on (`ack`). Each worker keeps a heartbeat (a score in the `workers` sorted set, in Redis
server time); any worker that sees another's heartbeat expired moves the dead worker's in-flight
requests back into the queue, marked as re-done, and a re-done request's listings are handed on
even when the seen-index already knows them (the dead worker may have recorded them without
handing them on). So a crash costs a re-fetch and at most a duplicate hand-on, never a loss;
without crashes every request is fetched once and every listing handed on once.

Requests are stored as JSON, never pickle (scrapy-redis's default): whoever can write to Redis
must not be able to run code in the crawlers. Only the spider's own callbacks are accepted, and
browser meta (callables) is rebuilt by the spider after decoding.
"""
from __future__ import annotations

import base64
import json
import logging
import os
import socket
import time
import uuid
from typing import Any

from scrapy import Request, signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler

from crawler.listing import json_default

logger = logging.getLogger(__name__)

IN_FLIGHT = "ww_in_flight"  # request.meta: the in-flight entry this request holds
REDO = "ww_redo"  # request.meta: re-queued from a dead worker; hand its listings on regardless
BROWSER = "ww_browser"  # request.meta: rebuild the browser meta after decoding
CALLBACKS = frozenset({"parse_results", "parse_detail", "parse_json", "on_error"})
_BROWSER_META = {"playwright", "playwright_page_methods", "playwright_page_init_callback",
                 "playwright_context_kwargs"}

# Time from Redis itself: the machines' clocks need not agree.
_NOW = "local t = redis.call('TIME'); local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)\n"

# KEYS: dupefilter set, queue zset, in-flight hash. ARGV: fingerprint, member, score, dont_filter,
# the in-flight token this request replaces ('' if none). One step, so a kill between the
# fingerprint and the queue cannot leave a request recorded as seen but never queued.
_ENQUEUE = """
if ARGV[4] ~= '1' and redis.call('SADD', KEYS[1], ARGV[1]) == 0 then
  if ARGV[5] ~= '' then redis.call('HDEL', KEYS[3], ARGV[5]) end
  return 0
end
redis.call('ZADD', KEYS[2], tonumber(ARGV[3]), ARGV[2])
if ARGV[5] ~= '' then redis.call('HDEL', KEYS[3], ARGV[5]) end
return 1
"""
# KEYS: queue zset, in-flight hash. Pops the best request into the hash (field: its id).
_POP = """
local r = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #r == 0 then return false end
redis.call('ZREM', KEYS[1], r[1])
local id = string.sub(r[1], 2, 33)
redis.call('HSET', KEYS[2], id, r[2] .. ' ' .. r[1])
return r[1]
"""
# KEYS: workers zset, queue zset. ARGV: in-flight key prefix, this worker, heartbeat ms.
# Refreshes our heartbeat; re-queues the in-flight requests of workers whose heartbeat expired.
_HEARTBEAT = _NOW + """
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[2])
local dead = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now)
local moved = 0
for _, w in ipairs(dead) do
  local key = ARGV[1] .. w
  local entries = redis.call('HVALS', key)
  for _, e in ipairs(entries) do
    local sp = string.find(e, ' ', 1, true)
    redis.call('ZADD', KEYS[2], tonumber(string.sub(e, 1, sp - 1)), 'R' .. string.sub(e, sp + 2))
    moved = moved + 1
  end
  redis.call('DEL', key)
  redis.call('ZREM', KEYS[1], w)
end
return moved
"""
# KEYS: workers zset, queue zset. ARGV: in-flight key prefix. Work left anywhere (queued + in flight).
_PENDING = """
local n = redis.call('ZCARD', KEYS[2])
for _, w in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do n = n + redis.call('HLEN', ARGV[1] .. w) end
return n
"""


def keys(platform: str) -> dict[str, str]:
    prefix = f"wildwatch:crawl:{platform}"
    return {name: f"{prefix}:{name}" for name in
            ("requests", "dupefilter", "workers", "meta", "listing_ids")} | {"inflight": f"{prefix}:inflight:"}


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def redis_client(url: str):
    from redis import Redis

    return Redis.from_url(url, socket_connect_timeout=10, socket_timeout=30, health_check_interval=30,
                          client_name=f"wildwatch:{socket.gethostname()}:{os.getpid()}:crawl")


# -- requests as JSON ------------------------------------------------------------------------
def encode_request(request: Request, spider) -> str:
    """The request as JSON text; browser meta is dropped (the spider rebuilds it), as is any meta
    value JSON cannot hold (logged)."""
    d = request.to_dict(spider=spider)
    if "_class" in d:
        raise ValueError(f"only plain scrapy.Request objects go into the frontier, not {d['_class']}")
    meta: dict[str, Any] = {}
    for key, value in (d.get("meta") or {}).items():
        if key in _BROWSER_META or key == IN_FLIGHT:
            continue
        try:
            json.dumps(value, default=json_default)
        except (TypeError, ValueError):
            logger.debug("frontier: meta %r of %s not stored (not JSON)", key, request.url)
            continue
        meta[key] = value
    if request.meta.get("playwright"):
        meta[BROWSER] = True
    d["meta"] = meta
    d["headers"] = {k.decode("latin-1"): [v.decode("latin-1") for v in vs] for k, vs in request.headers.items()}
    d["body"] = base64.b64encode(request.body).decode("ascii")
    return json.dumps(d, ensure_ascii=False, default=json_default, separators=(",", ":"))


def decode_request(text: str | bytes, spider) -> Request:
    d = json.loads(text)
    for name in ("callback", "errback"):
        if d.get(name) not in (None, *CALLBACKS):
            raise ValueError(f"frontier request names {name} {d[name]!r}, not one of the spider's callbacks")
    d.pop("_class", None)
    d["body"] = base64.b64decode(d.get("body") or "")
    meta = d.get("meta") or {}
    if meta.pop(BROWSER, False) and hasattr(spider, "_browser_meta"):
        meta.update(spider._browser_meta(scroll=d.get("callback") == "parse_results"))
    d["meta"] = meta
    callback, errback = d.pop("callback", None), d.pop("errback", None)
    d = {k: v for k, v in d.items() if k in Request.attributes}
    return Request(callback=getattr(spider, callback) if callback else None,
                   errback=getattr(spider, errback) if errback else None, **d)


def fingerprint(request: Request) -> str:
    """scrapy-redis's request fingerprint (method, canonical URL, body)."""
    return RFPDupeFilter.request_fingerprint(None, request)


def member(request: Request, spider, redo: bool = False) -> tuple[str, float]:
    """(zset member, score): 'N'|'R' + a 32-hex id + ' ' + JSON; lower score pops first."""
    return f"{'R' if redo else 'N'}{uuid.uuid4().hex} {encode_request(request, spider)}", -request.priority


# -- the frontier client of one process ---------------------------------------------------------
class Frontier:
    """This process's view of one platform's shared frontier."""

    def __init__(self, redis_url: str, platform: str, *, heartbeat_s: float = 30.0):
        self.redis = redis_client(redis_url)
        self.keys = keys(platform)
        self.worker = worker_id()
        self.inflight = self.keys["inflight"] + self.worker
        self.heartbeat_ms = int(heartbeat_s * 1000)
        self._enqueue = self.redis.register_script(_ENQUEUE)
        self._pop = self.redis.register_script(_POP)
        self._heartbeat = self.redis.register_script(_HEARTBEAT)
        self._pending = self.redis.register_script(_PENDING)
        # in-flight bookkeeping: token -> [items not yet through the pipelines, callback done?]
        self.tokens: dict[str, list] = {}
        self.items: dict[int, tuple[str, Any]] = {}  # id(item) -> (token, item kept alive)
        self.awaiting_flush: list[str] = []
        self.handoff = None  # FrontierHandoffPipeline, when listings go to the ingest queue
        self.redo_tokens: set[str] = set()
        self.beat()  # registered before the first pop, so a crash right after it is still seen

    # queue
    def push(self, request: Request, spider, *, replaces: str | None = None) -> bool:
        text, score = member(request, spider, redo=bool(request.meta.get(REDO)))
        added = self._enqueue(keys=[self.keys["dupefilter"], self.keys["requests"], self.inflight],
                              args=[fingerprint(request), text, score, "1" if request.dont_filter else "0",
                                    replaces or ""])
        if replaces:
            self.tokens.pop(replaces, None)
            self.redo_tokens.discard(replaces)
        return bool(added)

    def pop(self, spider) -> Request | None:
        raw = self._pop(keys=[self.keys["requests"], self.inflight])
        if raw is None:
            return None
        raw = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        token, text = raw[1:33], raw[34:]
        try:
            request = decode_request(text, spider)
        except (ValueError, TypeError, KeyError) as exc:
            logger.error("frontier: dropped a request that cannot be read (%s): %.200s", exc, text)
            self.redis.hdel(self.inflight, token)
            return None
        request.meta[IN_FLIGHT] = token
        if raw[0] == "R" or request.meta.get(REDO):
            request.meta[REDO] = True
            self.redo_tokens.add(token)
        self.tokens[token] = [0, False]
        return request

    def queued(self) -> int:
        return int(self.redis.zcard(self.keys["requests"]))

    def pending(self) -> int:
        """Requests queued or in flight in any live worker (a dead one's are re-queued first)."""
        self.beat()
        return int(self._pending(keys=[self.keys["workers"], self.keys["requests"]], args=[self.keys["inflight"]]))

    def beat(self) -> int:
        moved = int(self._heartbeat(keys=[self.keys["workers"], self.keys["requests"]],
                                    args=[self.keys["inflight"], self.worker, self.heartbeat_ms]))
        if moved:
            logger.warning("frontier: re-queued %d in-flight request(s) of a crawler that stopped", moved)
        return moved

    def leave(self) -> None:
        """This worker stops: its in-flight hash must be empty (else others re-queue it later)."""
        if not self.redis.hlen(self.inflight):
            self.redis.zrem(self.keys["workers"], self.worker)

    def claim_listing_id(self, listing_id: str) -> bool:
        """True for the first process to ask about this listing ID in this crawl."""
        return bool(self.redis.sadd(self.keys["listing_ids"], listing_id))

    # acknowledgement
    def ack(self, token: str) -> None:
        self.tokens.pop(token, None)
        self.redo_tokens.discard(token)
        self.redis.hdel(self.inflight, token)

    def item_started(self, token: str, item: Any) -> None:
        state = self.tokens.setdefault(token, [0, False])
        state[0] += 1
        self.items[id(item)] = (token, item)

    def item_done(self, item: Any) -> None:
        entry = self.items.pop(id(item), None)
        if entry is not None and entry[0] in self.tokens:
            self.tokens[entry[0]][0] -= 1
            self._maybe_done(entry[0])

    def output_done(self, token: str) -> None:
        if token in self.tokens:
            self.tokens[token][1] = True
            self._maybe_done(token)

    def _maybe_done(self, token: str) -> None:
        items, finished = self.tokens[token]
        if not finished or items > 0:
            return
        if self.handoff is not None and self.handoff.batch:
            self.tokens.pop(token, None)
            self.awaiting_flush.append(token)  # its listings may sit in the unsent batch
        else:
            self.ack(token)

    def flushed(self) -> None:
        """The hand-off batch went out (or was saved to disk): acknowledge what waited for it."""
        waiting, self.awaiting_flush = self.awaiting_flush, []
        if waiting:
            self.redo_tokens.difference_update(waiting)
            self.redis.hdel(self.inflight, *waiting)

    def is_redo(self, item: Any) -> bool:
        """Does this listing come from a request re-queued from a dead worker?"""
        entry = self.items.get(id(item))
        return entry is not None and entry[0] in self.redo_tokens


def frontier_for(crawler) -> Frontier:
    """The crawl's one Frontier client (made on first use)."""
    frontier = getattr(crawler, "_wildwatch_frontier", None)
    if frontier is None:
        settings = crawler.settings
        url, platform = settings.get("WILDWATCH_FRONTIER_REDIS_URL"), settings.get("WILDWATCH_FRONTIER_PLATFORM")
        if not url or not platform:
            raise NotConfigured("no distributed crawl (WILDWATCH_FRONTIER_REDIS_URL unset)")
        frontier = Frontier(url, platform, heartbeat_s=settings.getfloat("WILDWATCH_FRONTIER_HEARTBEAT", 30.0))
        crawler._wildwatch_frontier = frontier
    return frontier


class FrontierScheduler(Scheduler):
    """scrapy-redis's Scheduler over the leased queue above (same settings, same dupefilter key)."""

    @classmethod
    def from_crawler(cls, crawler):
        instance = super().from_crawler(crawler)
        instance.frontier = frontier_for(crawler)
        instance.persist = True  # the frontier outlives every single worker
        return instance

    def open(self, spider):
        self.spider = spider
        self.df = RFPDupeFilter(self.server, key=self.frontier.keys["dupefilter"])
        self.queue = None
        logger.info("frontier %s: %d request(s) queued; this crawler is %s", self.frontier.keys["requests"],
                    self.frontier.queued(), self.frontier.worker)

    def __len__(self):
        return self.frontier.queued()

    def close(self, reason):
        pass  # persist: the queue and fingerprints stay for the other workers

    def enqueue_request(self, request):
        token = request.meta.pop(IN_FLIGHT, None)  # a retry or redirect replaces its in-flight entry
        added = self.frontier.push(request, self.spider, replaces=token)
        if not added:
            self.df.log(request, self.spider)
        elif self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        return added

    def next_request(self):
        request = self.frontier.pop(self.spider)
        if request is not None and self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def has_pending_requests(self):
        return self.frontier.queued() > 0


class FrontierSpiderMiddleware:
    """Counts the listings each fetched request yields, so it is acknowledged only after they are
    through the pipelines; strips the parent's token from child requests."""

    def __init__(self, crawler):
        self.frontier = frontier_for(crawler)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _started(self, token, out):
        """One output of a fetched request: a child request drops the parent's token, an item is counted."""
        if isinstance(out, Request):
            out.meta.pop(IN_FLIGHT, None)
            out.meta.pop(REDO, None)
        elif token is not None and out is not None:
            self.frontier.item_started(token, out)
        return out

    # Scrapy calls the async form for async callbacks and the plain one for the rest: both must exist.
    async def process_spider_output_async(self, response, result):
        token = response.meta.get(IN_FLIGHT)
        try:
            async for out in result:
                yield self._started(token, out)
        finally:
            if token is not None:
                self.frontier.output_done(token)

    def process_spider_output(self, response, result):
        token = response.meta.get(IN_FLIGHT)
        try:
            for out in result:
                yield self._started(token, out)
        finally:
            if token is not None:
                self.frontier.output_done(token)


class FrontierExtension:
    """Heartbeat, re-queueing of dead workers' requests, acknowledgements after the pipelines,
    and staying open while any worker still has work that may lead to more."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.frontier = frontier_for(crawler)
        self.flush_after = crawler.settings.getfloat("WILDWATCH_FRONTIER_FLUSH_AFTER", 2.0)
        self.poll_s = crawler.settings.getfloat("WILDWATCH_FRONTIER_POLL", 0.5)
        self._last_beat = 0.0
        self._waiting = False  # the spider went idle while other crawlers still had work
        self._loop = None
        self._oldest_wait: float | None = None
        for handler, signal in ((self.opened, signals.spider_opened), (self.closed, signals.spider_closed),
                                (self.idle, signals.spider_idle), (self.item_done, signals.item_scraped),
                                (self.item_done, signals.item_dropped), (self.item_done, signals.item_error)):
            crawler.signals.connect(handler, signal=signal)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def opened(self, spider=None):
        from twisted.internet import task

        self.frontier.beat()
        self._last_beat = time.monotonic()
        self._loop = task.LoopingCall(self.tick)
        self._loop.start(min(self.poll_s, self.frontier.heartbeat_ms / 3000), now=False)

    def tick(self):
        try:
            now = time.monotonic()
            if now - self._last_beat >= self.frontier.heartbeat_ms / 3000:
                self.frontier.beat()
                self._last_beat = now
            engine = self.crawler.engine
            if self.frontier.queued():
                self._wake()  # maybe queued by another crawler (or a dead one's, back in the queue)
            elif self._waiting and engine is not None and engine.spider_is_idle() and not self._left():
                # the last crawler's work is done: stop now, not at Scrapy's next idle check (5 s)
                self._waiting = False
                from scrapy.utils.defer import deferred_from_coro

                deferred_from_coro(engine.close_spider_async(reason="finished"))
            if self.frontier.awaiting_flush and self.frontier.handoff is not None:
                self._oldest_wait = self._oldest_wait or now
                if now - self._oldest_wait >= self.flush_after:
                    self.frontier.handoff.flush()
                    self._oldest_wait = None
        except Exception as exc:  # Redis away for a moment: the next tick tries again
            logger.error("frontier heartbeat failed: %s", exc)

    def _wake(self):
        # Idle, Scrapy asks the scheduler again only on its 5-second heartbeat; ask it now (a
        # scheduled call when busy is harmless: the engine still respects its concurrency).
        slot = getattr(self.crawler.engine, "_slot", None)
        if slot is not None and getattr(slot, "nextcall", None) is not None:
            slot.nextcall.schedule()

    def _left(self) -> int:
        if self.frontier.handoff is not None and self.frontier.awaiting_flush:
            self.frontier.handoff.flush()
        return self.frontier.pending()

    def idle(self, spider=None):
        left = self._left()
        if left:
            self._waiting = True  # tick() closes the spider as soon as nothing is left
            self.crawler.stats.set_value("wildwatch/frontier_waiting", left)
            raise DontCloseSpider
        logger.info("frontier: nothing queued or in flight anywhere; this crawler stops")

    def item_done(self, item, **kwargs):
        self.frontier.item_done(item)

    def closed(self, spider=None, reason=None):
        if self._loop is not None and self._loop.running:
            self._loop.stop()
        if self.frontier.handoff is not None:
            self.frontier.handoff.flush()
        self.frontier.flushed()
        self.frontier.leave()

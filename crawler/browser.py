"""Chromium via scrapy-playwright for browser-rendered marketplaces."""
from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import weakref
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from scrapy_playwright._utils import _maybe_await
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

from config.settings import get_settings

logger = logging.getLogger(__name__)

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
# A page's own scripts get at most this much JavaScript heap: past it the renderer dies and the page
# is an error, instead of a script eating the machine's memory.
CRAWL_CHROMIUM_ARGS = [*CHROMIUM_ARGS, "--js-flags=--max-old-space-size=512"]
# The crawler records image URLs but never downloads listing media.
_ABORTED_RESOURCES = {"image", "media", "font"}
# robots.txt for in-browser requests: fetched once per origin, and never waited on longer than this.
ROBOTS_TIMEOUT_S = 5.0
ROBOTS_FORBIDDEN_STAT = "wildwatch/robotstxt/forbidden_in_browser"
# In-browser requests denied because their robots.txt check itself failed (a bug, an unparseable URL).
ROBOTS_CHECK_FAILED_STAT = "wildwatch/robotstxt/check_failed_in_browser"
_DEFAULT_PORTS = {"http": 80, "https": 443}

# Scrolls until the end marker shows, no new card appears for `stallRounds` scrolls, or the cap.
# Runs our own code in the page; nothing from the listing is evaluated.
SCROLL_SCRIPT = """
async ({kind, expr, endSelector, clickSelector, maxScrolls, waitMs, stallRounds, maxChars}) => {
  const count = () => kind === 'css'
    ? document.querySelectorAll(expr).length
    : document.evaluate(expr, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null).snapshotLength;
  const ended = () => !!(endSelector && document.querySelector(endSelector));
  // a page that grows without end stops here (the handler then refuses it as too big)
  const big = () => !!maxChars && document.documentElement.outerHTML.length > maxChars;
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  let scrolls = 0, stalls = 0, last = count();
  while (scrolls < maxScrolls && !ended() && !big()) {
    if (clickSelector) { const button = document.querySelector(clickSelector); if (button) button.click(); }
    window.scrollTo(0, document.documentElement.scrollHeight);
    window.dispatchEvent(new Event('scroll'));
    scrolls += 1;
    const started = Date.now();
    while (Date.now() - started < waitMs && count() === last && !ended()) await sleep(50);
    const now = count();
    if (now === last && !ended()) { stalls += 1; if (stalls >= stallRounds) break; }
    else { stalls = 0; last = now; }
  }
  return {cards: count(), scrolls, ended: ended()};
}
"""


# Waits for the content to render, but never fails: on an error status (429/503...) it returns
# at once so Scrapy's retry sees the status, and a page that never renders is parsed as it is
# (its gaps are recorded) rather than lost to a timeout.
WAIT_SCRIPT = """
async ({kind, expr, timeoutMs}) => {
  const nav = performance.getEntriesByType('navigation')[0];
  if (nav && nav.responseStatus >= 400) return false;
  const found = () => kind === 'css'
    ? document.querySelector(expr)
    : document.evaluate(expr, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
  const started = Date.now();
  while (!found() && Date.now() - started < timeoutMs) await new Promise((r) => setTimeout(r, 50));
  return !!found();
}
"""


def find_chromium() -> str | None:
    configured = get_settings().chromium_path
    if configured:
        return configured if os.access(configured, os.X_OK) else None
    for candidate in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(candidate)
        if found:
            return found
    return "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None


def should_abort_request(request) -> bool:
    """PLAYWRIGHT_ABORT_REQUEST hook: keep pages light and never fetch listing media."""
    return request.resource_type in _ABORTED_RESOURCES


class RobotsTxtAbort:
    """PLAYWRIGHT_ABORT_REQUEST hook for platforms that obey robots.txt.

    Scrapy's RobotsTxtMiddleware only sees the requests Scrapy makes; everything the page's own
    JavaScript asks Chromium for (fetch/XHR, frames, scripts...) reaches this hook instead. It aborts
    media (like `should_abort_request`) and any request robots.txt disallows for our user agent.
    robots.txt is fetched once per origin (scheme, host, port) with aiohttp and cached for the crawl.
    One instance per crawl; `bind(crawler)` lets it count in the crawl's stats.
    """

    def __init__(self, user_agent: str, *, timeout_s: float = ROBOTS_TIMEOUT_S):
        self.user_agent = user_agent
        self.timeout_s = timeout_s
        self.forbidden = 0
        self.check_failed = 0
        self._crawler: Any = None  # set by bind(); its stats exist once the crawl has started
        # origin -> task giving a Protego parser, or None for "no usable robots.txt: allow all".
        # Filled lazily inside the running loop (the settings holding this object are deep-copied).
        self._robots: dict[tuple[str, str, int], asyncio.Task] = {}
        self._routed_contexts: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def bind(self, crawler) -> None:
        self._crawler = crawler

    def request_meta(self) -> dict[str, Any]:
        """Request meta for the browser requests of a crawl using this hook.

        scrapy-playwright routes only the pages it opens itself through the hook. What a service
        worker fetches is not routed at all (Playwright's advice: block service workers when
        routing; given here, not in PLAYWRIGHT_CONTEXTS, which would start a second browser for
        the https handler), and a popup the page opens (window.open) is a page of its own: the
        page init callback routes the whole browser context through this hook too."""
        return {"playwright_context_kwargs": {"service_workers": "block"},
                "playwright_page_init_callback": self.route_context}

    async def route_context(self, page, request) -> None:
        """playwright_page_init_callback: route the page's browser context through this hook
        (once per context). scrapy-playwright's own page route takes precedence on its pages."""
        context = page.context
        task = self._routed_contexts.get(context)
        if task is None:
            task = self._routed_contexts[context] = asyncio.ensure_future(
                context.route("**", self._route_other_page))
        await asyncio.shield(task)

    async def _route_other_page(self, route, request) -> None:
        from playwright.async_api import Error as PlaywrightError

        abort = await self(request)  # never raises: a failed check answers "abort"
        try:
            # fallback: the crawl's own context route (GuardedPlaywrightHandler) still applies
            await (route.abort() if abort else route.fallback())
        except PlaywrightError as exc:  # the popup or its context closed meanwhile
            logger.debug("in-browser request %s not routed: %s", request.url, exc)

    async def __call__(self, request) -> bool:
        if should_abort_request(request):
            return True
        try:
            allowed = await self.allowed(request.url)
        except Exception:
            # Deny what could not be checked (obeying robots.txt must not depend on the check
            # working), and say so. Never raise: scrapy-playwright would leave the request hanging.
            self.check_failed += 1
            self._count(ROBOTS_CHECK_FAILED_STAT)
            logger.warning("robots.txt check failed for in-browser request %s; denied",
                           request.url, exc_info=True)
            return True
        if allowed:
            return False
        self.forbidden += 1
        self._count(ROBOTS_FORBIDDEN_STAT)
        logger.debug("Forbidden by robots.txt (in-browser %s request): <%s %s>",
                     request.resource_type, request.method, request.url)
        return True

    def _count(self, key: str) -> None:
        if self._crawler is not None:
            self._crawler.stats.inc_value(key)

    async def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme not in _DEFAULT_PORTS or not parts.hostname:
            return True  # data:, blob:, about:... never reach a server
        origin = (parts.scheme, parts.hostname.lower(), parts.port or _DEFAULT_PORTS[parts.scheme])
        task = self._robots.get(origin)
        if task is None:
            host_port = parts.netloc.rpartition("@")[2]
            task = asyncio.ensure_future(self._fetch(f"{parts.scheme}://{host_port}/robots.txt"))
            self._robots[origin] = task
        # shield: a request that goes away while waiting must not cancel the fetch for the others
        parser = await asyncio.shield(task)
        return parser is None or parser.can_fetch(url, self.user_agent)

    async def _fetch(self, robots_url: str):
        from protego import Protego
        from scrapy.robotstxt import decode_robotstxt

        # Same policy as Scrapy's RobotsTxtMiddleware: whatever HTTP response comes back (200, 404,
        # 5xx...) its body is parsed as robots.txt, so a missing file or an error page without rules
        # allows everything; when nothing comes back at all (timeout, refused, DNS) it allows all too.
        # (Scrapy retries a 5xx first; this one-shot fetch does not.) Like Scrapy, it uses the
        # environment's proxy and does not verify certificates. Anything else raised here is a
        # failed check: every in-browser request to this origin is then denied (see __call__).
        try:
            timeout = aiohttp.ClientTimeout(total=self.timeout_s)
            async with aiohttp.ClientSession(timeout=timeout, trust_env=True,
                                             headers={"User-Agent": self.user_agent}) as session:
                async with session.get(robots_url, ssl=False) as response:
                    body = await response.read()
                    status = response.status
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
            logger.warning("robots.txt unavailable for in-browser requests: %s (%s: %s); allowing all",
                           robots_url, type(exc).__name__, exc)
            return None
        logger.debug("robots.txt for in-browser requests: %s -> %s", robots_url, status)
        return Protego.parse(decode_robotstxt(body, None))


def bind_abort_hook(crawler) -> dict[str, Any]:
    """Let this crawl's RobotsTxtAbort hook (if any) count in the crawl's stats; returns the meta
    its browser requests need (`RobotsTxtAbort.request_meta`), {} without the hook.

    Scrapy deep-copies the settings into the crawler, so the hook scrapy-playwright calls is the
    one in `crawler.settings`, not the one `playwright_settings` built."""
    hook = crawler.settings.get("PLAYWRIGHT_ABORT_REQUEST")
    if not isinstance(hook, RobotsTxtAbort):
        return {}
    hook.bind(crawler)
    meta = hook.request_meta()
    handler = crawler.settings.getdict("DOWNLOAD_HANDLERS").get("http")
    if handler == "crawler.browser.GuardedPlaywrightHandler":
        meta.pop("playwright_page_init_callback")  # its own context route covers popups, hook included
    return meta


def playwright_settings(chromium: str, timeout_s: float, *, robots_user_agent: str | None = None) -> dict:
    """scrapy-playwright settings; `robots_user_agent` (when robots.txt is obeyed) makes the abort
    hook also enforce robots.txt for the page's own requests, with that user agent."""
    handler = "crawler.browser.GuardedPlaywrightHandler"
    settings: dict[str, Any] = {
        # only http(s), as on static platforms (this dict replaces the one scrapy_settings gives)
        "DOWNLOAD_HANDLERS": {"http": handler, "https": handler,
                              "ftp": None, "file": None, "s3": None, "data": None},
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {"executable_path": chromium, "headless": True,
                                      "args": CRAWL_CHROMIUM_ARGS},
        "PLAYWRIGHT_ABORT_REQUEST": "crawler.browser.should_abort_request",
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": int(timeout_s * 1000),
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 4,
    }
    if robots_user_agent:
        settings["PLAYWRIGHT_ABORT_REQUEST"] = RobotsTxtAbort(
            robots_user_agent, timeout_s=min(ROBOTS_TIMEOUT_S, timeout_s))
    return settings


# -- hostile pages in the browser ------------------------------------------------------------------
# Chromium never fetches a page's GET requests itself: GuardedPlaywrightHandler fetches each one
# (aiohttp, streamed, capped like Scrapy's DOWNLOAD_MAXSIZE, decompressed size included, redirects
# followed and counted here) and hands Chromium the bytes (route.fulfill). Playwright does not
# route the target of a redirect Chromium follows, so Chromium is never given a 3xx.
BLOCKED_STAT = "wildwatch/browser/blocked_requests"  # off-site or not http(s), asked by a page
OVERSIZED_STAT = "wildwatch/browser/too_big_requests"  # a page's own request over the size cap
DOM_SIZE_SCRIPT = "() => document.documentElement ? document.documentElement.outerHTML.length : 0"
_REDIRECTS = {301, 302, 303, 307, 308}
_NOT_FORWARDED = {"host", "content-length", "accept-encoding", "connection", "keep-alive",
                  "transfer-encoding", "proxy-connection", "upgrade"}
_NOT_FULFILLED = {"content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"}


class PageTimeCapExceeded(Exception):
    """A browser page went past the crawl's total time per page (not retried: it would again)."""


class _Refused(Exception):
    def __init__(self, kind: str, message: str, compressed: bool = False):
        super().__init__(message)
        self.kind, self.compressed = kind, compressed

    def for_spider(self) -> Exception:
        """The exception the spider's errback counts (MarketplaceSpider.on_error): IgnoreRequest
        with "redirections" is a redirect loop, "larger than the download max size" or
        DownloadCancelledError a page too big, as Scrapy's own messages on static platforms."""
        from scrapy.exceptions import DownloadCancelledError, IgnoreRequest

        if self.kind == "too_big" and not self.compressed:
            return DownloadCancelledError(str(self))
        return IgnoreRequest(str(self))


class _PageState:
    """What the route handler found about the document the crawl navigates to."""

    def __init__(self) -> None:
        self.navigating = False
        self.problem: Exception | None = None
        self.follow: tuple[str, list[str]] | None = None  # redirected: (final URL, chain)
        self.fetched: dict[str, tuple[int, dict[str, str], bytes]] = {}  # final URL -> response


def _on_hosts(host: str, domains: list[str]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


class GuardedPlaywrightHandler(ScrapyPlaywrightDownloadHandler):
    """scrapy-playwright's handler with the static path's limits (crawler.runner): page size
    (DOWNLOAD_MAXSIZE, decompressed too, and the rendered DOM), redirects (REDIRECT_MAX_TIMES,
    loops), only http(s) and only the spider's allowed_domains for everything the page asks for,
    no service workers, and a total time per page. Overrides private methods of scrapy-playwright
    0.0.48 (pinned): re-check them when upgrading it."""

    def __init__(self, crawler) -> None:
        super().__init__(crawler)
        settings = crawler.settings
        self.max_bytes = settings.getint("DOWNLOAD_MAXSIZE") or 8 * 1024 * 1024
        self.max_redirects = settings.getint("REDIRECT_MAX_TIMES", 10)
        self.timeout_s = settings.getfloat("DOWNLOAD_TIMEOUT", 30.0)
        self.user_agent = settings.get("USER_AGENT")
        self._session: Any = None
        self._states: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    # -- the crawl's pages ------------------------------------------------------------------------
    def time_cap(self) -> float:
        """Navigation, the wait for content, every scroll, and a navigation timeout after each page
        method (scrapy-playwright waits for the load state), with a little slack."""
        platform = getattr(self._crawler.spider, "platform", None)
        more = platform.results.load_more if platform is not None and platform.results else None
        scrolls = more.max_scrolls * (more.wait_ms / 1000 + 0.5) if more is not None else 0.0
        return 3 * self.timeout_s + 15 + scrolls + 5  # 15 s: the spider's WAIT_SCRIPT

    async def _download_request_with_page(self, request, page, spider):
        state = self._states[page] = _PageState()
        cap = self.time_cap()
        try:
            async with asyncio.timeout(cap) as deadline:
                return await super()._download_request_with_page(request, page, spider)
        except TimeoutError:
            if deadline.expired():  # else a timeout of its own (navigation...), raised as it is
                raise PageTimeCapExceeded(f"browser page took more than {cap:.0f} s (time cap per "
                                          "page: politeness.timeout and results.load_more)") from None
            raise
        finally:
            self._states.pop(page, None)

    async def _get_response_and_download(self, request, page, spider):
        from playwright.async_api import Error as PlaywrightError

        state, target = self._states[page], request
        while True:
            state.navigating = True
            try:
                return await super()._get_response_and_download(target, page, spider)
            except PlaywrightError:
                if state.problem is not None:
                    raise state.problem from None
                if state.follow is None:
                    raise
                url, chain = state.follow  # fetched already: the route serves it from state.fetched
                state.follow = None
                request.meta["redirect_urls"] = chain
                target = request.replace(url=url)
            finally:
                state.navigating = False

    async def _apply_page_methods(self, page, request, spider):
        for method in request.meta.get("playwright_page_methods") or ():
            args = getattr(method, "args", ())
            if len(args) == 2 and args[0] == SCROLL_SCRIPT and isinstance(args[1], dict):
                method.args = (SCROLL_SCRIPT, {**args[1], "maxChars": self.max_bytes})
        await super()._apply_page_methods(page, request, spider)
        # What the page's scripts built is capped too, before page.content() copies it out.
        size = await page.evaluate(DOM_SIZE_SCRIPT)
        if size > self.max_bytes:
            raise _Refused("too_big", f"rendered page larger than the download max size: {size} "
                                      f"characters (DOWNLOAD_MAXSIZE {self.max_bytes})").for_spider()

    async def _create_browser_context(self, name, context_kwargs, spider=None):
        # Service workers fetch outside any route: blocked. Pages the crawl did not open (popups)
        # go through the same guard as its own pages (RobotsTxtAbort's context route falls back here).
        kwargs = {**(context_kwargs or {}), "service_workers": "block"}
        wrapper = await super()._create_browser_context(name, kwargs, spider)
        await wrapper.context.route("**", lambda route, req: self._guard(route, req, None))
        return wrapper

    def _make_request_handler(self, **kwargs):
        inner = super()._make_request_handler(**kwargs)
        scrapy_data = {key: kwargs[key] for key in ("method", "url", "headers", "body", "encoding")}
        if scrapy_data["method"].upper() != "GET":  # not what the spider asks for: as it was
            return inner
        return lambda route, req: self._guard(route, req, scrapy_data)

    async def _close(self) -> None:
        await super()._close()
        if self._session is not None:
            await self._session.close()

    # -- every request a page makes ------------------------------------------------------------
    async def _guard(self, route, request, scrapy_data: dict | None) -> None:
        from playwright.async_api import Error as PlaywrightError

        try:
            await self._guard_request(route, request, scrapy_data)
        except PlaywrightError as exc:  # the page closed meanwhile
            logger.debug("in-browser request %s not routed: %s", request.url, exc)
        except Exception:  # a bug here must not leave the request hanging: denied, and said
            logger.warning("in-browser request %s denied: guard failed", request.url, exc_info=True)
            with contextlib.suppress(PlaywrightError):
                await route.abort("blockedbyclient")

    async def _guard_request(self, route, request, scrapy_data: dict | None) -> None:
        try:
            self._check_url(request.url)  # first: no robots.txt is fetched from another host either
        except _Refused as exc:
            self.stats.inc_value(BLOCKED_STAT)
            logger.info("in-browser %s request refused: %s", request.resource_type, exc)
            await route.abort("blockedbyclient")
            return
        if self.abort_request and await _maybe_await(self.abort_request(request)):
            self.stats.inc_value("playwright/request_count/aborted")
            await route.abort()
            return
        try:
            frame = request.frame
            state = self._states.get(frame.page)
            main = bool(state and state.navigating and frame.parent_frame is None
                        and request.is_navigation_request())
        except Exception:  # no frame (a worker's request): nothing to record it on
            state, main = None, False
        url = request.url
        try:
            headers = await self._request_headers(request, scrapy_data, main)
            if request.method.upper() != "GET":  # a page's own POST/PUT: on-site, not fetched here
                await route.continue_(headers=headers)
                return
            cached = state.fetched.pop(url, None) if main else None
            status, out_headers, body, chain = (*cached, [url]) if cached else await self._fetch(url, headers)
        except _Refused as exc:
            self.stats.inc_value(OVERSIZED_STAT if exc.kind == "too_big" else BLOCKED_STAT)
            logger.info("in-browser %s request refused: %s", request.resource_type, exc)
            if main:
                state.problem = exc.for_spider()
            await route.abort("blockedbyclient")
            return
        except (aiohttp.ClientError, OSError, asyncio.TimeoutError, ValueError) as exc:
            if main:
                state.problem = exc  # retried like the same failure on a static page
            await route.abort("failed")
            return
        if main and chain[-1] != url:  # navigate there: Chromium must know the page's real URL
            state.fetched[chain[-1]] = (status, out_headers, body)
            state.follow = (chain[-1], chain)
            await route.abort("blockedbyclient")
            return
        if main:
            self._fix_charset(url, out_headers, body)
        await route.fulfill(status=status, headers=out_headers, body=body)

    def _check_url(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in _DEFAULT_PORTS:
            raise _Refused("blocked", f"not http(s): {url[:200]}")
        domains = getattr(self._crawler.spider, "allowed_domains", None) or []
        if domains and not _on_hosts((parts.hostname or "").lower(), domains):
            raise _Refused("blocked", f"Filtered offsite request to {parts.hostname!r}: {url[:200]}")

    async def _request_headers(self, request, scrapy_data: dict | None, main: bool) -> dict[str, str]:
        if scrapy_data is not None and self.process_request_headers is not None:
            headers = await _maybe_await(self.process_request_headers(
                browser_type_name=self.config.browser_type_name, playwright_request=request,
                scrapy_request_data=scrapy_data))
            if main and request.url.rstrip("/") == scrapy_data["url"].rstrip("/"):
                scrapy_data["headers"].clear()  # the evidence records the headers really sent
                scrapy_data["headers"].update(headers)
        else:
            headers = dict(request.headers)  # all_headers() can wait forever on a popup's navigation
            if self.user_agent:
                headers["user-agent"] = self.user_agent
        headers = {k: v for k, v in headers.items() if k.lower() not in _NOT_FORWARDED}
        if not any(k.lower() == "cookie" for k in headers):
            try:
                context = request.frame.page.context
            except Exception:  # a popup's first request has no frame yet: no cookies to send
                return headers
            cookies = await context.cookies(request.url)
            if cookies:
                headers["cookie"] = "; ".join(f"{c['name']}={c['value']}" for c in cookies)
        return headers

    async def _fetch(self, url: str, headers: dict[str, str]):
        """(status, headers, body, chain) of `url` after its redirects; _Refused past the limits."""
        from yarl import URL

        if self._session is None:
            # Like Scrapy: the environment's proxy, certificates not verified; cookies are the
            # browser context's (sent above), never kept here.
            self._session = aiohttp.ClientSession(
                trust_env=True, cookie_jar=aiohttp.DummyCookieJar(),
                timeout=aiohttp.ClientTimeout(total=self.timeout_s))
        chain = [url]
        while True:
            async with self._session.get(url, headers=headers, allow_redirects=False, ssl=False) as resp:
                location = resp.headers.get("Location")
                if resp.status in _REDIRECTS and location:
                    target = str(resp.url.join(URL(location)))
                    if target in chain or len(chain) > self.max_redirects:
                        raise _Refused("redirect", "redirect loop or more than REDIRECT_MAX_TIMES "
                                       f"({self.max_redirects}) redirections: " + " -> ".join([*chain, target])[:500])
                    self._check_url(target)
                    chain.append(target)
                    url = target
                    continue
                compressed = bool(resp.headers.get("Content-Encoding"))
                if not compressed and (resp.content_length or 0) > self.max_bytes:
                    raise _Refused("too_big", f"{url}: Content-Length {resp.content_length} larger than "
                                   f"the download max size (DOWNLOAD_MAXSIZE {self.max_bytes})")
                body = bytearray()
                async for chunk in resp.content.iter_chunked(64 * 1024):  # decompressed as it comes
                    body += chunk
                    if len(body) > self.max_bytes:
                        state = "once decompressed " if compressed else ""
                        raise _Refused("too_big", f"{url}: larger than the download max size {state}"
                                       f"(DOWNLOAD_MAXSIZE {self.max_bytes})", compressed)
                out: dict[str, str] = {}
                for key, value in resp.headers.items():
                    if key.lower() not in _NOT_FULFILLED:
                        key = key.lower()
                        out[key] = f"{out[key]}\n{value}" if key in out else value  # set-cookie lines
                return resp.status, out, bytes(body), chain

    def _fix_charset(self, url: str, headers: dict[str, str], body: bytes) -> None:
        """The static path's charset rule (MarketplaceSpider._decoded) before Chromium decodes the
        page: a label the bytes contradict becomes the platform's encoding (counted), no label or
        a generic one the platform's encoding."""
        from w3lib.encoding import http_content_type_encoding

        from crawler import spider as sp  # imported by now; not at the top (it imports this module)

        content_type = headers.get("content-type", "")
        if "html" not in content_type.lower():
            return
        encoding = getattr(getattr(self._crawler.spider, "platform", None), "encoding", None)
        declared = http_content_type_encoding(content_type)
        if not declared or declared.lower() in sp._GENERIC_CHARSETS:
            fallback = encoding
        elif not sp._label_lies(body, declared):
            return
        else:
            fallback = encoding if encoding and sp._decodes(body, encoding) else sp._guess_encoding(body)
            if not fallback or sp._same_codec(fallback, declared):
                return
            self.stats.inc_value("wildwatch/charset_fallbacks")
            logger.warning("%s: labelled %s but it is not; read as %s", url, declared, fallback)
        if fallback:
            headers["content-type"] = content_type.split(";", 1)[0].strip() + f"; charset={fallback}"


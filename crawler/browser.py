"""Chromium via scrapy-playwright for browser-rendered marketplaces."""
from __future__ import annotations

import asyncio
import logging
import os
import shutil
import weakref
from typing import Any
from urllib.parse import urlsplit

import aiohttp

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
    if handler == "crawler.browser_guard.GuardedPlaywrightHandler":
        meta.pop("playwright_page_init_callback")  # its own context route covers popups, hook included
    return meta


def playwright_settings(chromium: str, timeout_s: float, *, robots_user_agent: str | None = None) -> dict:
    """scrapy-playwright settings; `robots_user_agent` (when robots.txt is obeyed) makes the abort
    hook also enforce robots.txt for the page's own requests, with that user agent."""
    handler = "crawler.browser_guard.GuardedPlaywrightHandler"
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

"""Hostile pages in the browser: the limits static pages get (size, redirects, schemes, hosts,
charset), applied to everything Chromium loads for a browser-rendered platform.

Chromium never fetches a page's GET requests itself: GuardedPlaywrightHandler fetches each one
(aiohttp, streamed, capped like Scrapy's DOWNLOAD_MAXSIZE, decompressed size included, redirects
followed and counted here) and hands Chromium the bytes (route.fulfill). Playwright does not
route the target of a redirect Chromium follows, so Chromium is never given a 3xx.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import weakref
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from scrapy_playwright._utils import _maybe_await
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

from crawler.browser import _DEFAULT_PORTS, SCROLL_SCRIPT
from crawler.charset import choose_encoding

logger = logging.getLogger(__name__)
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
        self._states[page] = _PageState()
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

        content_type = headers.get("content-type", "")
        if "html" not in content_type.lower():
            return
        declared = http_content_type_encoding(content_type)
        encoding = getattr(getattr(self._crawler.spider, "platform", None), "encoding", None)
        choice = choose_encoding(body, declared, encoding)
        if choice.label_lied:
            self.stats.inc_value("wildwatch/charset_fallbacks")
            logger.warning("%s: labelled %s but it is not; read as %s", url, declared, choice.encoding)
        if choice.encoding:
            headers["content-type"] = content_type.split(";", 1)[0].strip() + f"; charset={choice.encoding}"

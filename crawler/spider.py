"""The one marketplace spider: everything site-specific comes from the platform file.

search pages -> cards -> (detail page | JSON endpoint | the card itself) -> Listing dict.
One broken page or card is counted as an error, logged with its URL, and the crawl goes on.
"""
from __future__ import annotations

import json
import logging
import re
import socket
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote, urlparse

import scrapy
from scrapy import signals
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.spidermiddlewares.httperror import HttpError
from w3lib.encoding import http_content_type_encoding

from config.settings import get_settings
from crawler.browser import SCROLL_SCRIPT, WAIT_SCRIPT, bind_abort_hook
from crawler.charset import choose_encoding
from crawler.evidence import EvidenceWriter, headers_as_dict
from crawler.extract import extract_fields, extract_html, select_nodes
from crawler.listing import build_listing, utc_now_iso
from crawler.platform_config import Platform, platform_regex
from crawler.urls import canonical_url, page_canonical

logger = logging.getLogger(__name__)
MAX_KEPT_ERRORS = 200
_POLITE_SKIP = re.compile(r"robots\.txt|Filtered offsite request")
_TOO_BIG = re.compile(r"larger than (the )?(download )?max ?size|max_page_bytes|DOWNLOAD_MAXSIZE", re.I)
# What structured data (crawler.structured) calls the fields we read.
_STRUCTURED_KEYS = {"listing_id": "listing_id", "title": "title", "description": "description",
                    "price": "price_amount", "currency": "currency", "seller_id": "seller_id",
                    "seller_name": "seller_name", "seller_url": "seller_url", "images": "images",
                    "posted_at": "posted_at", "location": "location", "category": "category"}


def absolute_template(base_url: str, template: str) -> str:
    if re.match(r"^https?://", template):
        return template
    return base_url.rstrip("/") + "/" + template.lstrip("/")


def start_urls_for(platform: Platform, terms: list[str], base_url: str) -> list[tuple[str, str | None, str]]:
    """(url, term, template) of every first search page; raises ValueError when there is none."""
    encoding = platform.encoding or "utf-8"
    first = platform.search.first_page
    out: list[tuple[str, str | None, str]] = []
    for template in platform.search.urls:
        absolute = absolute_template(base_url, template)
        if "{term}" in template:
            for term in terms:
                out.append((absolute.format(term=quote(term, safe="", encoding=encoding), page=first),
                            term, absolute))
        else:
            out.append((absolute.format(page=first), None, absolute))
    if not out:
        raise ValueError(f"platform {platform.name!r}: no search terms (give --terms or search.terms)")
    return out


def _site_domain(url: str) -> str:
    host = urlparse(url).hostname or ""
    return host[4:] if host.startswith("www.") else host


def _structured_extractor():
    """crawler.structured is built separately; import it lazily and live without it."""
    try:
        from crawler.structured import extract_product
    except ImportError:
        logger.warning("crawler.structured is unavailable: no structured-data fallback")
        return None
    return extract_product


class MarketplaceSpider(scrapy.Spider):
    name = "marketplace"

    def __init__(self, platform: Platform, terms: list[str] | None = None, max_pages: int | None = None,
                 base_url: str | None = None, **kwargs: Any):
        super().__init__(name=f"marketplace-{platform.name}", **kwargs)
        self.platform = platform
        self.base_url = (base_url or platform.base_url).rstrip("/")
        self.terms = list(terms) if terms else list(platform.search.terms)
        results = platform.results
        self.max_pages = max_pages or (results.max_pages if results else 1)
        self.errors: list[tuple[str, str]] = []  # (url, problem), for the command's summary
        # A hostile listing must not lead the crawler to other sites (images are only recorded).
        self.allowed_domains = platform.allowed_domains or [_site_domain(self.base_url)]
        self.browser = platform.rendering == "browser"
        self.extract_product = _structured_extractor() if platform.uses_structured_fallback else None
        pattern = platform.listing.listing_id_pattern
        self.listing_id_re = platform_regex(pattern) if pattern else None  # RE2: linear time
        self.evidence: EvidenceWriter | None = None
        self.robots_browser_meta: dict[str, Any] = {}  # added to every browser request's meta
        self.drop_params = platform.drop_query_params  # tracking parameters (crawler.urls); None: defaults
        self.listing_ids_requested: set[str] = set()  # a card's listing seen in this crawl is not fetched again
        self.frontier = None  # crawler.frontier.Frontier of a distributed crawl (listing IDs and acks shared)

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any):
        spider = super().from_crawler(crawler, *args, **kwargs)
        # robots.txt for the page's own requests in Chromium (crawler.browser.RobotsTxtAbort)
        spider.robots_browser_meta = bind_abort_hook(crawler)
        evidence_dir = Path(crawler.settings.get("WILDWATCH_EVIDENCE_DIR") or get_settings().data_dir / "evidence")
        if crawler.settings.get("WILDWATCH_FRONTIER_REDIS_URL"):
            from crawler.frontier import frontier_for

            spider.frontier = frontier_for(crawler)
            evidence_dir = evidence_dir / socket.gethostname()  # many hosts may share one volume
        spider.evidence = EvidenceWriter(evidence_dir, spider.platform.name)
        crawler.signals.connect(spider._close_evidence, signal=signals.spider_closed)
        crawler.signals.connect(spider._on_spider_error, signal=signals.spider_error)
        crawler.signals.connect(spider._on_request_dropped, signal=signals.request_dropped)
        return spider

    def _on_request_dropped(self, request, spider=None) -> None:
        # A redirect back to a URL of its own chain is dropped by the duplicate filter without
        # an error: a redirect loop, and the listing is lost, so it is counted as one.
        chain = request.meta.get("redirect_urls") or []
        if request.url in chain:
            self.crawler.stats.inc_value("wildwatch/redirect_loops")
            self._record_error(chain[0], "redirect loop: " + " -> ".join([*chain, request.url])[:500])

    def _on_spider_error(self, failure, response, spider=None) -> None:
        # Anything our callbacks did not catch themselves still counts, with its URL.
        self._record_error(response.url, f"{failure.type.__name__}: {failure.value}")

    def _close_evidence(self) -> None:
        if self.evidence is not None:
            self.evidence.close()

    # -- requests --------------------------------------------------------------------------
    async def start(self):
        if self.frontier is not None:
            return  # a distributed crawl's first pages were seeded into the shared frontier
        for url, term, template in start_urls_for(self.platform, self.terms, self.base_url):
            yield self._results_request(url, term, template, self.platform.search.first_page)

    def _results_request(self, url: str, term: str | None, template: str, page: int) -> scrapy.Request:
        meta: dict[str, Any] = {"term": term, "template": template, "page": page}
        if self.browser:
            meta.update(self._browser_meta(scroll=True))
        return scrapy.Request(url, callback=self.parse_results, errback=self.on_error, meta=meta)

    def _browser_meta(self, scroll: bool) -> dict[str, Any]:
        from scrapy_playwright.page import PageMethod

        methods = []
        results = self.platform.results
        if scroll and results is not None and results.card is not None:
            card = results.card
            more = results.load_more
            expr = card.expr
            if more is not None and more.end_selector and card.kind == "css":
                expr = f"{card.css}, {more.end_selector}"  # an empty result shows only the end
            methods.append(PageMethod("evaluate", WAIT_SCRIPT, {"kind": card.kind, "expr": expr,
                                                                "timeoutMs": 15000}))
            if more is not None:
                methods.append(PageMethod("evaluate", SCROLL_SCRIPT, {
                    "kind": card.kind, "expr": card.expr, "endSelector": more.end_selector,
                    "clickSelector": more.click, "maxScrolls": more.max_scrolls,
                    "waitMs": more.wait_ms, "stallRounds": more.stall_rounds}))
        elif not scroll and self.platform.listing.wait_for:
            methods.append(PageMethod("evaluate", WAIT_SCRIPT, {
                "kind": "css", "expr": self.platform.listing.wait_for, "timeoutMs": 15000}))
        meta: dict[str, Any] = {"playwright": True, "playwright_page_methods": methods}
        meta.update(self.robots_browser_meta)
        return meta

    # -- callbacks -------------------------------------------------------------------------
    def parse_results(self, response: Response) -> Iterator[Any]:
        self.crawler.stats.inc_value("wildwatch/pages")
        try:
            response = self._decoded(response)
            selector = response.selector
        except Exception as exc:
            self._record_error(response.url, f"unreadable results page: {exc}")
            return
        results = self.platform.results
        if results is None:  # the search URLs are listing pages themselves
            yield from self.parse_detail(response, {}, counted=True)
            return
        cards = select_nodes(selector, results.card) if results.card is not None else []
        page_capture: dict[str, Any] | None = None
        for card in cards:
            try:
                card_fields = extract_fields(card, results.fields)
                link = extract_html(card, results.detail_link) if results.detail_link else None
                link_url = canonical_url(response.urljoin(link), self.drop_params) if link else None
                source = self.platform.listing.source
                if source == "card" or (source == "detail" and link_url is None):
                    if source == "detail":
                        self._record_error(response.url, "card without a detail link; listing kept from the card")
                    page_capture = page_capture or self._capture(response)
                    yield self._listing(card_fields, link_url or response.url, page_capture)
                else:
                    yield from self._listing_requests(card_fields, link_url, response)
            except Exception as exc:
                self._record_error(response.url, f"bad card: {exc!r}")
        try:
            links = []
            if results.card is None:
                allow = platform_regex(results.detail_link_pattern)  # RE2, not LinkExtractor's backtracking re
                links = [link for link in LinkExtractor().extract_links(response)
                         if self._on_site(link.url) and allow.search(link.url)]
                for link in links:
                    if self._followable(link.url, response.url):
                        url = canonical_url(link.url, self.drop_params)
                        if self._first_request_for(self._id_from_url(url), response):
                            yield self._detail_request(url, {})
            yield from self._next_results(response, selector, found=bool(cards) or bool(links))
        except Exception as exc:
            self._record_error(response.url, f"cannot follow links: {exc!r}")

    def _listing_requests(self, card_fields: dict[str, Any], link_url: str | None,
                          response: Response) -> Iterator[scrapy.Request]:
        if not self._first_request_for(card_fields.get("listing_id") or self._id_from_url(link_url), response):
            return
        if self.platform.listing.source == "json":
            listing_id = card_fields.get("listing_id") or self._id_from_url(link_url)
            if not listing_id:
                self._record_error(response.url, "card without listing_id; cannot call json_url")
                return
            json_url = absolute_template(self.base_url, self.platform.listing.json_url).format(
                listing_id=quote(str(listing_id), safe=""))
            yield scrapy.Request(json_url, callback=self.parse_json, errback=self.on_error, priority=10,
                                 cb_kwargs={"card_fields": card_fields, "listing_url": link_url or json_url})
        else:
            if self._followable(link_url, response.url):
                yield self._detail_request(link_url, card_fields)

    def _detail_request(self, url: str, card_fields: dict[str, Any]) -> scrapy.Request:
        meta = self._browser_meta(scroll=False) if self.browser else {}
        return scrapy.Request(url, callback=self.parse_detail, errback=self.on_error, priority=10,
                              meta=meta, cb_kwargs={"card_fields": card_fields})

    def _next_results(self, response: Response, selector, found: bool) -> Iterator[scrapy.Request]:
        meta = response.meta
        page = meta["page"]
        if page - self.platform.search.first_page + 1 >= self.max_pages:
            return
        results = self.platform.results
        if results.next_page is not None:
            link = extract_html(selector, results.next_page)
            if link:
                if self._followable(response.urljoin(link), response.url):
                    yield self._results_request(response.urljoin(link), meta["term"], meta["template"], page + 1)
        elif "{page}" in meta["template"] and found:
            term = meta["term"]
            encoded = quote(term, safe="", encoding=self.platform.encoding or "utf-8") if term else ""
            yield self._results_request(meta["template"].format(term=encoded, page=page + 1),
                                        term, meta["template"], page + 1)

    def parse_detail(self, response: Response, card_fields: dict[str, Any], counted: bool = False) -> Iterator[Any]:
        if not counted:
            self.crawler.stats.inc_value("wildwatch/pages")
        try:
            response = self._decoded(response)
            fields = extract_fields(response.selector, self.platform.listing.fields)
            if self.extract_product is not None:
                self._fill_from_structured(fields, response)
            yield self._listing(self._merge(card_fields, fields), page_canonical(response, response.url, self.drop_params),
                                self._capture(response), id_url=canonical_url(response.url, self.drop_params))
        except Exception as exc:
            self._record_error(response.url, f"bad listing page: {exc!r}")

    def parse_json(self, response: Response, card_fields: dict[str, Any], listing_url: str) -> Iterator[Any]:
        self.crawler.stats.inc_value("wildwatch/pages")
        try:
            data = json.loads(self._json_text(response))
            fields = extract_fields(data, self.platform.listing.fields)
            yield self._listing(self._merge(card_fields, fields), listing_url, self._capture(response))
        except Exception as exc:
            self._record_error(response.url, f"bad listing JSON: {exc!r}")

    def on_error(self, failure) -> None:
        try:
            self._on_error(failure)
        finally:
            if self.frontier is not None and failure.request.meta.get("ww_in_flight"):
                self.frontier.ack(failure.request.meta["ww_in_flight"])  # nothing more comes of it

    def _on_error(self, failure) -> None:
        request = failure.request
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            if _POLITE_SKIP.search(str(failure.value)):
                # robots.txt said no, or an off-site request was filtered: polite, not an error
                self.crawler.stats.inc_value("wildwatch/skipped")
                logger.info("skipped %s: %s", request.url, failure.value)
                return
            # A redirect loop, a decompression bomb...: the listing is lost, so it is an error.
            reason = str(failure.value)
            if "redirections" in reason:
                self.crawler.stats.inc_value("wildwatch/redirect_loops")
                reason = f"redirect loop or chain too long ({reason}; politeness.max_redirects)"
            elif _TOO_BIG.search(reason):
                self.crawler.stats.inc_value("wildwatch/too_big")
                reason = f"page too big once decompressed (politeness.max_page_bytes): {reason}"
            self._record_error(request.url, reason)
            return
        if failure.check(HttpError):
            problem = f"HTTP {failure.value.response.status} (after retries)"
        elif _TOO_BIG.search(str(failure.value)) or failure.check(DownloadCancelledError):
            # Scrapy cancels a download that grows past DOWNLOAD_MAXSIZE (the message is empty
            # when there was no Content-Length to refuse it by); nothing else here cancels one.
            self.crawler.stats.inc_value("wildwatch/too_big")
            limit = self.platform.politeness.max_page_bytes
            problem = f"page too big (over politeness.max_page_bytes, {limit} bytes): {failure.value or 'cut off'}"
        else:
            problem = f"{failure.type.__name__}: {failure.value}"
        self._record_error(request.url, problem)

    # -- helpers ---------------------------------------------------------------------------
    def _followable(self, url: str | None, from_url: str) -> bool:
        """Only http(s) is followed: an ftp:// (or file:, mailto:...) link, even to the site's
        own host, is counted and left (Scrapy's FTP client could wait on it forever)."""
        if url and url.split(":", 1)[0].lower() in ("http", "https"):
            return True
        self.crawler.stats.inc_value("wildwatch/not_http_links")
        self._record_error(from_url, f"link not followed (only http(s) is): {str(url)[:200]!r}")
        return False


    def _first_request_for(self, listing_id: Any, response: Response | None = None) -> bool:
        """False when a detail request for this listing ID was already made in this crawl (the same
        listing linked under other tracking parameters or paths); counted. Distributed: the IDs
        are claimed in Redis; a page re-done after a crawler died asks again regardless (the dead
        one may have claimed an ID without queueing its request; the shared URL filter drops
        what it did queue)."""
        if not listing_id:
            return True
        if str(listing_id) in self.listing_ids_requested:
            self.crawler.stats.inc_value("wildwatch/duplicate_links")
            return False
        self.listing_ids_requested.add(str(listing_id))
        if self.frontier is not None and not self.frontier.claim_listing_id(str(listing_id)):
            if response is None or not response.meta.get("ww_redo"):
                self.crawler.stats.inc_value("wildwatch/duplicate_links")
                return False
        return True

    def _listing(self, fields: dict[str, Any], url: str, capture: dict[str, Any],
                 id_url: str | None = None) -> dict[str, Any]:
        # The ID comes from the URL fetched (id_url), not from what the page claims is canonical.
        if not fields.get("listing_id"):
            fields = {**fields, "listing_id": self._id_from_url(id_url or url)}
        return build_listing(self.platform, fields, url, capture, fetched_at=utc_now_iso())

    @staticmethod
    def _merge(card_fields: dict[str, Any], page_fields: dict[str, Any]) -> dict[str, Any]:
        merged = dict(card_fields)
        for key, value in page_fields.items():
            if value not in (None, [], ""):
                merged[key] = value
            else:
                merged.setdefault(key, value)
        return merged

    def _fill_from_structured(self, fields: dict[str, Any], response: Response) -> None:
        product = self.extract_product(response.text, response.url, stats=self.crawler.stats) or {}
        for ours, theirs in _STRUCTURED_KEYS.items():
            if fields.get(ours) in (None, [], "") and product.get(theirs) not in (None, [], ""):
                fields[ours] = product[theirs]
        # structured data gives the amount as a number; the price text is its string form
        if fields.get("price") is not None and not isinstance(fields["price"], str):
            fields["price"] = str(fields["price"])

    def _on_site(self, url: str) -> bool:
        host = (urlparse(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)

    def _id_from_url(self, url: str | None) -> str | None:
        if url and self.listing_id_re is not None:
            m = self.listing_id_re.search(url)
            if m:
                return m.group(1) if m.groups() else m.group(0)
        return None

    def _decoded(self, response: Response) -> Response:
        """The page decoded right when the server omits or misstates the charset (GBK labelled
        UTF-8, a "utf-16" label on 8-bit bytes): the platform's `encoding` when it reads the bytes,
        else charset-normalizer's reading; each fallback from a lying label is counted."""
        if response.meta.get("playwright") or not isinstance(response, TextResponse):
            return response
        encoding = self.platform.encoding
        declared = http_content_type_encoding(
            response.headers.get(b"Content-Type", b"").decode("latin-1"))
        choice = choose_encoding(response.body, declared, encoding)
        if choice.label_lied:
            self.crawler.stats.inc_value("wildwatch/charset_fallbacks")
            logger.warning("%s: labelled %s but it is not; read as %s", response.url, declared, choice.encoding)
        return response.replace(encoding=choice.encoding) if choice.encoding else response

    def _json_text(self, response: Response) -> str:
        try:
            return response.body.decode("utf-8")
        except UnicodeDecodeError:
            return response.body.decode(self.platform.encoding or "utf-8", errors="replace")

    def _capture(self, response: Response) -> dict[str, Any]:
        request = response.request
        return self.evidence.write(
            url=response.url, method=request.method if request else "GET",
            request_headers=headers_as_dict(request.headers) if request else {},
            status=response.status, response_headers=headers_as_dict(response.headers),
            body=response.body, protocol=response.protocol or "HTTP/1.1")

    def _record_error(self, url: str, problem: str) -> None:
        self.crawler.stats.inc_value("wildwatch/errors")
        if len(self.errors) < MAX_KEPT_ERRORS:
            self.errors.append((url, problem))
        logger.error("%s: %s", url, problem)

"""Scrapy settings for a platform, and running one crawl in this process.

Scrapy's reactor runs once per process: call `run_crawl` at most once per process.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from scrapy.settings import BaseSettings

from config.settings import get_settings
from crawler.browser import find_chromium, playwright_settings
from crawler.platform_config import Platform, find_platform_file, load_platform
from crawler.spider import MarketplaceSpider, start_urls_for


class CrawlSetupError(Exception):
    """The crawl cannot start (bad platform file, no terms, no browser...). Nothing was fetched."""


def load_for_crawl(name_or_path: str) -> Platform:
    """The validated platform; raises CrawlSetupError with file/key/problem lines."""
    from crawler.platform_config import PlatformFileError

    try:
        path = find_platform_file(name_or_path, get_settings().platforms_dir)
        return load_platform(path)
    except (LookupError, PlatformFileError) as exc:
        raise CrawlSetupError(str(exc)) from None


def resolve_terms(platform: Platform, cli_terms: list[str] | None) -> list[str]:
    """--terms if given; else the file's terms, plus product terms from the lexicon when asked."""
    if cli_terms:
        return list(dict.fromkeys(cli_terms))
    terms = list(platform.search.terms)
    if platform.search.terms_from == "lexicon":
        try:
            from classifiers.lexicon import PRODUCT_KINDS, load_lexicon

            lexicon = load_lexicon(get_settings().keywords_dir)
        except Exception as exc:  # the lexicon is another room's file set; say what went wrong
            raise CrawlSetupError(f"platform {platform.name!r}: search.terms_from: lexicon, but the "
                                  f"lexicon could not be loaded: {exc}") from None
        lang = platform.search.lexicon_lang
        terms += [e.term for e in lexicon.entries
                  if e.kind in PRODUCT_KINDS and (lang is None or e.lang == lang)]
    return list(dict.fromkeys(terms))[: platform.search.max_terms]


def scrapy_settings(platform: Platform, *, output: Path | None = None, queue_url: str | None = None,
                    overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    polite = platform.politeness
    settings: dict[str, Any] = {
        "USER_AGENT": get_settings().user_agent,
        "ROBOTSTXT_OBEY": polite.obey_robots_txt,
        "AUTOTHROTTLE_ENABLED": polite.autothrottle,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": polite.autothrottle_target_concurrency,
        "AUTOTHROTTLE_START_DELAY": max(polite.download_delay, 0.1),
        "DOWNLOAD_DELAY": polite.download_delay,
        "CONCURRENT_REQUESTS_PER_DOMAIN": polite.concurrency_per_domain,
        "DOWNLOAD_TIMEOUT": polite.timeout,
        "RETRY_TIMES": polite.retry_times,
        "RETRY_HTTP_CODES": [429, 500, 502, 503, 504, 522, 524, 408],
        "WILDWATCH_RETRY_MAX_WAIT": polite.retry_max_wait,
        "DOWNLOADER_MIDDLEWARES": {
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            "crawler.middlewares.BackoffRetryMiddleware": 550,
        },
        "ITEM_PIPELINES": {
            "crawler.pipelines.SeenIndexPipeline": 100,
            "crawler.pipelines.QueueHandoffPipeline": 800,
        },
        # Hostile pages: bounded size, decompressed size included (HttpCompressionMiddleware
        # applies the same limits), bounded redirect chains; only http(s) is ever fetched.
        "DOWNLOAD_MAXSIZE": polite.max_page_bytes,
        "DOWNLOAD_WARNSIZE": min(polite.warn_page_bytes, polite.max_page_bytes),
        "REDIRECT_MAX_TIMES": polite.max_redirects,
        "DOWNLOAD_HANDLERS": {"ftp": None, "file": None, "s3": None, "data": None},
        "TELNETCONSOLE_ENABLED": False,
        # Scrapy 2.19 opens an HTTP endpoint that runs Python in the crawl (token in a file outside
        # the data dir): off, and the extension removed, so nothing can reach into a crawl.
        "REMOTE_CONTROL_ENABLED": False,
        "EXTENSIONS": {"scrapy.extensions.remote_control.RemoteControl": None},
        "LOG_LEVEL": "INFO",
    }
    if output is not None:
        settings["FEEDS"] = {str(output): {"format": "jsonlines", "encoding": "utf8", "overwrite": True}}
    if queue_url:
        settings["WILDWATCH_QUEUE_REDIS_URL"] = queue_url
    if platform.rendering == "browser":
        chromium = find_chromium()
        if chromium is None:
            raise CrawlSetupError(f"platform {platform.name!r} needs a browser but no Chromium was "
                                  "found; install chromium or set WILDWATCH_CHROMIUM_PATH")
        # Scrapy checks its own requests against robots.txt; the abort hook checks those the page's
        # JavaScript makes in Chromium, with the same switch and user agent (overrides included).
        final = BaseSettings({**settings, **(overrides or {})})
        robots_ua = None
        if final.getbool("ROBOTSTXT_OBEY"):
            robots_ua = final.get("ROBOTSTXT_USER_AGENT") or final.get("USER_AGENT")
        settings.update(playwright_settings(chromium, polite.timeout, robots_user_agent=robots_ua))
    settings.update(overrides or {})
    return settings


@dataclass
class CrawlResult:
    stats: dict[str, Any] = field(default_factory=dict)
    errors: list[tuple[str, str]] = field(default_factory=list)

    @property
    def listings(self) -> int:
        return int(self.stats.get("item_scraped_count", 0))


def run_crawl(platform: Platform, *, terms: list[str] | None = None, max_pages: int | None = None,
              base_url: str | None = None, output: Path | None = None, queue_url: str | None = None,
              overrides: dict[str, Any] | None = None,
              on_crawler: Callable[[Any], None] | None = None, frontier_url: str | None = None) -> CrawlResult:
    """Validate everything, then crawl; `on_crawler(crawler)` runs before the reactor starts.

    frontier_url: work on the distributed crawl seeded in that Redis (crawler.distributed) instead
    of a crawl of this process's own."""
    from scrapy.crawler import CrawlerProcess

    chosen_terms = resolve_terms(platform, terms)
    try:
        start_urls_for(platform, chosen_terms, base_url or platform.base_url)
    except ValueError as exc:
        raise CrawlSetupError(str(exc)) from None
    settings = scrapy_settings(platform, output=output, queue_url=queue_url, overrides=overrides)
    if frontier_url:
        from crawler.distributed import frontier_settings

        settings = frontier_settings(settings, platform, frontier_url)
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(MarketplaceSpider)
    if on_crawler is not None:
        on_crawler(crawler)
    process.crawl(crawler, platform=platform, terms=chosen_terms, max_pages=max_pages, base_url=base_url)
    process.start()
    spider = crawler.spider
    return CrawlResult(stats=dict(crawler.stats.get_stats()), errors=list(getattr(spider, "errors", [])))

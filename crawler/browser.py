"""Chromium via scrapy-playwright for browser-rendered marketplaces."""
from __future__ import annotations

import os
import shutil

from config.settings import get_settings

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
# The crawler records image URLs but never downloads listing media.
_ABORTED_RESOURCES = {"image", "media", "font"}

# Scrolls until the end marker shows, no new card appears for `stallRounds` scrolls, or the cap.
# Runs our own code in the page; nothing from the listing is evaluated.
SCROLL_SCRIPT = """
async ({kind, expr, endSelector, clickSelector, maxScrolls, waitMs, stallRounds}) => {
  const count = () => kind === 'css'
    ? document.querySelectorAll(expr).length
    : document.evaluate(expr, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null).snapshotLength;
  const ended = () => !!(endSelector && document.querySelector(endSelector));
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  let scrolls = 0, stalls = 0, last = count();
  while (scrolls < maxScrolls && !ended()) {
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


def playwright_settings(chromium: str, timeout_s: float) -> dict:
    handler = "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"
    return {
        "DOWNLOAD_HANDLERS": {"http": handler, "https": handler},
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {"executable_path": chromium, "headless": True,
                                      "args": CHROMIUM_ARGS},
        "PLAYWRIGHT_ABORT_REQUEST": "crawler.browser.should_abort_request",
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": int(timeout_s * 1000),
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 4,
    }

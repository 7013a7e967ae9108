"""The English site's infinite scroll in real Chromium: scroll until #end appears."""
from __future__ import annotations

import os

import pytest

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Chromium not installed"),
]


def test_scrolling_loads_every_batch_then_shows_end_despite_flaky_api():
    from playwright.sync_api import sync_playwright

    from crawler.demo_sites import DemoSites

    with DemoSites(flaky=True) as sites, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        try:
            page = browser.new_page()
            page.goto(sites.en_url + "/")
            page.wait_for_selector("#results .card")
            expected = sum(1 for row in sites.listings if row["site"] == "en")
            for _ in range(60):
                if page.query_selector("#end"):
                    break
                page.mouse.wheel(0, 4000)
                page.wait_for_timeout(150)
            page.wait_for_selector("#end", timeout=10_000)
            assert page.locator("#results .card").count() == expected
            hostile = next((row for row in sites.listings if row["site"] == "en" and "<" in row["title"]), None)
            if hostile:
                card = page.locator(f'.card[data-id="{hostile["id"]}"] a.title')
                assert card.text_content() == hostile["title"]  # shown as text, not parsed as HTML
            page.goto(sites.en_url + "/listing/" + hostile["id"] if hostile else sites.en_url + "/")
            if hostile:
                page.wait_for_selector("#listing h1.title")
                assert page.locator("h1.title").text_content() == hostile["title"]
        finally:
            browser.close()

"""robots.txt also governs the requests a page's own JavaScript makes in Chromium.

A real local server whose search page renders its results from /api/public and asks for
/api/private (disallowed by its robots.txt) three ways: a fetch, a service worker and a popup window
(the last two do not go through the page's own route). The server's request log is the evidence.
"""
from __future__ import annotations

import asyncio
import re
from types import SimpleNamespace

import pytest
from aiohttp import web
from crawl_helpers import FAST, read_jsonl, run_crawl, write_platform
from shop_server import BackgroundServer

from crawler.browser import CHROMIUM_ARGS, ROBOTS_CHECK_FAILED_STAT, RobotsTxtAbort, find_chromium

ROBOTS = "User-agent: *\nDisallow: /api/private\n"
LISTINGS = [{"id": "p1", "title": "Carved ivory bangle", "price": "120"},
            {"id": "p2", "title": "Pangolin scale charm", "price": "45"}]
SERVICE_WORKER = "self.addEventListener('install', (e) => e.waitUntil(fetch('/api/private?from=sw')));"
PAGE = """<!doctype html><html><body><div id="results"></div>
<img src="/img/banner.jpg">
<script>
(async () => {
  // A service worker that asks for the private endpoint while installing; render only once it is
  // ready (it never is when service workers are blocked), so its request is made before the end.
  try {
    await navigator.serviceWorker.register('/sw.js');
    await Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 1500))]);
  } catch (e) {}
  // A popup (a page of its own) on the private endpoint; go on once it has loaded, or after 1.5 s.
  const popup = window.open('/api/private?via=popup');
  for (let waited = 0; waited < 1500; waited += 50) {
    try { if (popup.location.pathname === '/api/private' && popup.document.readyState === 'complete') break; }
    catch (e) {}
    await new Promise((r) => setTimeout(r, 50));
  }
  const [pub] = await Promise.allSettled([
    fetch('/api/public?q=' + encodeURIComponent(new URLSearchParams(location.search).get('q'))),
    fetch('/api/private?who=me'),
  ]);
  const rows = pub.status === 'fulfilled' ? await pub.value.json() : [];
  const out = document.getElementById('results');
  for (const row of rows) {
    const card = document.createElement('div');
    card.className = 'card';
    card.dataset.id = row.id;
    card.innerHTML = '<a class="title"></a> <span class="price"></span>';
    card.querySelector('.title').textContent = row.title;
    card.querySelector('.price').textContent = row.price;
    out.appendChild(card);
  }
  const end = document.createElement('p');
  end.id = 'end';
  out.after(end);
})();
</script></body></html>"""


class ApiSite(BackgroundServer):
    """A site whose page renders listings from a JSON API; `hits` is the raw path of every request."""

    def __init__(self, robots: str | None = ROBOTS, robots_status: int = 200):
        super().__init__()
        self.robots, self.robots_status = robots, robots_status
        self.hits: list[str] = []

    @web.middleware
    async def _log(self, request, handler):
        self.hits.append(request.raw_path)
        return await handler(request)

    async def _robots(self, request):
        if self.robots is None:
            raise web.HTTPNotFound()
        return web.Response(text=self.robots, status=self.robots_status)

    async def _search(self, request):
        return web.Response(text=PAGE, content_type="text/html")

    async def _service_worker(self, request):
        return web.Response(text=SERVICE_WORKER, content_type="application/javascript")

    async def _public(self, request):
        return web.json_response(LISTINGS)

    async def _private(self, request):
        return web.json_response({"secret": True})

    def app(self) -> web.Application:
        app = web.Application(middlewares=[self._log])
        app.router.add_get("/robots.txt", self._robots)
        app.router.add_get("/search", self._search)
        app.router.add_get("/sw.js", self._service_worker)
        app.router.add_get("/api/public", self._public)
        app.router.add_get("/api/private", self._private)
        return app


def _platform(url: str, obey: bool) -> str:
    return f"""
name: js-api
base_url: {url}
rendering: browser
currency: USD
search:
  terms: [ivory]
  urls: ["/search?q={{term}}"]
results:
  card: "css:#results div.card"
  max_pages: 1
  load_more: {{end_selector: "#end", max_scrolls: 1, wait_ms: 200, stall_rounds: 1}}
  fields:
    listing_id: "xpath:@data-id"
    title: "css:a.title"
    price: "css:span.price"
listing:
  source: card
politeness: {{obey_robots_txt: {str(obey).lower()}, download_delay: 0}}
"""


@pytest.mark.browser
@pytest.mark.skipif(find_chromium() is None, reason="no Chromium executable on this machine")
@pytest.mark.parametrize("obey", [True, False], ids=["obeying", "not-obeying"])
def test_requests_made_by_page_javascript_obey_robots_txt(obey, platforms_dir, tmp_path):
    with ApiSite() as site:
        write_platform(platforms_dir, "js-api", _platform(site.url, obey))
        out, log = tmp_path / "out.jsonl", tmp_path / "crawl.log"
        proc = run_crawl("js-api", "-o", str(out), "--log-file", str(log), *FAST, timeout=60)
        hits = list(site.hits)
    assert proc.returncode == 0, proc.stderr
    got = {item["listing_id"]: item for item in read_jsonl(out)}
    assert {lid: item["title"] for lid, item in got.items()} == {r["id"]: r["title"] for r in LISTINGS}
    assert any(h.startswith("/api/public?") for h in hits), hits
    private = [h for h in hits if h.startswith("/api/private")]
    assert not [h for h in hits if h.startswith("/img/")]  # media is still never fetched
    if obey:
        assert private == [], hits
        # Once by Scrapy's RobotsTxtMiddleware, once (for the whole crawl) by the browser hook.
        assert hits.count("/robots.txt") == 2, hits
        # The page's fetch and the popup (Chromium may try that one again); the worker is blocked.
        counted = re.search(r"'wildwatch/robotstxt/forbidden_in_browser': (\d+)", log.read_text(encoding="utf-8"))
        assert counted and int(counted.group(1)) >= 2
    else:
        # service workers are blocked whatever robots.txt says: their requests bypass every route
        assert sorted(private) == ["/api/private?via=popup", "/api/private?who=me"], hits
        assert "/robots.txt" not in hits


def test_robots_txt_failures_allow_everything_like_scrapy(unused_port):
    async def check(url: str) -> tuple[bool, bool]:
        hook = RobotsTxtAbort("wildwatch-test", timeout_s=2)
        return (await hook.allowed(f"{url}/api/private"), await hook.allowed(f"{url}/api/public"))

    with ApiSite() as site:
        assert asyncio.run(check(site.url)) == (False, True)
        assert asyncio.run(check(site.url)) == (False, True)
        assert site.hits.count("/robots.txt") == 2  # once per hook (i.e. per crawl) and origin
    with ApiSite(robots=None) as site:  # 404: no rules
        assert asyncio.run(check(site.url)) == (True, True)
    with ApiSite(robots="<html>Service Unavailable</html>", robots_status=503) as site:
        assert asyncio.run(check(site.url)) == (True, True)  # Scrapy parses the error page: no rules
    assert asyncio.run(check(f"http://127.0.0.1:{unused_port}")) == (True, True)  # refused


def test_one_robots_fetch_per_origin_even_when_asked_at_once():
    async def many(url: str) -> list[bool]:
        hook = RobotsTxtAbort("wildwatch-test", timeout_s=2)
        urls = [f"{url}/api/private?n={n}" for n in range(10)] + [f"{url}/api/public?n={n}" for n in range(10)]
        return await asyncio.gather(*(hook.allowed(u) for u in urls))

    with ApiSite() as site:
        assert asyncio.run(many(site.url)) == [False] * 10 + [True] * 10
        assert site.hits == ["/robots.txt"]


class _CheckFailsOnPrivate(RobotsTxtAbort):
    """The hook with its robots.txt check failing (as a parser bug would) for /api/private."""

    async def allowed(self, url: str) -> bool:
        if "/api/private" in url:
            raise RuntimeError("robots.txt check broke")
        return await super().allowed(url)


async def _browse(url: str, hook: RobotsTxtAbort) -> None:
    """Open the search page in real Chromium with every request of its context (the page, its
    fetches, its popup) routed through `hook`, as a crawl does; return once the page has rendered."""
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
        try:
            context = await browser.new_context(**hook.request_meta()["playwright_context_kwargs"])
            page = await context.new_page()
            await hook.route_context(page, None)
            await page.goto(f"{url}/search?q=ivory")
            await page.wait_for_selector("#end", state="attached", timeout=20_000)
        finally:
            await browser.close()


@pytest.mark.browser
@pytest.mark.skipif(find_chromium() is None, reason="no Chromium executable on this machine")
def test_a_failed_robots_check_denies_the_request_and_counts_it():
    from scrapy import Spider
    from scrapy.utils.test import get_crawler

    crawler = get_crawler(Spider)
    hook = _CheckFailsOnPrivate("wildwatch-test", timeout_s=2)
    hook.bind(crawler)
    with ApiSite(robots=None) as site:  # no robots.txt: everything would be allowed
        asyncio.run(_browse(site.url, hook))
        hits = list(site.hits)
    assert any(h.startswith("/api/public?") for h in hits), hits  # checked fine: fetched
    assert not [h for h in hits if h.startswith("/api/private")], hits  # check failed: denied
    assert hook.check_failed >= 2 and hook.forbidden == 0  # the page's fetch and its popup
    assert crawler.stats.get_value(ROBOTS_CHECK_FAILED_STAT) == hook.check_failed


def test_a_url_the_check_cannot_read_is_denied_and_counted():
    hook = RobotsTxtAbort("wildwatch-test", timeout_s=2)
    request = SimpleNamespace(url="http://127.0.0.1:99999/api", resource_type="fetch", method="GET")
    assert asyncio.run(hook(request)) is True  # the port is out of range: no check, no request
    assert (hook.check_failed, hook.forbidden) == (1, 0)


@pytest.fixture
def unused_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_the_crawl_summary_reports_failed_checks():
    from cli.crawl_cmds import _summary_data
    from crawler.runner import CrawlResult

    result = CrawlResult(stats={ROBOTS_CHECK_FAILED_STAT: 3, "wildwatch/pages": 1})
    assert _summary_data("js-api", result, None, "crawl.log")["robots_check_failed_in_browser"] == 3

"""DemoSites: both demo marketplaces served from one background thread with its own event loop.

Usable from synchronous code (tests, the CLI, a Scrapy process with its own reactor):

    with DemoSites(zh_port=0, en_port=0) as sites:
        crawl(sites.zh_url, sites.en_url)
        assert "/robots.txt" in sites.zh_hits
"""
from __future__ import annotations

import asyncio
import os
import threading

from aiohttp import web

from crawler.demo_sites.en_site import build_en_app
from crawler.demo_sites.listings import load_listings
from crawler.demo_sites.takedown import TAKEDOWN_PATH, TakedownDesk
from crawler.demo_sites.zh_site import build_zh_app

START_TIMEOUT = 15.0


class DemoSites:
    """Serves the zh (GBK, server-rendered) and en (JSON API, flaky) demo marketplaces.

    `zh_hits` / `en_hits` record every request target in arrival order, exactly as sent
    (path plus query, still percent-encoded: a GBK search shows up as `/search?q=%CF%F3...`).

    Each site has a takedown desk (crawler.demo_sites.takedown): `takedown_url(site)` receives
    wildwatch's signed reports once a secret is set; `desks[site].removed` is what it took down.
    """

    def __init__(self, host: str = "127.0.0.1", zh_port: int = 0, en_port: int = 0, flaky: bool = True,
                 takedown_secret: str | None = None, admin_token: str | None = None):
        self.host = host
        self.flaky = flaky
        self._requested_ports = {"zh": zh_port, "en": en_port}
        self._ports: dict[str, int] = {}
        self.zh_hits: list[str] = []
        self.en_hits: list[str] = []
        self._zh_listings = load_listings("zh")
        self._en_listings = load_listings("en")
        secret = takedown_secret or os.environ.get("WILDWATCH_DEMO_TAKEDOWN_SECRET") or None
        self.desks = {site: TakedownDesk(secret=secret, admin_token=admin_token) for site in ("zh", "en")}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runners: list[web.AppRunner] = []

    # -- addresses -------------------------------------------------------------------------
    def _url(self, site: str) -> str:
        if site not in self._ports:
            raise RuntimeError("DemoSites is not started")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self._ports[site]}"

    @property
    def zh_url(self) -> str:
        return self._url("zh")

    @property
    def en_url(self) -> str:
        return self._url("en")

    def takedown_url(self, site: str) -> str:
        """Where the site's trust-and-safety desk receives takedown reports (a webhook URL)."""
        return self._url(site) + TAKEDOWN_PATH

    def set_takedown_secret(self, secret: str | None) -> None:
        """The webhook signing secret wildwatch showed once (whsec_...), for both sites."""
        for desk in self.desks.values():
            desk.secret = secret

    @property
    def listings(self) -> list[dict]:
        """Ground truth for every listing served, with its absolute `url` once started."""
        rows = []
        for site, listings in (("zh", self._zh_listings), ("en", self._en_listings)):
            for listing in listings:
                row = dict(listing)
                row["seller_id"] = listing["seller"]["id"]
                row["seller_name"] = listing["seller"]["name"]
                if site in self._ports:
                    path = f"/item/{listing['id']}.html" if site == "zh" else f"/listing/{listing['id']}"
                    row["url"] = self._url(site) + path
                rows.append(row)
        return rows

    # -- life cycle ------------------------------------------------------------------------
    def start(self) -> "DemoSites":
        if self._thread is not None:
            return self
        ready = threading.Event()
        failure: list[BaseException] = []
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._serve, args=(ready, failure),
                                        name="wildwatch-demo-sites", daemon=True)
        self._thread.start()
        if not ready.wait(START_TIMEOUT):
            raise RuntimeError("demo sites did not start in time")
        if failure:
            self._thread.join()
            self._thread = None
            raise failure[0]
        return self

    def _serve(self, ready: threading.Event, failure: list[BaseException]) -> None:
        loop = self._loop
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._open_sites())
        except BaseException as exc:  # reported to the thread that called start()
            failure.append(exc)
            loop.run_until_complete(self._close_sites())
            loop.close()
            ready.set()
            return
        ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(self._close_sites())
            loop.close()

    async def _open_sites(self) -> None:
        apps = {
            # Copies: a takedown removes a listing from the site, not from the ground truth.
            "zh": build_zh_app(list(self._zh_listings), self.zh_hits, desk=self.desks["zh"]),
            "en": build_en_app(list(self._en_listings), self.en_hits, flaky=self.flaky, desk=self.desks["en"]),
        }
        for site, app in apps.items():
            runner = web.AppRunner(app, access_log=None, handle_signals=False)
            await runner.setup()
            self._runners.append(runner)
            tcp_site = web.TCPSite(runner, self.host, self._requested_ports[site], backlog=1024)
            await tcp_site.start()
            self._ports[site] = runner.addresses[0][1]  # the real port when 0 was asked for

    async def _close_sites(self) -> None:
        for runner in self._runners:
            await runner.cleanup()
        self._runners.clear()

    def stop(self) -> None:
        if self._thread is None:
            return
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=START_TIMEOUT)
        self._thread = None
        self._ports.clear()

    def __enter__(self) -> "DemoSites":
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

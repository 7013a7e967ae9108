"""A small real HTTP shop (aiohttp in a background thread) whose pages carry only JSON-LD.

Tests change its products between crawls (versioning), make it flaky (429/503 once per path),
or make it lie about its charset (GBK bytes declared as UTF-8). Like a real rate limiter, the flaky
shop refuses a retry that comes before its Retry-After has passed (another 429, noted in `too_early`).
"""
from __future__ import annotations

import asyncio
import json
import threading
import time

from aiohttp import web

PAGE_SIZE = 3
RETRY_AFTER_SLACK = 0.95  # Retry-After: 1, less a little for the two processes' clock reads


class BackgroundServer:
    """A real aiohttp server on a free localhost port, in a thread; a context manager. Subclasses
    give the application (`app()`); `url` is set once it listens."""

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None
        self.url = ""

    def app(self) -> web.Application:
        raise NotImplementedError

    def __enter__(self):
        app = self.app()
        started = threading.Event()

        def serve():
            asyncio.set_event_loop(self._loop)
            self._runner = web.AppRunner(app)
            self._loop.run_until_complete(self._runner.setup())
            site = web.TCPSite(self._runner, "127.0.0.1", 0, backlog=128)
            self._loop.run_until_complete(site.start())
            port = site._server.sockets[0].getsockname()[1]
            self.url = f"http://127.0.0.1:{port}"
            started.set()
            self._loop.run_forever()

        self._thread = threading.Thread(target=serve, daemon=True)
        self._thread.start()
        if not started.wait(10):
            raise RuntimeError(f"{type(self).__name__} did not start")
        return self

    def __exit__(self, *exc) -> None:
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)


class ShopServer(BackgroundServer):
    def __init__(self, products: dict[str, dict], *, flaky: bool = False, lying_gbk: bool = False):
        super().__init__()
        self.products = products  # id -> {title, description, price, currency}; edit freely
        self.flaky = flaky
        self.lying_gbk = lying_gbk
        self.hits: list[str] = []  # raw path + query of every request, in order
        self._failed: set[str] = set()
        self.rate_limited: list[str] = []  # paths answered 429 + Retry-After: 1
        self._retry_not_before: dict[str, float] = {}  # path -> monotonic time its Retry-After ends
        self.too_early: list[str] = []  # paths retried before their Retry-After had passed

    def _page(self, html: str, status: int = 200) -> web.Response:
        if self.lying_gbk:
            return web.Response(body=html.encode("gbk"), status=status,
                                headers={"Content-Type": "text/html; charset=utf-8"})
        return web.Response(text=html, status=status, content_type="text/html")

    @web.middleware
    async def _middleware(self, request: web.Request, handler):
        self.hits.append(request.raw_path)
        not_before = self._retry_not_before.get(request.raw_path)
        if not_before is not None and time.monotonic() < not_before:
            self.too_early.append(request.raw_path)
            return web.Response(status=429, text="too early", headers={"Retry-After": "1"})
        if self.flaky and request.path.startswith("/product/") and request.raw_path not in self._failed:
            self._failed.add(request.raw_path)
            if len(self._failed) % 2:
                self.rate_limited.append(request.raw_path)
                self._retry_not_before[request.raw_path] = time.monotonic() + RETRY_AFTER_SLACK
                return web.Response(status=429, text="slow down", headers={"Retry-After": "1"})
            return web.Response(status=503, text="try later")
        return await handler(request)

    async def _robots(self, request):
        return web.Response(text="User-agent: *\nDisallow: /private/\n")

    async def _search(self, request):
        page = int(request.query.get("page", "1"))
        ids = sorted(self.products)[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
        links = "".join(f'<li><a href="/product/{i}">{i}</a></li>' for i in ids)
        # An off-site link that matches the listing pattern: the spider must not follow it.
        return self._page(f"<html><body><ul>{links}</ul><a href='/about'>about</a>"
                          f"<a href='http://elsewhere.invalid/product/x1'>elsewhere</a></body></html>")

    async def _product(self, request):
        product = self.products.get(request.match_info["pid"])
        if product is None or product.get("gone"):
            return self._page("<html><body>gone</body></html>", status=404)
        if product.get("binary"):  # a listing URL that answers with something that is not a page
            return web.Response(body=bytes(range(256)) * 4, content_type="application/octet-stream")
        data = {"@context": "https://schema.org", "@type": "Product", "sku": request.match_info["pid"],
                "name": product["title"], "description": product.get("description"),
                "image": [f"/img/{request.match_info['pid']}.jpg"],
                "offers": {"@type": "Offer", "price": product["price"],
                           "priceCurrency": product.get("currency", "USD")}}
        script = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
        return self._page(f'<html><head><meta charset="utf-8"><title>{product["title"]}</title>'
                          f'<script type="application/ld+json">{script}</script></head>'
                          f"<body><p>shop</p></body></html>")

    def app(self) -> web.Application:
        app = web.Application(middlewares=[self._middleware])
        app.router.add_get("/robots.txt", self._robots)
        app.router.add_get("/search", self._search)
        app.router.add_get("/product/{pid}", self._product)
        return app

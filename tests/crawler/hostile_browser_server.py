"""Hostile pages for browser crawls: a real aiohttp server on 127.0.0.1 (BackgroundServer).

/search: a results page whose own scripts, frame and styles reach for another host
(`localhost`, the same server under a name the platform does not allow) and whose cards link to
pages that are too big, a gzip bomb, GBK labelled UTF-8, a redirect loop, and to ftp:, file:,
javascript: and data: URLs. /feed appends cards on every scroll forever, /grow appends half a MB
per scroll, /hang blocks the page's main thread once scrolled. `hits` logs every request path
with the Host it was asked under.
"""
from __future__ import annotations

import gzip

from aiohttp import web
from shop_server import BackgroundServer

BIG_MB = 50
BOMB_MB = 300  # decompressed; about 0.3 MB on the wire
TITLE = "象牙手镯 老料"
OFFSITE = "localhost"  # this same server, under a host name outside the platform's allowed_domains


def _card_list(links: list[str]) -> str:
    return "".join(f'<li class="item"><a href="{href}">x</a></li>' for href in links)


FEED = """<!doctype html><html><body><div id="feed"></div><script>
let n = 0;
const more = (count, pad) => {
  const feed = document.getElementById('feed');
  for (let i = 0; i < count; i++, n++) {
    const card = document.createElement('div');
    card.className = 'card';
    card.dataset.id = 'c' + n;
    card.innerHTML = '<a class="title" href="/item/c' + n + '">card ' + n + '</a>' + (pad ? '<p>' + pad + '</p>' : '');
    feed.appendChild(card);
  }
};
const PAD = MODE === 'grow' ? 'a'.repeat(512 * 1024) : '';
more(10, PAD);
window.addEventListener('scroll', () => {
  if (MODE === 'hang') { while (true) {} }  // the page's own script never gives the thread back
  more(10, PAD);  // never an end marker: it appends for ever
});
</script></body></html>"""


class HostileBrowserSite(BackgroundServer):
    def __init__(self, hostile: bool = True) -> None:
        super().__init__()
        self.hostile = hostile
        self.hits: list[str] = []  # "host path?query" of every request
        self.bomb = gzip.compress(b" " * (BOMB_MB * 1024 * 1024), compresslevel=9)

    @property
    def offsite(self) -> str:
        return self.url.replace("127.0.0.1", OFFSITE)

    @web.middleware
    async def _log(self, request, handler):
        self.hits.append(f"{request.host.split(':')[0]} {request.raw_path}")
        return await handler(request)

    def _links(self) -> list[str]:
        links = ["/item/ok1", "/item/ok2"]
        if not self.hostile:  # as many pages (and so Chromium pages at once) as the hostile site
            links += ["/item/ok3", "/item/ok4", "/item/ok5", "/item/ok6"]
        else:
            port = self.url.rsplit(":", 1)[1]
            links += ["/item/big", "/item/bomb", "/item/gbk", "/item/loop-a",
                      f"ftp://127.0.0.1:{port}/item/ftp", "file:///etc/passwd",
                      "javascript:alert(1)", "data:text/html,<h1>x</h1>"]
        return links

    async def _robots(self, request):
        return web.Response(text="User-agent: *\nAllow: /\n")

    async def _search(self, request):
        reach = ""
        if self.hostile:  # the page's own requests to a host the platform does not allow
            off = self.offsite
            reach = (f'<link rel="stylesheet" href="{off}/offsite.css">'
                     f'<script src="{off}/offsite.js"></script>'
                     f'<iframe src="{off}/offsite-frame"></iframe>'
                     f'<script>fetch("{off}/offsite-fetch").catch(() => 0)</script>')
        return web.Response(text=f"<html><head>{reach}</head><body><ul>{_card_list(self._links())}</ul>"
                                 "</body></html>", content_type="text/html")

    @staticmethod
    def _html(item: str) -> str:
        return f'<html><head><title>t</title></head><body><h1>{TITLE} {item}</h1></body></html>'

    async def _item(self, request):
        item = request.match_info["item"]
        if item == "big":  # 50 MB of markup, chunked: no Content-Length to refuse it by
            resp = web.StreamResponse(headers={"Content-Type": "text/html; charset=utf-8"})
            await resp.prepare(request)
            chunk = b"<p>" + b"a" * (1024 * 1024 - 7) + b"</p>\n"
            try:
                for _ in range(BIG_MB):
                    await resp.write(chunk)
            except (ConnectionResetError, ConnectionError):
                pass  # the crawler hung up: what it should do
            return resp
        if item == "bomb":
            return web.Response(body=self.bomb, headers={"Content-Type": "text/html; charset=utf-8",
                                                         "Content-Encoding": "gzip"})
        if item == "gbk":  # GBK bytes labelled UTF-8
            return web.Response(body=self._html(item).encode("gbk"),
                                headers={"Content-Type": "text/html; charset=utf-8"})
        if item in ("loop-a", "loop-b"):
            raise web.HTTPFound("/item/" + ("loop-b" if item == "loop-a" else "loop-a"))
        return web.Response(text=self._html(item), content_type="text/html")

    async def _offsite(self, request):
        return web.Response(text="/* should never be fetched */", content_type="text/plain")

    async def _scrolling(self, request):
        mode = request.match_info["mode"]
        return web.Response(text=FEED.replace("MODE", repr(mode)), content_type="text/html")

    def app(self) -> web.Application:
        app = web.Application(middlewares=[self._log])
        app.router.add_get("/robots.txt", self._robots)
        app.router.add_get("/search", self._search)
        app.router.add_get("/item/{item}", self._item)
        app.router.add_get("/{mode:feed|grow|hang}", self._scrolling)
        app.router.add_get("/{name:offsite.*}", self._offsite)
        return app

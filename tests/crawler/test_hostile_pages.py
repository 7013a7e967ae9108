"""Hostile pages (issue 15) from a real server on 127.0.0.1: a 50 MB page, a gzip bomb, an
ftp:// link to the site's own host, charset labels that lie (GBK labelled UTF-8, a "utf-16"
label) and a redirect loop. The crawl ends on its own, its memory stays bounded, every lost
listing is counted as an error with its reason, and the lying labels are read right."""
from __future__ import annotations

import gzip
import os
import subprocess
import sys

from aiohttp import web
from crawl_helpers import FAST, REPO, read_jsonl, summary, write_platform
from shop_server import BackgroundServer

BIG_MB = 50
BOMB_MB = 300  # decompressed; about 0.3 MB on the wire
RSS_BOUND_MB = 300  # over the same crawl of the good pages only (a generous bound)
TITLE = "象牙手镯 老料"


class HostileServer(BackgroundServer):
    def __init__(self, hostile: bool = True) -> None:
        super().__init__()
        self.hostile = hostile
        self.bomb = gzip.compress(b" " * (BOMB_MB * 1024 * 1024), compresslevel=9)

    def _links(self) -> list[str]:
        links = ["/item/ok1", "/item/ok2"]
        if self.hostile:
            port = self.url.rsplit(":", 1)[1]
            links += ["/item/big", "/item/bomb", f"ftp://127.0.0.1:{port}/item/ftp", "/item/gbk",
                      "/item/u16", "/item/loop-a"]
        return links

    async def _robots(self, request):
        return web.Response(text="User-agent: *\nAllow: /\n")

    async def _search(self, request):
        cards = "".join(f'<li class="item"><a href="{href}">x</a></li>' for href in self._links())
        return web.Response(text=f"<html><body><ul>{cards}</ul></body></html>", content_type="text/html")

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
        if item == "u16":  # GBK bytes labelled UTF-16
            return web.Response(body=self._html(item).encode("gbk"),
                                headers={"Content-Type": "text/html; charset=utf-16"})
        if item in ("loop-a", "loop-b"):
            raise web.HTTPFound("/item/" + ("loop-b" if item == "loop-a" else "loop-a"))
        return web.Response(text=self._html(item), content_type="text/html")

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/robots.txt", self._robots)
        app.router.add_get("/search", self._search)
        app.router.add_get("/item/{item}", self._item)
        return app


def _platform(platforms_dir, url: str) -> None:
    write_platform(platforms_dir, "hostile", f"""
name: hostile
base_url: {url}
encoding: gbk
search:
  terms: [ivory]
  urls: ["/search?q={{term}}"]
results:
  card: "css:li.item"
  detail_link: "css:a::attr(href)"
listing:
  listing_id_pattern: '/item/([^/?]+)'
  fields:
    title: "css:h1::text"
politeness:
  retry_times: 0
""")


# The crawl command in a fresh process that reports its own peak RSS when it exits.
_CRAWL = ("import atexit, resource, sys\n"
          "atexit.register(lambda: print('MAXRSS_KB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,"
          " file=sys.stderr))\n"
          "from cli.crawl_cmds import crawl\n"
          "crawl(sys.argv[1:], prog_name='wildwatch crawl')\n")


def _crawl(out, data_dir) -> tuple[subprocess.CompletedProcess, int]:
    env = {**os.environ, "WILDWATCH_DATA_DIR": str(data_dir)}
    # timeout: a hang (the ftp link used to hang forever) fails the test instead of stalling it
    proc = subprocess.run([sys.executable, "-c", _CRAWL, "hostile", "-o", str(out), *FAST, "--quiet", "--json"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    rss = [int(line.split()[1]) for line in proc.stderr.splitlines() if line.startswith("MAXRSS_KB ")]
    assert rss, proc.stderr[-2000:]
    return proc, rss[-1] // 1024


def test_hostile_pages_are_bounded_and_counted(platforms_dir, tmp_path):
    with HostileServer(hostile=False) as calm:
        _platform(platforms_dir, calm.url)
        _, baseline_mb = _crawl(tmp_path / "calm.jsonl", tmp_path / "calm")
    with HostileServer() as shop:
        _platform(platforms_dir, shop.url)
        out = tmp_path / "out.jsonl"
        proc, peak_mb = _crawl(out, tmp_path / "hostile")
    assert proc.returncode == 0, proc.stderr[-3000:]
    s = summary(proc)
    got = {item["listing_id"]: item for item in read_jsonl(out)}
    assert set(got) == {"ok1", "ok2", "gbk", "u16"}
    # lying labels are read with the platform's encoding, and counted
    assert got["gbk"]["title"] == f"{TITLE} gbk" and got["u16"]["title"] == f"{TITLE} u16"
    assert s["charset_fallbacks"] == 2
    # each lost listing is an error with its reason; none is "skipped"
    problems = {e["url"].rsplit("/", 1)[1]: e["problem"] for e in s["error_list"]}
    assert "page too big" in problems["big"] and "page too big once decompressed" in problems["bomb"]
    assert "only http(s)" in problems["search?q=ivory"]  # the ftp link, named on the page that had it
    assert "redirect loop" in problems["loop-a"]
    assert (s["too_big"], s["redirect_loops"], s["not_http_links"]) == (2, 1, 1)
    assert s["errors"] == 4
    assert peak_mb - baseline_mb < RSS_BOUND_MB, (peak_mb, baseline_mb)

"""The Chinese demo marketplace: a server-rendered second-hand market that speaks GBK.

Like many older Chinese sites it encodes pages and reads query strings in GBK, so a crawler
must percent-encode search terms as GBK and decode responses by the declared charset.
"""
from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qsl, quote

from aiohttp import web

from crawler.demo_sites import takedown
from crawler.demo_sites.listings import matches
from crawler.demo_sites.rendering import (
    HITS_KEY, ROBOTS_KEY, int_param, placeholder_image, record_hits, robots_txt, templates,
)

PAGE_SIZE = 20
ENCODING = "gbk"
SHANGHAI = timezone(timedelta(hours=8))  # China has no daylight saving time
ROBOTS = "User-agent: *\nDisallow: /private/\n"

LISTINGS_KEY = web.AppKey("zh_listings", list)
BY_ID_KEY = web.AppKey("zh_by_id", dict)


def gbk_page(template: str, status: int = 200, **context) -> web.Response:
    html = templates.get_template(template).render(**context)
    # Characters outside GBK (the yen sign, emoji) become numeric character references,
    # which is what GBK sites and browsers do.
    body = html.encode(ENCODING, errors="xmlcharrefreplace")
    return web.Response(body=body, status=status, headers={"Content-Type": "text/html; charset=GBK"})


def gbk_query(request: web.Request) -> dict[str, str]:
    """Parse the raw query string as GBK; undecodable bytes become U+FFFD, never an error."""
    raw = request.rel_url.raw_query_string
    return dict(parse_qsl(raw, keep_blank_values=True, encoding=ENCODING, errors="replace"))


def local_time(iso_utc: str | None) -> str | None:
    if not iso_utc:
        return None
    moment = datetime.fromisoformat(iso_utc.replace("Z", "+00:00"))
    return moment.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")


def page_url(path: str, query: str | None, page: int) -> str:
    if query is None:
        return f"{path}?page={page}"
    return f"{path}?q={quote(query, encoding=ENCODING)}&page={page}"


def results_page(request: web.Request, query: str | None) -> web.Response:
    listings = request.app[LISTINGS_KEY]
    found = [item for item in listings if query is None or matches(item, query)]
    page = int_param(gbk_query(request).get("page"), default=1, minimum=1)
    pages = max(1, math.ceil(len(found) / PAGE_SIZE))
    items = found[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    path = "/list" if query is None else "/search"
    return gbk_page(
        "zh_results.html", q=query or "", page=page, total=len(found), items=items,
        prev_url=page_url(path, query, page - 1) if 1 < page <= pages + 1 else None,
        next_url=page_url(path, query, page + 1) if page < pages else None,
    )


async def search(request: web.Request) -> web.Response:
    query = gbk_query(request).get("q", "").strip()
    return results_page(request, query)


async def browse_all(request: web.Request) -> web.Response:
    return results_page(request, None)


async def home(request: web.Request) -> web.Response:
    return gbk_page("zh_simple.html", heading="欢迎来到淘闲二手市场",
                    message="闲置好物，轻松转卖。", links=[("/list", "浏览全部宝贝")])


async def item_detail(request: web.Request) -> web.Response:
    item = request.app[BY_ID_KEY].get(request.match_info["item_id"])
    if item is None and takedown.removed(request, request.match_info["item_id"]):
        return gbk_page("zh_simple.html", status=410, heading="该宝贝已被平台下架",
                        message="此商品因违反平台规则已被删除（removed）。", links=[("/list", "返回全部宝贝")])
    if item is None:
        raise web.HTTPNotFound()
    return gbk_page("zh_item.html", item=item, local_time=local_time(item.get("posted_at")),
                    malformed=bool(item.get("malformed")))


async def private_user(request: web.Request) -> web.Response:
    # Disallowed by robots.txt; it exists so that an impolite spider leaves a trace in the hits.
    seller_id = request.match_info["seller_id"]
    own = [i for i in request.app[LISTINGS_KEY] if i["seller"]["id"] == seller_id]
    if not own:
        raise web.HTTPNotFound()
    links = [(f"/item/{i['id']}.html", i["title"]) for i in own]
    return gbk_page("zh_simple.html", heading=f"{own[0]['seller']['name']} 的主页",
                    message="用户资料仅登录后可见。", links=links)


@web.middleware
async def gbk_not_found(request: web.Request, handler):
    try:
        return await handler(request)
    except web.HTTPNotFound:
        return gbk_page("zh_simple.html", status=404, heading="页面不存在",
                        message="您访问的宝贝已下架或不存在。", links=[("/list", "返回全部宝贝")])


def build_zh_app(listings: list[dict], hits: list[str],
                 desk: takedown.TakedownDesk | None = None) -> web.Application:
    app = web.Application(middlewares=[record_hits, gbk_not_found])
    app[HITS_KEY] = hits
    app[ROBOTS_KEY] = ROBOTS
    app[LISTINGS_KEY] = listings
    app[BY_ID_KEY] = {item["id"]: item for item in listings}
    app.router.add_get("/", home)
    app.router.add_get("/robots.txt", robots_txt)
    app.router.add_get("/search", search)
    app.router.add_get("/list", browse_all)
    app.router.add_get(r"/item/{item_id}.html", item_detail)
    app.router.add_get("/private/user/{seller_id}", private_user)
    app.router.add_get("/static/img/{name}.jpg", placeholder_image)
    takedown.install(app, desk or takedown.TakedownDesk(), LISTINGS_KEY, BY_ID_KEY)
    return app

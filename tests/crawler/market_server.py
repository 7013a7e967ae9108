"""A multi-currency Asian marketplace on localhost (aiohttp), as issue 14's new marketplace was:
prices in a dozen currencies and ways of writing them, placeholders (面议, DM for price, liên hệ),
listings without a price, cards that link the same listing under tracking parameters
(?spm=...&from=...), a <link rel=canonical> on each listing page and a breadcrumb category.

`LISTINGS` holds the truth each crawl is checked against; `hits` every request path.
"""
from __future__ import annotations

import html

from aiohttp import web

from shop_server import BackgroundServer

PAGE_SIZE = 10


def _dots(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# (how the price is written, the currency it is in; None: the site does not say)
_FORMATS = [
    (lambda n: f"NT${n:,}", "TWD"), (lambda n: f"NT$ {n:,}", "TWD"), (lambda n: f"HK${n:,}", "HKD"),
    (lambda n: f"RM {n:,}.00", "MYR"), (lambda n: f"RM{n}", "MYR"), (lambda n: f"S${n:,}", "SGD"),
    (lambda n: f"{n} SGD", "SGD"), (lambda n: f"₱{n:,}", "PHP"), (lambda n: f"{_dots(n * 1000)}đ", "VND"),
    (lambda n: f"{_dots(n * 1000)} ₫", "VND"), (lambda n: f"{_dots(n * 1000)} VNĐ", "VND"),
    (lambda n: f"Rp {_dots(n * 1000)}", "IDR"), (lambda n: f"Rp{_dots(n * 100)}", "IDR"),
    (lambda n: f"฿{n:,}", "THB"), (lambda n: f"{n:,} baht", "THB"), (lambda n: f"C${n}", "CAD"),
    (lambda n: f"CA$ {n}", "CAD"), (lambda n: f"A${n}", "AUD"), (lambda n: f"US${n}", "USD"),
    (lambda n: f"US $ {n}", "USD"), (lambda n: f"€{n},50", "EUR"), (lambda n: f"£{n:,}", "GBP"),
    (lambda n: f"¥{n}", "CNY"), (lambda n: f"{n}元", "CNY"), (lambda n: f"RMB {n}", "CNY"),
    (lambda n: f"人民币{n}", "CNY"), (lambda n: f"{n:,}円", "JPY"), (lambda n: f"${n}", None),
]
_PLACEHOLDERS = ["面议", "私聊", "价格面议", "DM for price", "message me", "Liên hệ", "Giá: thương lượng",
                 "议价", "Price on request"]
_CATEGORIES = ["Antiques > Carvings", "Home > Jewellery > Bangles", "Collectibles > Figurines"]


def _listings() -> list[dict]:
    out = []
    for i in range(140):
        n = 35 + (i * 37) % 900
        if i % 14 == 5:
            price, currency = _PLACEHOLDERS[i % len(_PLACEHOLDERS)], None
        elif i % 14 == 9:
            price, currency = None, None  # no price element at all
        else:
            fmt, currency = _FORMATS[i % len(_FORMATS)]
            price = fmt(n)
        out.append({"id": f"L{i:03d}", "title": f"Carved bone bangle no. {i}", "price": price,
                    "currency": currency, "category": _CATEGORIES[i % len(_CATEGORIES)],
                    "description": f"Hand-carved piece {i}, old stock."})
    return out


LISTINGS = _listings()


class MarketServer(BackgroundServer):
    def __init__(self, listings: list[dict] | None = None, *, canonical: bool = True):
        super().__init__()
        self.listings = {item["id"]: item for item in (listings or LISTINGS)}
        self.canonical = canonical
        self.hits: list[str] = []

    @web.middleware
    async def _log(self, request: web.Request, handler):
        self.hits.append(request.raw_path)
        return await handler(request)

    async def _robots(self, request):
        return web.Response(text="User-agent: *\nAllow: /\n")

    async def _search(self, request):
        page = int(request.query.get("page", "1"))
        ids = sorted(self.listings)
        chunk = ids[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
        cards = []
        for n, pid in enumerate(chunk):
            item = self.listings[pid]
            # Tracking parameters differ by page and position, as on the real site.
            link = f"/item/{pid}?spm=a2.{page}.{n}&from=search&utm_source=list&scm=1007.{n}"
            price = f'<span class="price">{html.escape(item["price"])}</span>' if item["price"] else ""
            cards.append(f'<div class="card" data-id="{pid}"><a class="t" href="{link}">'
                         f'{html.escape(item["title"])}</a>{price}</div>')
        # "Hot right now": the first listings again, under other tracking parameters and a slug.
        if chunk:
            for pid in ids[:3]:
                cards.append(f'<div class="card" data-id="{pid}"><a class="t" '
                             f'href="/item/{pid}?from=hot&share_token=z{page}">hot</a></div>')
        nxt = f'<a class="pg" href="/search?q=x&page={page + 1}">Next ›</a>' if chunk else ""
        return web.Response(text=f"<html><body>{''.join(cards)}<a class='pg' href='/search?q=x&page=1'>1</a>"
                                 f"{nxt}</body></html>", content_type="text/html")

    async def _item(self, request):
        item = self.listings.get(request.match_info["pid"])
        if item is None:
            return web.Response(status=404, text="gone")
        canonical = f'<link rel="canonical" href="/item/{item["id"]}">' if self.canonical else ""
        crumbs = "".join(f"<li><a href='/c/{i}'>{html.escape(c.strip())}</a></li>"
                         for i, c in enumerate(item["category"].split(">")))
        price = f'<span class="price">{html.escape(item["price"])}</span>' if item["price"] else ""
        return web.Response(text=f"""<html><head><title>{html.escape(item['title'])} | Chợ Đồ Cổ</title>
{canonical}</head><body><nav class="breadcrumb"><ol>{crumbs}</ol></nav>
<div class="main"><h1>{html.escape(item['title'])}</h1>{price}
<div class="desc">{html.escape(item['description'])}</div></div></body></html>""", content_type="text/html")

    def app(self) -> web.Application:
        app = web.Application(middlewares=[self._log])
        app.router.add_get("/robots.txt", self._robots)
        app.router.add_get("/search", self._search)
        app.router.add_get("/item/{pid}", self._item)
        return app


def platform_yaml(url: str, *, name: str = "market", extra: str = "", results_extra: str = "",
                  max_pages: int = 20) -> str:
    return f"""
name: {name}
base_url: {url}
currency: CNY            # "¥" on this site is the yuan; other prices carry their own symbol
search:
  terms: [bangle]
  urls: ["/search?q={{term}}&page={{page}}"]
results:
  card: "css:div.card"
  detail_link: "css:a.t::attr(href)"
  max_pages: {max_pages}
{results_extra}  fields:
    listing_id: "xpath:@data-id"
listing:
  source: detail
  listing_id_pattern: '/item/([^/?#]+)'
  fields:
    title: "css:div.main h1"
    price: "css:div.main span.price"
    description: "css:div.desc"
    category: {{css: "nav.breadcrumb li", join: " > "}}
politeness:
  download_delay: 0
  concurrency_per_domain: 8
{extra}"""

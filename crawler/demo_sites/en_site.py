"""The English demo marketplace: pages are empty shells that JavaScript fills from a JSON API.

Search results arrive in batches as the user scrolls (infinite scroll), so a plain HTTP spider
sees no listings in the HTML; it must call the API or drive a browser. The API is flaky on
purpose (429/503 in a fixed pattern) so retry handling can be demonstrated and tested.
"""
from __future__ import annotations

import json

from aiohttp import web

from crawler.demo_sites import takedown
from crawler.demo_sites.listings import matches
from crawler.demo_sites.rendering import (
    HITS_KEY, ROBOTS_KEY, int_param, placeholder_image, record_hits, robots_txt, templates,
)

ROBOTS = "User-agent: *\nDisallow: /checkout/\n"
DEFAULT_LIMIT = 20
MAX_LIMIT = 50
FAIL_EVERY = 7  # about 1 in 7 API/listing requests fails when flaky

LISTINGS_KEY = web.AppKey("en_listings", list)
BY_ID_KEY = web.AppKey("en_by_id", dict)
FLAKY_KEY = web.AppKey("en_flaky", object)


class FlakyPattern:
    """Decides, deterministically, which requests fail.

    Every FAIL_EVERY-th request to a flaky path fails, alternating 429 (with Retry-After: 1)
    and 503, except that a path which has just failed always succeeds next time, so a
    retrying client gets through.
    """

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.counter = 0
        self.failures = 0
        self.just_failed: set[str] = set()

    def verdict(self, key: str) -> web.Response | None:
        if not self.enabled:
            return None
        self.counter += 1
        if key in self.just_failed:
            self.just_failed.discard(key)
            return None
        if self.counter % FAIL_EVERY:
            return None
        self.just_failed.add(key)
        self.failures += 1
        if self.failures % 2:
            return web.json_response({"error": "rate limited"}, status=429, headers={"Retry-After": "1"})
        return web.json_response({"error": "service unavailable"}, status=503)


@web.middleware
async def flaky_middleware(request: web.Request, handler):
    if request.path.startswith(("/api/", "/listing/")):
        failure = request.app[FLAKY_KEY].verdict(request.raw_path)
        if failure is not None:
            return failure
    return await handler(request)


def html_page(template: str, status: int = 200, **context) -> web.Response:
    html = templates.get_template(template).render(**context)
    return web.Response(text=html, status=status, content_type="text/html", charset="utf-8")


def script_safe_json(data) -> str:
    # Hostile text inside <script>: escape the characters that could close or confuse the tag.
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def listing_path(listing: dict) -> str:
    return f"/listing/{listing['id']}"


def api_listing(listing: dict) -> dict:
    return {
        "id": listing["id"],
        "title": listing["title"],
        "description": listing.get("description"),
        "price": listing.get("price"),
        "currency": listing.get("currency"),
        "seller": {
            "id": listing["seller"]["id"],
            "name": listing["seller"]["name"],
            "url": f"/seller/{listing['seller']['id']}",
        },
        "images": [f"/static/img/{listing['id']}-{n}.png" for n in range(1, listing.get("images", 0) + 1)],
        "posted_at": listing.get("posted_at"),
        "location": listing.get("location"),
    }


def product_jsonld(listing: dict, base_url: str) -> dict:
    offer = {"@type": "Offer", "url": base_url + listing_path(listing),
             "availability": "https://schema.org/InStock",
             "seller": {"@type": "Person", "name": listing["seller"]["name"]}}
    if listing.get("price_value") is not None:
        offer["price"] = f"{listing['price_value']:.2f}"
        offer["priceCurrency"] = listing.get("currency") or "USD"
    product = {
        "@context": "https://schema.org", "@type": "Product", "sku": listing["id"],
        "name": listing["title"], "offers": offer,
        "image": [base_url + src for src in api_listing(listing)["images"]],
    }
    if listing.get("description"):
        product["description"] = listing["description"]
    return product


async def search_shell(request: web.Request) -> web.Response:
    return html_page("en_search.html", q=request.query.get("q", "").strip())


async def api_search(request: web.Request) -> web.Response:
    query = request.query.get("q", "").strip()
    offset = int_param(request.query.get("offset"), default=0)
    limit = int_param(request.query.get("limit"), default=DEFAULT_LIMIT, minimum=1, maximum=MAX_LIMIT)
    found = [item for item in request.app[LISTINGS_KEY] if matches(item, query)]
    batch = found[offset: offset + limit]
    items = [{"id": i["id"], "title": i["title"], "price": i.get("price"), "url": listing_path(i)}
             for i in batch]
    next_offset = offset + limit if offset + limit < len(found) else None
    return web.json_response({"items": items, "next_offset": next_offset, "total": len(found)})


class ListingRemoved(Exception):
    """The platform took the listing down (crawler.demo_sites.takedown): 410, not 404."""


def find_listing(request: web.Request) -> dict:
    listing = request.app[BY_ID_KEY].get(request.match_info["listing_id"])
    if listing is None and takedown.removed(request, request.match_info["listing_id"]):
        raise ListingRemoved()
    if listing is None:
        raise web.HTTPNotFound()
    return listing


async def api_listing_detail(request: web.Request) -> web.Response:
    try:
        listing = find_listing(request)
    except web.HTTPNotFound:
        return web.json_response({"error": "listing not found"}, status=404)
    except ListingRemoved:
        return web.json_response({"error": "listing removed"}, status=410)
    return web.json_response(api_listing(listing))


async def listing_shell(request: web.Request) -> web.Response:
    listing = find_listing(request)
    jsonld = None
    if listing.get("jsonld"):
        base_url = f"{request.scheme}://{request.host}"
        jsonld = script_safe_json(product_jsonld(listing, base_url))
    return html_page("en_listing.html", listing_id=listing["id"], jsonld=jsonld)


async def seller_page(request: web.Request) -> web.Response:
    seller_id = request.match_info["seller_id"]
    own = [i for i in request.app[LISTINGS_KEY] if i["seller"]["id"] == seller_id]
    if not own:
        raise web.HTTPNotFound()
    return html_page("en_simple.html", heading=own[0]["seller"]["name"], message="Member listings:",
                     links=[(listing_path(i), i["title"]) for i in own])


async def checkout(request: web.Request) -> web.Response:
    # Disallowed by robots.txt; present so an impolite spider shows up in the hits.
    return html_page("en_simple.html", heading="Checkout", message="Sign in to buy this item.", links=[])


@web.middleware
async def html_not_found(request: web.Request, handler):
    try:
        return await handler(request)
    except ListingRemoved:
        return html_page("en_simple.html", status=410, heading="Listing removed",
                         message="This listing was removed for violating our policies.", links=[("/", "Home")])
    except web.HTTPNotFound:
        return html_page("en_simple.html", status=404, heading="Not found",
                         message="This listing was removed or never existed.", links=[("/", "Home")])


def build_en_app(listings: list[dict], hits: list[str], flaky: bool = True,
                 desk: takedown.TakedownDesk | None = None) -> web.Application:
    app = web.Application(middlewares=[record_hits, flaky_middleware, html_not_found])
    app[HITS_KEY] = hits
    app[ROBOTS_KEY] = ROBOTS
    app[LISTINGS_KEY] = listings
    app[BY_ID_KEY] = {item["id"]: item for item in listings}
    app[FLAKY_KEY] = FlakyPattern(flaky)
    app.router.add_get("/", search_shell)
    app.router.add_get("/search", search_shell)
    app.router.add_get("/robots.txt", robots_txt)
    app.router.add_get("/api/search", api_search)
    app.router.add_get("/api/listing/{listing_id}", api_listing_detail)
    app.router.add_get("/listing/{listing_id}", listing_shell)
    app.router.add_get("/seller/{seller_id}", seller_page)
    app.router.add_get("/checkout/{listing_id}", checkout)
    app.router.add_get("/static/img/{name}.png", placeholder_image)
    takedown.install(app, desk or takedown.TakedownDesk(), LISTINGS_KEY, BY_ID_KEY)
    return app

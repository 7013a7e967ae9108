"""Structured-data fallback: one listing from a page's product metadata.

Used when a marketplace platform file has no CSS selectors.  Reads
schema.org JSON-LD, microdata and RDFa plus OpenGraph, picks the page's
main product (not "related items"), and maps it onto listing fields.

    extract_product(html, url) -> dict | None

Order of trust: the best schema.org product (JSON-LD, microdata, then
RDFa), gaps filled from twin markups of the same product and OpenGraph,
then a careful DOM price reading (structured_dom) when no price was found.
Pages whose only products sit in lists (category/search pages) give None.
Never raises: malformed pieces are skipped (the readers catch what their
libraries raise on bad input), input size is capped.  Anything else is a
bug, ours or a library's: the step it broke is logged at WARNING with the
URL and counted in the crawl's stats (FAILURE_STAT), and the other steps
still run.
"""
from __future__ import annotations

import logging
import re
from urllib.parse import unquote, urlsplit

from crawler.structured_dom import (
    breadcrumb_category,
    dom_price,
    full_description,
    jsonld_breadcrumb,
    page_currency,
    page_titles,
    site_names,
    strip_site_name,
)
from crawler.structured_fields import (
    availability_of,
    first_text,
    id_from_url,
    image_urls,
    looks_like_id,
    normalize_availability,
    resolve,
)
from crawler.structured_price import normalize_currency, parse_price
from crawler.structured_syntaxes import (
    parse_tree,
    read_jsonld,
    read_microdata,
    read_opengraph,
    read_rdfa,
    to_unicode,
)

log = logging.getLogger(__name__)

FIELDS = (
    "listing_id", "title", "description", "price_amount", "currency",
    "price_text", "seller_name", "images", "posted_at", "brand",
    "availability", "source", "category",
)

PRODUCT_TYPES = {
    "Product", "ProductGroup", "IndividualProduct", "ProductModel",
    "SomeProducts", "Vehicle", "Car", "Motorcycle", "BusOrCoach",
}
OFFER_TYPES = {"Offer", "AggregateOffer"}
# Products reached through these keys are other items shown on the page.
RELATED_KEYS = {
    "isRelatedTo", "isSimilarTo", "isAccessoryOrSparePartFor",
    "isConsumableFor", "itemListElement", "relatedLink", "significantLink",
    "mentions", "hasPart", "isVariantOf", "owns", "seeks",
}
VARIANT_KEYS = {"hasVariant", "model", "@graph"}
RELATED_TYPES = {"ItemList", "BreadcrumbList", "OfferCatalog", "SearchResultsPage"}
# Price specification types that are not what the buyer pays now.
NON_SELLING_PRICE_TYPES = ("strikethrough", "listprice", "msrp", "srp", "invoice")
ID_KEYS = ("sku", "productID", "gtin13", "gtin14", "gtin12", "gtin8", "gtin", "mpn")
DATE_KEYS = ("datePosted", "datePublished", "dateCreated", "uploadDate")
MAX_WALK_DEPTH = 25
MAX_CANDIDATES = 500
MAX_OFFERS = 100
# Scrapy stats: unexpected failures, in all and per step (FAILURE_STAT + "/json-ld"...).
FAILURE_STAT = "wildwatch/structured/failures"


class _Guard:
    """The steps of one page's extraction.  A step that fails unexpectedly is
    logged at WARNING with the page's URL, counted, and replaced by its
    default, so one broken reader does not hide what the others found."""

    def __init__(self, url: str, stats=None):
        self.url = url
        self.stats = stats  # Scrapy's StatsCollector (anything with inc_value), or None
        self.failures = 0

    def run(self, step: str, default, func, *args, **kwargs):
        try:
            return func(*args, **kwargs)
        except Exception as exc:  # a bug: reported below, not swallowed
            self.failed(step, exc)
            return default

    def failed(self, step: str, exc: Exception) -> None:
        self.failures += 1
        log.warning("structured data: %s failed on %s: %s: %s", step, self.url,
                    type(exc).__name__, exc, exc_info=exc)
        if self.stats is not None:
            self.stats.inc_value(FAILURE_STAT)
            self.stats.inc_value(f"{FAILURE_STAT}/{step}")


def extract_product(html, url: str, *, stats=None) -> dict | None:
    """The page's main product as listing fields, or None.  `stats` (the
    crawl's Scrapy StatsCollector) counts unexpected failures."""
    guard = _Guard(url if isinstance(url, str) else "", stats)
    try:
        return _extract(html, guard.url, guard=guard)
    except Exception as exc:  # the crawler must never die on one bad page
        guard.failed("extract", exc)
        return None


# How much DOM guessing to do when metadata has no price.  "full" is what
# the crawler gets; the benchmark also scores "markup" and "off" to show
# what each step adds.
DOM_LEVELS = ("off", "markup", "full")


def _extract(html, url: str, dom_level: str = "full", guard: _Guard | None = None) -> dict | None:
    run = (guard or _Guard(url)).run
    text = to_unicode(html)
    tree = parse_tree(text)
    if tree is None:
        return None
    og = run("opengraph", {}, read_opengraph, tree)
    titles = run("titles", [], page_titles, tree, og)
    jsonld = run("json-ld", [], read_jsonld, tree, text)
    candidates = _find_products(jsonld, "json-ld")
    candidates += _find_products(run("microdata", [], read_microdata, tree, url), "microdata")
    if not candidates:
        # RDFa parsing is slow and rarely the only product markup.
        candidates = _find_products(run("rdfa", [], read_rdfa, tree, url, text), "rdfa")
    best = _choose(candidates, url, titles)
    item = _from_product(best, url) if best else _empty()
    _fill_from_other_candidates(item, best, candidates, url)
    og_is_product = _fill_from_opengraph(item, og, url)
    guess_text = dom_level == "full"
    if best is None and not og_is_product:
        if candidates:
            return None  # only listed/related products: a category page
        # No product metadata: only a priced page with a heading is a listing.
        price = run("dom-price", None, dom_price, tree, url, strict=not guess_text) \
            if dom_level != "off" else None
        if price is None or not titles:
            return None
        item.update(price)
        item["title"] = titles[0]
        item["source"] = "dom-heuristic"
    elif item["price_amount"] is None and dom_level != "off":
        # A product whose markup states a price of 0 / blank has no price
        # on purpose; guessing from page text would pick a related item.
        explicit = best is not None and _declares_price(best)
        price = run("dom-price", None, dom_price, tree, url, strict=explicit or not guess_text)
        if price is not None:
            item.update(price)
    if item["listing_id"] is None:
        item["listing_id"] = id_from_url(url)
    _from_main_content(item, run, tree, og, titles, jsonld)
    if item["currency"] is None and item["price_amount"] is not None:
        item["currency"] = run("currency", None, page_currency, tree, og, url)
    return item


def _from_main_content(item: dict, run, tree, og: dict, titles: list[str], jsonld: list) -> None:
    """What the page's main content says better than its metadata: the title without the site
    name (og:title, <title>), a description the metadata cut short, the platform's category."""
    if item["title"]:
        metadata_name = item["source"] in ("json-ld", "microdata", "rdfa")
        heads = [] if metadata_name else titles
        item["title"] = strip_site_name(item["title"], run("site-name", [], site_names, tree, og), heads)
    full = run("description", None, full_description, tree, item["description"], item["title"])
    if full:
        item["description"] = full
    if not item["category"]:
        item["category"] = run("breadcrumb", None, jsonld_breadcrumb, jsonld, item["title"]) or run(
            "breadcrumb", None, breadcrumb_category, tree, item["title"])


def _empty() -> dict:
    item = dict.fromkeys(FIELDS)
    item["images"] = []
    return item


# -- finding candidates ----------------------------------------------------

def _types(node: dict) -> set[str]:
    value = node.get("@type")
    return set(value) if isinstance(value, list) else set()


def _index_ids(nodes) -> dict:
    """@id -> fullest node, so {"@id": "#offer"} references can be followed."""
    index: dict = {}
    stack = list(nodes)
    seen = 0
    while stack and seen < 20_000:
        node = stack.pop()
        seen += 1
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            ref = node.get("@id")
            if isinstance(ref, str) and len(node) > 1:
                if len(node) > len(index.get(ref, {})):
                    index[ref] = node
            stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
    return index


def _find_products(nodes: list, syntax: str) -> list[dict]:
    ids = _index_ids(nodes)
    found: list[dict] = []

    def walk(value, depth, related, path_key):
        if depth > MAX_WALK_DEPTH or len(found) >= MAX_CANDIDATES:
            return
        if isinstance(value, list):
            for item in value:
                walk(item, depth + 1, related, path_key)
            return
        if not isinstance(value, dict):
            return
        types = _types(value)
        is_related = related or path_key in RELATED_KEYS or bool(types & RELATED_TYPES)
        product = None
        has_offers = "offers" in value or "offerDetails" in value
        if types & PRODUCT_TYPES or (has_offers and "name" in value):
            product = value
        elif types & OFFER_TYPES and depth <= 2 and (value.get("name") or value.get("price")
                                                    or value.get("itemOffered")):
            # A top-level Offer describing an item (classifieds do this).
            offered = resolve(value.get("itemOffered"), ids)
            product = dict(offered) if isinstance(offered, dict) else {}
            product.setdefault("name", value.get("name"))
            product["offers"] = value
        if product is not None:
            found.append({
                "node": product, "syntax": syntax, "ids": ids,
                "related": is_related, "depth": depth, "order": len(found),
                "typed": bool(types & PRODUCT_TYPES),
            })
        for key, child in value.items():
            if key in ("offers", "@context") or not isinstance(child, (dict, list)):
                continue
            # Products nested in a product are accessories, bundles etc.;
            # its own variants and models are still the page's product.
            nested_in_product = product is not None and key not in VARIANT_KEYS
            walk(child, depth + 1, is_related or nested_in_product, key)

    for node in nodes:
        walk(node, 0, False, None)
    return found


# -- choosing the main product ---------------------------------------------

def _url_key(value) -> str:
    if not isinstance(value, str) or not value.strip():
        return ""
    parts = urlsplit(value.strip())
    return unquote(parts.path).rstrip("/").lower()


def _words(text) -> set[str]:
    return set(re.findall(r"\w{2,}", text.lower())) if isinstance(text, str) else set()


def _name_similarity(name, titles: list[str]) -> float:
    words = _words(first_text(name))
    if not words:
        return 0.0
    best = 0.0
    for title in titles:
        other = _words(title)
        if other:
            best = max(best, len(words & other) / len(words))
    return best


def _score(cand: dict, page_key: str, titles: list[str]) -> float:
    node = cand["node"]
    score = 3.0 if cand["typed"] else 1.0
    offers = _offer_list(_offers_of(node), cand["ids"])
    if _selling_price(node, offers, cand["ids"], "")[0] is not None:
        score += 2
    urls = [node.get("url"), node.get("@id")] + [o.get("url") for o in offers]
    if page_key and any(_url_key(u) == page_key for u in urls if isinstance(u, str)):
        score += 3
    score += 2 * _name_similarity(node.get("name"), titles)
    score += 0.5 * sum(1 for key in ("name", "image", "description", "sku") if node.get(key))
    return score - 0.1 * cand["depth"]


def _choose(candidates: list[dict], url: str, titles: list[str]):
    # Products only seen inside lists / "related" links mean a category or
    # search page, not a listing: there is no main product to report.
    candidates = [c for c in candidates if not c["related"]]
    if not candidates:
        return None
    page_key = _url_key(url)
    syntax_rank = {"json-ld": 0, "microdata": 1, "rdfa": 2}
    return max(
        candidates,
        key=lambda c: (
            round(_score(c, page_key, titles), 3),
            -syntax_rank.get(c["syntax"], 3),
            -c["order"],
        ),
    )


# -- reading fields --------------------------------------------------------

def _offers_of(node: dict):
    # "offerDetails" is the old data-vocabulary.org spelling of "offers".
    return node.get("offers") or node.get("offerDetails")


def _offer_list(value, ids) -> list[dict]:
    value = resolve(value, ids)
    items = value if isinstance(value, list) else [value]
    offers = []
    for item in items[:MAX_OFFERS]:
        item = resolve(item, ids)
        if not isinstance(item, dict):
            continue
        offers.append(item)
        # AggregateOffer may carry concrete offers; keep them after it.
        inner = item.get("offers")
        if isinstance(inner, (list, dict)) and inner is not value:
            offers.extend(o for o in (inner if isinstance(inner, list) else [inner])
                          if isinstance(o, dict))
    return offers


def _spec_price(spec, ids, url):
    """Price from priceSpecification, skipping list/strikethrough prices."""
    specs = [resolve(s, ids) for s in (spec if isinstance(spec, list) else [spec])]
    specs = [s for s in specs if isinstance(s, dict)]
    selling = [s for s in specs if not any(
        t in str(s.get("priceType", "")).lower() for t in NON_SELLING_PRICE_TYPES)]
    for s in selling or specs:
        amount, currency, raw = parse_price(
            s.get("price", s.get("minPrice")), first_text(s.get("priceCurrency")), url)
        if amount is not None:
            return amount, currency, raw
    return None, None, None


def _offer_price(offer: dict, ids, url):
    currency_hint = first_text(offer.get("priceCurrency"))
    for key in ("price", "lowPrice"):
        amount, currency, raw = parse_price(offer.get(key), currency_hint, url)
        if amount is not None:
            return amount, currency, raw
    amount, currency, raw = _spec_price(offer.get("priceSpecification"), ids, url)
    if amount is not None:
        return amount, currency or normalize_currency(currency_hint, url), raw
    return parse_price(offer.get("highPrice"), currency_hint, url)


def _selling_price(node: dict, offers: list[dict], ids, url):
    """(amount, currency, raw, offer) for the offer the page is selling."""
    priced = []
    for offer in offers:
        amount, currency, raw = _offer_price(offer, ids, url)
        if amount is not None:
            priced.append((amount, currency, raw, offer))
    page_key = _url_key(url)
    for entry in priced:
        if page_key and _url_key(entry[3].get("url")) == page_key:
            return entry
    if priced:
        return priced[0]
    # Sloppy markup puts price straight on the product.
    amount, currency, raw = parse_price(
        node.get("price"), first_text(node.get("priceCurrency")), url)
    if amount is None:
        amount, currency, raw = _spec_price(node.get("priceSpecification"), ids, url)
    return amount, currency, raw, None


def _from_product(cand: dict, url: str) -> dict:
    node, ids = cand["node"], cand["ids"]
    offers = _offer_list(_offers_of(node), ids)
    amount, currency, raw, offer = _selling_price(node, offers, ids, url)
    offer = offer or (offers[0] if offers else {})
    item = _empty()
    item["source"] = cand["syntax"]
    item["title"] = first_text(node.get("name"))
    item["description"] = first_text(node.get("description"))
    category = first_text(node.get("category"))
    item["category"] = category if category and "://" not in category else None
    item["price_amount"], item["currency"], item["price_text"] = amount, currency, raw
    if item["currency"] is None:
        item["currency"] = normalize_currency(
            first_text(offer.get("priceCurrency")), url)
    for holder in (node, offer):
        for key in ID_KEYS:
            ident = first_text(holder.get(key))
            if item["listing_id"] is None and looks_like_id(ident):
                item["listing_id"] = ident
    seller = resolve(offer.get("seller") or node.get("seller"), ids)
    item["seller_name"] = first_text(seller)
    brand = resolve(node.get("brand") or node.get("manufacturer"), ids)
    item["brand"] = first_text(brand)
    if item["brand"] and item["brand"][:1] in "$%{[<":
        item["brand"] = None  # an unrendered template placeholder
    item["images"] = list(dict.fromkeys(image_urls(node.get("image"), url, ids)))
    item["availability"] = availability_of(offers, offer, node)
    for key in DATE_KEYS:
        item["posted_at"] = item["posted_at"] or first_text(node.get(key))
    item["posted_at"] = item["posted_at"] or first_text(offer.get("validFrom"))
    return item


def _declares_price(cand: dict) -> bool:
    offers = _offer_list(_offers_of(cand["node"]), cand["ids"])
    return any(key in holder for holder in offers + [cand["node"]]
               for key in ("price", "lowPrice", "priceSpecification"))


PRICE_FIELDS = ("price_amount", "currency", "price_text")


def _fill_from_other_candidates(item, best, candidates, url) -> None:
    """The same product is often marked up twice (JSON-LD + microdata) with
    different gaps: fill ours from twins that carry the same name."""
    name = _words(item["title"])
    if best is None or not name:
        return
    for cand in candidates:
        if cand is best or cand["related"]:
            continue
        if _words(first_text(cand["node"].get("name"))) != name:
            continue
        twin = _from_product(cand, url)
        if item["price_amount"] is None and twin["price_amount"] is not None:
            for key in PRICE_FIELDS:  # amount, currency and text go together
                item[key] = twin[key]
        for key in FIELDS:
            if key not in PRICE_FIELDS and key != "source" and not item[key]:
                item[key] = twin[key]


def _fill_from_opengraph(item: dict, og: dict, url: str) -> bool:
    """Fill gaps from OpenGraph; True when OG itself describes a product."""
    def first(*keys):
        for key in keys:
            for value in og.get(key, []):
                if isinstance(value, str) and value.strip():
                    return value.strip()
        return None

    og_type = (first("og:type") or "").lower()
    raw_price = first("product:price:amount", "og:price:amount",
                      "product:sale_price:amount")
    currency_hint = first("product:price:currency", "og:price:currency",
                          "product:sale_price:currency")
    is_product = "product" in og_type or raw_price is not None
    if item["price_amount"] is None and raw_price is not None:
        amount, currency, raw = parse_price(raw_price, currency_hint, url)
        if amount is not None:
            item["price_amount"], item["price_text"] = amount, raw
            item["currency"] = item["currency"] or currency
            if item["source"] is None:
                item["source"] = "opengraph"
    if not is_product and item["source"] is None:
        return False
    if item["source"] is None:
        item["source"] = "opengraph"
    item["title"] = item["title"] or first("og:title")
    item["description"] = item["description"] or first("og:description")
    item["brand"] = item["brand"] or first("product:brand", "og:brand")
    item["availability"] = item["availability"] or normalize_availability(
        first("product:availability", "og:availability"))
    item["listing_id"] = item["listing_id"] or first(
        "product:retailer_item_id", "product:sku", "og:sku")
    item["posted_at"] = item["posted_at"] or first("article:published_time")
    if not item["images"]:
        images = []
        for value in og.get("og:image", []) + og.get("og:image:url", []):
            images.extend(image_urls(value, url, {}))
        item["images"] = list(dict.fromkeys(images))
    return is_product

"""The structured-data fallback trusts the product's own block (issue 14): no price from a
"recently viewed" sidebar, og:title without the site name, the page's full description when the
JSON-LD one is cut short, and the platform's category from a breadcrumb or JSON-LD."""
from __future__ import annotations

import json

from crawler.structured import extract_product
from crawler.structured_dom import strip_site_name

URL = "https://cho.example/item/4411"


def _page(head: str = "", main: str = "", side: str = "", crumbs: str = "") -> str:
    return (f"<html><head>{head}</head><body>{crumbs}<div class='layout'>"
            f"<div class='product-detail'>{main}</div>{side}</div></body></html>")


def _jsonld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", **data})}</script>'


SIDEBAR = ("<div class='col-right'><div class='recently-viewed'><h3>Recently viewed</h3>"
           "<div class='card'><span class='price'>£28,000</span></div></div></div>")


def test_no_price_is_taken_from_a_recently_viewed_sidebar():
    html = _page(head=_jsonld({"@type": "Product", "name": "Carved bone bangle"}),
                 main="<h1>Carved bone bangle</h1><p>Ask me for the price.</p>", side=SIDEBAR)
    item = extract_product(html, URL)
    assert item["title"] == "Carved bone bangle"
    assert item["price_amount"] is None and item["currency"] is None


def test_nor_from_an_aside_or_a_related_block_without_metadata():
    aside = "<aside><span class='price'>$900</span></aside>"
    related = "<div class='related-items'><span class='price'>€40</span></div>"
    html = _page(head="<title>Horn cup | Cho</title>", main="<h1>Horn cup</h1>", side=aside + related)
    assert extract_product(html, URL) is None  # no price of its own: not a listing


def test_the_products_own_price_is_still_read_beside_a_sidebar():
    html = _page(head=_jsonld({"@type": "Product", "name": "Carved bone bangle"}),
                 main="<h1>Carved bone bangle</h1><div class='price-box'><span class='price'>£120</span></div>",
                 side=SIDEBAR)
    item = extract_product(html, URL)
    assert (item["price_amount"], item["currency"]) == ("120", "GBP")


def test_og_title_loses_the_site_name_suffix():
    head = ('<meta property="og:type" content="product"><meta property="og:title" content="Horn cup – Chợ Đồ Cổ">'
            '<meta property="og:site_name" content="Chợ Đồ Cổ">'
            '<meta property="product:price:amount" content="900"><meta property="product:price:currency" content="USD">')
    item = extract_product(_page(head=head), URL)
    assert item["title"] == "Horn cup"
    assert strip_site_name("象牙手镯_闲置交易", [], ["象牙手镯"]) == "象牙手镯"
    assert strip_site_name("Tiger - Eye bracelet", ["Chợ"]) == "Tiger - Eye bracelet"  # not a site name


def test_a_cut_json_ld_description_is_replaced_by_the_pages_full_text():
    full = ("Hand-carved bangle from an old family collection, 52 g, inner diameter 58 mm, "
            "small crack near the clasp, sold as seen.")
    cut = full[:60] + "…"
    html = _page(head=_jsonld({"@type": "Product", "name": "Carved bangle", "description": cut,
                               "offers": {"@type": "Offer", "price": "120", "priceCurrency": "GBP"}}),
                 main=f"<h1>Carved bangle</h1><div class='desc'><p>{full}</p></div>")
    assert extract_product(html, URL)["description"] == full
    whole = _page(head=_jsonld({"@type": "Product", "name": "Carved bangle", "description": full,
                                "offers": {"@type": "Offer", "price": "120", "priceCurrency": "GBP"}}),
                  main=f"<h1>Carved bangle</h1><p>{full}</p><p>Shipping: worldwide.</p>")
    assert extract_product(whole, URL)["description"] == full  # complete: left as it is


def test_category_from_json_ld_then_breadcrumb():
    offer = {"@type": "Offer", "price": "120", "priceCurrency": "GBP"}
    html = _page(head=_jsonld({"@type": "Product", "name": "Carved bangle", "category": "Antiques > Carvings",
                               "offers": offer}), main="<h1>Carved bangle</h1>")
    assert extract_product(html, URL)["category"] == "Antiques > Carvings"
    crumbs = _jsonld({"@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 2, "name": "Toys"}, {"@type": "ListItem", "position": 1, "name": "Home"},
        {"@type": "ListItem", "position": 3, "name": "Plush tigers"},
        {"@type": "ListItem", "position": 4, "name": "Carved bangle"}]})
    html = _page(head=_jsonld({"@type": "Product", "name": "Carved bangle", "offers": offer}) + crumbs,
                 main="<h1>Carved bangle</h1>")
    assert extract_product(html, URL)["category"] == "Toys > Plush tigers"
    nav = ("<nav aria-label='Breadcrumb'><ol><li><a href='/'>首页</a></li><li><a href='/c/1'>汽车用品</a></li>"
           "<li>Carved bangle</li></ol></nav>")
    html = _page(head=_jsonld({"@type": "Product", "name": "Carved bangle", "offers": offer}),
                 main="<h1>Carved bangle</h1>", crumbs=nav)
    assert extract_product(html, URL)["category"] == "汽车用品"

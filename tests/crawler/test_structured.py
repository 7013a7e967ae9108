"""Tests for the structured-data fallback extractor (crawler.structured)."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from crawler.structured import FIELDS, extract_product

URL = "https://shop.example.com/item/ivory-carving-12345"
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
BENCHMARK = SHARED / "realpages" / "product-extraction-benchmark" / "dataset"


def page(head: str = "", body: str = "") -> str:
    return f"<!DOCTYPE html><html><head><title>Shop</title>{head}</head><body>{body}</body></html>"


def jsonld(data) -> str:
    text = data if isinstance(data, str) else json.dumps(data)
    return f'<script type="application/ld+json">{text}</script>'


def test_jsonld_graph_with_offer_reference():
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Shop", "url": "https://shop.example.com/"},
            {"@type": "Product", "@id": URL + "#product", "name": "Carved ivory figure",
             "sku": "IV-77", "image": ["/img/a.jpg", {"@type": "ImageObject", "url": "/img/b.jpg"}],
             "brand": {"@type": "Brand", "name": "Antique House"},
             "offers": {"@id": URL + "#offer"}},
            {"@type": "Offer", "@id": URL + "#offer", "price": "2800.00",
             "priceCurrency": "EUR", "availability": "https://schema.org/InStock",
             "seller": {"@type": "Organization", "name": "Old Curios Ltd"}},
        ],
    }
    item = extract_product(page(jsonld(data)), URL)
    assert set(item) == set(FIELDS)
    assert item["source"] == "json-ld"
    assert item["title"] == "Carved ivory figure"
    assert item["listing_id"] == "IV-77"
    assert (item["price_amount"], item["currency"]) == ("2800.00", "EUR")
    assert item["seller_name"] == "Old Curios Ltd"
    assert item["brand"] == "Antique House"
    assert item["availability"] == "InStock"
    assert item["images"] == ["https://shop.example.com/img/a.jpg",
                              "https://shop.example.com/img/b.jpg"]


def test_aggregate_offer_uses_low_price_and_symbol_currency():
    data = {"@context": "http://schema.org", "@type": "Product", "name": "Tortoise shell comb",
            "offers": {"@type": "AggregateOffer", "lowPrice": "€ 1.234,50",
                       "highPrice": "2000", "offerCount": 3}}
    item = extract_product(page(jsonld(data)), URL)
    assert item["price_amount"] == "1234.50"
    assert item["currency"] == "EUR"
    assert item["price_text"] == "€ 1.234,50"


def test_offer_list_and_price_specification_skip_strikethrough_price():
    data = {"@type": "Product", "name": "Rhino horn cup",
            "offers": [{"@type": "Offer", "priceSpecification": [
                {"@type": "UnitPriceSpecification", "price": 99.0, "priceCurrency": "USD",
                 "priceType": "https://schema.org/StrikethroughPrice"},
                {"@type": "UnitPriceSpecification", "price": 79.5, "priceCurrency": "USD"}]}]}
    item = extract_product(page(jsonld(data)), URL)
    assert (item["price_amount"], item["currency"]) == ("79.5", "USD")


def test_main_product_beats_related_items():
    related = [{"@type": "Product", "name": f"Other thing {i}",
                "offers": {"@type": "Offer", "price": str(10 + i), "priceCurrency": "GBP"}}
               for i in range(3)]
    listing = {"@type": "ItemList", "itemListElement": related}
    main = {"@type": "Product", "name": "Pangolin scale pendant", "url": URL,
            "offers": {"@type": "Offer", "price": "450", "priceCurrency": "GBP"},
            "isRelatedTo": related[0]}
    html = page(jsonld(listing) + jsonld(main) + "<title>Pangolin scale pendant</title>")
    item = extract_product(html, URL)
    assert item["title"] == "Pangolin scale pendant"
    assert item["price_amount"] == "450"


def test_category_page_with_only_listed_products_is_not_a_listing():
    listing = {"@type": "ItemList", "itemListElement": [
        {"@type": "ListItem", "position": i, "item": {
            "@type": "Product", "name": f"Carving {i}",
            "offers": {"@type": "Offer", "price": "10", "priceCurrency": "USD"}}}
        for i in range(5)]}
    body = '<h1>All carvings</h1><span class="price">$10</span>'
    assert extract_product(page(jsonld(listing), body), URL) is None


def test_product_group_picks_the_variant_of_this_url():
    group = {"@context": "https://schema.org", "@type": "ProductGroup", "name": "Fur coat",
             "productGroupID": "FC", "hasVariant": [
                 {"@type": "Product", "name": "Fur coat S", "sku": "FC-S",
                  "url": "https://shop.example.com/item/fur-coat?size=s",
                  "offers": {"@type": "Offer", "price": "900", "priceCurrency": "EUR"}},
                 {"@type": "Product", "name": "Fur coat L", "sku": "FC-L",
                  "url": URL,
                  "offers": {"@type": "Offer", "price": "950", "priceCurrency": "EUR"}}]}
    item = extract_product(page(jsonld(group)), URL)
    assert (item["listing_id"], item["price_amount"]) == ("FC-L", "950")


def test_classified_ad_as_top_level_offer():
    offer = {"@context": "https://schema.org", "@type": "Offer", "price": "3.500",
             "priceCurrency": "PKR", "seller": {"@type": "Person", "name": "Ali"},
             "itemOffered": {"@type": "Thing", "name": "Pair of parakeets"}}
    item = extract_product(page(jsonld(offer)), URL)
    assert item["title"] == "Pair of parakeets"
    assert item["seller_name"] == "Ali"
    # A plain number is read the schema.org way: "." is the decimal point.
    assert (item["price_amount"], item["currency"]) == ("3.500", "PKR")


def test_microdata_price_in_content_attribute():
    body = """
    <div itemscope itemtype="http://schema.org/Product">
      <h1 itemprop="name">Shark fin, dried, 1 kg</h1>
      <span itemprop="productID">SF-1</span>
      <div itemprop="offers" itemscope itemtype="http://schema.org/Offer">
        <span itemprop="price" content="12.5">12,50&nbsp;€</span>
        <meta itemprop="priceCurrency" content="EUR">
        <link itemprop="availability" href="http://schema.org/OutOfStock">
      </div>
    </div>"""
    item = extract_product(page(body=body), URL)
    assert item["source"] == "microdata"
    assert (item["price_amount"], item["currency"]) == ("12.5", "EUR")
    assert item["listing_id"] == "SF-1"
    assert item["availability"] == "OutOfStock"


def test_opengraph_only_product():
    head = """
    <meta property="og:type" content="product">
    <meta property="og:title" content="Python skin handbag">
    <meta property="og:image" content="/p/bag.jpg">
    <meta property="product:price:amount" content="2,800">
    <meta property="product:price:currency" content="USD">"""
    item = extract_product(page(head), URL)
    assert item["source"] == "opengraph"
    assert item["title"] == "Python skin handbag"
    assert (item["price_amount"], item["currency"]) == ("2800", "USD")
    assert item["images"] == ["https://shop.example.com/p/bag.jpg"]
    assert item["listing_id"] == "12345"  # from the URL


def test_broken_jsonld_is_skipped_or_repaired():
    broken = '{"@type": "Product", "name": "broken'
    repairable = """<!-- {"@context": "https://schema.org", "@type": "Product",
        "name": "Bear bile capsules", "offers": {"price": "15", "priceCurrency": "CNY",},} -->"""
    html = page(jsonld(broken) + jsonld(repairable) + jsonld("not json at all"))
    item = extract_product(html, URL)
    assert item["title"] == "Bear bile capsules"
    assert (item["price_amount"], item["currency"]) == ("15", "CNY")


def test_jsonld_with_unusual_type_attribute_and_case():
    html = page('<script type="Application/LD+JSON ">'
                '{"@type":"Product","name":"Coral","offers":{"PRICE":"7","pricecurrency":"usd"}}'
                "</script>")
    item = extract_product(html, URL)
    assert item["title"] == "Coral"
    assert item["currency"] == "USD"


def test_deeply_nested_and_oversized_jsonld_is_skipped():
    deep = "[" * 50_000 + "]" * 50_000
    good = {"@type": "Product", "name": "Musk pod", "offers": {"price": "60", "priceCurrency": "USD"}}
    item = extract_product(page(jsonld(deep) + jsonld(good)), URL)
    assert (item["title"], item["price_amount"]) == ("Musk pod", "60")


def test_twin_markups_of_one_product_fill_each_others_gaps():
    data = {"@type": "Product", "name": "Saiga horn powder", "sku": "SH-1"}
    body = """<div itemscope itemtype="https://schema.org/Product">
      <span itemprop="name">Saiga horn powder</span>
      <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
        <span itemprop="price">1 299,00 zł</span></div></div>"""
    item = extract_product(page(jsonld(data), body), URL)
    assert item["listing_id"] == "SH-1"
    assert (item["price_amount"], item["currency"]) == ("1299.00", "PLN")


def test_no_metadata_returns_none():
    assert extract_product(page(body="<p>Hello, nothing to sell here.</p>"), URL) is None
    assert extract_product("", URL) is None
    assert extract_product(b"", URL) is None


@pytest.mark.parametrize("junk", [
    bytes(range(256)) * 50,
    b"\x00\xff\xfe" * 1000,
    "<html><body><div itemscope itemtype='http://schema.org/Product'>" * 500,
    "<?xml version='1.0' encoding='utf-8'?><html><title>x</title></html>",
    None,
    12345,
])
def test_junk_input_never_raises(junk):
    result = extract_product(junk, URL)
    assert result is None or isinstance(result, dict)


def test_bytes_input_with_declared_charset():
    html = ('<html><head><meta charset="gb2312"></head><body>'
            + jsonld({"@type": "Product", "name": "象牙手镯",
                      "offers": {"price": "5000", "priceCurrency": "CNY"}})
            + "</body></html>").encode("gb2312")
    item = extract_product(html, "https://example.cn/x")
    assert item["title"] == "象牙手镯"
    assert item["price_amount"] == "5000"


def test_huge_page_is_handled():
    filler = "<div class='row'><p>" + "lorem ipsum " * 40 + "</p></div>\n"
    body = filler * (5_000_000 // len(filler) + 1)
    html = page(jsonld({"@type": "Product", "name": "Big page item",
                        "offers": {"price": "1", "priceCurrency": "USD"}}), body)
    assert len(html) > 5_000_000
    item = extract_product(html, URL)
    assert item["title"] == "Big page item"


def test_dom_heuristic_reads_price_markup_outside_itemscope():
    body = ('<h1>Tiger claw amulet</h1>'
            '<span itemprop="price" content="120.00">120 $</span>'
            '<meta itemprop="priceCurrency" content="USD">')
    item = extract_product(page(body=body), URL)
    assert item["source"] == "dom-heuristic"
    assert (item["price_amount"], item["currency"]) == ("120.00", "USD")
    assert item["title"] == "Tiger claw amulet"


def test_rdfa_product():
    body = """
    <div vocab="http://schema.org/" typeof="Product">
      <span property="name">Elephant hair bracelet</span>
      <span property="sku">EH-9</span>
      <div property="offers" typeof="Offer">
        <span property="price" content="35.00">35 $</span>
        <meta property="priceCurrency" content="USD">
      </div>
    </div>"""
    item = extract_product(page(body=body), URL)
    assert item["source"] == "rdfa"
    assert item["title"] == "Elephant hair bracelet"
    assert (item["price_amount"], item["currency"], item["listing_id"]) == ("35.00", "USD", "EH-9")


def test_available_when_any_variant_is_and_names_are_not_ids():
    data = {"@type": "Product", "name": "Snakeskin boots", "sku": "Snakeskin Boots",
            "description": "<p>Real <b>python</b> &amp; leather</p>",
            "offers": [
                {"@type": "Offer", "price": "70.50", "priceCurrency": "EUR",
                 "availability": "http://schema.org/OutOfStock", "sku": "SB-40"},
                {"@type": "Offer", "price": "70.50", "priceCurrency": "EUR",
                 "availability": "http://schema.org/InStock", "sku": "SB-41"}]}
    item = extract_product(page(jsonld(data)), URL)
    assert item["availability"] == "InStock"
    assert item["listing_id"] == "SB-40"
    assert item["description"] == "Real python & leather"


def test_zero_price_means_no_price():
    data = {"@type": "Product", "name": "Parrot (call for price)",
            "offers": {"@type": "Offer", "price": "0", "priceCurrency": "ILS"}}
    body = '<div class="product-price">149 ₪</div>'
    item = extract_product(page(jsonld(data), body), URL)
    assert item["price_amount"] is None


def test_currency_taken_from_page_when_offer_lacks_it():
    data = {"@type": "Product", "name": "Antelope horn", "offers": {"price": "99"}}
    head = '<meta property="product:price:currency" content="HKD">'
    item = extract_product(page(head + jsonld(data)), URL)
    assert (item["price_amount"], item["currency"]) == ("99", "HKD")


def test_price_class_fallback_skips_old_and_ambiguous_prices():
    body = """<h1>Ivory chess set</h1>
      <div class="price-box"><span class="old-price">1.500,00 €</span></div>
      <div class="prices">1.500,00 € 1.200,00 €</div>
      <span class="product-price">1.200,00&nbsp;€</span>"""
    head = '<meta property="og:type" content="product">'
    item = extract_product(page(head, body), URL)
    assert (item["price_amount"], item["currency"]) == ("1200.00", "EUR")


@pytest.mark.parametrize("symbol, url, code", [
    ("$", "https://shop.example.ca/x", "CAD"),
    ("$", "https://shop.example.com/x", "USD"),
    ("Lei", URL, "RON"),
    ("Rs.", "https://olx.com.pk/x", "PKR"),
    ("руб.", URL, "RUB"),
    ("eur", URL, "EUR"),
    ("xyz-not-money", URL, None),
])
def test_currency_normalisation(symbol, url, code):
    from crawler.structured_price import normalize_currency

    assert normalize_currency(symbol, url) == code


def _benchmark_pages(limit):
    truth = json.loads((BENCHMARK / "ground-truth.json").read_text("utf8"))
    picked = []
    for page_id, row in sorted(truth.items()):
        if row.get("price") and len(picked) < limit:
            picked.append((page_id, row))
    return picked


@pytest.mark.skipif(not BENCHMARK.is_dir(), reason="shared benchmark pages not present")
def test_real_pages_give_sane_output():
    pages = _benchmark_pages(12)
    right = 0
    for page_id, row in pages:
        html = gzip.decompress((BENCHMARK / "html" / f"{page_id}.html.gz").read_bytes())
        item = extract_product(html, row["url"])
        if item is None:
            continue
        assert set(item) == set(FIELDS)
        assert isinstance(item["images"], list)
        assert all(img.startswith("http") for img in item["images"])
        if item["price_amount"] is not None:
            float(item["price_amount"])
            right += any(float(item["price_amount"]) == float(p) for p in row["price"])
    # Most of these pages carry a correct, machine-readable price.
    assert right >= len(pages) // 2


# -- failures: malformed input is expected; anything else is warned about and counted ----------

def _stats():
    from scrapy import Spider
    from scrapy.utils.test import get_crawler

    return get_crawler(Spider).stats


PRODUCT_PAGE = page(jsonld({"@type": "Product", "name": "Carved ivory figure",
                            "offers": {"price": "2800", "priceCurrency": "EUR"}}))


def test_an_unexpected_failure_is_warned_with_the_url_counted_and_the_rest_still_read(
        monkeypatch, caplog):
    import crawler.structured as structured

    def broken(tree, url):
        raise RuntimeError("a bug in the microdata reader")

    monkeypatch.setattr(structured, "read_microdata", broken)
    stats = _stats()
    with caplog.at_level("WARNING", logger="crawler.structured"):
        item = extract_product(PRODUCT_PAGE, URL, stats=stats)
    assert (item["title"], item["price_amount"]) == ("Carved ivory figure", "2800")  # JSON-LD still read
    assert stats.get_value(structured.FAILURE_STAT) == 1
    assert stats.get_value(f"{structured.FAILURE_STAT}/microdata") == 1
    [record] = caplog.records
    assert record.levelname == "WARNING" and URL in record.getMessage()
    assert "RuntimeError: a bug in the microdata reader" in record.getMessage()


def test_a_failure_outside_the_readers_loses_the_page_but_is_counted(monkeypatch, caplog):
    import crawler.structured as structured

    def broken(*args):
        raise TypeError("a bug in choosing the product")

    monkeypatch.setattr(structured, "_choose", broken)
    stats = _stats()
    with caplog.at_level("WARNING", logger="crawler.structured"):
        assert extract_product(PRODUCT_PAGE, URL, stats=stats) is None
    assert stats.get_value(f"{structured.FAILURE_STAT}/extract") == 1
    assert any(URL in r.getMessage() and r.levelname == "WARNING" for r in caplog.records)


@pytest.mark.parametrize("html", [
    # a declared charset that is a codec but no text encoding (LookupError inside w3lib)
    ('<html><head><meta charset="base64"></head><body>'
     + jsonld({"@type": "Product", "name": "Bangle", "offers": {"price": "5"}}) + "</body></html>").encode(),
    page(jsonld('{"@type": "Product", "name": "x", /* a comment */ "offers": {"price": 1,}')),  # bad JSON
    page(body='<div itemscope itemtype="http://schema.org/Product"><a itemprop="url" href="http://[::1">x</a>'
              '<span itemprop="name">Horn cup</span></div>'),  # a link urljoin rejects (ValueError)
    page(body='<div typeof="schema:Product" vocab="http://schema.org/"><a property="url" href="http://[::1">x'
              '</a></div>'),  # the same in RDFa
    "<!-- nothing but a comment -->",  # lxml: "Document is empty"
])
def test_malformed_input_is_expected_not_counted(html, caplog):
    stats = _stats()
    with caplog.at_level("WARNING", logger="crawler.structured"):
        result = extract_product(html, URL, stats=stats)
    assert result is None or isinstance(result, dict)
    assert stats.get_value("wildwatch/structured/failures") is None
    assert not caplog.records

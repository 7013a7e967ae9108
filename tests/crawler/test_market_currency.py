"""Issue 14's new marketplace, rebuilt on localhost: currencies read from the symbols of the markets
we watch, placeholders kept as text without an amount, no currency without a price."""
from __future__ import annotations

from decimal import Decimal

import pytest

from crawl_helpers import FAST, read_jsonl, run_crawl, summary, write_platform
from crawler.listing import build_listing, parse_price
from crawler.platform_config import Platform
from crawler.prices import currency_of, is_placeholder
from market_server import LISTINGS, MarketServer, platform_yaml

CAPTURE = {"url": "u", "status": 200, "headers": {}, "body_sha256": "", "warc_file": "", "warc_record_id": ""}


def test_currency_is_right_on_a_multi_currency_site_and_empty_without_a_price(platforms_dir, tmp_path):
    with MarketServer() as market:
        write_platform(platforms_dir, "market", platform_yaml(market.url))
        out = tmp_path / "out.jsonl"
        proc = run_crawl("market", "-o", str(out), *FAST)
    assert proc.returncode == 0, proc.stderr
    assert summary(proc)["errors"] == 0
    got = {item["listing_id"]: item for item in read_jsonl(out)}
    assert set(got) == {t["id"] for t in LISTINGS}
    priced = [t for t in LISTINGS if t["price"] and not is_placeholder(t["price"])]
    right = [t for t in priced if got[t["id"]]["currency"] == t["currency"]]
    wrong = [(t["price"], got[t["id"]]["currency"], t["currency"]) for t in priced if t not in right]
    assert len(right) / len(priced) >= 0.95, wrong
    assert any(t["currency"] is None for t in priced)  # bare "$" is in the mix: unknown, not a guess
    for truth in LISTINGS:
        item = got[truth["id"]]
        assert item["price_text"] == truth["price"]
        assert item["category"] == truth["category"]  # the platform's own, from its breadcrumb
        if truth in priced:
            assert item["price_amount"] is not None
        else:  # a placeholder or no price at all: no amount, no currency
            assert item["price_amount"] is None and item["currency"] is None, item


@pytest.mark.parametrize("text, currency", [
    ("NT$1,200", "TWD"), ("HK$ 300", "HKD"), ("RM 120.50", "MYR"), ("S$45", "SGD"), ("₱1,500", "PHP"),
    ("15.000đ", "VND"), ("1.234.000 ₫", "VND"), ("Rp 1.500.000", "IDR"), ("฿1,200", "THB"), ("C$30", "CAD"),
    ("A$99", "AUD"), ("US $5", "USD"), ("€12", "EUR"), ("£12", "GBP"), ("2800元", "CNY"), ("RMB 300", "CNY"),
    ("3,000円", "JPY"), ("$ 45 SGD", "SGD"), ("150.000 VND", "VND"), ("港币300", "HKD"), ("1200 baht", "THB"),
])
def test_symbols_of_the_markets_we_watch(text, currency):
    assert currency_of(text, default="USD") == currency


def test_ambiguous_symbols_are_the_platforms_call():
    assert currency_of("$30", default="USD") is None  # multi-currency: unknown, not wrong
    assert currency_of("$30", default="USD", single_currency=True) == "USD"
    assert currency_of("$30", default="TWD", single_currency=True) == "TWD"
    assert currency_of("¥500", default="JPY") == "JPY" and currency_of("¥500", default="CNY") == "CNY"
    assert currency_of("¥500", default="USD") is None
    assert currency_of("500", default="CNY") == "CNY"  # no symbol at all: the platform's currency
    # the platform's own map comes first, and may add symbols
    assert currency_of("1200元", symbols={"元": "TWD"}) == "TWD"
    assert currency_of("Ks 5,000", symbols={"Ks": "MMK"}) == "MMK"
    assert currency_of("$5", default="USD", symbols={"$": "CAD"}) == "CAD"


def test_a_platform_file_adds_symbols_and_says_it_is_single_currency():
    platform = Platform.model_validate({
        "name": "tw", "base_url": "http://x.test", "currency": "TWD", "single_currency": True,
        "currency_symbols": {"元": "TWD"}, "search": {"urls": ["/s?q={term}"]}})
    item = build_listing(platform, {"listing_id": "1", "price": "1,200元"}, "http://x.test/1", CAPTURE)
    assert (item["price_amount"], item["currency"]) == (Decimal("1200"), "TWD")
    item = build_listing(platform, {"listing_id": "2", "price": "$900"}, "http://x.test/2", CAPTURE)
    assert item["currency"] == "TWD"
    with pytest.raises(ValueError, match="single_currency"):
        Platform.model_validate({"name": "x", "base_url": "http://x.test", "single_currency": True,
                                 "search": {"urls": ["/s?q={term}"]}})


@pytest.mark.parametrize("text", ["面议", "价格：面议", "私聊", "议价", "DM for price", "Message me!", "liên hệ",
                                  "Giá: Liên hệ", "Thương lượng", "Price on request", "POA", "nego"])
def test_price_placeholders_are_kept_as_text_without_amount_or_currency(text):
    assert is_placeholder(text)
    assert parse_price(text, None, "CNY", single_currency=True) == (None, None)
    platform = Platform.model_validate({"name": "t", "base_url": "http://x.test", "currency": "CNY",
                                        "search": {"urls": ["/s?q={term}"]}})
    item = build_listing(platform, {"listing_id": "1", "price": text}, "http://x.test/1", CAPTURE)
    assert item["price_text"] == text and item["price_amount"] is None and item["currency"] is None


@pytest.mark.parametrize("text", ["¥2800 可议价", "$450 OBO", "Call 555 for price", "WhatsApp me", "加微信"])
def test_prices_and_other_words_are_not_placeholders(text):
    assert not is_placeholder(text)

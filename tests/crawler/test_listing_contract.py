"""The listing contract (crawler/listing.py): one length limit, one content hash, money as Decimal
(JSON as strings); the same listing built by the crawler and checked at ingest comes out the same."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest

from crawler.listing import (
    MAX_FIELD_CHARS,
    PRICE_LIMIT,
    ListingError,
    amount_text,
    build_listing,
    check_listing,
    content_sha256,
    json_default,
    to_amount,
)
from crawler.platform_config import Platform

PLATFORM = Platform.model_validate({"name": "t", "base_url": "http://x.test", "timezone": "Asia/Shanghai",
                                    "currency": "CNY", "search": {"urls": ["/s?q={term}"]}})
CAPTURE = {"url": "http://x.test/item/9.html", "status": 200, "headers": {}, "body_sha256": "ab" * 32,
           "warc_file": "w.warc.gz", "warc_record_id": "<urn:uuid:1>"}
RAW = {"listing_id": "9", "title": " 象牙手镯 老料 ", "description": "微信联系", "price": "¥2,800.50",
       "seller_id": "s1", "seller_name": "老王", "seller_url": "/shop/1", "images": ["/a.jpg"],
       "posted_at": "2026-10-01 12:00", "location": "广州"}


def _item(**raw) -> dict:
    return build_listing(PLATFORM, {**RAW, **raw}, "http://x.test/item/9.html", CAPTURE,
                         fetched_at="2026-11-22T01:00:00.000000Z")


def _as_json(item: dict) -> dict:
    """The item as the crawler writes it (`-o FILE`, the hand-off spill) and another producer reads it."""
    return json.loads(json.dumps(item, ensure_ascii=False, default=json_default))


def test_crawler_item_and_ingest_of_the_same_listing_hash_the_same():
    item = _item()
    assert isinstance(item["price_amount"], Decimal) and item["price_amount"] == Decimal("2800.5")
    for given in (item, _as_json(item)):
        checked = check_listing({**given, "content_sha256": None})  # ingest computes its own
        assert checked["content_sha256"] == item["content_sha256"]
        assert checked["price_amount"] == item["price_amount"] and isinstance(checked["price_amount"], Decimal)
        assert checked["title"] == item["title"] == "象牙手镯 老料"
    # A crawler item keeps its hash; the hash follows content only.
    assert check_listing(item)["content_sha256"] == item["content_sha256"]
    assert content_sha256({**item, "price_amount": "2800.50"}) == item["content_sha256"]
    assert content_sha256({**item, "price_amount": Decimal("2800.51")}) != item["content_sha256"]
    assert content_sha256({**item, "seller_url": None}) != item["content_sha256"]


def test_ingest_hash_reads_times_and_numbers_in_their_one_form():
    base = {"platform": "t", "listing_id": "9", "title": "x", "price_amount": "12.50",
            "posted_at": "2026-10-01T04:00:00Z"}
    a = check_listing(base)
    b = check_listing({**base, "price_amount": 12.5, "posted_at": "2026-10-01T12:00:00+08:00"})
    c = check_listing({**base, "price_amount": Decimal("12.5000"), "posted_at": 1790827200})
    assert a["content_sha256"] == b["content_sha256"] == c["content_sha256"]
    assert a["posted_at"] == b["posted_at"] == c["posted_at"] and a["posted_at"].utcoffset().total_seconds() == 0


def test_json_writes_amounts_as_strings():
    item = _item(price="¥1,200")
    text = json.dumps(item, ensure_ascii=False, default=json_default)
    assert '"price_amount": "1200"' in text
    assert json.loads(text)["price_amount"] == "1200"
    assert json.dumps({"a": Decimal("0.0001"), "b": Decimal("1E+2")}, default=json_default) == '{"a": "0.0001", "b": "100"}'


@pytest.mark.parametrize("given, amount", [
    ("12.50", "12.5"), ("0.0001", "0.0001"), ("1234567.89", "1234567.89"), (" 7 ", "7"), (0, "0"),
    (12.5, "12.5"), (0.1, "0.1"), (1200, "1200"), ("1e3", "1000"), (Decimal("2800.5000"), "2800.5"),
    ("0.00005", "0.0001"), ("99999999999.9999", "99999999999.9999"),
])
def test_amounts_are_exact_decimals(given, amount):
    got = to_amount(given)
    assert type(got) is Decimal and amount_text(got) == amount and str(got) == amount


@pytest.mark.parametrize("given, message", [
    ("a lot", "not a number"), ("NaN", "not a finite number"), (float("inf"), "not a finite number"),
    ("-3", "negative"), (str(PRICE_LIMIT), "not below"), (True, "got bool"), ([1], "got list"),
])
def test_amounts_the_contract_cannot_hold_are_refused_with_the_reason(given, message):
    with pytest.raises(ValueError, match=message):
        to_amount(given)
    with pytest.raises(ListingError) as err:
        check_listing({"platform": "t", "listing_id": "1", "price_amount": given})
    assert err.value.field == "price_amount" and message in err.value.message


def test_a_page_price_the_contract_cannot_hold_keeps_its_text_and_is_named_missing():
    item = _item(price="¥999,999,999,999")
    assert item["price_amount"] is None and item["price_text"] == "¥999,999,999,999"
    assert "price_amount" in item["missing"]


def test_one_length_limit_for_crawler_ingest_and_classifier():
    from classifiers.engine import MAX_FIELD_CHARS as CLASSIFIER_LIMIT

    long_text = "象" * (MAX_FIELD_CHARS + 10)
    item = _item(description=long_text)
    checked = check_listing({"platform": "t", "listing_id": "9", "description": long_text})
    assert len(item["description"]) == len(checked["description"]) == MAX_FIELD_CHARS
    assert check_listing({**item, "content_sha256": None})["content_sha256"] == item["content_sha256"]
    # The classifier (which may not import the contract) analyses exactly what the store keeps.
    assert CLASSIFIER_LIMIT == MAX_FIELD_CHARS


def test_text_the_store_cannot_hold_is_replaced_not_lost():
    checked = check_listing({"platform": "t", "listing_id": "1", "title": "ivory\x00 bangle \ud83d",
                             "images": ["http://x.test/a\x00.jpg"]})
    assert checked["title"] == "ivory\ufffd bangle \ufffd" and checked["images"] == ["http://x.test/a\ufffd.jpg"]


@pytest.mark.parametrize("change, field, message", [
    ({"platform": None}, "platform", "required"),
    ({"listing_id": "x" * 201}, "listing_id", "longer than 200"),
    ({"title": ["a"]}, "title", "must be text, got list"),
    ({"currency": "Chinese Yuan"}, "currency", "longer than 10"),
    ({"images": ["a", 3]}, "images", "entry 1 must be text"),
    ({"capture": {"when": object()}}, "capture", "must be plain JSON"),
    ({"fetched_at": "yesterday"}, "fetched_at", "not an ISO 8601 time"),
    ({"content_sha256": "ABC"}, "content_sha256", "64 lowercase hex"),
    ({"lang": "a-very-long-language"}, "lang", "at most 10"),
])
def test_bad_fields_are_named(change, field, message):
    with pytest.raises(ListingError) as err:
        check_listing({"platform": "t", "listing_id": "1", **change})
    assert err.value.field == field and message in err.value.message


def test_crawler_items_always_pass_the_ingest_check():
    item = _item(listing_id="x" * 300, seller_id="y" * 300, currency="cny")
    checked = check_listing(item)
    assert item["listing_id"].startswith("url-") and "listing_id" in item["missing"]
    assert checked["seller_id"] is None and checked["currency"] == "CNY"


def test_wildwatch_classify_reads_crawler_output_as_it_is(tmp_path):
    from click.testing import CliRunner

    from cli.main import app

    item = _item(title="出 象.牙 手镯 老料 私聊", price="¥2800 面议", seller_name="象牙 工艺")
    plain = {"id": item["listing_id"], "title": item["title"], "description": item["description"],
             "price": item["price_text"], "seller": item["seller_name"]}
    f = tmp_path / "crawl.jsonl"
    f.write_text(json.dumps(item, ensure_ascii=False, default=json_default) + "\n"
                 + json.dumps(plain, ensure_ascii=False) + "\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["classify", str(f)], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    from_item, from_plain = [json.loads(line) for line in res.stdout.splitlines()]
    assert from_item["id"] == "9" and "error" not in from_item
    # The contract's field names (price_text, seller_name) are read like the classifier's own.
    assert from_item == from_plain
    assert {"price", "seller"} <= {m["field"] for m in from_item["matches"]}

"""The pieces under the spider: listing normalisation, WARC evidence, the seen-index, extraction."""
from __future__ import annotations

from decimal import Decimal

from parsel import Selector

from crawler.evidence import EvidenceWriter, verify
from crawler.extract import extract_html, extract_json
from crawler.listing import LISTING_KEYS, build_listing, parse_posted_at, parse_price
from crawler.middlewares import retry_after_seconds
from crawler.platform_config import FieldSpec, Platform
from crawler.seen_index import SeenIndex

PLATFORM = Platform.model_validate({"name": "t", "base_url": "http://x.test", "timezone": "Asia/Shanghai",
                                    "currency": "CNY", "search": {"urls": ["/s?q={term}"]}})
CAPTURE = {"url": "u", "status": 200, "headers": {}, "body_sha256": "", "warc_file": "", "warc_record_id": ""}


def test_listing_has_exactly_the_agreed_keys_and_records_gaps():
    item = build_listing(PLATFORM, {"listing_id": "9", "title": "  象牙 \n 手镯 ", "price": "¥2,800.50",
                                    "images": ["/a.jpg", "/a.jpg", "data:xx", "b.jpg"]},
                         "http://x.test/item/9.html", CAPTURE)
    assert tuple(item) == LISTING_KEYS
    assert item["title"] == "象牙 \n 手镯"
    assert (item["price_amount"], item["currency"]) == (Decimal("2800.5"), "CNY")
    assert item["images"] == ["http://x.test/a.jpg", "http://x.test/item/b.jpg"]
    assert set(item["missing"]) == {"description", "seller_id", "seller_name", "seller_url", "posted_at", "location"}


def test_listing_without_id_gets_a_stable_url_identity():
    a = build_listing(PLATFORM, {"title": "x"}, "http://x.test/p?id=1", CAPTURE)
    b = build_listing(PLATFORM, {"title": "x"}, "http://x.test/p?id=1", CAPTURE)
    assert a["listing_id"] == b["listing_id"] and a["listing_id"].startswith("url-")
    assert "listing_id" in a["missing"]


def test_content_hash_follows_content_not_fetch_time():
    raw = {"listing_id": "1", "title": "horn", "price": "$5"}
    a = build_listing(PLATFORM, raw, "http://x.test/1", CAPTURE, fetched_at="2026-01-01T00:00:00Z")
    b = build_listing(PLATFORM, raw, "http://x.test/1", CAPTURE, fetched_at="2026-02-01T00:00:00Z")
    c = build_listing(PLATFORM, {**raw, "price": "$6"}, "http://x.test/1", CAPTURE)
    assert a["content_sha256"] == b["content_sha256"] != c["content_sha256"]


def test_times_and_prices():
    assert parse_posted_at("2026-10-01 12:00", "Asia/Shanghai", []) == "2026-10-01T04:00:00Z"
    assert parse_posted_at("2026-10-01T12:00:00+02:00", "Asia/Shanghai", []) == "2026-10-01T10:00:00Z"
    assert parse_posted_at("01/10/2026 12:00", "UTC", ["%d/%m/%Y %H:%M"]) == "2026-10-01T12:00:00Z"
    assert parse_posted_at("1700000000", "UTC", []) == "2023-11-14T22:13:20Z"
    assert parse_posted_at("yesterday", "UTC", []) is None
    assert parse_price("€1.200,00", None, "USD") == (Decimal("1200"), "EUR")
    assert parse_price("$450 OBO", None, "USD", single_currency=True) == (Decimal("450"), "USD")
    assert parse_price("$450 OBO", None, "USD") == (Decimal("450"), None)  # "$" on a multi-currency site
    assert parse_price("ask me", None, "USD") == (None, None)  # no price, no currency
    assert parse_price("450", "gbp", None) == (Decimal("450"), "GBP")


def test_warc_records_verify_and_tampering_is_detected(tmp_path):
    writer = EvidenceWriter(tmp_path / "evidence", "t")
    body = "<html>象牙 ivory</html>".encode("gbk")
    cap = writer.write(url="http://x.test/item/1.html", method="GET", request_headers={"User-Agent": "ww"},
                       status=200, response_headers={"Content-Type": "text/html; charset=GBK",
                                                     "Content-Encoding": "gzip"}, body=body)
    other = writer.write(url="http://x.test/item/2.html", method="GET", request_headers={}, status=200,
                         response_headers={}, body=b"second")
    writer.close()
    assert verify(cap["warc_file"], cap["warc_record_id"], cap["body_sha256"])
    assert verify(other["warc_file"], other["warc_record_id"], other["body_sha256"])
    assert not verify(cap["warc_file"], other["warc_record_id"], cap["body_sha256"])
    assert not verify(cap["warc_file"], "<urn:uuid:nope>", cap["body_sha256"])
    # Rewrite the archive with one byte of the page changed: the hash no longer matches.
    raw = (tmp_path / "evidence" / cap["warc_file"].split("/")[-1]).read_bytes()
    assert b"ivory" in raw
    tampered = tmp_path / "tampered.warc"
    tampered.write_bytes(raw.replace(b"ivory", b"ivorY"))
    assert not verify(tampered, cap["warc_record_id"], cap["body_sha256"])


def test_warc_digests_we_write_are_the_ones_warcio_computes(tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    writer = EvidenceWriter(tmp_path / "evidence", "demo")
    cap = writer.write(url="http://x.test/item/9.html", method="GET", request_headers={"User-Agent": "ww"},
                       status=200, response_headers={"Content-Type": "text/html; charset=GBK"},
                       body="<html>象牙 手镯</html>".encode("gbk"))
    writer.close()
    with open(cap["warc_file"], "rb") as fh:
        records = 0
        for record in ArchiveIterator(fh, check_digests="raise"):  # raises on a wrong digest
            record.content_stream().read()
            assert record.digest_checker.passed is True
            records += 1
    assert records == 2


def test_seen_index_versions(tmp_path):
    index = SeenIndex(tmp_path / "seen.sqlite3")
    assert index.observe("p", "1", "a", "t1") == 1
    assert index.observe("p", "1", "a", "t2") is None
    assert index.observe("p", "1", "b", "t3") == 2
    assert index.observe("q", "1", "b", "t3") == 1
    index.close()
    reopened = SeenIndex(tmp_path / "seen.sqlite3")
    assert reopened.observe("p", "1", "b", "t4") is None
    assert reopened.observe("p", "1", "c", "t5") == 3


def test_extraction_from_html_and_json():
    sel = Selector(text='<div data-id="7"><p class="d">a <b>b</b>\n c</p><img src="1.png"><img src="2.png"></div>')
    assert extract_html(sel.css("div")[0], FieldSpec.model_validate("xpath:@data-id")) == "7"
    assert extract_html(sel, FieldSpec.model_validate("css:p.d")) == "a b c"
    assert extract_html(sel, FieldSpec.model_validate({"css": "img::attr(src)", "all": True})) == ["1.png", "2.png"]
    assert extract_html(sel, FieldSpec.model_validate({"css": "p.d", "re": r"(\w) b"})) == "a"
    data = {"seller": {"id": 5, "name": "Bob"}, "images": [{"u": "x"}, {"u": "y"}], "price": 4.0}
    assert extract_json(data, FieldSpec.model_validate("json:seller.id")) == "5"
    assert extract_json(data, FieldSpec.model_validate({"json": "images[*].u", "all": True})) == ["x", "y"]
    assert extract_json(data, FieldSpec.model_validate("json:images[1].u")) == "y"
    assert extract_json(data, FieldSpec.model_validate("json:price")) == "4"
    assert extract_json(data, FieldSpec.model_validate("json:nothing.here")) is None


def test_retry_after_header_forms():
    assert retry_after_seconds(b"3") == 3.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past: retry now
    assert retry_after_seconds(b"soon") is None


def test_the_agreed_item_keys_are_pinned():
    # The pipeline room consumes exactly these; changing them is a cross-team change.
    assert LISTING_KEYS == (
        "platform", "listing_id", "url", "title", "description", "price_text", "price_placeholder", "price_amount",
        "currency", "seller_id", "seller_name", "seller_url", "images", "posted_at", "fetched_at",
        "location", "category", "missing", "content_sha256", "version", "capture")

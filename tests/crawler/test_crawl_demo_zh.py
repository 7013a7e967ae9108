"""The static GBK demo marketplace crawled over real HTTP with the shipped demo-zh.yaml."""
from __future__ import annotations

import math
import re

import pytest
from crawl_helpers import FAST, read_jsonl, run_crawl, summary, write_platform

from crawler.demo_sites.listings import matches
from crawler.evidence import verify
from crawler.listing import LISTING_KEYS

TERMS = ["象牙", "的"]  # together they cover malformed pages and every kind of gap
MAX_PAGES = 10


@pytest.fixture(scope="module")
def crawled_sites():
    """The demo sites of the one crawl this module's tests share: their hits are that crawl's only."""
    from crawler.demo_sites import DemoSites

    with DemoSites(zh_port=0, en_port=0) as sites:
        yield sites


@pytest.fixture(scope="module")
def zh_crawl(crawled_sites, tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("zh-var")
    out = data_dir / "zh.jsonl"
    proc = run_crawl("demo-zh", "--base-url", crawled_sites.zh_url, "--terms", ",".join(TERMS),
                     "--max-pages", str(MAX_PAGES), "-o", str(out), *FAST, data_dir=data_dir)
    assert proc.returncode == 0, proc.stderr
    return proc, read_jsonl(out), data_dir


def _expected(sites):
    zh = [row for row in sites.listings if row["site"] == "zh"]
    wanted = {row["id"]: row for row in zh if any(matches(row, term) for term in TERMS)}
    assert len(wanted) < 20 * MAX_PAGES  # every result page fits under the cap
    return wanted


def test_every_matching_listing_is_read_with_gbk_text(crawled_sites, zh_crawl):
    _, listings, _ = zh_crawl
    expected = _expected(crawled_sites)
    got = {item["listing_id"]: item for item in listings}
    assert expected and set(got) == set(expected)
    for lid, truth in expected.items():
        item = got[lid]
        assert set(item) == set(LISTING_KEYS)
        assert item["title"] == " ".join(truth["title"].split())
        assert item["url"].endswith(f"/item/{lid}.html")
        assert item["seller_id"] == truth["seller"]["id"]
        assert item["seller_name"] == truth["seller"]["name"]
        if truth["posted_at"]:  # the site shows Shanghai time to the minute; we give UTC back
            assert item["posted_at"] == truth["posted_at"][:16] + ":00Z"
        assert len(item["images"]) == truth["images"]
        assert all(re.match(r"^http://127\.0\.0\.1:\d+/static/img/", u) for u in item["images"])
        if truth["price"]:
            assert item["price_amount"] == str(truth["price_value"]) and item["currency"] == "CNY"
        assert item["version"] == 1 and item["capture"]["status"] == 200


def test_listings_missing_fields_are_kept_with_the_gaps_named(crawled_sites, zh_crawl):
    _, listings, _ = zh_crawl
    expected = _expected(crawled_sites)
    for item in listings:
        truth = expected[item["listing_id"]]
        # A card may show a price the detail page lacks, so price gaps follow the page truth.
        assert ("description" in item["missing"]) == (not truth["description"])
        assert ("posted_at" in item["missing"]) == (not truth["posted_at"])
        assert ("price_amount" in item["missing"]) == (not truth["price"])
    assert any(item["missing"] for item in listings), "the demo data has listings with gaps"
    assert any(not truth["price"] for truth in expected.values())


def test_malformed_pages_still_yield_listings(crawled_sites, zh_crawl):
    _, listings, _ = zh_crawl
    malformed = {lid for lid, row in _expected(crawled_sites).items() if row.get("malformed")}
    assert malformed
    got = {item["listing_id"]: item for item in listings}
    for lid in malformed:
        assert got[lid]["title"] and got[lid]["seller_id"]


def test_search_terms_are_sent_percent_encoded_in_gbk(crawled_sites, zh_crawl):
    assert "/search?q=%CF%F3%D1%C0&page=1" in crawled_sites.zh_hits  # 象牙 in GBK
    # 的 in GBK: every result page was walked through the next links, and no page past the end
    found = sum(matches(r, "的") for r in crawled_sites.listings if r["site"] == "zh")
    pages = math.ceil(found / 20)
    assert pages > 1
    walked = {h for h in crawled_sites.zh_hits if h.startswith("/search?q=%B5%C4&page=")}
    assert walked == {f"/search?q=%B5%C4&page={n}" for n in range(1, pages + 1)}
    assert "/robots.txt" in crawled_sites.zh_hits


def test_every_capture_is_in_the_warc_and_verifies(zh_crawl):
    _, listings, data_dir = zh_crawl
    for item in listings:
        cap = item["capture"]
        assert cap["warc_file"].startswith(str(data_dir / "evidence"))
        assert verify(cap["warc_file"], cap["warc_record_id"], cap["body_sha256"])
        assert not verify(cap["warc_file"], cap["warc_record_id"], "0" * 64)


def test_robots_txt_disallow_is_respected(demo_sites, platforms_dir, tmp_path):
    # The file asks for a disallowed page first; robots.txt must stop it before it is fetched.
    write_platform(platforms_dir, "zh-robots", f"""
name: zh-robots
base_url: {demo_sites.zh_url}
encoding: gbk
search:
  urls: ["/private/user/u1", "/list?page={{page}}"]
results:
  card: "css:ul.results li.item"
  detail_link: "css:a.title::attr(href)"
  max_pages: 1
listing:
  fields:
    title: "css:h1.title"
    seller_url: "css:a.seller::attr(href)"
""")
    out = tmp_path / "robots.jsonl"
    proc = run_crawl("zh-robots", "-o", str(out), *FAST)
    assert proc.returncode == 0, proc.stderr
    assert len(read_jsonl(out)) == 20
    assert "/robots.txt" in demo_sites.zh_hits  # this test's own server: the hits are this crawl's
    assert not [h for h in demo_sites.zh_hits if h.startswith("/private/")]
    assert summary(proc)["robots_skipped"] == 1

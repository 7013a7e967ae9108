"""A selector-less shop read from JSON-LD: structured fallback, versioning, retries, charset lies."""
from __future__ import annotations

from crawl_helpers import FAST, read_jsonl, run_crawl, summary, write_platform
from shop_server import ShopServer

PRODUCTS = {
    "p1": {"title": "Carved ivory bangle", "description": "old stock", "price": "120.00", "currency": "USD"},
    "p2": {"title": "Pangolin scale pendant", "description": "rare", "price": "80.50", "currency": "USD"},
    "p3": {"title": "Bone netsuke", "description": None, "price": "45", "currency": "EUR"},
    "p4": {"title": "Horn cup", "description": "antique", "price": "900", "currency": "USD"},
}


def _platform(platforms_dir, url, *, name="shop", encoding=None, extra=""):
    enc = f"encoding: {encoding}\n" if encoding else ""
    write_platform(platforms_dir, name, f"""
name: {name}
base_url: {url}
{enc}search:
  terms: [ivory]
  urls: ["/search?q={{term}}&page={{page}}"]
results:
  detail_link_pattern: '/product/[^/?#]+'
  max_pages: 5
listing:
  listing_id_pattern: '/product/([^/?#]+)'
politeness:
  download_delay: 0
  retry_times: 3
{extra}""")


def test_selectorless_platform_reads_listings_from_json_ld(platforms_dir, tmp_path):
    with ShopServer({k: dict(v) for k, v in PRODUCTS.items()}) as shop:
        _platform(platforms_dir, shop.url)
        out = tmp_path / "out.jsonl"
        proc = run_crawl("shop", "-o", str(out), *FAST)
    assert proc.returncode == 0, proc.stderr
    got = {item["listing_id"]: item for item in read_jsonl(out)}
    assert set(got) == set(PRODUCTS)
    assert summary(proc)["errors"] == 0  # the off-site link was skipped, not tried
    for pid, product in PRODUCTS.items():
        item = got[pid]
        assert item["title"] == product["title"]
        assert item["description"] == product["description"]
        assert float(item["price_amount"]) == float(product["price"])
        assert item["currency"] == product["currency"]
        assert item["images"] == [f"{shop.url}/img/{pid}.jpg"]
    assert "description" in got["p3"]["missing"]
    assert "seller_name" in got["p1"]["missing"]  # the shop never names a seller
    # pages 1 and 2 hold the four products; page 3 is empty and stops the paging
    assert [h for h in shop.hits if h.startswith("/search")] == [
        "/search?q=ivory&page=1", "/search?q=ivory&page=2", "/search?q=ivory&page=3"]


def test_unchanged_listings_are_not_resent_and_changed_ones_get_a_new_version(platforms_dir, tmp_path):
    products = {k: dict(v) for k, v in PRODUCTS.items()}
    with ShopServer(products) as shop:
        _platform(platforms_dir, shop.url)
        first = read_jsonl(_crawl_to(tmp_path / "1.jsonl"))
        second = read_jsonl(_crawl_to(tmp_path / "2.jsonl"))
        products["p2"]["price"] = "95.00"
        products["p4"]["title"] = "Horn cup (reduced)"
        third = read_jsonl(_crawl_to(tmp_path / "3.jsonl"))
        products["p2"]["price"] = "80.50"  # back to the first content: still a change
        fourth = read_jsonl(_crawl_to(tmp_path / "4.jsonl"))
    assert len(first) == 4 and all(item["version"] == 1 for item in first)
    assert second == []
    assert {(i["listing_id"], i["version"]) for i in third} == {("p2", 2), ("p4", 2)}
    by_id = {i["listing_id"]: i for i in first}
    assert all(i["content_sha256"] != by_id[i["listing_id"]]["content_sha256"] for i in third)
    assert [(i["listing_id"], i["version"]) for i in fourth] == [("p2", 3)]


def _crawl_to(out):
    proc = run_crawl("shop", "-o", str(out), *FAST)
    assert proc.returncode == 0, proc.stderr
    return out


def test_429_and_503_are_retried_after_waiting_and_nothing_is_lost(platforms_dir, tmp_path):
    with ShopServer({k: dict(v) for k, v in PRODUCTS.items()}, flaky=True) as shop:
        _platform(platforms_dir, shop.url)
        out = tmp_path / "out.jsonl"
        proc = run_crawl("shop", "-o", str(out), *FAST)
        hits, limited, too_early = list(shop.hits), list(shop.rate_limited), list(shop.too_early)
    assert proc.returncode == 0, proc.stderr
    assert {item["listing_id"] for item in read_jsonl(out)} == set(PRODUCTS)
    for pid in PRODUCTS:  # every product page failed once and was fetched again
        assert hits.count(f"/product/{pid}") == 2
    assert len(limited) == 2
    assert too_early == []  # the shop refuses a retry before Retry-After: 1 has passed; none was refused
    got = summary(proc)
    assert got["retries"] == 4 and got["errors"] == 0 and got["listings"] == len(PRODUCTS)


def test_pages_are_decoded_with_the_platform_encoding_when_the_server_lies(platforms_dir, tmp_path):
    products = {"c1": {"title": "象牙手镯 老料", "description": "穿山甲片", "price": "2800", "currency": "CNY"}}
    with ShopServer(products, lying_gbk=True) as shop:
        _platform(platforms_dir, shop.url, encoding="gbk")
        out = tmp_path / "out.jsonl"
        proc = run_crawl("shop", "--terms", "象牙", "-o", str(out), *FAST)
        hits = list(shop.hits)
    assert proc.returncode == 0, proc.stderr
    [item] = read_jsonl(out)
    assert item["title"] == "象牙手镯 老料" and item["description"] == "穿山甲片"
    assert "/search?q=%CF%F3%D1%C0&page=1" in hits


def test_a_broken_page_is_counted_and_logged_with_its_url_and_the_crawl_goes_on(platforms_dir, tmp_path):
    products = {k: dict(v) for k, v in PRODUCTS.items()}
    products["p5"] = {"gone": True}
    products["p6"] = {"binary": True}
    with ShopServer(products) as shop:
        _platform(platforms_dir, shop.url)
        out = tmp_path / "out.jsonl"
        proc = run_crawl("shop", "-o", str(out), *FAST)
    assert proc.returncode == 0, proc.stderr
    assert {item["listing_id"] for item in read_jsonl(out)} == set(PRODUCTS)
    got = summary(proc)
    assert got["errors"] == 2
    assert {e["url"] for e in got["error_list"]} == {f"{shop.url}/product/p5", f"{shop.url}/product/p6"}
    assert f"error at {shop.url}/product/p5: HTTP 404" in proc.stderr
    assert f"error at {shop.url}/product/p6: " in proc.stderr
    logged = open(got["log"], encoding="utf-8").read()
    assert f"{shop.url}/product/p5" in logged and f"{shop.url}/product/p6" in logged

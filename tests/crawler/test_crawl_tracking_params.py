"""Cards that link one listing under different tracking parameters (?spm=..&from=..&utm_..): each
listing page is fetched once, and the listing's URL is its canonical one."""
from __future__ import annotations

from collections import Counter

from crawl_helpers import FAST, read_jsonl, run_crawl, summary, write_platform
from crawler.urls import canonical_url, page_canonical
from market_server import LISTINGS, MarketServer, platform_yaml
from parsel import Selector


def test_each_listing_is_fetched_once_whatever_its_tracking_parameters(platforms_dir, tmp_path):
    with MarketServer(canonical=False) as market:
        write_platform(platforms_dir, "market", platform_yaml(market.url))
        out = tmp_path / "out.jsonl"
        proc = run_crawl("market", "-o", str(out), *FAST)
        hits = list(market.hits)
    assert proc.returncode == 0, proc.stderr
    fetched = Counter(h.split("?")[0] for h in hits if h.startswith("/item/"))
    assert set(fetched) == {f"/item/{t['id']}" for t in LISTINGS}
    assert max(fetched.values()) == 1, fetched.most_common(3)
    assert all("?" not in h for h in hits if h.startswith("/item/"))  # fetched without the trackers
    items = read_jsonl(out)
    assert len(items) == len(LISTINGS)
    assert {i["url"] for i in items} == {f"{market.url}/item/{t['id']}" for t in LISTINGS}
    assert summary(proc)["duplicate_links"] > 0  # the "hot" cards on every page were skipped


def test_tracking_parameters_named_by_the_platform_are_dropped():
    url = "https://m.example/item/9?id=9&spm=a2.1&utm_source=x&utm_medium=y&share_token=z&from=hot#reviews"
    assert canonical_url(url) == "https://m.example/item/9?id=9"
    assert canonical_url(url, ["spm", "utm_*"]) == "https://m.example/item/9?id=9&share_token=z&from=hot"
    assert canonical_url("https://m.example/item/9?id=9") == "https://m.example/item/9?id=9"
    assert canonical_url("https://m.example/item/9?FROM=a&Spm=b") == "https://m.example/item/9"


def test_a_canonical_link_is_used_only_on_the_pages_own_host():
    page = "https://m.example/item/9?spm=1"
    same = Selector(text='<html><head><link rel="canonical" href="/item/9-carved-bangle"></head></html>')
    other = Selector(text='<html><head><link rel="Canonical" href="https://evil.example/item/1"></head></html>')
    none = Selector(text="<html><head></head></html>")
    assert page_canonical(same, page) == "https://m.example/item/9-carved-bangle"
    assert page_canonical(other, page) == "https://m.example/item/9"
    assert page_canonical(none, page) == "https://m.example/item/9"


def test_a_next_link_picked_by_its_text_is_followed_up_to_max_pages(platforms_dir, tmp_path):
    # The page has two links of class "pg" ("1" and "Next ›"): the text picks the right one.
    with MarketServer() as market:
        write_platform(platforms_dir, "market", platform_yaml(
            market.url, max_pages=3, results_extra="""  next_page: 'css:a.pg:contains("Next")::attr(href)'\n"""))
        out = tmp_path / "out.jsonl"
        proc = run_crawl("market", "-o", str(out), *FAST)
        searches = [h for h in market.hits if h.startswith("/search")]
    assert proc.returncode == 0, proc.stderr
    assert searches == ["/search?q=bangle&page=1", "/search?q=x&page=2", "/search?q=x&page=3"]
    assert len(read_jsonl(out)) == 30

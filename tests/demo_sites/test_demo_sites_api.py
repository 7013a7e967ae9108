"""The public DemoSites API that the crawler codes against."""
from __future__ import annotations

import unicodedata
from collections import Counter

import httpx
import pytest

import crawler.demo_sites
from crawler.demo_sites import DemoSites


def test_exports_only_demo_sites():
    assert crawler.demo_sites.__all__ == ["DemoSites"]


def test_parallel_instances_on_port_zero_keep_separate_hits():
    with DemoSites(zh_port=0, en_port=0) as first, DemoSites(zh_port=0, en_port=0) as second:
        assert len({first.zh_url, first.en_url, second.zh_url, second.en_url}) == 4
        httpx.get(first.zh_url + "/robots.txt")
        httpx.get(second.en_url + "/robots.txt?x=1")
        assert first.zh_hits == ["/robots.txt"] and first.en_hits == []
        assert second.en_hits == ["/robots.txt?x=1"] and second.zh_hits == []


def test_start_stop_and_urls_require_a_running_server():
    sites = DemoSites()
    with pytest.raises(RuntimeError):
        sites.zh_url
    sites.start()
    url = sites.en_url
    assert httpx.get(url + "/robots.txt").status_code == 200
    sites.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/robots.txt")


def test_listings_carry_ground_truth(steady_sites):
    rows = steady_sites.listings
    assert len({(row["site"], row["id"]) for row in rows}) == len(rows)
    for row in rows:
        assert row["label"] in ("illegal", "suspicious", "benign")
        assert row["category"] and row["url"].startswith(steady_sites.zh_url if row["site"] == "zh" else steady_sites.en_url)
        assert row["seller"]["id"] and row["seller"]["name"] and row["title"]
    by_site = Counter(row["site"] for row in rows)
    assert by_site["zh"] >= 150 and by_site["en"] >= 100
    labels = Counter(row["label"] for row in rows)
    assert labels["benign"] > labels["illegal"] + labels["suspicious"] > 0


def test_zh_listing_text_is_gbk_clean(steady_sites):
    # Emoji and symbols are allowed (served as character references); the rest must be GBK text.
    for row in steady_sites.listings:
        if row["site"] == "zh":
            text = row["title"] + (row.get("description") or "") + row["seller"]["name"]
            outside_gbk = {ch for ch in text if not _gbk_encodable(ch)}
            assert all(unicodedata.category(ch) == "So" for ch in outside_gbk), (row["id"], outside_gbk)


def _gbk_encodable(ch: str) -> bool:
    try:
        ch.encode("gbk")
    except UnicodeEncodeError:
        return False
    return True

"""The Chinese demo site over real HTTP: GBK bytes, GBK search, pagination, robots, escaping."""
from __future__ import annotations

import math
import re
from urllib.parse import quote

from crawler.demo_sites.zh_site import PAGE_SIZE


def zh_listings(sites):
    return [row for row in sites.listings if row["site"] == "zh"]


def gbk_get(http, url):
    response = http.get(url)
    assert response.headers["content-type"] == "text/html; charset=GBK"
    return response, response.content.decode("gbk")


def result_ids(html):
    return re.findall(r'<li class="item" data-id="([^"]+)">', html)


def test_pages_are_gbk_bytes_with_gbk_header_and_meta(steady_sites, http):
    response, html = gbk_get(http, steady_sites.zh_url + "/list")
    assert response.status_code == 200
    assert '<meta charset="gbk">' in html
    assert "全部宝贝".encode("gbk") in response.content
    assert "全部宝贝".encode("utf-8") not in response.content


def test_gbk_encoded_search_finds_exactly_the_matching_listings(steady_sites, http):
    term = "穿山甲"
    expected = {row["id"] for row in zh_listings(steady_sites)
                if term in row["title"] + (row.get("description") or "")}
    assert expected, "the data should contain listings mentioning the term"
    found, url = set(), f"{steady_sites.zh_url}/search?q={quote(term, encoding='gbk')}&page=1"
    while url:
        _, html = gbk_get(http, url)
        found |= set(result_ids(html))
        next_link = re.search(r'<a class="next" href="([^"]+)">', html)
        url = steady_sites.zh_url + next_link.group(1).replace("&amp;", "&") if next_link else None
    assert found == expected


def test_utf8_encoded_query_does_not_crash_or_match_by_accident(steady_sites, http):
    response, html = gbk_get(http, f"{steady_sites.zh_url}/search?q={quote('象牙')}&page=x")
    assert response.status_code == 200
    response, _ = gbk_get(http, f"{steady_sites.zh_url}/search?q=%FF%FE%81&page=-3")
    assert response.status_code == 200


def test_browse_all_paginates_twenty_per_page_with_next_link_until_the_end(steady_sites, http):
    total = len(zh_listings(steady_sites))
    last_page = math.ceil(total / PAGE_SIZE)
    _, first = gbk_get(http, steady_sites.zh_url + "/list?page=1")
    assert len(result_ids(first)) == PAGE_SIZE
    assert '<a class="next" href="/list?page=2">下一页</a>' in first
    _, last = gbk_get(http, f"{steady_sites.zh_url}/list?page={last_page}")
    assert len(result_ids(last)) == total - PAGE_SIZE * (last_page - 1)
    assert 'class="next"' not in last
    _, beyond = gbk_get(http, f"{steady_sites.zh_url}/list?page={last_page + 5}")
    assert result_ids(beyond) == []


def test_robots_disallows_private_and_private_hits_are_recorded(steady_sites, http):
    robots = http.get(steady_sites.zh_url + "/robots.txt").text
    assert "User-agent: *" in robots and "Disallow: /private/" in robots
    listing = zh_listings(steady_sites)[0]
    _, html = gbk_get(http, listing["url"])
    seller_href = f'/private/user/{listing["seller"]["id"]}'
    assert f'href="{seller_href}"' in html
    http.get(steady_sites.zh_url + seller_href)
    assert seller_href in steady_sites.zh_hits


def test_detail_page_shows_the_listing_fields(steady_sites, http):
    listing = next(row for row in zh_listings(steady_sites)
                   if row.get("price") and row.get("posted_at") and row.get("description"))
    _, html = gbk_get(http, listing["url"])
    assert '<h1 class="title">' in html and '<div class="desc">' in html
    assert re.search(r'<span class="time">\d{4}-\d\d-\d\d \d\d:\d\d</span>', html)
    assert f'data-seller-id="{listing["seller"]["id"]}"' in html
    assert f'<img src="/static/img/{listing["id"]}-1.jpg"' in html
    image = http.get(f'{steady_sites.zh_url}/static/img/{listing["id"]}-1.jpg')
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")


def test_some_listings_lack_price_description_or_time(steady_sites, http):
    rows = zh_listings(steady_sites)
    bare = next(row for row in rows if not row.get("price"))
    _, html = gbk_get(http, bare["url"])
    assert 'class="price"' not in html
    assert any(not row.get("description") for row in rows)
    assert any(not row.get("posted_at") for row in rows)
    assert any(row.get("malformed") for row in rows)


def test_hostile_listing_text_comes_out_escaped(steady_sites, http):
    hostile = [row for row in zh_listings(steady_sites)
               if "<script" in row["title"] + (row.get("description") or "")]
    assert hostile
    for row in hostile:
        _, html = gbk_get(http, row["url"])
        assert "<script" not in html
        assert "&lt;script" in html


def test_unknown_item_is_a_gbk_404(steady_sites, http):
    response, html = gbk_get(http, steady_sites.zh_url + "/item/0000000.html")
    assert response.status_code == 404
    assert "页面不存在" in html

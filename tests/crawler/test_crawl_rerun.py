"""Re-running a crawl with the same data dir: only changed listings by default, every listing with
--all, and an output file is never emptied by a run that found nothing new."""
from __future__ import annotations

from crawl_helpers import FAST, read_jsonl, run_crawl, summary
from shop_server import ShopServer
from test_crawl_shop import PRODUCTS, _platform


def test_a_rerun_keeps_the_output_file_and_all_emits_every_listing(platforms_dir, tmp_path):
    products = {k: dict(v) for k, v in PRODUCTS.items()}
    out = tmp_path / "out.jsonl"
    with ShopServer(products) as shop:
        _platform(platforms_dir, shop.url)
        first = run_crawl("shop", "-o", str(out), *FAST)
        kept = out.read_text(encoding="utf-8")
        again = run_crawl("shop", "-o", str(out), *FAST)  # nothing changed: nothing to hand on
        after_rerun = out.read_text(encoding="utf-8")
        fresh = tmp_path / "new.jsonl"
        empty = run_crawl("shop", "-o", str(fresh), *FAST)
        products["p2"]["price"] = "95.00"
        every = run_crawl("shop", "--all", "-o", str(out), *FAST)
    for proc in (first, again, empty, every):
        assert proc.returncode == 0, proc.stderr
    assert len(kept.splitlines()) == 4
    assert after_rerun == kept  # not truncated to nothing
    assert summary(again)["listings"] == 0 and summary(again)["unchanged"] == 4
    assert "still holds the previous output" in summary(again)["output_note"]
    assert "--all" in again.stderr
    assert fresh.exists() and fresh.read_text() == "" and "is empty" in summary(empty)["output_note"]
    got = {i["listing_id"]: i["version"] for i in read_jsonl(out)}
    assert got == {"p1": 1, "p2": 2, "p3": 1, "p4": 1}  # --all: every listing, each at its version
    assert summary(every)["unchanged"] == 3 and summary(every)["new_versions"] == 1
    assert summary(every)["output_note"] is None
    assert not list(tmp_path.glob(".*.partial"))  # no temporary file left behind

"""A price field that only says "message me" is the site's placeholder, not the seller's words: the
classifier gets it empty (workers.jobs.classifier_input) and finds no contact cue in the price."""
from __future__ import annotations

import pytest

from workers.jobs import classifier_input

BASE = {"id": "1", "title": "Ivory white silk scarf", "description": "cream colour scarf, new",
        "seller": "u", "platform": "x", "lang": "en"}


@pytest.mark.parametrize("price", ["message me", "DM for price", "私聊", "面议", "Liên hệ"])
def test_a_placeholder_price_reaches_the_classifier_empty_and_marked(price):
    got = classifier_input({**BASE, "price_text": price})
    assert got["price_text"] == "" and got["price_placeholder"] is True
    from classifiers import load_classifier

    assessment = load_classifier().assess(got)
    assert [m for m in assessment.matches if m.field == "price"] == []


@pytest.mark.parametrize("price", ["$20", "¥2800 可议价", "500元/克", "WhatsApp +84 90 123 4567"])
def test_real_prices_and_other_words_reach_the_classifier_as_written(price):
    got = classifier_input({**BASE, "price_text": price})
    assert got["price_text"] == price and "price_placeholder" not in got


# The classifier honours the contract's mark itself, so `wildwatch classify` on raw crawler output
# (the placeholder text still there, or already emptied) reads no cue from it either.
TOPICAL = {"id": "2", "title": "象牙手镯 老料", "description": "老货 包真", "seller": "u", "platform": "x", "lang": "zh"}


@pytest.mark.parametrize("price", ["私聊", "DM for price", "面议", ""])
def test_the_classifier_reads_no_cue_in_a_marked_placeholder(price):
    from classifiers import load_classifier

    clf = load_classifier()
    marked = clf.assess({**TOPICAL, "price_text": price, "price_placeholder": True})
    assert [m for m in marked.matches if m.field == "price"] == []
    assert marked.to_dict() == clf.assess({**TOPICAL, "price_text": ""}).to_dict()
    if price in ("私聊", "DM for price"):  # unmarked, the same words are the seller's: a contact cue
        unmarked = clf.assess({**TOPICAL, "price_text": price})
        assert [m.cue for m in unmarked.matches if m.field == "price"] == ["contact"]


def test_wildwatch_classify_honours_the_mark_on_crawler_output(tmp_path):
    import json
    import subprocess
    import sys
    from pathlib import Path

    rows = [{**TOPICAL, "listing_id": "a", "price_text": "私聊", "price_placeholder": True},
            {**TOPICAL, "listing_id": "b", "price_text": "", "price_placeholder": True},
            {**TOPICAL, "listing_id": "c", "price_text": "私聊"}]
    path = tmp_path / "crawl.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    repo = Path(__file__).resolve().parents[2]
    proc = subprocess.run([sys.executable, "-m", "cli.main", "classify", str(path)], cwd=repo,
                          capture_output=True, text=True, timeout=280)
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    price_hits = [[m["term"] for m in o["matches"] if m["field"] == "price"] for o in out]
    assert price_hits == [[], [], ["私聊"]]


# The crawler marks the placeholder in what it emits, so `wildwatch crawl -o` output can go straight
# into `wildwatch classify` (the classify job marks stored versions the same way, by the same rule).
@pytest.mark.parametrize("price,marked", [("私聊", True), ("DM for price", True), ("¥2800 可议价", False), (None, False)])
def test_the_crawler_marks_a_placeholder_price(price, marked):
    from crawler.listing import build_listing
    from crawler.platform_config import load_platform
    from config.settings import get_settings

    platform = load_platform(get_settings().platforms_dir / "example-jsonld.yaml")
    raw = {"title": "Ivory white silk scarf", "price": price, "listing_id": "A1"}
    listing = build_listing(platform, raw, "https://shop.example/item/A1",
                            {"url": "https://shop.example/item/A1", "status": 200, "headers": {},
                             "body_sha256": "0" * 64, "warc_file": "x.warc.gz", "warc_record_id": "r"})
    assert listing["price_placeholder"] is marked
    assert listing["price_text"] == price  # the page's words are kept as they were

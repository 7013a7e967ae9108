"""Routing rules and crawler-item checks: first match wins; bad input named by file, line, rule, field."""
from __future__ import annotations

from decimal import Decimal

import pytest

from crawler.listing import detect_lang
from workers.items import ItemError, clean_item
from workers.routing import RoutingError, load_routing, parse

GOOD = """
groups:
  urgent-team: {webhook: "https://hooks.example.org/wildwatch"}
  zh: {email: [zh@example.org]}
  rest: {}
rules:
  - name: live
    when: {category: [live_animal]}
    group: urgent-team
    priority: urgent
  - name: zh-ivory
    when: {lang: zh, category: [ivory], score_min: 0.5}
    group: zh
    priority: high
  - name: other
    group: rest
    priority: normal
"""


def test_shipped_routing_file_is_valid():
    r = load_routing()
    assert r.route(0.9, "illegal", ["live_animal"], "en", "x").priority == "urgent"
    assert r.route(0.9, "illegal", ["ivory"], "zh", "demo-zh").group == "zh-analysts"
    assert r.route(0.6, "suspicious", [], None, "x").group == "general"


def test_first_matching_rule_wins():
    r = parse(GOOD, "routing.yaml")
    assert r.route(0.9, "illegal", ["ivory", "live_animal"], "zh", "p").rule == "live"
    assert r.route(0.9, "illegal", ["ivory"], "zh", "p").rule == "zh-ivory"
    assert r.route(0.4, "suspicious", ["ivory"], "zh", "p").rule == "other"  # below score_min
    assert r.groups["urgent-team"].channels() == ["webhook"] and r.groups["zh"].channels() == ["email"]


@pytest.mark.parametrize("change, message", [
    (("priority: urgent", "priority: asap"), "routing.yaml:10: rule #1 ('live'): field 'priority': must be one of"),
    (("group: zh\n", "group: nobody\n"), "routing.yaml:13: rule #2 ('zh-ivory'): field 'group': 'nobody' is not one of"),
    (("score_min: 0.5", "score_min: 5"), "routing.yaml:12: rule #2 ('zh-ivory'): field 'when.score_min': must be a number"),
    (("lang: zh,", "language: zh,"), "routing.yaml:12: rule #2 ('zh-ivory'): unknown condition 'when.language'"),
    (("  - name: other\n", "  - name: other\n    when: {lang: en}\n"), "the last rule must have no 'when'"),
    (("rules:", "rulez:"), "routing.yaml:6: unknown top-level field 'rulez'"),
    (("{webhook: \"https://hooks.example.org/wildwatch\"}", "{webhook: ftp://x}"), "group 'urgent-team': field 'webhook'"),
    (("- name: live\n", "- name: live\n  - oops\n"), "routing.yaml:9: not valid YAML"),
])
def test_errors_name_file_line_rule_and_field(change, message):
    with pytest.raises(RoutingError) as err:
        parse(GOOD.replace(*change), "routing.yaml")
    assert message in str(err.value)


def test_routing_file_missing_is_a_clear_error(tmp_path):
    with pytest.raises(RoutingError, match="cannot read routing file"):
        load_routing(tmp_path / "nope.yaml")


def test_item_errors_name_position_and_field():
    with pytest.raises(ItemError) as err:
        clean_item({"platform": "p", "listing_id": "1", "fetched_at": "yesterday"}, 7)
    assert (err.value.position, err.value.field) == (7, "fetched_at")
    with pytest.raises(ItemError) as err:
        clean_item({"platform": "p", "listing_id": "1", "images": "a.png"}, 2)
    assert str(err.value) == "item 2, field 'images': must be a list, got str"
    with pytest.raises(ItemError, match="field 'platform': required"):
        clean_item({"listing_id": "1"}, 0)


def test_items_are_normalised_and_hashed():
    a = clean_item({"platform": "p", "listing_id": 12, "title": "犀牛角 出售", "price_amount": "12.5"}, 0)
    b = clean_item({"platform": "p", "listing_id": "12", "title": "犀牛角 出售", "price_amount": 12.5}, 0)
    assert a["listing_id"] == "12" and a["price_amount"] == Decimal("12.5") and a["lang"] == "zh"
    assert type(a["price_amount"]) is type(b["price_amount"]) is Decimal
    assert a["content_sha256"] == b["content_sha256"] and len(a["content_sha256"]) == 64
    assert detect_lang("Rhino horn cup, genuine") == "en"

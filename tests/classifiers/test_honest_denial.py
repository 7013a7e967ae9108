"""Two readings of the same words (issue 12, code-level kinds reported by the round-2 data writers).

- "Buffalo horn, not plastic": a legal material declared as the item and only a replica denied is an
  honest seller defending the material; "not ox bone, you know" (the legal material denied, or a wink
  of its own) is the cover story.
- 牌 after an animal word is a brand (虎牌), but not where it starts a word of its own: 象牙牌九 are
  ivory pai gow tiles; "ivory brand new" is no brand either.
"""
from __future__ import annotations

import pytest

from classifiers.matcher import BRAND



@pytest.mark.parametrize("title,description", [
    ("Lược sừng trâu thật", "không phải nhựa, chải tóc mượt"),
    ("Vòng hổ phách thật", "cam kết không phải nhựa"),
    ("Buffalo horn glasses frames", "real horn, not plastic"),
    ("牦牛骨梳子", "不是塑料的，真骨头"),
])
def test_a_declared_legal_material_defended_against_plastic_is_honest(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, a.explanation


@pytest.mark.parametrize("title,description", [
    ("Tượng xương bò", "không phải nhựa, ai hiểu thì hiểu"),  # a wink of its own
    ("佛像", "唔係牛骨，你明嘅"),  # the legal material itself denied, with a wink
])
def test_the_cover_story_still_goes_to_review(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, a.explanation


def test_pai_gow_tiles_are_no_brand(clf):
    a = clf.assess({"title": "舊象牙牌九一副"})
    assert a.flagged and "ivory" in a.categories, a.explanation
    assert not [m for m in a.matches if m.suppressed_by == BRAND]


def test_a_brand_is_still_a_brand(clf):
    a = clf.assess({"title": "虎牌保温杯 500ml"})
    assert not a.flagged

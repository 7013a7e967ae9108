"""Legal materials declared honestly (issue 12, false-flag kind 3).

'không phải nhựa' written without its marks (khong phai nhua) is the same honest defence of buffalo
horn or amber as with them; a grade of the declared material (sừng trâu Ấn Độ loại đặc biệt: buffalo
horn, special grade) is no wink. The cover stories stay: the material in quotes, the product named,
or a wink of its own beside the denial.
"""
from __future__ import annotations

import pytest

from classifiers import features as feat



def _features(clf, title: str, description: str = "") -> dict:
    listing = {"title": title, "description": description}
    raw, contacts, _ = clf.raw_matches(listing)
    return feat.extract(raw, len(contacts), clf.quoted_material(listing))[0]


@pytest.mark.parametrize("title,description", [
    ("luoc sung trau that", "luoc sung trau, hang lang nghe, khong phai nhua, chai toc khong tinh dien"),
    ("Vòng sừng trâu Ấn Độ loại đặc biệt", "vân mây trắng đen tự nhiên, hàng làng nghề"),
])
def test_an_honest_legal_material_is_no_cover(clf, title, description):
    f = _features(clf, title, description)
    assert "cover_with_wink" not in f and "cue_wink" not in f, f
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, a.explanation


@pytest.mark.parametrize("title,description", [
    ("Vòng 'sừng trâu' đen loại đặc biệt", "ai hiểu thì hiểu"),  # the material in quotes: a cover
    ("vong nga voi, khong phai nhua", "ai can ib"),  # the product named: the denial is a wink
    ("luoc sung trau, khong phai nhua", "ai hiểu thì hiểu, ib riêng"),  # a wink of its own
])
def test_the_cover_stories_stay(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, a.explanation


def test_a_legal_horn_told_from_plastic_by_its_tests_is_no_cover(clf):
    # real buffalo horn set against plastic, told apart by the burn and light tests: the craft's own
    # description, not the tells of a protected horn under a legal name
    f = _features(clf, "Phân biệt lược sừng trâu thật và lược nhựa",
                  "Sừng trâu thật cầm nặng tay, soi đèn thấy thớ sợi dọc, đốt có mùi khét như tóc cháy. "
                  "Lược nhựa nhẹ, đốt chảy.")
    assert "cover_with_tell" not in f, f
    # the same tests on a material in quotes stay the tells of the real thing
    f = _features(clf, "Lược 'sừng' soi đèn thấy thớ sợi dọc", "không phải nhựa, mài ra bọt")
    assert "cover_with_tell" in f or "cover_with_wink" in f, f

"""q16, kind 6: a provenance certificate (来源证明, 出處證明) named for a lot that may hold ivory (竹木牙角,
牙角拍品) is a legal-regime claim the reviewer checks, not a clearance."""
import pytest


def _a(clf, title, description=""):
    return clf.assess({"title": title, "description": description})


def test_ivory_lot_with_provenance_certificate_goes_to_review(clf):
    a = _a(clf, "春季拍卖 杂项专场", "本场竹木牙角杂项拍品三十件，每件附来源证明，欢迎来电预约看货。")
    assert a.flagged and a.label == "suspicious"


@pytest.mark.parametrize("title,description", [
    ("明清瓷器 专场 预展", "本周末明清瓷器、书画专场预展，拍品均附来源证明，欢迎参观。"),
    ("茶叶 来源证明", "正宗武夷岩茶，附原产地来源证明，500克装。"),
])
def test_provenance_certificate_without_ivory_stays_benign(clf, title, description):
    assert not _a(clf, title, description).flagged

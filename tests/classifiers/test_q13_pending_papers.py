"""q13, kind: papers applied for or pending (Article 10 pending, đang làm giấy, 证在办) are not papers shown:
a live CITES animal offered with them stays in review."""
import pytest


def _a(clf, title, description=""):
    return clf.assess({"title": title, "description": description})


@pytest.mark.parametrize("title,description", [
    ("Harris hawk, moving abroad", "Selling my female Harris hawk, close-ringed, CITES permit pending, offers."),
    ("Bán vẹt Amazon", "vẹt Amazon mặt vàng 1 năm, biết nói, đang làm giấy CITES, ai cần ib"),
    ("转让 金刚鹦鹉 一只", "蓝黄金刚鹦鹉，人工繁育，证在办，有意私聊"),
])
def test_pending_papers_stay_in_review(clf, title, description):
    assert _a(clf, title, description).flagged


@pytest.mark.parametrize("title,description", [
    ("Ball python hatchlings", "Captive bred ball pythons, feeding on frozen mice, pickup only."),
    ("办证中心 代办 营业执照", "营业执照、食品经营许可证代办，证在办理期间可查询进度"),
    ("Passport renewal tips", "My passport application is pending, how long does it take?"),
])
def test_pending_papers_guards(clf, title, description):
    assert not _a(clf, title, description).flagged

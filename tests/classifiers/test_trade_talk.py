"""Trade talk alone is not wildlife evidence (issue 12, precision on ordinary listings).

The pre-filter lets some ordinary listings through on a substring (ngà in ngày). The learned text
part, trained where Vietnamese trade talk (ai cần ib, ship COD, liên hệ zalo) came mostly with
wildlife, then flagged 8 of 20 ordinary Vietnamese posts as illegal. It may weigh evidence, not be
the only evidence: with no product named, denied, covered, described or winked at, its push is
left out of the score."""
from __future__ import annotations

import pytest

from classifiers.model import _no_wildlife_evidence



@pytest.mark.parametrize("title", [
    "Ngày mai mình về quê, ai cần gửi đồ inbox",
    "Cần bán gấp điện thoại iPhone 11, máy zin, ngày mua còn hóa đơn, ai cần ib",
    "Bán nồi cơm điện cũ, ngày nào cũng dùng nhưng còn tốt, ai cần inbox giá",
    "Hàng mới về trong ngày: rau sạch Đà Lạt, ai cần đặt ib shop",
    "Tuyển nhân viên bán hàng làm theo ngày, ai có nhu cầu inbox",
    "Nhận ship đồ ăn trong ngày khu vực quận 7, liên hệ zalo 0909xxxxxx",
])
def test_ordinary_posts_with_trade_talk_are_not_flagged(clf, title):
    a = clf.assess({"title": title, "lang": "vi"})
    assert not a.flagged, a.explanation


@pytest.mark.parametrize("title,description", [
    ("Vòng ngà voi xịn, bao test", "ai cần ib"),
    ("Cao hổ cốt nấu tại bản", "ai biết thì ib, ship kín"),
    ("Slow loris baby, hand tame", "no papers, DM me"),
])
def test_named_products_with_the_same_talk_still_are(clf, title, description):
    assert clf.assess({"title": title, "description": description}).flagged


def test_what_counts_as_evidence():
    assert _no_wildlife_evidence({"no_product": 1.0, "cue_contact": 1.0, "text_model": 3.0})
    for k in ("negated_product", "descr_n", "cue_wink", "negated_benign_material", "live_listed"):
        assert not _no_wildlife_evidence({"no_product": 1.0, k: 1.0})
    assert not _no_wildlife_evidence({"name": 0.8, "product_in_title": 1.0})

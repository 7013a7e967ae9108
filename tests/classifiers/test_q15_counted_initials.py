"""q15 (issue 12, kind 4: writing tricks). Vietnamese initials of a product (nv = ngà voi) bare but
for a count or weight of the goods: "nv 2 cây mỗi cây 4 lạng", "nv 1kg2". A `lang: vi` entry
marked `initials: true` counts with a number and a unit of tusks, pieces or weight after it
(listed_initials.counted) and a trade cue in the text. Stay out: nv = nhân viên (staff), counted
in people, shifts, kilometres."""
import pytest

FLAG = [
    ("nv 2 cây", "nv 2 cây mỗi cây hơn 4 lạng, ai lấy ib zalo"),
    ("Có nv 1kg2", "có nv 1kg2 nguyên khúc, alo zalo trong nhóm"),
    ("nv một cặp", "nv một cặp đẹp, gọi e nhé, giá ib"),
]
STAY_OUT = [
    ("Tuyển 3 nv bán hàng", "tuyển 3 nv bán hàng, lương 8tr, ib zalo"),
    ("nv 2 ca", "cần nv 2 ca sáng chiều, liên hệ sdt"),
    ("Nhà cách chợ", "nhà cách nv 1 cây số, giá ib"),
    ("Shop tuyển nv", "nv giao hàng chở 3 kg hàng mỗi chuyến, ib"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_counted_initials_flag(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged and "ivory" in a.categories, (title, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_staff_initials_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)

"""q15 (issue 12, kind 4: writing tricks). Vietnamese typed with its marks as VIQR symbols when the
input method is off (nga` voi, su+`ng te^ gia'c, ho^' co^'t): read as the marked words before
matching (classifiers/viqr_marks.py), offsets kept. Stay out: emoticons (^^, ^_^), prices, URLs,
code, English apostrophes, a sentence-final full stop."""
import pytest

from classifiers.normalize import normalize
from classifiers.viqr_marks import read_marks

FLAG = [
    ("ba'n nga` voi", "nga` voi nguye^n khu'c 2 ky', ib"),
    ("Su+`ng te^ gia'c", "su+`ng te^ gia'c nguye^n ca^y, gia' ib"),
    ("va?y te^ te^ kho^", "ba'n va?y te^ te^ kho^, 1 ky', alo"),
    ("ma^.t ga^'u", "ma^.t ga^'u nguye^n tu'i, ib zalo"),
]
STAY_OUT = [
    ("hi ^^ ^_^", "o^ ke^ shop ^^ ba'n a'o thun mo+'i, gia' re^ ^_^"),
    ("Gia' 5^2 = 25", "to'an lo+'p 5: 5^2 = 25, ba`i ta^.p ve^` nha`"),
    ("link", "xem ta.i http://shop.vn/a^b~c ba'n gia`y da"),
    ("c++ code", "x+y=z; a^b; s~t`u — C++ and C# course, it's cheap"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_viqr_typed_product_flags(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_viqr_look_alikes_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)


@pytest.mark.parametrize("written,read", [
    ("nga` voi", "ngà voi"), ("cao o^ng", "cao ông"), ("go^c", "gôc"), ("d-o^`", "đồ"),
    ("u+o+`n", "ườn"), ("ho^' co^'t", "hố cốt"), ("go^c lo. 1 lang", "gôc lọ 1 lang"),
    ("sa'ng ma`", "sáng mà"), ("nhu+ng`", "nhừng"),
])
def test_marks_read(written, read):
    n = normalize(written)
    got = read_marks(written, n.text, n.starts, n.ends)
    assert got is not None and got[0] == read
    # every new letter points at the letter and symbols written for it
    assert got[1][0] == 0 and got[2][-1] == len(written)


@pytest.mark.parametrize("written", [
    "^^ ^_^", "5^2 x+y", "a^b", "c++", "it's ok.", "lo. Gia", "what? no", "http://a.b/c^d",
])
def test_not_marks(written):
    n = normalize(written)
    got = read_marks(written, n.text, n.starts, n.ends)
    assert got is None or got[0] == n.text, got


def test_english_full_stop_beside_a_plus_stays():
    # "+" lets the text be looked at; "coat." is no VIQR word without a sure mark beside it
    written = "turtle shell nails! amber + brown gel, top coat. save for later"
    n = normalize(written)
    assert read_marks(written, n.text, n.starts, n.ends) is None

"""Vietnamese teencode forms (teencode.py) generated from the lexicon's Vietnamese terms: a
syllable-final ng written g, ph as f, qu as w, c before a vowel as k."""
import pytest

from classifiers.teencode import teencode_forms


def test_forms_follow_the_rules_and_skip_one_syllable_terms():
    assert teencode_forms("sừng tê giác") == ["sừg tê giác"]
    assert teencode_forms("hàng trắng") == ["hàg trắg"]
    assert teencode_forms("cao hổ") == ["kao hổ"]  # no -ng: only the all-rules form
    assert teencode_forms("phấn hoa") == ["fấn hoa"]
    assert teencode_forms("sừng") == []  # one syllable: sừg alone names nothing
    assert teencode_forms("vảy tê tê") == []  # nothing to change
    assert teencode_forms("chim quý") == ["chim wý"]  # ch stays: only a c before a vowel is k



@pytest.mark.parametrize("title,description", [
    ("sừg tê giác châu phi", "hàng về ít, ai cần ib"),
    ("móg hổ bọc bạc", "mặt dây đeo may mắn, ship cod"),
    ("kao hổ nấu tại bản", "bánh 100g, ai cần ib"),
    ("hàg trắg mới về", "vòng 8 ly, ib giá"),
])
def test_teencode_product_reaches_a_reviewer(clf, title, description):
    a = clf.assess({"title": title, "description": description, "lang": "vi"})
    assert a.flagged, a.explanation


def test_teencode_white_goods_stay_out(clf):
    a = clf.assess({"title": "thanh lý hàg trắg điện máy", "description": "tủ lạnh, máy giặt cũ còn tốt",
                    "lang": "vi"})
    assert not a.flagged, a.explanation

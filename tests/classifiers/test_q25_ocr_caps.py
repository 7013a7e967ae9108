"""q25 (OCR confusions). Text read off a photo writes the capital I as a lowercase l inside an
all-caps word (lV0RY, TlGER, RHlN0): read as I, as the digit look-alikes are. A word with other lowercase
letters (Lily, iPhone, 500ml) stays as written. A licensed drug box read off a photo with every character
spaced (国 药 准 字 ... 熊 胆 粉) is not spelled out to dodge a filter: no wink from the spacing."""
import pytest

from classifiers.ocr_caps import caps_l_words

FLAG = [
    ("photo text", "REAL lV0RY CARVlNG\nWHOLESALE PRlCE\nWHATSAPP +256 7xx"),
    ("label from image", "TlGER B0NE PLASTER\n100% GENUlNE\nCALL 09xx"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_caps_l_for_i_flags(expect, title, description):
    expect.flagged(title, description)


def test_caps_l_words_only_inside_all_caps_words():
    text = "lV0RY SHlP CHlNA Lily iPhone 500ml 5l HELLO Plays"
    assert [text[a:b] for a, b in caps_l_words(text)] == ["lV0RY", "SHlP", "CHlNA"]


def test_spaced_drug_box_spacing_is_no_wink(clf):
    a = clf.assess({"title": "药盒照片", "description": "国 药 准 字 Z 2 0 0 5\n熊 胆 胶 囊"})
    assert not any(m.canonical == "spelled out" for m in a.matches), a.explanation


def test_spaced_product_without_approval_is_still_a_wink(clf):
    a = clf.assess({"title": "出", "description": "熊 胆 粉 野生 的，懂的来"})
    assert any(m.canonical == "spelled out" for m in a.matches), a.explanation

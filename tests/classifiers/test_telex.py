"""Vietnamese typed as Telex letters (the input method off): generated from the lexicon's own
Vietnamese terms, so 'ngaf voi' is ngà voi and 'suwngf tee giacs' is sừng tê giác."""
from __future__ import annotations

import pytest

from classifiers.telex import is_vietnamese, telex


@pytest.mark.parametrize("text,typed", [
    ("ngà voi", "ngaf voi"), ("nguyên khúc", "nguyeen khucs"), ("sừng tê giác", "suwngf tee giacs"),
    ("đồi mồi", "ddooif mooif"), ("mật gấu", "maatj gaaus"), ("vảy tê tê", "vayr tee tee"),
])
def test_telex_spelling(text, typed):
    assert telex(text) == typed


@pytest.mark.parametrize("text", ["ivory", "象牙", "rhino horn"])
def test_no_telex_form_without_vietnamese_marks(text):
    assert telex(text) is None


def test_only_vietnamese_letters_make_a_term_vietnamese():
    assert is_vietnamese("sừng")
    assert not is_vietnamese("café") and not is_vietnamese("jalapeño")
    assert is_vietnamese("đồi mồi") and is_vietnamese("vảy")



@pytest.mark.parametrize("title,description", [
    ("ngaf voi nguyeen khucs", "3kg, lieen heej zalo"),
    ("Bán suwngf tee giacs", "hàng chuẩn, ib"),
    ("vayr tee tee 1kg", "giao toàn quốc"),
])
def test_a_listing_typed_in_telex_reaches_a_reviewer(clf, title, description):
    assert clf.assess({"title": title, "description": description, "lang": "vi"}).flagged


@pytest.mark.parametrize("title,description", [
    ("Cafes sữa đá", "quán mở cửa 7h"),
    ("Tees and shirts", "cotton, size M"),
])
def test_everyday_text_gets_no_telex_hit(clf, title, description):
    assert not clf.assess({"title": title, "description": description, "lang": "vi"}).matches

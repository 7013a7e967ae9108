"""q13, kind 1: white pieces/blanks/offcuts (miếng trắng, khúc trắng) priced by the gram: the colour code
with a piece word reaches the full check; a bare price per gram (gold) or a kilo price (bales) does not."""
import pytest


def _a(clf, title, description=""):
    return clf.assess({"title": title, "description": description})


@pytest.mark.parametrize("title,description", [
    ("restock", "White blanks and offcuts, old stock, $30 per gram, message me"),
    ("Hàng mới về", "miếng trắng còn vài miếng, giá theo gam, ai cần ib"),
])
def test_white_pieces_by_gram_flags(clf, title, description):
    assert _a(clf, title, description).flagged


@pytest.mark.parametrize("title,description", [
    ("White pieces bale", "white pieces, 2nd hand clothing bale, price per kg"),
    ("18k white gold chain", "white gold chain 18k, priced by the gram, receipt included"),
    ("Chess set", "white pieces and black pieces, wooden, complete set"),
    ("Nhẫn vàng trắng", "vàng trắng 18k, tính theo chỉ, có hóa đơn"),
])
def test_white_pieces_guards(clf, title, description):
    assert not _a(clf, title, description).flagged

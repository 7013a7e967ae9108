"""classifiers/product_heads.py: a toy look-alike word that is the head noun of a matched product term
(ivory figurine|s) is the carving's form, not a toy that clears it (train_en18, en18-0077). Fresh wordings
of the kind, and stay-outs where the toy word stands outside the product term or the product is Chinese
text run on into a toy word (穿山甲毛公仔)."""
import pytest

from classifiers.hit_lists import drop_where  # noqa: F401  (the module's helper, imported to fail early)
from classifiers.product_heads import _word_end, drop_product_heads

FLAG = [
    ("Ivory figurines x3, Japanese", "carved sages, from my uncle's house, make an offer"),
    ("Two ivory figurines, old", "fisherman and immortal, yellowed, no cracks, cash on pickup"),
    ("Ivory figurine of Guanyin 15cm", "heavy and creamy, from a deceased estate"),
]

PASS = [
    ("Lladro porcelain figurine, ivory glaze", "girl with goose, boxed, no chips"),
    ("Pangolin figurine, resin", "hand painted resin figure, 10cm, gift boxed"),
    ("Resin elephant figurine", "ivory colour finish, 15cm, home decor"),
    ("Plush pangolin toy 30cm", "soft toy with felt scales, ages 3+"),
    ("穿山甲毛公仔 好得意", "喺機場見到，邊度有得買？"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_product_head_is_no_toy(expect, title, description):
    expect.flagged(title, description, "en")


@pytest.mark.parametrize("title,description", PASS)
def test_toy_outside_the_product_stays_out(expect, title, description):
    expect.not_flagged(title, description)


def test_word_end_latin_only():
    assert _word_end("ivory figurines x", 14) == 15
    assert _word_end("穿山甲毛公仔", 3) == 3


class _Hit:
    def __init__(self, kind, cue, a, b):
        self.kind, self.cue, self.n_start, self.n_end = kind, cue, a, b
        self.suppressed_by, self.negated = None, False


def test_drops_only_the_toy_inside_the_product():
    t = "ivory figurines and a plush figurine"
    product = _Hit("product_form", None, 0, 14)
    inside = _Hit("benign_context", "toy", 6, 15)
    outside = _Hit("benign_context", "toy", 28, 36)
    assert drop_product_heads([product, inside, outside], t) == [product, outside]
    product.negated = True  # "not an ivory figurine": the product is denied, the toy stays
    assert drop_product_heads([product, inside], t) == [product, inside]

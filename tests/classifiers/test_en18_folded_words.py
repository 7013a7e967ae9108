"""classifiers/folded_words.py: a look-alike matched only because the normaliser writes a doubled letter once
is another English word ("carton" is no "cartoon", "lot box" no "loot box") and clears nothing (train_en18,
en18-0105). Fresh wordings of the kind (all four not flagged on main), and stay-outs: the look-alike written as
listed, a stretched spelling (carttoon), a British/American spelling pair (modelling/modeling clay)."""
import pytest

from classifiers.folded_words import _collides, _spelling

FLAG = [
    ("Ling yang water, carton", "from Malaysia, carton of 12 bottles"),
    ("Antelope horn cooling water", "one carton = 24 bottles, Penang"),
    ("Bear bile capsules", "wild, 60 caps, carton of 10 boxes, no licence"),
    ("Ivory chips, job lot box", "lot box of raw white pieces, 2kg, sold by weight, DM"),
]

PASS = [
    ("Pangolin cartoon mug", "cute cartoon pangolin on a ceramic mug"),
    ("Pangolin carttoon mug", "cute carttoon pangolin on a ceramic mug"),
    ("Cartoon tiger plush", "soft toy, 30cm, cartons of 12 for shops"),
    ("Tiger modeling clay set", "kids modeling clay, 12 colours, tiger mould included"),
    ("Brass tiger figurine", "solid brass, 10cm, desk ornament"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_folded_lookalike_clears_nothing(expect, title, description):
    expect.flagged(title, description, "en")


@pytest.mark.parametrize("title,description", PASS)
def test_lookalike_as_written_stays_out(expect, title, description):
    expect.not_flagged(title, description, "en")


class _Entry:
    def __init__(self, term, variants):
        self.term, self.variants = term, tuple(variants)


class _Hit:
    def __init__(self, term, entry):
        self.term, self.entry, self.kind = term, entry, "benign_context"


def test_collides_only_on_two_english_words():
    toy = _Entry("毛绒", ["cartoon", "plush"])
    assert _collides(_Hit("Carton", toy))
    assert not _collides(_Hit("Cartoon", toy))
    assert not _collides(_Hit("cartooon", toy))  # a stretched spelling, no English word
    clay = _Entry("clay", ["modelling clay"])
    assert not _collides(_Hit("modeling clay", clay))
    assert _spelling("modelling", "modeling") and not _spelling("cartoon", "carton")

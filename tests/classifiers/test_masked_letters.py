"""A letter of a product word hidden behind a symbol (iv*ry, t*ger b*ne, p*ngolin sc*les) and a
five-letter word misspelled inside a two-word product (rino horn, tigr bone): forms generated from
the lexicon (typos.py), not listed. The other words sellers mask (f*ck, s*le) and names that a short
misspelling would be alone (Rino's) stay out."""
import pytest

from classifiers.typos import masked_variants, short_word_typos, word_masks

FLAG = [
    ("iv*ry bangle, old, heavy", ""),
    ("Rh*no h*rn cup, Qing style", "message for price"),
    ("p*ngolin sc*les 1kg", "cleaned, dry"),
    ("h*wksbill sh*ll comb", "vintage, real not plastic"),
    ("carved tusk piece", "genuine iv*ry, grandfather's, serious buyers"),
    ("rino horn, real, old", "pm me"),
    ("tigr bone wine 1980s bottle", ""),
]
STAY_OUT = [
    ("Rino's pizza oven, barely used", "collect only"),
    ("f*ck this heat, selling my fan", "tiger print cushion included"),
    ("s*le! plush elephant 40cm", "kids toy, washable"),
    ("iv*ry white dress", "size 10, worn once"),
    ("Horn section sheet music, Tigr Records", ""),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_masked_or_misspelled_product_reaches_a_reviewer(clf, title, description):
    a = clf.assess({"title": title, "description": description, "lang": "en"})
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_masked_ordinary_words_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description, "lang": "en"})
    assert not a.flagged, (title, a.explanation)


def test_masks_keep_the_first_and_last_letter():
    assert word_masks("tiger") == ["t*ger", "tig*r"]
    assert word_masks("ivory") == ["iv*ry"]
    assert word_masks("tusk") == ["t*sk"]
    assert word_masks("ox") == []


def test_masked_variants_mask_only_words_a_reader_fills_in():
    words = frozenset({"tiger", "bone"})
    forms = masked_variants("tiger bone", words)
    assert {"t*ger bone", "tiger b*ne", "t*ger b*ne"} <= set(forms)
    assert "tiger bone" not in forms
    assert masked_variants("xiong dan", words) == []  # pinyin is not filled in by an English reader


def test_short_word_typos_only_inside_two_word_terms():
    assert "rino horn" in short_word_typos("rhino horn")
    assert short_word_typos("rhino") == []
    assert "tier bone" not in short_word_typos("tiger bone")  # an English word

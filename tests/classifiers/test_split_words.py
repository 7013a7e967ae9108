"""Product terms in Latin script split at odd places (issue 12, spacing/symbol tricks): the
normaliser joins runs of single letters (i v o r y), not words cut anywhere (i vory, ivo ry,
rhi no, pango lin, ng a v oi). Matcher._split_word_spans looks for the squeezed product keys with
the separators between Latin letters taken out, on word boundaries, 5+ letters, written split."""
from __future__ import annotations

import pytest




@pytest.mark.parametrize("title,category", [
    ("i vory bangle, old stock", "ivory"),
    ("iv.ory bangle", "ivory"),
    ("pango lin scales 1kg", "pangolin"),
    ("tig er bone wine", "tiger"),
    ("ng a v oi nhẫn bạc", "ivory"),
])
def test_a_product_split_at_odd_places_is_found(clf, title, category):
    a = clf.assess({"title": title})
    assert category in [m.category for m in a.matches], a.explanation


@pytest.mark.parametrize("title", [
    "the river is lovely tonight",  # 'r ivory'? no: the hit must start and end on word boundaries
    "Hi, vory nice day",
    "pan golden retriever puppy",
    "Thanh lý tủ lạnh, ai cần ib",
])
def test_ordinary_words_that_squeeze_together_are_not_products(clf, title):
    a = clf.assess({"title": title})
    assert not a.flagged, a.explanation


def test_a_term_written_whole_is_left_to_the_precise_pass(clf):
    m = clf.matcher
    from classifiers.normalize import normalize

    t = normalize("ivory bangle").text
    assert m._split_word_spans(t, m._precise_spans(t)) == []


def test_generated_typos_and_two_letter_initials_stay_out_of_the_pre_filter(clf):
    """A typo form (ottos of pottos) or two-letter initials (e.i. -> ei) inside ordinary words made
    17% of ordinary English listings topical (photos, receipt): they count as whole words only."""
    for text in ("real photos, receipt included, oak desk", "their receipt is in the box"):
        assert clf.matcher.scan("title", text, [], []) is None, text
    assert clf.assess({"title": "elephnt tusk carving"}).flagged
    assert clf.assess({"title": "E.I. carving, old"}).flagged

"""Vietnamese typed with a tone mark wrong or missing on one syllable (issue 12, held-out misses of
train_vi3: nga vôi, hỗ cốt, mât gấu): the unmarked forms of the lexicon are also looked for in the
text with its marks removed, where the marks differ from what the seller wrote."""
from __future__ import annotations

import pytest




def _hits(clf, text):
    return [(m.term, m.category, m.kind) for m in clf.assess({"title": text, "lang": "vi"}).matches]


@pytest.mark.parametrize("text,category", [
    ("Bán vòng nga vôi xịn, bao test", "ivory"),  # mark missing on one syllable, wrong on the other
    ("cao hỗ cốt nguyên chất, nấu tại bản", "tiger"),  # ngã for hỏi
    ("mât gấu rừng loại 1, ai cần ib", "bear"),  # circumflex missing
    ("sừng tê giac nguyên khúc", "rhino_horn"),
])
def test_a_wrong_or_missing_mark_still_names_the_product(clf, text, category):
    a = clf.assess({"title": text, "lang": "vi"})
    assert a.flagged and category in a.categories, a.explanation
    assert any(m.term.lower() != m.term.lower().encode("ascii", "ignore").decode() for m in a.matches)


def test_the_spelling_as_written_gives_one_hit_per_place(clf):
    """A correctly marked term is found as written, not a second time through its unmarked form."""
    hits = _hits(clf, "vòng ngà voi")
    spans = [(m.start, m.end) for m in clf.assess({"title": "vòng ngà voi"}).matches]
    assert len(spans) == len(set(spans)), hits


@pytest.mark.parametrize("text", [
    "đã ngã giá xong, mai giao hàng",  # ngã giá = price agreed; giả ngà (fake ivory) keeps its marks only
    "Ngày mai mình về quê, ai cần gửi đồ inbox",
    "chân váy màu kem, vải mát, giá tốt",
])
def test_everyday_phrases_stay_unmatched(clf, text):
    assert not clf.assess({"title": text, "lang": "vi"}).flagged


def test_chinese_and_plain_english_text_take_no_extra_pass(clf):
    m = clf.matcher
    assert m._precise_spans("象牙手镯") == m._precise.find_matches_as_indexes("象牙手镯", overlapping=True)
    assert m._precise_spans("ivory bangle") == m._precise.find_matches_as_indexes("ivory bangle", overlapping=True)


@pytest.mark.parametrize("text,category", [
    ("S.ừ.n.g t.ê g.i.á.c mẩu 50g", "rhino_horn"),  # two-letter syllables dotted like the long ones
    ("C.a.o H.ổ nấu tại bản", "tiger"),
])
def test_dotted_short_syllables_join(clf, text, category):
    a = clf.assess({"title": text, "lang": "vi"})
    assert category in [m.category for m in a.matches], a.explanation


def test_two_spaced_letters_stay_two_words():
    from classifiers.normalize import normalize

    assert normalize("a b").text == "a b"
    assert normalize("t.ê").text == "tê"


def test_a_term_unmarked_in_the_lexicon_is_not_found_in_a_marked_word(clf):
    """'con beo' (a leopard, an unmarked word of its own) is not 'con béo' (the chubby one)."""
    assert not clf.assess({"title": "con béo quá, ai nuôi giúp", "lang": "vi"}).flagged

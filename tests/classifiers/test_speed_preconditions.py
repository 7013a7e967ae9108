"""Cheap preconditions that let the topical path skip work (issue 13): each must skip only where
the work it skips could find nothing. Output identity over whole sets is checked by the
test_speed_*.py files; these tests check each precondition's reasoning against its source."""
import re

from classifiers import match_rules, negated_lists
from classifiers.normalize import _fold_table, fold_diacritics


def _negation_alternatives() -> list[str]:
    src = negated_lists._EN_NEG_VERB.pattern
    group = re.search(r"\(\?:\^\|\[\^a-z'\]\)\(\?:([^)]*)\)", src)
    assert group, "the negation group of _EN_NEG_VERB moved: update this test and _EN_NEG_WORDS"
    return group.group(1).split("|")


def test_every_negation_of_the_trade_verb_regex_holds_a_literal_the_precondition_looks_for():
    alts = _negation_alternatives()
    assert len(alts) >= 10
    for alt in alts:
        assert any(w in alt for w in negated_lists._EN_NEG_WORDS), alt


def test_a_text_without_those_literals_never_matches_the_trade_verb_regex():
    for text in ["we sell ivory", "本店不卖象牙、犀角", "không bán ngà voi", "nothing here", "now selling",
                 "do nt sell ivory", "canot sel ivory"]:
        if not any(w in text for w in negated_lists._EN_NEG_WORDS):
            assert negated_lists._EN_NEG_VERB.search(text) is None
    for text in ["we never sell ivory", "do not sel ivory", "dont sel ", "can't buy any "]:
        assert any(w in text for w in negated_lists._EN_NEG_WORDS)


def test_diacritic_folding_maps_one_character_to_one_ascii_letter():
    for cp, v in _fold_table().items():
        assert len(v) == 1 and v.isascii() and v.isalpha(), (chr(cp), v)


def test_emoji_form_first_characters():
    forms = frozenset({"象hạt", "虎ring", "豹 chuỗi"})
    firsts = match_rules._form_firsts(forms)
    assert firsts == frozenset("象虎豹")
    for k in forms:
        assert k[0] in firsts and fold_diacritics(k)[0] in firsts
    # an ASCII start: that letter, and every marked letter fold_diacritics folds to it (ẋ, Ẍ)
    ascii_forms = frozenset({"象hạt", "xj ring"})
    got = match_rules._form_firsts(ascii_forms)
    for cp in range(0x20, 0x3000):
        c = chr(cp)
        assert (c in got) == (c in "象x" or fold_diacritics(c) in ("象", "x")), c
    assert match_rules._form_firsts(forms) is firsts  # worked out once per set


def test_every_negation_literal_holds_an_n():
    assert all("n" in w for w in negated_lists._EN_NEG_WORDS)


def test_the_part_word_search_finds_every_part_word_pair_apart_could_read():
    from classifiers import apart_pairs

    search = apart_pairs._part_search()
    for p in apart_pairs._parts_normalized():
        assert search(f"xx {p} yy") is not None and search(p) is not None
    assert search("象牙手镯 一对 包邮") is None


def test_animal_emoji_are_all_above_the_basic_plane():
    """pair_apart and _emoji_part_in_lookalike look for them only in a str stored 4 bytes a character."""
    from classifiers import apart_pairs
    from classifiers._textfast import has_astral

    from classifiers.engine import load_classifier

    animals = apart_pairs.emoji_animals(load_classifier().lexicon.entries)
    assert animals and all(ord(ch) > 0xFFFF for ch in animals)
    assert has_astral("tiger 🐯 claw") and not has_astral("tiger claw 虎爪 ngà")


def test_ban_after_a_product_is_looked_for_only_where_its_words_can_start():
    """advice_against._ban_may_follow lets through every position where _after_re matches."""
    import random

    from classifiers import advice_against

    pattern = advice_against._after_re()
    pieces = ["是", "都是", "违法的", "违法", "禁止买卖的", "禁止买卖", "禁售的", "là ", "đều ", "bị cấm", "phạm pháp",
              "bất hợp pháp", "it's", "it’s", "it is", "they're", "they’re", "they are", "that's", "that’s",
              "which is", "is", "are", " now", " totaly", " strictly", " ", "banned", "baned", "illegal", "ilegal",
              "prohibited", ",", "，", "x", "象牙"]
    rng = random.Random(7)
    for _ in range(20000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        for p in range(len(s) + 1):
            if pattern.match(s, p, p + advice_against._AFTER_CHARS):
                assert advice_against._ban_may_follow(s, p), (s, p)

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
    """advice_against._ban_may_follow lets through every position where _AFTER_RE matches."""
    import random

    from classifiers import advice_against

    pattern = advice_against._AFTER_RE
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


def test_the_part_word_search_is_pair_aparts_own_word_reading():
    """_part_search finds a part word exactly where _WORD reads one (whole [a-z]+ words), fuzzed."""
    import random

    from classifiers import apart_pairs

    search = apart_pairs._part_search()
    parts = sorted(apart_pairs._parts_normalized())
    pieces = parts + ["s", "x", "ing", " ", "-", "象", "牙", "é", "🐯", "\n", "1", "ta", "cla", "w", "es"]
    rng = random.Random(16)
    for _ in range(30000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 7)))
        words = [w for w in apart_pairs._WORD.findall(t) if w in apart_pairs._parts_normalized()]
        got = search(t)
        assert (got is not None) == bool(words), (t, got, words)
        if got is not None:
            assert got in words


def test_unheld_hints_each_name_a_literal_every_match_of_their_own_pattern_holds():
    """mark_unheld runs each marker search only where one of its own hints is in the text (fuzzed
    with the patterns' own words, split and joined at random)."""
    import random

    from classifiers import unheld_papers as u

    hearsay, not_held = u._HEARSAY.search, u._NOT_HELD.search
    words = re.findall(r"[^\W\d_]+|'", u._HEARSAY.pattern + " " + u._NOT_HELD.pattern) + [" ", "  ", ",", "x", "là", "nói", "có"]
    rng = random.Random(16)
    for _ in range(40000):
        t = "".join(rng.choice(words) + rng.choice(["", " "]) for _ in range(rng.randint(1, 5)))
        if hearsay(t) is not None:
            assert any(h in t for h in u._HEARSAY_HINTS), t
        if not_held(t) is not None:
            assert any(h in t for h in u._NOT_HELD_HINTS), t
    for t in ["前主人说有证", "the breeder said it has CITES", "nghe nói có giấy", "người bán bảo là có giấy"]:
        assert hearsay(t) and any(h in t for h in u._HEARSAY_HINTS)
    for t in ["证件我没拿到", "never got them", "chưa nhận được giấy", "did not get", "not in hand"]:
        assert not_held(t) and any(h in t for h in u._NOT_HELD_HINTS)


def test_spelled_out_skips_only_terms_neither_search_can_match():
    """A term of letters, digits and at most one space: no spelled run, no CJK word broken by a symbol."""
    import random

    from classifiers import writing_tricks as w

    pieces = list("ab1象牙é_ .-·*~+/|•×丶") + ["  ", "ivory", "r h 1", "i-v"]
    rng = random.Random(16)
    for _ in range(40000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        if t.count(" ") < 2 and t.replace(" ", "").isalnum():
            assert not w._spelled_run(t) and w._CJK_BROKEN.search(t) is None, t


def test_numbered_heads_precondition_skips_only_lines_numbered_cannot_match():
    import random

    from classifiers import inline_lots as il

    src = il._NUMBERED.pattern
    alts = re.search(r"\(\?:([^)]*)\) \?", src)
    assert alts, "the item words of _NUMBERED moved: update _ITEM_WORDS and this test"
    assert [a.replace("\\", "") for a in alts.group(1).split("|")] == list(il._ITEM_WORDS)
    pieces = ["lot", "lô", "item", "no.", "#", "no", "lo", " ", "1", "2", "3", "12", "٣", "象", "牙", "a", ".", "\n"]
    rng = random.Random(16)
    for _ in range(40000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        if il._NUMBERED.search(t):
            assert any(x in t for x in il._ITEM_WORDS) or il._DIGIT_CJK.search(t), t


def test_offer_triggers_found_by_one_scan_as_by_substring_tests():
    import random

    from classifiers import offered_piece as op

    pieces = list(op._TRIGGERS) + ["a", "n", "s", "有", "人", " ", "出", "wha", "ell", "ban", "象牙"]
    rng = random.Random(16)
    for _ in range(30000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        assert op._triggered(t) == any(w in t for w in op._TRIGGERS), t

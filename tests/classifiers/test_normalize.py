import pytest

from classifiers.normalize import normalize, squeeze


@pytest.mark.parametrize("text, expected", [
    ("象.牙 筷子", "象牙筷子"),
    ("象　牙　筷　子", "象牙筷子"),  # full-width spaces
    ("虎-骨-粉", "虎骨粉"),
    ("犀·角·碗", "犀角碗"),
    ("鶴頂紅", "鹤顶红"),  # traditional -> simplified
    ("ＸＩ角", "xi角"),  # full-width -> ASCII
    ("🐘🦷手镯", "象牙手镯"),  # emoji standing for words
    ("穿⛰️甲片", "穿山甲片"),
    ("i v o r y bangle", "ivory bangle"),
    ("R.h.i.n.o h.o.r.n", "rhino horn"),
    ("E l e p h a n t  t u s k", "elephant tusk"),
    ("p@ngolin 1vory g!bbon", "pangolin ivory gibon"),
    ("ivoryyyy", "ivory"),
])
def test_evasions_are_undone(text, expected):
    assert normalize(text).text == expected


def test_sentence_punctuation_is_kept_so_words_do_not_glue():
    assert normalize("象牙白，衬衫").text == "象牙白,衬衫"


def test_offsets_map_back_to_the_original_text():
    original = "出 象 . 牙 手镯"
    n = normalize(original)
    i = n.text.index("象牙")
    start, end = n.span(i, i + 2)
    assert original[start:end] == "象 . 牙"


def test_offsets_survive_emoji_and_traditional():
    original = "好貨🐘🦷鐲子"
    n = normalize(original)
    i = n.text.index("象牙")
    start, end = n.span(i, i + 2)
    assert original[start:end] == "🐘🦷"


def test_squeeze_over_matches_for_the_prefilter():
    assert "象牙" in squeeze("象 * 牙")
    assert "ivory" in squeeze("I-V-O-R-Y")


def test_numbers_in_ordinary_text_are_not_mangled():
    assert normalize("100g 12cm").text == "100g 12cm"


def _sample_texts() -> list[str]:
    import random

    from corpus_texts import listing_texts

    texts = ["象 . 牙 筷子  十双", "R.h.i.n.o h.o.r.n, 1vory!!", "ivoryyy  tusk\n\n老料", "鶴頂紅 ｘｉｊｉａｏ８８",
             "🐘牙 ✈️ 🦜🦜 g.i.b.b.o.n", "穿⛰️甲\u200b片 i v o r y", "ｉｖｏｒｙ　象\t\t牙", "café ĳ ﬁne 象牙", ""]
    texts += listing_texts()
    rng = random.Random(3)
    pieces = ["象", "牙", " ", ".", "-", "*", "i", "v", "o", "1", "@", "y", "🐘", "\u200b", "，", "\n", "ｘ", "國", "虎", "!"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    return texts


def test_compiled_path_gives_the_same_text_and_offsets_as_the_python_path():
    from classifiers.normalize import _compiled, _normalize_fast, _normalize_slow

    assert _compiled() is not None, "classifiers._textfast is not built: run `pip install -e .`"
    checked = 0
    for t in _sample_texts():
        fast = _normalize_fast(t)
        if fast is None:
            continue
        slow = _normalize_slow(t)
        assert fast.text == slow.text, t
        assert list(fast.starts) == list(slow.starts), t
        assert list(fast.ends) == list(slow.ends), t
        checked += 1
    assert checked > 3000


def test_compiled_squeeze_equals_the_python_one(monkeypatch):
    import importlib

    nm = importlib.import_module("classifiers.normalize")  # the package exports a function of that name

    texts = _sample_texts()
    compiled = [nm.squeeze(t) for t in texts]
    monkeypatch.setattr(nm, "_textfast", None)
    assert [nm.squeeze(t) for t in texts] == compiled


def test_cheap_nfkc_equals_unicodedata():
    import unicodedata

    from classifiers.normalize import _COMPAT_PUNCT, nfkc

    for wide, narrow in _COMPAT_PUNCT:
        assert unicodedata.normalize("NFKC", wide) == narrow
    for t in _sample_texts() + ["（象牙）！？；：，　…", "ｉｖｏｒｙ，象牙"]:
        assert nfkc(t) == unicodedata.normalize("NFKC", t), t

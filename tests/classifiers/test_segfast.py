"""The compiled word-boundary checks (classifiers/_segfast.pyx) give exactly the answers of the
pure-Python ones matcher.py had (copied below as the reference), i.e. of jieba itself (HMM off),
with the real dictionary and the lexicon's user words, read from _segfast.Dictionary (jieba's FREQ
as a C hash table), which answers exactly like FREQ itself."""
import math
import random

import pytest
from corpus_texts import listing_texts

from classifiers import _segfast, load_classifier
from classifiers import matcher as matcher_module
from classifiers.normalize import is_cjk, normalize


# -- the reference: matcher.py's Python code before it went compiled (commit 86a117e) --
_MAX_WORD = 5
_WINDOW = 10
_CLAUSE_BREAK = set("，。！？；：、,.;:?!\n()（）【】|/")


def ref_word_across(freq, text, pos):
    if pos <= 0 or pos >= len(text) or not (is_cjk(text[pos - 1]) and is_cjk(text[pos])):
        return False
    for left in range(1, _MAX_WORD):
        if pos - left < 0:
            break
        for right in range(1, _MAX_WORD + 1 - left):
            if pos + right > len(text):
                break
            if freq.get(text[pos - left:pos + right]):
                return True
    return False


def ref_window(text, start, end):
    a = start
    while a > 0 and start - a < _WINDOW and text[a - 1] not in _CLAUSE_BREAK and text[a - 1] != " ":
        a -= 1
    b = end
    while b < len(text) and b - end < _WINDOW and text[b] not in _CLAUSE_BREAK and text[b] != " ":
        b += 1
    return a, b


def jieba_bounds(tok, text, a, b):
    """The boundary set the matcher built from jieba's own cut of text[a:b]."""
    bounds, pos = {a, b}, a
    for word in tok.cut(text[a:b], HMM=False):
        pos += len(word)
        bounds.add(pos)
    return bounds


def test_clause_breaks_still_those_of_the_matcher():
    assert getattr(matcher_module, "_CLAUSE_BREAK", _CLAUSE_BREAK) == _CLAUSE_BREAK


@pytest.fixture(scope="module")
def seg():
    clf = load_classifier()
    clf.warm_up()
    tok = clf.matcher.words.jieba()
    return clf.matcher.words.zh_words, tok, tok.FREQ, _segfast.Dictionary(tok.FREQ, math.log(tok.total))


@pytest.fixture(scope="module")
def texts():
    return [normalize(t).text for t in listing_texts() if t]


def test_listing_windows_cut_like_jieba(seg, texts):
    _, tok, _, d = seg
    checked = split_inside = 0
    for t in texts:
        done = {}
        for p in range(len(t) - 1):
            if not is_cjk(t[p]):
                continue
            a, b = _segfast.window(t, p, p + 2)
            assert (a, b) == ref_window(t, p, p + 2), (t, p)
            if (a, b) not in done:
                got = _segfast.cut_boundaries(t, a, b, d)
                expected = jieba_bounds(tok, t, a, b)
                assert got == expected, (t[a:b], sorted(got), sorted(expected))
                done[(a, b)] = got
                checked += 1
                split_inside += len(got) > 2
            assert _segfast.zh_boundaries(t, p, p + 2, {}, d) == done[(a, b)]
    assert checked > 1000 and split_inside > checked // 2


def test_word_across_like_matcher_on_listings(seg, texts):
    _, _, freq, d = seg
    hits = misses = 0
    for t in texts:
        for p in range(len(t) + 1):
            want = ref_word_across(freq, t, p)
            assert _segfast.word_across(t, p, d) == want, (t[max(0, p - 5):p + 5], p)
            hits += want
            misses += not want
    assert hits > 1000 and misses > 1000


# Characters jieba's regexes treat specially: re_han is only U+4E00..U+9FD5 plus [a-zA-Z0-9+#&._%-]
# (so U+9FD6.., extension A/B and compatibility ideographs are cut one by one), re_eng buffers
# single letters/digits, re_skip keeps "\r\n" as one piece.
SPECIAL = list("abcxyzABCZ0123456789+#&._%-") + [
    " ", "\t", "\r", "\n", "\r\n", "\u3000", "，", "。", "、", "（", "）", "【", "】", "|", "/", "!", "?",
    "(", ")", ":", ";", ",", "'", '"', "@", "$", "*", "=", "~", "Ａ", "１", "é", "γ", "べ", "\u9fd5",
    "\u9fd6", "\u9fff", "\u3400", "\u4dbf", "\uf900", "\U00020000", "𫛭", "𩾃", "🐘",
]
HANDPICKED = [
    "iphone15象牙", "a\r\nb象牙", "象牙\r\n\r\r\n手镯", "c++程序员", "AT&T的t恤", "3.5克象牙", "100%纯天然",
    "大𫛭鸟", "金钱𩾃鱼胶", "㐀象牙", "\u9fd6象牙白", "γ射线", "b超单", "ab12象牙cd", "x象y牙z", "a-b_c.d#e",
]


def random_texts(freq, lexicon_words, texts, n):
    rng = random.Random(20240607)
    words = sorted(w for w, f in freq.items() if f and len(w) <= 4)
    ascii_words = [w for w in words if any(c.isascii() for c in w)]
    cjk = sorted({c for t in texts for c in t if is_cjk(c)})
    pools = [words, ascii_words, sorted(lexicon_words), cjk, SPECIAL]
    out = list(HANDPICKED)
    for _ in range(n):
        out.append("".join(rng.choice(rng.choice(pools)) for _ in range(rng.randint(1, 14))))
    return out, rng


def test_random_windows_cut_like_jieba(seg, texts):
    zh_words, tok, freq, d = seg
    strings, rng = random_texts(freq, zh_words, texts, 2500)
    for t in strings:
        n = len(t)
        spans = [(0, n)] + [tuple(sorted((rng.randint(0, n), rng.randint(0, n)))) for _ in range(4)]
        for a, b in spans:
            got = _segfast.cut_boundaries(t, a, b, d)
            assert got == jieba_bounds(tok, t, a, b), (t[a:b], a, sorted(got))
        for p in range(n + 1):
            assert _segfast.word_across(t, p, d) == ref_word_across(freq, t, p), (t, p)
            if p < n:
                a, b = ref_window(t, p, p + 1)
                assert _segfast.window(t, p, p + 1) == (a, b), (t, p)
                assert _segfast.zh_boundaries(t, p, p + 1, {}, d) == jieba_bounds(tok, t, a, b), (t, p)


def test_long_blocks_and_edges(seg):
    _, tok, _, d = seg
    long = "出售象牙手镯和犀牛角杯子" * 30 + "abc123" * 30  # longer than the stack buffer
    assert _segfast.cut_boundaries(long, 0, len(long), d) == jieba_bounds(tok, long, 0, len(long))
    assert _segfast.cut_boundaries("象牙", 1, 1, d) == {1}
    assert _segfast.cut_boundaries("象牙", 0, 9, d) == {0, 2, 9}  # b past the end, like the slice
    assert _segfast.window("", 0, 0) == (0, 0)
    assert not _segfast.word_across("象", 1, d)
    with pytest.raises(IndexError):
        _segfast.window("象牙", 5, 6)
    for call in (lambda: _segfast.word_across("象牙", 1, None), lambda: _segfast.cut_boundaries("象牙", 0, 2, None),
                 lambda: _segfast.zh_boundaries("象牙", 0, 1, {}, None)):
        with pytest.raises(TypeError):
            call()


def test_small_dictionaries_with_ties():
    """Made-up dictionaries with tiny counts make exact and near ties in jieba's route common, so the
    tie rule (the longer word wins) and the order of the float operations are checked too: about one
    round in a thousand changes its cut when (log(f) - logtotal) + route becomes log(f) + (route - logtotal).
    Every fourth dictionary lacks some prefixes of its words (jieba's never does): its dict lookups
    then stop at the missing string, and so must the table's. Every third text has characters
    beyond the BMP (the table keys two-character strings of those differently)."""
    import jieba

    rng = random.Random(7)
    tok = jieba.Tokenizer()
    tok.initialized = True
    counts = [0, 1, 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 18, 20, 24, 30, 36, 0.5, 2.5, 7.25, True, 0.0]
    for round_ in range(20000):
        t = "".join(rng.choice("甲乙𫛭𩾃丁a1 " if round_ % 3 == 2 else "甲乙丙丁甲乙丙丁a1 ")
                    for _ in range(rng.randint(2, 7)))
        freq = {}
        for i in range(len(t)):
            for j in range(i + 1, len(t) + 1):
                if rng.random() < 0.6:
                    freq[t[i:j]] = rng.choice(counts)
        if round_ % 4:
            for word in list(freq):
                for k in range(1, len(word)):
                    freq.setdefault(word[:k], 0)  # jieba keeps every prefix
        tok.FREQ, tok.total = freq, rng.choice([1, 2, 3, 5, 7, 10, 12, 100, 1000, 60101967])
        d = _segfast.Dictionary(freq, math.log(tok.total))
        got = _segfast.cut_boundaries(t, 0, len(t), d)
        assert got == jieba_bounds(tok, t, 0, len(t)), (round_, t, freq, tok.total)
        for p in range(len(t) + 1):
            assert _segfast.word_across(t, p, d) == ref_word_across(freq, t, p), (t, p, freq)
        for i in range(len(t)):
            for j in range(i + 1, len(t) + 1):
                assert d.get(t[i:j]) == table_entry(freq, tok.total, t[i:j]), (t[i:j], freq)


def table_entry(freq, total, key):
    """What Dictionary.get must say for key: None, (False, None) or (True, log(count) - log(total))."""
    if key not in freq:
        return None
    count = freq[key]
    return (True, math.log(count) - math.log(total)) if count else (False, None)


def test_table_answers_like_freq(seg, texts):
    """Every key of the real FREQ, and strings that are not in it: near misses of keys (one character
    more, changed or dropped) and random strings of the same characters."""
    _, tok, freq, d = seg
    assert len(d) == d.n_keys == d.n_nodes == len(freq)  # prefix-closed: every node is a key
    assert 0.3 <= len(freq) / d.size <= 0.6 and d.nbytes == 16 * d.size
    mean_probe, _ = d.probe_lengths()
    assert mean_probe < 2
    for key in freq:
        assert d.get(key) == table_entry(freq, tok.total, key), key
        assert key in d
    rng = random.Random(11)
    keys = sorted(freq)
    chars = sorted({c for k in keys for c in k} | {c for t in texts for c in t} | set("".join(SPECIAL)))
    non_keys = set()
    while len(non_keys) < 5000:
        k = rng.choice(keys)
        i = rng.randrange(len(k))
        for cand in (k + rng.choice(chars), k[:i] + rng.choice(chars) + k[i + 1:], k[:i] + k[i + 1:],
                     "".join(rng.choice(chars) for _ in range(rng.randint(1, 6)))):
            if cand not in freq:
                non_keys.add(cand)
    for s in sorted(non_keys):
        assert d.get(s) is None and s not in d, s
    assert "" not in d and d.get("") is None and 5 not in d


def test_table_odd_dictionaries():
    import jieba

    empty = _segfast.Dictionary({}, 0.0)
    assert len(empty) == 0 and not _segfast.word_across("象牙", 1, empty)
    assert _segfast.cut_boundaries("象牙ab", 0, 4, empty) == {0, 1, 2, 4}
    d = _segfast.Dictionary({1: 5, "": 3, "象": 1, "象牙": 2}, math.log(10))  # no text slice is 1 or ""
    assert len(d) == 2 and _segfast.word_across("象牙", 1, d) and d.get("象牙") == (True, math.log(2) - math.log(10))
    # a true count <= 0 breaks jieba's math.log when the route reaches it; so it does here
    tok = jieba.Tokenizer()
    tok.initialized = True
    tok.FREQ, tok.total = {"象": 1, "象牙": -3, "牙": 1}, 10
    d = _segfast.Dictionary(tok.FREQ, math.log(tok.total))
    assert _segfast.word_across("象牙", 1, d)  # only truth counts here, as in matcher._word_across
    with pytest.raises(ValueError):
        list(tok.cut("象牙", HMM=False))
    with pytest.raises(ValueError):
        _segfast.cut_boundaries("象牙", 0, 2, d)
    with pytest.raises(ValueError):
        d.get("象牙")
    assert _segfast.cut_boundaries("牙象", 0, 2, d) == jieba_bounds(tok, "牙象", 0, 2) == {0, 1, 2}
    # a table much larger than its start size, and one whose missing prefixes outgrow that size
    big = {"".join(chr(0x4E00 + (i * 7919 + j) % 20000) for j in range(1 + i % 5)): i % 3 for i in range(5000)}
    gappy = {chr(0x4E00 + i) + chr(0x5E00 + i) * 8: 1 for i in range(40)}  # 40 keys, 360 nodes
    for freq in (big, gappy):
        d = _segfast.Dictionary(freq, math.log(7))
        for k in freq:
            assert d.get(k) == table_entry(freq, 7, k)
            for i in range(1, len(k)):
                assert d.get(k[:i]) == table_entry(freq, 7, k[:i])
        assert len(d) == len(freq) and d.n_nodes * 4 <= d.size * 3

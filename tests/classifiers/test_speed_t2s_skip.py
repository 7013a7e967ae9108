"""prepare() and squeeze_text call OpenCC's t2s only for a text holding a character that names one
of its changing dictionary keys (classifiers/t2s_keys.py): skipping the call elsewhere must give
what converting always gives, over the texts the classifier reads and over random Chinese text."""
from __future__ import annotations

import importlib
import random
from pathlib import Path

import pytest

from corpus_texts import corpus_rows

normalize = importlib.import_module("classifiers.normalize")  # the package exports a function of that name
from classifiers import t2s_keys  # noqa: E402


@pytest.fixture(scope="module")
def named():
    keys = t2s_keys.changing_chars(normalize._converter)
    assert keys is not None  # the installed OpenCC's dictionaries are readable: the skip is on
    return keys


def test_every_character_the_converter_changes_is_named(named):
    convert = normalize._converter.convert
    chars = [chr(i) for i in range(1, 0x110000) if not 0xD800 <= i <= 0xDFFF and i != 10]
    out = convert("\n".join(chars)).split("\n")  # no key holds a line break: each character alone
    assert len(out) == len(chars)
    changed = {c for c, o in zip(chars, out) if c != o}
    assert len(changed) > 4000 and changed <= named
    entries = t2s_keys._entries(Path(normalize._converter.config))
    assert min(ord(c) for k, _ in entries for c in k) > 0xFF  # a Latin-1 text is never looked at


def test_phrases_of_simplified_characters_are_named(named):
    """沈睡 -> 沉睡: neither character changes alone, the phrase does; one of them must be named."""
    convert = normalize._converter.convert
    for phrase in ("沈睡", "答覆", "反覆", "瞭解到", "藉口"):
        assert all(convert(c) == c for c in phrase) and convert(phrase) != phrase
        assert named.intersection(phrase), phrase


def test_ordinary_simplified_text_skips_the_converter(tf):
    texts = ["今年可能自己成功", "一九七五年上海小南门", "手工木雕摆件，深色，包邮"]
    assert not any(tf.may_convert(t) for t in texts)
    assert tf.may_convert("價格") and tf.may_convert("沈睡") and tf.may_convert("x\U00020000")


def _check(tf, convert, s):
    if not tf.may_convert(s):
        assert convert(s) == s, s[:80]


def test_skipping_equals_converting_over_the_corpus(tf):
    convert = normalize._converter.convert
    n = skipped = 0
    for row in corpus_rows():
        for k in ("title", "description", "seller", "seller_name"):
            t = row.get(k)
            if isinstance(t, str) and t:
                low = normalize.nfkc(t).lower()
                for s in (t, low):
                    _check(tf, convert, s)
                n += 1
                skipped += any(ord(c) >= 0x3400 for c in low) and not tf.may_convert(low)
    assert n > 1000 and skipped > 500  # the skip happens on real Chinese text


def test_skipping_equals_converting_over_random_chinese(tf, named):
    """Random text of the characters the dictionaries' keys hold, the keys themselves among
    ordinary characters, and runs of characters nothing names (never changed)."""
    convert = normalize._converter.convert
    rng = random.Random(7)
    entries = t2s_keys._entries(Path(normalize._converter.config))
    in_keys = sorted({c for k, _ in entries for c in k})
    simplified = [chr(i) for i in range(0x4E00, 0xA000) if chr(i) not in named]
    pool = in_keys + rng.sample(simplified, 3000) + list(" ，。a1")
    for _ in range(20000):
        _check(tf, convert, "".join(rng.choice(pool) for _ in range(rng.randint(1, 12))))
    for k, _ in entries:
        _check(tf, convert, rng.choice(simplified) + k + rng.choice(simplified))
    for _ in range(3000):
        s = "".join(rng.choice(simplified) for _ in range(rng.randint(2, 40)))
        assert not tf.may_convert(s) and convert(s) == s


def test_prepare_equals_the_python_path_on_skipped_text(tf):
    from classifiers.normalize import _prepare_py, _squeeze_py

    for text in ("今年可能自己成功", "沈睡的象牙", "答覆：價格面議", "手工木雕摆件 ivory-look"):
        assert tf.prepare(text) == _prepare_py(text) and tf.squeeze_text(text) == _squeeze_py(text), text


def test_unreadable_dictionaries_leave_every_chinese_text_to_the_converter(tmp_path):
    class Elsewhere:
        config = str(tmp_path / "t2s.json")  # no such config: nothing known, nothing skipped

    assert t2s_keys.changing_chars(Elsewhere()) is None
    assert t2s_keys.changing_chars(object()) is None

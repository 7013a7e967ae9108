"""OpenCC's t2s called through its C++ extension's own method (_textfast.t2s, what prepare() and
squeeze_text use) against the converter's Python convert, over the texts the classifier reads:
dev, demo and training sets (titles, descriptions, seller names), whole and a character at a time."""
from __future__ import annotations

import importlib

import pytest

from corpus_texts import corpus_rows

normalize = importlib.import_module("classifiers.normalize")  # the package exports a function of that name


def _texts() -> list[str]:
    out = []
    for row in corpus_rows():
        out += [v for k in ("title", "description", "seller", "seller_name") if isinstance(v := row.get(k), str)]
    return out


def test_the_extension_is_called_directly(tf):
    assert normalize._t2s_raw() is not None  # else prepare() pays the Python wrapper again


def test_t2s_is_the_converters_own(tf):
    convert = normalize._converter.convert
    texts = _texts()
    assert len(texts) > 1000
    chars = set()
    n = 0
    for t in texts:
        low = normalize.nfkc(t).lower()
        for s in (t, low):
            assert tf.t2s(s) == convert(s), s[:80]
        chars.update(low)
        n += tf.t2s(low) != low
    assert n > 20  # traditional text is among them
    for c in sorted(chars):
        assert tf.t2s(c) == convert(c), hex(ord(c))
    for s in ("", "萬", "a\x00b萬", "😀龍\U00020000", "x"):
        assert tf.t2s(s) == convert(s)

"""Matcher._split_word_spans' first step in C (_matchfast.split_kept) against its Python reference
(matcher._split_kept_py), over the dev and demo texts as normalised and over random texts of
splitters, Latin letters (marked too) and other characters."""
from __future__ import annotations

import random

from corpus_texts import corpus_rows
from classifiers._matchfast import split_kept
from classifiers.matcher import _SPLITTERS, _split_kept_py
from classifiers.normalize import normalize

CHARS = sorted(_SPLITTERS) + list("aZvoryé\u00d7\u00f7\u00c0\u024f\u0250ạ\u1eff\u1f00\u0301象 1\n,😀")


def _texts() -> list[str]:
    out = [normalize(f"{row.get('title') or ''}\n{row.get('description') or ''}").text
           for row in corpus_rows(training=False)]
    rng = random.Random(13)
    out += ["".join(rng.choice(CHARS) for _ in range(rng.randint(0, 12))) for _ in range(20_000)]
    return out + ["", "a", ".", "a.", ".a", "a.b", "i vory", "pango lin", "ng a v oi", "iv.ory", "x\u00d7.y"]


def test_split_kept_is_the_python_one():
    texts = _texts()
    assert len(texts) > 20_000
    split = 0
    for t in texts:
        got = split_kept(t)
        assert got == _split_kept_py(t), t
        split += got is not None
    assert split > 1_000

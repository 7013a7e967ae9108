"""The everyday-word recheck searched around the first search's hits only (_matchfast.hidden_strong)
against the whole-text overlapping search it replaced, over the squeezed texts of the dev, demo and
training sets (and the same texts with a hiding word put before them) and hidden keys at the ends."""
from __future__ import annotations

import importlib

import pytest

from corpus_texts import corpus_rows
from classifiers import load_classifier
from classifiers.match_tables import compile_tables
from classifiers._matchfast import any_hiding, any_strong, hidden_strong

normalize = importlib.import_module("classifiers.normalize")


@pytest.fixture(scope="module")
def m():
    return load_classifier(cache_dir=False).matcher


def _texts() -> list[str]:
    out = []
    for row in corpus_rows():
        out += [f"{row.get('title') or ''}\n{row.get('description') or ''}", str(row.get("seller") or "")]
    return out


def _same(m, sq: str) -> tuple[bool, bool]:
    find, every = m._squeezed.find_matches_as_indexes, m._squeezed_everyday
    hits = find(sq)
    if not hits or any_strong(hits, every):
        return False, False
    return hidden_strong(find, sq, hits, every, m._longest_squeezed), any_strong(find(sq, overlapping=True), every)


def test_around_the_hits_is_the_whole_texts_answer(m):
    every = m._squeezed_everyday
    keys = compile_tables(m.lexicon)["squeezed_keys"]
    hiding = [k for i, k in enumerate(keys) if every[i] == 2]
    assert hiding
    checked = found = 0
    for text in _texts():
        sq = normalize.squeeze(text)
        for s in [sq] + [w + sq for w in hiding[:3]] + [sq + w for w in hiding[:3]]:
            got, want = _same(m, s)
            assert got == want, s[:80]
            checked += 1
            found += want
    assert checked > 1000 and found > 10
    assert _same(m, normalize.squeeze("手感冬暖夏凉")) == (True, True)  # the hidden key of q13
    filler = "x" * 200
    for s in ("手感冬暖夏凉" + filler, filler + "手感冬暖夏凉", filler + "手感冬暖夏凉" + filler, "手感" + filler):
        got, want = _same(m, normalize.squeeze(s))
        assert got == want, s


def test_the_recheck_runs_where_it_did(m):
    every = m._squeezed_everyday
    sq = normalize.squeeze("手感冬暖夏凉")
    hits = m._squeezed.find_matches_as_indexes(sq)
    assert hits and not any_strong(hits, every) and any_hiding(hits, every)
    assert any_strong(m._everyday_rechecked(sq), every)

"""The everyday-word recheck searched around the first search's hits only (_matchfast.hidden_strong)
against the whole-text overlapping search it replaced, over the squeezed texts of the dev, demo and
training sets (and the same texts with a hiding word put before them) and hidden keys at the ends."""
from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from classifiers import load_classifier
from classifiers.matcher import compile_tables
from classifiers._matchfast import any_hiding, any_strong, hidden_strong

normalize = importlib.import_module("classifiers.normalize")
ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "corpus" / "dev.jsonl"


@pytest.fixture(scope="module")
def m():
    return load_classifier(cache_dir=False).matcher


def _texts() -> list[str]:
    paths = sorted((ROOT / "crawler" / "demo_sites" / "data").glob("*.jsonl"))
    paths += sorted((ROOT / "tests" / "data").glob("train_*.jsonl"))  # never the frozen unseen sets
    if DEV.exists():
        paths.append(DEV)
    out = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            if isinstance(row, dict):
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

"""_acfast's automata give what ahocorasick_rs.AhoCorasick(keys, MatchKind.Standard) gave (the Matcher's
two automata before they were stored in the lexicon cache): same key indices, offsets and order, both
overlapping and not, over the corpus texts (raw, normalised, squeezed) with the lexicon's keys, and
over made-up keys that reach the corners (astral characters, states with many children, keys inside
keys, failure chains)."""
from __future__ import annotations

import random
import threading

import pytest
from ahocorasick_rs import AhoCorasick, MatchKind

from corpus_texts import corpus_rows
from classifiers import load_classifier, normalize
from classifiers._acfast import FORMAT, Automaton, build
from classifiers.match_tables import compile_tables
from classifiers.normalize import squeeze


@pytest.fixture(scope="module")
def tables():
    return compile_tables(load_classifier(cache_dir=False).lexicon)


def _same(keys: list[str], texts) -> int:
    ours, theirs = Automaton(build(keys).dump()), AhoCorasick(keys, matchkind=MatchKind.Standard)
    found = 0
    for text in texts:
        for overlapping in (False, True):
            got = ours.find_matches_as_indexes(text, overlapping=overlapping)
            assert got == theirs.find_matches_as_indexes(text, overlapping=overlapping), (text[:80], overlapping)
            found += len(got)
    return found


def _corpus_texts() -> list[str]:
    out = []
    for row in corpus_rows():
        text = f"{row.get('title') or ''}\n{row.get('description') or ''}"
        out += [text, normalize(text).text, squeeze(text), str(row.get("seller") or "")]
    return out


@pytest.mark.parametrize("name", ["precise_keys", "squeezed_keys"])
def test_the_lexicon_keys_match_as_ahocorasick_rs(tables, name):
    texts = _corpus_texts()
    assert len(texts) > 4000
    assert _same(tables[name], texts) > 10_000


def test_made_up_keys_reach_the_corners():
    rng = random.Random(13)
    alphabet = "ab象牙犀角\U0001F418\U00020000" + "".join(chr(0x4E00 + i) for i in range(40))
    keys = sorted({"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6))) for _ in range(3000)})
    keys += ["\U0001F418\U0001F418", "x" * 30]
    rng.shuffle(keys)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120))) for _ in range(500)]
    texts += keys[:200] + ["", "x" * 65, "zzz", "a\nb"]
    assert _same(keys, texts) > 1000


def test_keys_inside_keys_all_reported_longest_first():
    a = build(["象牙", "牙", "象牙手镯", "手镯", "镯"])
    assert a.find_matches_as_indexes("象牙手镯", overlapping=True) == [
        (0, 0, 2), (1, 1, 2), (2, 0, 4), (3, 2, 4), (4, 3, 4)]
    assert a.find_matches_as_indexes("象牙手镯") == [(0, 0, 2), (3, 2, 4)]  # earliest end, then on from it
    assert _same(["象牙", "牙", "象牙手镯", "手镯", "镯"], ["象牙手镯", "大象牙手镯子"]) == 14


def test_refusals_as_the_crate():
    a = build(["ivory"])
    with pytest.raises(UnicodeEncodeError):
        a.find_matches_as_indexes("ivory \ud800")
    with pytest.raises(ValueError):
        build(["ivory", ""])
    with pytest.raises(ValueError):
        build(["ivory", "ivory"])
    with pytest.raises(ValueError):
        Automaton((99,))
    assert build([]).find_matches_as_indexes("ivory") == []


def test_searches_from_threads_agree(tables):
    """Immutable once built: the matcher's automata may be searched from several threads."""
    a = build(tables["squeezed_keys"])
    texts = _corpus_texts()[:400]
    want = [a.find_matches_as_indexes(t, overlapping=True) for t in texts]
    got: dict[int, list] = {}

    def run(n):
        got[n] = [a.find_matches_as_indexes(t, overlapping=True) for t in texts]

    threads = [threading.Thread(target=run, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(v == want for v in got.values())


def test_the_cache_stores_the_automata(tmp_path, tables):
    """The lexicon cache holds both automata's tables: a start loads them (no build) and matches as
    built; tables that do not load are built again."""
    from classifiers import compiled
    from classifiers.matcher import Matcher

    compiled.load(None, tmp_path)  # builds and stores
    lexicon, stored = compiled.load(None, tmp_path)  # reads
    assert stored["precise_ac"][0] == stored["squeezed_ac"][0] == FORMAT
    m = Matcher(lexicon, tables=stored)
    texts = _corpus_texts()[:2000]
    for name in ("precise", "squeezed"):
        built = build(tables[f"{name}_keys"])
        assert getattr(m, f"_{name}").dump() == built.dump()
        for t in texts:
            assert getattr(m, f"_{name}").find_matches_as_indexes(t, overlapping=True) == \
                built.find_matches_as_indexes(t, overlapping=True)
    damaged = dict(stored, precise_ac=(1, b"x"))
    assert Matcher(lexicon, tables=damaged)._precise.dump() == m._precise.dump()

"""The ported English tokenizer (classifiers/en_tokens.py) splits as spaCy's does (issue 13: a
classify process no longer imports spaCy for the inflection check)."""
from __future__ import annotations

import json
import marshal
import random
import subprocess
import sys
from pathlib import Path

import pytest

from classifiers.en_tokens import EnTokenizer, rules
from classifiers.normalize import normalize

REPO = Path(__file__).resolve().parents[2]
TEXTS = [REPO.parent / "shared" / "corpus" / "dev.jsonl", REPO / "crawler" / "demo_sites" / "data" / "zh.jsonl",
         REPO / "crawler" / "demo_sites" / "data" / "en.jsonl"]


@pytest.fixture(scope="module")
def both():
    import spacy

    data = marshal.loads(marshal.dumps(rules()))  # as the lexicon cache stores it
    return EnTokenizer(data), spacy.blank("en").tokenizer, data


def _pieces(data) -> set[str]:
    pieces: set[str] = set()
    for path in TEXTS:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            for key in ("title", "description", "price", "seller"):
                v = d.get(key)
                if isinstance(v, str):
                    pieces.update(v.split(" "))
                    pieces.update(normalize(v).text.split(" "))
    rng = random.Random(13)
    chars = list("abcdefghijklmnopqrstuvwxyz'\".,;:!?()[]{}-_/\\#@$%&*+=<>~`^|0123456789…“”‘’「」，。！？\n\t象牙")
    chars += ["n't", "'s", "etc.", "e.g.", ":)", "U.S.", "http://", ".com", "www.", "tusks", "horn"]
    for _ in range(40_000):
        pieces.add("".join(rng.choice(chars) for _ in range(rng.randint(1, 12))))
    for orth in data["special"]:  # every special case, alone and between marks
        for a in ("", "(", "'", '"', "-", "#"):
            for z in ("", ")", ".", ",", "'s", "!", ").", "-x"):
                pieces.add(a + orth + z)
    return {p for p in pieces if p and " " not in p}


def test_tokens_are_spacys(both):
    mine, spacy_tokenizer, data = both
    pieces = _pieces(data)
    assert len(pieces) > 40_000
    for p in sorted(pieces):
        assert mine(p) == [(t.idx, t.text) for t in spacy_tokenizer(p)], p


def test_a_piece_with_a_space_is_refused(both):
    with pytest.raises(ValueError):
        both[0]("a b")


def test_classify_from_the_cache_never_imports_spacy(tmp_path):
    """Pieces that need the full tokenizer (#pangolin, anti-poaching, tusks,) are answered
    without spaCy once the lexicon cache holds its rules; nor is pypinyin (generated forms) loaded:
    each is a fifth of a second of every short command's start."""
    code = ("import sys; from classifiers import load_classifier; c = load_classifier(cache_dir=sys.argv[1]); "
            "texts = ['#pangolin #ivory', 'anti-poaching ivory-carving', 'tusks, horns. (tusk)', "
            "'象牙手镯老料tusks,', 'cites-exempt rhino-horn cup']; "
            "print([c.assess({'title': t}).label for t in texts]); "
            "print(any(m in sys.modules for m in ('spacy', 'pypinyin', 'classifiers.generated_forms')))")
    args = [sys.executable, "-c", code, str(tmp_path / "cache")]
    first = subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=280)  # builds the cache
    assert first.returncode == 0, first.stderr[-2000:]
    warm = subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=280)
    assert warm.returncode == 0, warm.stderr[-2000:]
    labels, imported = warm.stdout.splitlines()
    assert imported == "False"
    assert labels == first.stdout.splitlines()[0]


def test_patterns_from_their_stored_compiled_form_are_re_compiles(both):
    """The lexicon cache keeps the code re's compiler made of spaCy's patterns (~120 ms to compile
    again in every process): rebuilt from it, each pattern is the one re.compile gives (Pattern
    equality compares the pattern, the flags and the compiled code), and a form for another
    pattern or another re engine is not used."""
    import re

    from classifiers.en_tokens import compile_pattern

    _, _, data = both
    assert set(data["sre"]) == set(data["patterns"])
    for name, (pattern, flags) in data["patterns"].items():
        got, want = compile_pattern(name, pattern, flags, data["sre"]), re.compile(pattern, flags)
        assert got == want and got.groupindex == want.groupindex and got.groups == want.groups, name
        assert compile_pattern(name, pattern, flags, None) == want
    magic, pattern, *rest = data["sre"]["suffix_search"]
    other = {"prefix_search": (magic, "x+", *rest), "url_match": (magic - 1, *data["sre"]["url_match"][1:])}
    for name in other:
        assert compile_pattern(name, *data["patterns"][name], other) == re.compile(*data["patterns"][name])

"""The topical path's compiled output steps against the Python they replace: the cue list
(_scorefast.cue_words) and the output line's match fields read from their slots
(_textfast.assessment_line)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from classifiers import batch, engine
from classifiers import features as feat
from classifiers import quoted_materials as qm
from classifiers import load_classifier
from classifiers.assessment import Match
from classifiers.batch import json_line
from classifiers.matcher import RawMatch

REPO = Path(__file__).resolve().parents[2]
DEV = REPO.parent / "shared" / "corpus" / "dev.jsonl"
SETS = {"demo_zh": REPO / "crawler" / "demo_sites" / "data" / "zh.jsonl",
        "demo_en": REPO / "crawler" / "demo_sites" / "data" / "en.jsonl", "dev": DEV}


def _rows(name: str) -> list[dict]:
    path = SETS[name]
    if not path.exists():
        pytest.skip(f"{path} not found (the shared corpus sits beside the repository)")
    rows = [json.loads(raw) for raw in path.read_bytes().splitlines() if raw.strip()]
    return [r for r in rows if isinstance(r, dict)]


@pytest.fixture(scope="module")
def clf():
    return load_classifier(cache_dir=False)


def _python_cues(f: dict) -> list[str]:
    return sorted({engine._CUE_OF[k] for k in f.keys() & engine._CUE_KEYS if f[k]})


@pytest.mark.parametrize("name", list(SETS))
def test_compiled_cue_list_is_the_python_one(name, clf):
    from classifiers._scorefast import cue_words

    n = 0
    for row in _rows(name):
        raw, contacts, _ = clf.raw_matches(row)
        if not raw:
            continue
        f, _ = feat.extract(raw, len(contacts), clf.quoted_material(row))
        assert cue_words(f, engine._CUE_OF) == _python_cues(f), row.get("id")
        n += bool(_python_cues(f))
    assert n > 5
    odd = {"cue_wink": 0.0, "cue_demand": float("nan"), "cue_price": True, "cue_live": 1, "benign_toy": -0.0,
           "legal_licence": 0.5, "x_unknown": 1.0, "no_product": 1.0}
    assert cue_words(odd, engine._CUE_OF) == _python_cues(odd) == sorted(
        ["legal-channel-licence", "demand", "price-hint", "live-animal"])  # NaN is true, -0.0 is not
    assert cue_words({}, engine._CUE_OF) == []


def test_output_line_reads_match_slots_as_attributes(clf):
    a = clf.assess({"title": "象牙手镯 老料 微信 abc123", "description": "tusk, 犀牛角"})
    assert len(a.matches) >= 2 and a.matches[0].__class__ is RawMatch
    plain = Match(term="象牙", canonical="象牙", category="ivory", kind="name", field="title", start=0, end=2,
                  cue=None, negated=True, suppressed_by="仿", weight=0.5)
    a.matches.append(plain)  # a plain Match beside RawMatches: both layouts
    expected = json_line({"id": "x", **a.to_dict()})
    assert batch._assessment_line("x", a) == expected
    class Other(RawMatch):  # not a type the line writes: the dicts' way
        pass

    a.matches.append(Other(*[getattr(plain, k) for k in ("term", "canonical", "category", "kind", "field", "start",
                                                         "end")]))
    assert batch._assessment_line("x", a) is None
    a.matches.pop()
    unset = object.__new__(RawMatch)  # a slot never filled: AttributeError, as m.term would raise
    a.matches.append(unset)
    with pytest.raises(AttributeError):
        batch._assessment_line("x", a)
    with pytest.raises(AttributeError):
        a.to_dict()


def test_quote_precheck_never_skips_a_quoted_material():
    """qm.opens_quote is False only where QUOTED finds nothing: its lookbehind [^\\W_] is
    str.isalnum() for every code point, and random texts of quote marks, letters and digits agree."""
    import random
    import re
    import sys

    word = re.compile(r"[^\W_]")
    assert all((word.match(c) is not None) == c.isalnum() for c in map(chr, range(sys.maxunicode + 1)))
    rng = random.Random(13)
    alphabet = "ab1_ '\"‘’“”「」『』\n-é中"
    found = 0
    for _ in range(50_000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        hit = qm.QUOTED.search(t) is not None
        assert qm.opens_quote(t) or not hit, t
        found += hit
    assert found > 1_000
    assert not qm.opens_quote("don't, it's the owner's") and qm.opens_quote("the 'bone' beads")
    texts = [r.get(k) for name in SETS for r in _rows(name) for k in ("title", "description")]
    texts = [t for t in texts if isinstance(t, str)]
    assert all(qm.opens_quote(t) or not qm.QUOTED.search(t) for t in texts)
    assert any(not qm.opens_quote(t) and qm.has_quote(t) for t in texts)  # the skip happens


def test_opencc_changes_no_character_below_cjk_extension_a():
    """_textfast.prepare and squeeze_text call OpenCC's t2s only for a text holding a character from
    U+3400 on: below it every character, alone or in a run, comes out as it went in."""
    from classifiers.normalize import _compiled, _converter, _prepare_py, _squeeze_py

    tf = _compiled()  # the compiled module with normalize.py's tables loaded
    convert = _converter.convert
    chars = [chr(i) for i in range(1, 0x3400) if not 0xD800 <= i <= 0xDFFF]
    assert [c for c in chars if convert(c) != c] == []
    run = "".join(chars)
    assert convert(run) == run
    for text in ("Ngà voi thật, không phải nhựa", "Café ‘bone’ beads — 100% natural", "象牙 Ngà", "ｘ🐘ｘ"):
        assert tf.prepare(text) == _prepare_py(text) and tf.squeeze_text(text) == _squeeze_py(text), text


def test_has_astral_is_a_character_above_the_bmp():
    """_textfast.has_astral reads CPython's storage kind: it must say exactly whether a character
    above U+FFFF is in the text (the animal-emoji check on ordinary listings relies on it)."""
    from classifiers._textfast import has_astral

    for c in list(range(0, 0x3000, 7)) + list(range(0xD000, 0x10000, 13)) + [0x10000, 0x1F42F, 0x1F98F, 0x10FFFF]:
        ch = chr(c)
        assert has_astral(ch) == (c > 0xFFFF)
        assert has_astral("中文 text " + ch) == (c > 0xFFFF)
    assert not has_astral("") and not has_astral("plain ascii")

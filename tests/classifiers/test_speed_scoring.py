"""The topical path's compiled steps (issue 13) against the Python they replace, on the same run's
lexicon and model, over the development set (../shared, skipped when absent), the demo sites'
listings and the frozen unseen set (only compared, never printed): the same bits, the same order."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from classifiers import features as feat
from classifiers import load_classifier
from classifiers.model import LinearModel

REPO = Path(__file__).resolve().parents[2]
DEV = REPO.parent / "shared" / "corpus" / "dev.jsonl"
SETS = {"demo_zh": REPO / "crawler" / "demo_sites" / "data" / "zh.jsonl",
        "demo_en": REPO / "crawler" / "demo_sites" / "data" / "en.jsonl",
        "unseen": REPO / "tests" / "data" / "unseen.jsonl", "dev": DEV}


def _rows(name: str) -> list[dict]:
    path = SETS[name]
    if not path.exists():
        pytest.skip(f"{path} not found (the shared corpus sits beside the repository)")
    rows = [json.loads(raw) for raw in path.read_bytes().splitlines() if raw.strip()]
    return [r for r in rows if isinstance(r, dict)]


@pytest.fixture(scope="module")
def clf():
    return load_classifier(cache_dir=False)


def _feature_dicts(clf, rows: list[dict]) -> list[dict]:
    """Each topical listing's features as _assess scores them (text_model included)."""
    out = []
    for row in rows:
        norm: list[str] = []
        raw, contacts, _ = clf.raw_matches(row, norm)
        if not raw:
            continue
        f, _ = feat.extract(raw, len(contacts), clf.quoted_material(row))
        if norm and clf.model.text is not None:
            f["text_model"], _ = clf.text_logit(norm[0])
        out.append(f)
    return out


def _python_sum(coef: dict, f: dict) -> float:
    total = 0.0
    for k, v in f.items():
        w = coef.get(k)
        if w:
            total += w * v
    return total


def _same(a, b) -> bool:
    """Equal to the bit (a -0.0 is not a 0.0), or both None."""
    if a is None or b is None:
        return a is b
    return a == b and math.copysign(1.0, a) == math.copysign(1.0, b) or (a != a and b != b)


_AWKWARD = [
    {}, {"name": 0.0}, {"name": -0.0, "no_product": 1.0}, {"name": 1, "cue_wink": 1.0}, {"name": True},
    {"name": float("nan"), "cue_wink": 1.0}, {"name": float("inf"), "no_product": 1.0},
    {"name": 1e-310, "cue_wink": -1e-310, "x_unknown": 1.0}, {"cue_wink": 1.0, "cue_demand": 1.0, "cue_price": 1.0},
]


@pytest.mark.parametrize("name", list(SETS))
def test_compiled_sums_and_shares_are_the_python_loops(name, clf):
    from classifiers._scorefast import shares, weighted_sum

    fs = _feature_dicts(clf, _rows(name))
    assert fs
    weights = [clf.model.pos.coef, clf.model.ill.coef, feat.RULE_WEIGHTS, clf._attribution]
    for f in fs + _AWKWARD:
        for coef in weights:
            got = weighted_sum(coef, f)
            if got is not None or f in fs:
                assert _same(got, _python_sum(coef, f)), f
        got = shares(clf._attribution, f)
        if got is not None or f in fs:
            assert got == feat._attribute_py(clf._attribution, f), f
        assert feat.attribute(clf._attribution, f) == feat._attribute_py(clf._attribution, f) or any(
            v != v for v in f.values()), f
        for model in (clf.model.pos, clf.model.ill):
            python = LinearModel.logit(LinearModel(dict(model.coef), model.intercept), dict(f))
            assert _same(model.logit(f), python) or any(v != v for v in f.values())


def test_shares_keep_ties_in_feature_order_and_leave_odd_values_to_python():
    from classifiers._scorefast import shares, weighted_sum

    w = {"a": 1.0, "b": -1.0, "c": 0.5, "d": 2.0, "e": -0.5}
    f = {"e": 1.0, "c": 1.0, "b": 1.0, "a": 1.0, "d": 0.25, "z": 1.0}
    assert shares(w, f) == feat._attribute_py(w, f) == [("b", -1.0), ("a", 1.0), ("e", -0.5), ("c", 0.5), ("d", 0.5)]
    assert shares(w, {"a": 1}) is None and weighted_sum(w, {"a": 1}) is None  # an int: Python's own way
    assert shares({"a": 1}, {"a": 1.0}) is None and weighted_sum({"a": 1}, {"a": 1.0}) is None
    assert shares(w, {"a": float("nan")}) is None
    assert weighted_sum({"a": 0}, {"a": 1.0}) is None and weighted_sum({"a": None}, {"a": "x"}) == 0.0
    assert shares(w, {}) == [] and weighted_sum(w, {}) == 0.0


@pytest.mark.parametrize("name", list(SETS))
def test_compiled_explanation_is_the_python_one(name, clf, monkeypatch):
    from classifiers import engine

    rows = _rows(name)
    fast = [clf.assess(r) for r in rows]
    monkeypatch.setattr(engine, "_explain_c", None)
    slow = [clf.assess(r) for r in rows]
    assert [a.explanation for a in fast] == [a.explanation for a in slow]
    assert sum(" | for: " in a.explanation for a in fast) > len(rows) // 10


def test_compiled_explanation_at_the_edges(clf):
    from classifiers._scorefast import explain
    from classifiers.assessment import Contact
    from classifiers.engine import _NOT_SHOWN, _explain_py

    a = clf.assess({"title": "象牙手镯 老料 'bone' 不是树脂", "description": "微信 abc1234 qq 12345678 tg @someone1 正品"})
    why = {"name": a.matches, "cue_wink": a.matches[:1]}
    contacts = a.contacts + [Contact("phone", "13800138000", "title")] * 3
    shares = [("text_model", 2.0), ("name", 1.5), ("cat_ivory", 1.2), ("rule_prior", 1.0), ("cue_wink", -0.9),
              ("no_product", -0.8), ("benign_toy", 0.7), ("x_unknown", 0.5), ("cue_price", -0.4), ("cue_sale", 0.31),
              ("name", 0.3), ("cue_demand", 2.0)]
    words = [("象牙", 1.0), ("bone", -0.5), ("老料", 0.2), ("x", 0.0), ("y", 3.0), ("z", 1.0)]
    for cats in ([], ["ivory", "rhino_horn"]):
        for cut in range(len(shares) + 1):
            for score in (0.5, 0.123456, 1, 0.995):
                args = ("suspicious", score, cats, shares[:cut], why, contacts[:cut % 5], words[:cut])
                want = _explain_py(*args)
                assert explain(*args, feat.FEATURE_LABELS, feat.RULE_WEIGHTS, _NOT_SHOWN) == want


@pytest.mark.parametrize("name", list(SETS))
def test_compiled_feature_pass_is_the_python_one(name, clf):
    """features.extract runs feature_kinds.py compiled as it is (_feature_kinds.pyx includes it):
    the same features in the same order, the same matches behind each."""
    from classifiers import _feature_kinds, feature_kinds

    assert feat._extract_kinds is _feature_kinds.extract
    seen = 0
    for row in _rows(name):
        raw, contacts, _ = clf.raw_matches(row)
        if not raw:
            continue
        quoted = clf.quoted_material(row)
        for n_contacts in {len(contacts), 0, 2}:
            f1, why1 = _feature_kinds.extract(raw, n_contacts, quoted)
            f2, why2 = feature_kinds.extract(raw, n_contacts, quoted)
            assert list(f1.items()) == list(f2.items())
            assert [(k, [id(m) for m in v]) for k, v in why1.items()] == [(k, [id(m) for m in v]) for k, v in why2.items()]
            seen += 1
    assert seen > 20


def test_compiled_feature_pass_calls_the_compiled_live_papers():
    """_feature_kinds.pyx includes live_papers.py after feature_kinds.py: the compiled pass calls the
    compiled live-animal papers check, not the plain-Python one that feature_kinds.py imports."""
    from classifiers import _feature_kinds, live_papers

    for name in ("live_listed", "_shown", "_papered", "_doubted", "_in_person", "_is_pending", "_not_pending",
                 "_same_words", "_papers_not_benign"):
        compiled = getattr(_feature_kinds, name)
        assert compiled is not getattr(live_papers, name), name
        assert type(compiled).__name__ == "cython_function_or_method", name


def _match_fields(clf, rows: list[dict]) -> list:
    from dataclasses import fields

    out = []
    for row in rows:
        raw, _, _ = clf.raw_matches(row)
        out.append([[getattr(m, f.name) for f in fields(m)] for m in raw])
    return out


@pytest.mark.parametrize("name", list(SETS) + ["long"])
def test_compiled_scope_context_is_the_python_one(name, clf, monkeypatch):
    """matcher runs match_scope.py compiled as it is (_match_scope.pyx includes it): every
    field of every match (given, remote, diet, suppressed_by) as the Python gives it."""
    from classifiers import _match_scope, match_scope, matcher

    if name == "long":  # long posts: lists of goods, look-alikes on other lines
        rows = [json.loads(raw) for raw in (REPO / "tests" / "data" / "train_long.jsonl").read_bytes().splitlines()
                if raw.strip()]
    else:
        rows = _rows(name)
    assert matcher.scope_context is _match_scope.scope_context
    fast = _match_fields(clf, rows)
    monkeypatch.setattr(matcher, "scope_context", match_scope.scope_context)
    assert _match_fields(clf, rows) == fast
    assert any(fast)

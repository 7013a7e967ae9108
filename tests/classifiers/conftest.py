"""Fixtures shared by the classifier tests."""
import importlib

import pytest

from classifiers import load_classifier


@pytest.fixture(scope="module")
def clf():
    """The shipped classifier (bundled lexicon and model), loaded once per process (load_classifier caches it)."""
    return load_classifier()


@pytest.fixture(scope="module")
def tf():
    """The compiled text module (classifiers._textfast with its tables loaded); skips when not built."""
    tf = importlib.import_module("classifiers.normalize")._compiled()  # the package exports a function of that name
    if tf is None:
        pytest.skip("compiled extensions not built")
    return tf


class Expect:
    """Assesses a listing and asserts its verdict; a failure shows the listing and what the
    classifier made of it (label, score, explanation)."""

    def __init__(self, clf):
        self.clf = clf

    def flagged(self, title: str, description: str, lang: str | None = None, note: str | None = None):
        """Assert the listing reaches a reviewer; returns the Assessment for further checks."""
        __tracebackhide__ = True  # a failure points at the test's line, not here
        return self._check(True, title, description, lang, note)

    def not_flagged(self, title: str, description: str, lang: str | None = None, note: str | None = None):
        """Assert the listing stays out; returns the Assessment for further checks."""
        __tracebackhide__ = True
        return self._check(False, title, description, lang, note)

    def _check(self, want: bool, title: str, description: str, lang, note):
        __tracebackhide__ = True
        listing = {"title": title, "description": description}
        if lang is not None:
            listing["lang"] = lang
        a = self.clf.assess(listing)
        if a.flagged != want:
            pytest.fail(f"expected {'flagged' if want else 'not flagged'}, got {a.label} (score {a.score:.3f})"
                        f"{f' [{note}]' if note else ''}\n  title: {title}\n  description: {description}\n"
                        f"  explanation: {a.explanation}")
        return a


@pytest.fixture(scope="module")
def expect(clf):
    """expect.flagged(title, description, lang) / expect.not_flagged(...): the quality tests' check."""
    return Expect(clf)


class SetFigures:
    """Flagging figures of a classifier on a labeled set (positive = illegal or suspicious)."""

    def __init__(self, clf, listings):
        self.tp = self.fp = self.fn = 0
        self.false_flags: list[str] = []  # ids of the benign listings flagged
        self.benign = 0
        for x in listings:
            flagged, positive = clf.assess(x).flagged, x["label"] != "benign"
            self.tp += flagged and positive
            self.fn += positive and not flagged
            if not positive:
                self.benign += 1
                if flagged:
                    self.fp += 1
                    self.false_flags.append(str(x.get("id")))
        self.f1 = 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    def __repr__(self) -> str:
        return (f"F1 {self.f1:.3f} (tp {self.tp}, fn {self.fn}), {self.fp}/{self.benign} benign flagged "
                f"{self.false_flags}")


@pytest.fixture(scope="module")
def set_figures(clf):
    """set_figures(listings) -> SetFigures: the set-level floors of the test_quality_* files."""
    return lambda listings: SetFigures(clf, listings)


def _opened_by_reference(gate, t, hits):
    """The hooks of a hook_gates.Gate that one test per hook opens: undeclared ones, and those whose
    declared word is in t or whose declared (kind, cue) or kind is a hit's."""
    on = set()
    for hook in gate.hooks:
        need = getattr(hook, "needs", None)
        if need is None or any(w in t for w in need.words) or any(
                (m.kind, m.cue) in need.hits or m.kind in need.hits for m in hits):
            on.add(hook)
    return on


@pytest.fixture(scope="module")
def gate_reference():
    """gate_reference(gate, t, hits) -> the hooks a test per hook would open (what Gate.open must return)."""
    return _opened_by_reference


@pytest.fixture
def both_ways(clf, monkeypatch):
    """both_ways(listing, gate) -> (gated, ungated): the listing's Assessment as a dict with `gate` (a
    hook_gates.Gate: match_rules._GATE, scope_marks._GATE) as it is, and with every hook of it called."""
    def run(listing, gate):
        gated = clf.assess(listing).to_dict()
        every = set(gate.hooks)
        with monkeypatch.context() as m:
            m.setattr(gate, "open", lambda t, hits: every)
            ungated = clf.assess(listing).to_dict()
        return gated, ungated
    return run

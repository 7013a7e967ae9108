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

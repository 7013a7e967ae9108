"""Fixtures shared by the classifier tests."""
import pytest

from classifiers import load_classifier


@pytest.fixture(scope="module")
def clf():
    """The shipped classifier (bundled lexicon and model), loaded once per process (load_classifier caches it)."""
    return load_classifier()

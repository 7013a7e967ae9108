"""Session 12 lead fixes: a pet food a young animal is weaned onto is its diet; a material the buyer turns
down covers nothing; an everyday thing inside a behaviour described is where the animal is, not the item."""
from __future__ import annotations

import pytest


def _flagged(clf, title, description=""):
    return clf.assess({"title": title, "description": description}).flagged


@pytest.mark.parametrize("title, description", [
    ("CAG babies ready", "DNA sexed, weaning onto pellets, can ship."),
    ("Hyacinth chick", "hand fed, weaned on pellets and fruit, DM"),
    ("求购手镯，要白的，不要木头塑料的", ""),
    ("Little guy with a prehensile tail-hangs off the curtains all day, cash only", ""),
])
def test_flags(clf, title, description):
    assert _flagged(clf, title, description)


@pytest.mark.parametrize("title, description", [
    ("Parrot pellets for weaning chicks, 2kg bag", "Fresh stock, fits all hookbills."),
    ("Curtain tieback tassels, monkey design, 2 pcs", ""),
    ("求购塑料手镯，白色的", "要树脂的，便宜点"),
])
def test_stays_out(clf, title, description):
    assert not _flagged(clf, title, description)

"""Group cross-validation: each held-out group is scored by a model that never saw it."""
import pytest

from classifiers.evaluate import Item, group_folds, without_answers


def _items():
    rows = []
    for i in range(30):
        cat = ("ivory", "tiger", "none")[i % 3]
        label = "benign" if cat == "none" else ("illegal" if i % 2 else "suspicious")
        lang = ("zh", "en")[i % 2]
        rows.append(Item(listing={"id": str(i), "category": cat, "lang": lang, "label": label}, gold=label, f={}))
    return rows


def test_leave_one_category_out_deals_benign_listings_across_the_folds():
    items = _items()
    names, folds = group_folds(items, "category")
    assert names == ["ivory", "tiger"]
    assert sorted(i for f in folds for i in f) == list(range(30))  # every item once
    for name, fold in zip(names, folds):
        cats = {items[i].listing["category"] for i in fold}
        assert cats == {name, "none"}  # its own category only, plus a share of the benign ones
        rest = {items[i].listing["category"] for i in range(30) if i not in fold}
        assert name not in rest


def test_leave_one_language_out():
    items = _items()
    names, folds = group_folds(items, "lang")
    assert names == ["en", "zh"]
    for name, fold in zip(names, folds):
        assert {items[i].lang for i in fold} == {name}


def test_unknown_grouping_is_refused():
    with pytest.raises(ValueError, match="category, lang"):
        group_folds(_items(), "seller")


def test_the_answers_of_a_labeled_file_are_not_shown_to_the_classifier():
    listing = {"id": "x", "title": "t", "label": "illegal", "category": "ivory", "tags": ["plain"], "rationale": "r"}
    assert without_answers(listing) == {"id": "x", "title": "t"}

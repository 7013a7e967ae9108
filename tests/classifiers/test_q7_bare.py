"""A bare product name under a title that says nothing, and keyword stuffing (issue 12, kind 4).

'x' / 'rhino horn' names the product as plainly as a title would: the description's product stands
in for the missing title. 'ivory ' five thousand times is stuffing (the training listings repeat a
product term at most 8 times), not a mention: at least suspicious, even past the 400-hit cut.
"""
from __future__ import annotations

import pytest




@pytest.mark.parametrize("title,description", [
    ("x", "rhino horn"),
    ("", "tiger bone"),
    (".", "象牙手镯"),
    ("ivory " * 5000, ""),
    ("x", "pangolin " * 2000),
    ("?", "ngà voi " * 600),
])
def test_bare_names_and_stuffing_reach_a_reviewer(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, a.explanation


@pytest.mark.parametrize("title,description", [
    ("Hand-thrown stoneware mug", "Glaze: rhino horn grey? No - ivory white, dishwasher safe."),
    ("x", "ivory white paint, 5 litres"),
    ("", "鹤顶红 drama fans! New episode of the palace drama, the poison scene #cdrama"),
])
def test_a_look_alike_under_a_bare_title_stays_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, a.explanation

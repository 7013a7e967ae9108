"""A look-alike material asked and answered no right after it ("Ox bone? No, ...", "牛骨？不是",
"Nanh heo rừng? không, ...") is denied, as "not ox bone" is: the wink of a seller who names the
cover only to refuse it. Named again without the question, it is the item (an honest seller)."""
import pytest




@pytest.mark.parametrize("title,description", [
    ("Ox bone? No, the real old material", "bangle 62mm, dm for pics"),
    ("牛骨？不是，老料", "手镯 懂的来"),
    ("Sừng trâu? không, hàng tê thật", "ai cần ib"),
])
def test_a_cover_answered_no_reaches_a_reviewer(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, a.explanation


@pytest.mark.parametrize("title,description", [
    ("Ox bone? Nope, not tested", "ox bone bangle, craft market piece, cheap"),
    ("Is this ox bone? no idea", "ox bone bangle 8mm from a flea market"),
])
def test_an_honest_material_stays_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, a.explanation


@pytest.mark.parametrize("title,description", [
    ("Saiga? No, goat horn carving", "farm goat horn, hand carved"),
    ("Elephant ivory? No - 'Ivory' the nursery print", "A3 poster of an elephant calf"),
    ("象牙？不是，是牛骨", "牛骨手镯 工艺品 便宜出"),
])
def test_a_product_named_and_answered_no_is_denied(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, a.explanation


@pytest.mark.parametrize("title,description", [
    ("Rhino horn? No papers, cash only", "dm"),          # a no about something else
    ("Ivory? no questions asked", "bangle 60mm, pm me"),
])
def test_a_no_about_something_else_denies_nothing(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, a.explanation

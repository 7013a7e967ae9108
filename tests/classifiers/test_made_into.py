"""A garment or item word right after a strong product form that names the material (a pelt, a
skin) is what the material was made into: 'snow leopard pelt coat' is a pelt coat, not a print.
The same garment word after a pattern or a faux material stays a fashion look-alike."""
import pytest




@pytest.mark.parametrize("title,description", [
    ("Snow leopard pelt coat, 1960s", "full length, collection only"),
    ("Leopard skin jacket", "real fur, 1970s, size L"),
    ("Tiger skin coat", "vintage, heavy"),
])
def test_a_pelt_made_into_a_garment_reaches_a_reviewer(clf, title, description):
    a = clf.assess({"title": title, "description": description, "lang": "en"})
    assert a.flagged, a.explanation


@pytest.mark.parametrize("title,description", [
    ("Leopard print coat", "size M, polyester"),
    ("Leopard pattern coat faux fur", "new with tags"),
])
def test_a_print_stays_out(clf, title, description):
    a = clf.assess({"title": title, "description": description, "lang": "en"})
    assert not a.flagged, a.explanation

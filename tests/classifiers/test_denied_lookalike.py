"""A look-alike denied ("not Ivory soap", "not resin ivory") names the real thing: the product word
inside it is not denied with it. A post that denies the brand and names something else stays out.
Fresh wording (the kind was found on en6's held-out misses)."""
import pytest

FLAG = [
    ("Grandma's bangles, not Ivory soap lol, the real thing", "heavy and creamy, 3 pcs"),
    ("Old carved beads, not resin ivory", "real deal, hot pin test passed"),
]
STAY_OUT = [
    ("Vintage soap dish, not Ivory soap brand, generic", ""),
    ("Not Ivory soap, this is Dove, 6 bars", "unopened"),
    ("Soap review: not Ivory soap, it's homemade goat milk soap", ""),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_denied_lookalike_names_the_real_thing(clf, title, description):
    a = clf.assess({"title": title, "description": description, "lang": "en"})
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_denied_brand_beside_another_product_stays_out(clf, title, description):
    a = clf.assess({"title": title, "description": description, "lang": "en"})
    assert not a.flagged, (title, a.explanation)

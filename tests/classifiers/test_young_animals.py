"""A generic word for an animal's young (kitten, puppy) is no ordinary-pet signal: 'Leopard cat
kitten' and 'Serval kitten' are the young of the wild cat named, while a legal breed (Bengal) or a
toy still explains a cat's spots or stripes away."""
import pytest




@pytest.mark.parametrize("title,description", [
    ("Leopard cat kitten, caught wild", "spotted, 2 months, eats raw chicken"),
    ("Serval kitten for sale", "exotic cat, ready now"),
])
def test_the_young_of_a_wild_cat_reaches_a_reviewer(clf, title, description):
    a = clf.assess({"title": title, "description": description, "lang": "en"})
    assert a.flagged, a.explanation


@pytest.mark.parametrize("title,description", [
    ("Leopard spotted Bengal kitten", "TICA registered, vaccinated"),
    ("Tiger striped kitten needs home", "tabby, 10 weeks, litter trained"),
    ("Snow leopard kitten plush toy", "soft, 30cm"),
])
def test_pets_and_toys_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description, "lang": "en"})
    assert not a.flagged, a.explanation

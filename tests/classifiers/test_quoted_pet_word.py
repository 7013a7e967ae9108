"""A pet word in quotation marks ('puppy', 'kitten') beside a wild cat's name or tells is a cover
name, as a quoted material is ('bone', "resin"): the quotes say it is not that. An ordinary pet
post with a quoted word and no wildlife in it stays out, as does a garment named so. Fresh wording
(the kind was found on en6's held-out misses)."""
import pytest

FLAG = [
    ("'kitten' with rosettes, leopard type, 6 weeks", "bottle fed, cash"),
    ("Little 'puppy' from the tiger farm", "8 weeks, striped, message me"),
]
STAY_OUT = [
    ("Leopard print 'kitten' heels", "size 5, worn once"),
    ("Selling my 'puppy' (he's 12 lol)", "golden retriever, free to good home"),
    ("'Tiger' our cat needs a home", "neutered, free"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_quoted_pet_word_beside_a_wild_cat_reaches_a_reviewer(clf, title, description):
    a = clf.assess({"title": title, "description": description, "lang": "en"})
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_quoted_pet_words_alone_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description, "lang": "en"})
    assert not a.flagged, (title, a.explanation)

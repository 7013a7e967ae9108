"""q13, kind: a carving's subject is not a pet or toy (carved koi), and a hanko/name stamp is a seal, not
a postage stamp: neither cancels the product beside it."""
import pytest


def _a(clf, title, description=""):
    return clf.assess({"title": title, "description": description})


@pytest.mark.parametrize("title,description", [
    ("New drop: pendants", "Silver chains, and two pendants in 'W.G.' 🐘 (you know) - carved goldfish and a lotus. DM only."),
    ("Netsuke lot", "Old netsuke, the white material with grain, hand-carved parrot on a branch, serious buyers DM"),
])
def test_carved_subject_flags(clf, title, description):
    assert _a(clf, title, description).flagged


@pytest.mark.parametrize("title,description", [
    ("Koi for sale", "Healthy koi, 15cm, pond raised, pickup only"),
    ("Carved wooden koi", "Hand-carved koi in camphor wood, painted, 20cm"),
    ("Hanko stamps", "Custom hanko name stamps in boxwood, engraving in kanji, DM order"),
    ("Stamp collection", "Old postage stamps album, 300 stamps, GB and Commonwealth"),
])
def test_carved_subject_guards(clf, title, description):
    assert not _a(clf, title, description).flagged

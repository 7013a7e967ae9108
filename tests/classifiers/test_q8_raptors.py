"""q8 (issue 12): birds of prey and owls carry their CITES appendix, so a captive-bred App II bird
with its papers is a pet sale, and App I birds or birds without papers stay in review."""
import pytest



@pytest.mark.parametrize("title", [
    "harris hawk captive bred with article 10 and ring",
    "Barn owl, captive bred, closed ring and breeder's certificate",
    "lanner falcon CB 2025, ringed, with article 10",
])
def test_papered_app2_raptor_is_a_pet_sale(clf, title):
    a = clf.assess({"title": title, "description": ""})
    assert not a.flagged, a.explanation


@pytest.mark.parametrize("title", [
    "peregrine falcon captive bred with article 10 and ring",
    "gyrfalcon chick, captive bred with certificate",
    "harris hawk found it, rehoming",
    "barn owl no papers, collection only",
])
def test_app1_or_unpapered_raptor_stays_in_review(clf, title):
    a = clf.assess({"title": title, "description": ""})
    assert a.flagged, a.explanation

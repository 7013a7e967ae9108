"""A look-alike word inside a legal-paper phrase belongs to the phrase: 'App' in 'CITES App II
permit' is no software, 'Article' in 'Article 10 certificate' no press article. A listed product
offered with such a paper goes to review (the reviewer checks the paper), not out as benign."""
import pytest




@pytest.mark.parametrize("title,description", [
    ("Hornbill casque carving with Article 10 certificate", "family piece, collection only"),
    ("Shark fin, dried, CITES App II export permit", "blue shark, 1kg lots"),
])
def test_product_with_a_paper_goes_to_review(clf, title, description):
    a = clf.assess({"title": title, "description": description, "lang": "en"})
    assert a.flagged, a.explanation


def test_a_real_app_still_explains_away(clf):
    a = clf.assess({"title": "Tiger King app premium code", "description": "download, no physical item",
                    "lang": "en"})
    assert not a.flagged, a.explanation

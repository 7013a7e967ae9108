"""A captive-bred claim alone ("CB", "captive bred", 人工繁殖) is the seller's word, not a paper: an
App II animal sold on it goes to review, as one sold with no papers does. With a document beside the
claim (a CITES or import certificate, a keeping permit, a breeder's invoice or paperwork) and nothing
doubting it, it is a pet sale and stays out. Fresh wording."""
import pytest

FLAG = [
    ("Sulcata tortoise CB 2024, with vivarium", "captive bred, eating well, collection only"),
    ("Blue and gold macaw, captive bred", "hand tame, talks a little, £900"),
    ("人工繁殖 苏卡达陆龟 小苗", "吃得好 包活"),
]
STAY_OUT = [
    ("Sulcata tortoise CB 2024, with vivarium", "captive bred, breeder invoice supplied"),
    ("Blue and gold macaw, captive bred", "closed ring, CITES certificate, £900"),
    ("人工繁殖 苏卡达陆龟 小苗", "附驯养许可证和CITES证明"),
    ("Macaw 金刚 blue yellow 有 cert", "captive bred, 可过户"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_captive_bred_claim_alone_reaches_a_reviewer(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_claim_with_a_document_stays_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)

"""q17 (issue 12, kind: negation): "don't ask for X" denies X (ask_denial.py): Cantonese 唔好問 X, 别问 X,
"don't ask for X", "đừng hỏi X", as in a denial spanning a second mention ("唔係金錢鰵…唔好問金錢鰵，冇").
Stay out: "别问象牙哪来的", "don't ask where the ivory is from" keep the product (a secret, not a denial)."""
import pytest

DENIED = [
    ("花膠 赤嘴鰵 唔係金錢鰵", "正貨有單，北海道赤嘴，唔好問金錢鰵，冇", "金錢鰵"),
    ("象牙色 麻将 不是象牙", "亚克力麻将，象牙色，别问象牙，没有", "象牙"),
    ("Bone bangles", "Carved cow bone bangles, resin inlay. Don't ask for ivory, we have none.", "ivory"),
    ("Vòng xương trâu", "Vòng xương trâu khắc hoa, đừng hỏi ngà voi, shop không có", "ngà voi"),
]
KEPT = [
    ("老件 手镯", "别问象牙哪来的，懂的私聊，克价", "象牙"),
    ("Old bangle", "Don't ask where the ivory is from, cash only, pm", "ivory"),
    ("Old bangle", "Ask for ivory bangles, we ship", "ivory"),
]


def _desc_hits(a, term):
    return [m for m in a.matches if m.field == "description" and term.lower() in m.term.lower() and m.kind != "benign_context"]


@pytest.mark.parametrize("title,description,term", DENIED)
def test_dont_ask_for_denies(clf, title, description, term):
    a = clf.assess({"title": title, "description": description})
    hits = _desc_hits(a, term)
    assert hits and all(m.negated for m in hits), (title, a.explanation)
    assert not a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description,term", KEPT)
def test_dont_ask_where_from_keeps_the_product(clf, title, description, term):
    a = clf.assess({"title": title, "description": description})
    hits = _desc_hits(a, term)
    assert hits and not any(m.negated for m in hits), (title, a.explanation)

"""q18 (issue 12, kind 1/4): an animal emoji and its part written apart. A ground part right after the
emoji (🦏 shavings, 🐘 dust: generated_forms), the emoji in the title with the part word in the
description (apart_pairs: the match is the part word's, in its own field), and an emoji echoing the
character before it inside a name (熊🐻胆汁: quoted_names). Decoration on other goods stays out."""
import pytest

FLAG = [
    ("🦏 shavings 10g", "fresh from the block, for fever, courier only"),
    ("Sachets for parties 🦏", "Horn scrapings, 2g each, ship to HCM"),
    ("熊🐻胆汁 野生 正品", "老客优先 私聊"),
    ("熊🐻掌 冻品", "私聊"),
    ("🐘 dust for medicine", "fine powder, 50g bag, pm"),
]
STAY_OUT = [
    ("Dust cover for bike 🦏", "Rhino brand dust cover, waterproof"),
    ("🐘 mug, dust free box", "ceramic mug with elephant print"),
    ("熊熊烈火 烧烤炭", "木炭 10斤 包邮"),
    ("Kids party 🐯", "tiger face paint and paper horn hats, 10 pack"),
    ("🐻 plush", "soft toy bear, skin friendly fabric"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_emoji_and_part_apart_flags(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_emoji_decoration_stays_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)


def test_pair_across_title_and_description_points_at_the_part(clf):
    desc = "Horn dust for hangover, 5g sachets, genuine not buffalo. Courier."
    a = clf.assess({"title": "Party sachets 🦏", "description": desc})
    pair = [m for m in a.matches if m.kind == "product_form" and m.category == "rhino_horn"]
    assert pair and pair[0].field == "description" and desc[pair[0].start:pair[0].end] == "Horn"


def test_denied_part_word_does_not_pair(clf):
    """'not bone' in the description: the emoji in the title pairs with no bone."""
    a = clf.assess({"title": "cream 🐘 bangle", "description": "Solid bangle, 60mm. Not resin, not bone. Inbox only"})
    assert not any(m.canonical == "elephant bone" for m in a.matches), a.explanation

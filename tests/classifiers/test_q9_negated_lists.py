"""q9 (issue 12, negation): a negation that lists several products covers each of them; a shop
pledge stays out, while a correction that repeats the product ('not fake ivory, real ivory') and an
offer after a denied look-alike still flag."""
import pytest

PLEDGES = [
    "We never sell ivory, rhino horn, or pangolin scales. Wildlife-friendly shop.",
    "Our store does not stock tiger bone, bear bile or rhino horn of any kind",
    "Shop cam kết không bán ngà voi, sừng tê, vảy tê tê. Chỉ bán đồ gỗ mỹ nghệ",
    "本店不卖象牙、犀角、穿山甲片，请勿询问",
    "不收犀角和象牙，谢谢",
]
OFFERS = [
    "không phải ngà giả, ngà voi thật, vòng tay 10 ly, ib giá",
    "Not resin, real ivory bangle, dm for price",
    "不是牛骨，是象牙手镯，懂的来",
    "No papers needed: ivory, rhino horn, pangolin scales in stock, whatsapp",
]


@pytest.mark.parametrize("text", PLEDGES)
def test_a_listed_pledge_stays_out(clf, text):
    a = clf.assess({"title": text, "description": ""})
    assert not a.flagged, (text, a.explanation)
    products = [m for m in a.matches if m.kind in ("name", "product_form", "code_word") and m.category != "none"]
    assert len({m.category for m in products}) >= 2 and all(m.negated for m in products), a.matches


@pytest.mark.parametrize("text", OFFERS)
def test_offers_beside_a_negation_still_flag(clf, text):
    a = clf.assess({"title": text, "description": ""})
    assert a.flagged, (text, a.explanation)


# --- kind 5: a buyer asks for the colour code by denying the legal materials ---
ASKED = [
    "Looking to buy bangles, the white kind, not wood or plastic",
    "Cần mua vòng loại trắng, không phải gỗ hay nhựa",
    "求购手镯，要白的，不要木头塑料的",
    "求购白色的那种手镯，不要塑料的",
]
NOT_ASKED = [
    "Looking for sneakers, the white kind, not leather",
    "Want to buy a bracelet, the white kind, plastic is fine",
    "Cần mua áo sơ mi loại trắng, không phải vải nhựa",
    "Selling white kind of rice, 5kg bag",
    "白的那种衬衫 要白的 L码",
]


@pytest.mark.parametrize("text", ASKED)
def test_colour_code_asked_by_denying_legal_materials_flags(clf, text):
    a = clf.assess({"title": text, "description": ""})
    assert a.flagged, (text, a.explanation)
    assert any(m.category == "ivory" and m.kind == "code_word" for m in a.matches)


@pytest.mark.parametrize("text", NOT_ASKED)
def test_a_colour_kind_alone_stays_out(clf, text):
    a = clf.assess({"title": text, "description": ""})
    assert not a.flagged, (text, a.explanation)

"""q25 (house rule: live App I / China class I / Viet Nam group IB animals sold without papers are
illegal: slow loris, gibbon, langur, radiated/star/ploughshare tortoise, African grey, hyacinth macaw,
yellow-crested cockatoo, king cobra, water monitor). The lexicon files some of them under mixed groups
with a 'suspicious' hint; unpapered, they are labelled illegal. Papered App I animals stay in review;
App II animals without papers stay suspicious."""
import pytest

ILLEGAL = [
    ("King cobra for sale", "Live king cobra, about 3m, wild caught last month, strong. Cash on pickup."),
    ("Rắn hổ mang chúa 5kg", "Cần bán rắn hổ mang chúa 5kg bắt rừng, giao tận nhà, ai lấy ib."),
    ("水巨蜥 出", "水巨蜥一条，一米五，很健康，价格私聊。"),
    ("Yellow crested cockatoo for sale", "Yellow crested cockatoo, one year old, tame, no papers. $900."),
    ("Bán rùa sao Ấn Độ", "rùa sao Ấn Độ 12cm, ăn khỏe, bán 3 triệu, ib."),
    ("Vẹt hyacinth con", "Vẹt hyacinth 6 tháng, bay đẹp, không có giấy, giá tốt, liên hệ zalo."),
]
REVIEW = [
    ("Yellow crested cockatoo with CITES", "Captive bred yellow crested cockatoo, closed ring, CITES Article 10 "
                                           "certificate and breeder invoice. $2500."),
    ("Blue and gold macaw, no papers", "Blue and gold macaw, 2 years, talks, no papers. $800."),
]


@pytest.mark.parametrize("title,description", ILLEGAL)
def test_unpapered_app_i_animals_are_illegal(expect, title, description):
    a = expect.flagged(title, description)
    assert a.label == "illegal", (title, a.explanation)


@pytest.mark.parametrize("title,description", REVIEW)
def test_papered_app_i_and_app_ii_stay_suspicious(expect, title, description):
    a = expect.flagged(title, description)
    assert a.label == "suspicious", (title, a.explanation)


def test_ordinary_cobra_farm_meat_is_not_a_king_cobra(expect):
    expect.not_flagged("Rắn hổ mang trại", "Rắn hổ mang trại nuôi có giấy, 450k/kg, giao nhà hàng.")

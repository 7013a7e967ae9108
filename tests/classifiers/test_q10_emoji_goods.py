"""q10 (issue 12, kind: an animal emoji beside a goods/stock word): 收🐘货, 🦏货, "🐘 hàng", "🐯 goods" read
as that animal's goods (the emoji already names the animal; the goods word makes it trade). An emoji
decorating ordinary goods (a mug, a T-shirt, a toy) stays out."""
import pytest

FLAG = [
    ("收🦏货", "老的新的都要 量大价高 私聊"),
    ("长期收🐘货", "新旧都收，价格好谈，懂的来"),
    ("🐯货 到了", "老客户私聊，不公开"),
    ("🐘 hàng về", "🐘 hàng về nhiều, khách quen ib giá"),
    ("Thu mua 🦏 hàng", "thu mua 🦏 hàng số lượng lớn, giá cao, inbox"),
    ("🐯 goods available", "old stock, DM for price, no questions"),
    ("Buying 🐘 goods", "any size, paying cash, message me privately"),
]
STAY_OUT = [
    ("可爱大象水杯 🐘 现货", "儿童卡通大象图案水杯 现货 包邮"),
    ("Elephant 🐘 mug", "cute elephant 🐘 mug, stock available, dishwasher safe"),
    ("Áo thun in hình voi 🐘 hàng mới về", "áo thun cotton in hình con voi, hàng mới về đủ size"),
    ("🐯 老虎玩偶 毛绒 现货", "毛绒老虎 玩偶 儿童礼物 现货"),
    ("Tiger print leggings 🐯 goods in stock", "tiger stripe print leggings, polyester, all sizes"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_animal_emoji_goods_flags(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_emoji_decoration_stays_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)

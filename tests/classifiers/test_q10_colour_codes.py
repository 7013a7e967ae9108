"""q10 (issue 12, kind: bare colour / piece codes with trade cues). domain.md: colour codes (白 ivory,
黑 rhino horn, 红 hornbill casque; 白料/黑料, EIA "Seeing red", 新京报 2019) fire only together with
trade cues a plain colour never has: a price per weight, grain words, bangle inner sizes, private
contact, a stock list of 白:/黑:/红:/片: lines. A colour of goods (象牙白 curtains, a white 56mm watch,
a shop's colour list) stays out."""
import pytest

FLAG = [
    ("白 56 油", "白 56 油 纹清 克价私"),
    ("黑 牌子 纹清", "黑 牌子 纹清 克价 私聊"),
    ("群聊转发：货单", "【今日货单】\n白：镯子3只（55/56/58），手串两条，按克走\n黑：挂件两个，小碗一只\n"
                    "红：牌子一块，戒面若干\n片：熟的5斤，生的2斤\n以上全部现货，先款后货，有意私聊，陌生人不回。"),
    ("white 56", "white 56, grain clear, price per gram, pm only"),
    ("片 熟 斤", "片 熟的 五斤 价私 老客优先"),
    ("Trắng 56 ly", "trắng 56 ly, vân rõ, giá theo gam, ib riêng"),
    ("本周到货", "到货清单\n白：手镯 圈口56 58 各一只\n红：戒面三个\n按克算，熟人私聊"),
]
STAY_OUT = [
    ("象牙白 窗帘 遮光", "象牙白色 遮光窗帘 定制 私聊尺寸"),
    ("手表 白 56mm", "白 56mm 表盘 机械表 九成新 私聊"),
    ("T恤 颜色齐全", "颜色：\n白：S M L\n黑：M L XL\n红：S M\n现货 私聊"),
    ("翡翠手镯 纹清", "冰种 白 圈口56 纹清 无裂 私聊"),
    ("黄金手镯 克价", "足金手镯 白 金 克价 520 圈口 56 私聊"),
    ("复印纸 货单", "今日货单\n白：A4 复印纸 20箱\n黑：碳粉 5盒\n现货 私聊"),
    ("牛肉片熟的 两斤", "卤牛肉片熟的 两斤 价格私聊 冷链"),
    ("照片 生的 熟的", "拍照片 生的熟的都行 三斤起 价私"),
    ("Gỗ sưa vân rõ", "vòng gỗ sưa vân rõ, 56 ly, ib"),
    ("White oak board", "white oak, grain clear, 56cm long, pm"),
    ("White dial watch 56mm", "white, 56mm dial, pm for price"),
    ("亚克力手镯 多色", "颜色可选\n白：手镯 56 58\n黑：手镯 56\n红：手镯 58\n现货 私聊"),
    ("树脂手镯 现货", "白：手镯 56\n黑：手镯 58\n树脂材质 轻 现货 私聊"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_colour_code_with_trade_cues_flags(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_colour_of_goods_stays_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)

"""q15 (issue 12, kind 4: writing tricks). A colour word in quotation marks as the cover code of raw
goods: “大白” / 「白的」 / "white stuff" (ivory), “黑的” (rhino horn), counted only with a raw-form word
(原支, 整根, raw, whole) or an origin (非洲, 日本回流, Africa) near it (classifiers/quoted_codes.py).
Stay out: quoted colours of clothes, paint, phones, toys, and a quoted colour with no raw-form or
origin word."""
import pytest

FLAG = [
    ("搬家处理", "沙发 电视 还有一根“大白”，原支的，私聊"),
    ("回国前处理", "微波炉 洗衣机 还有两件“白的”老牌子，日本回流，有意私聊"),
    ("Moving sale", "sofa, bike, and 3 'white stuff' pieces, whole, from Africa. PM"),
    ("整理库存", "还有一只‘黑的’原支带尖，非洲来的，面交"),
]
STAY_OUT = [
    ("日本回流 衬衫", "“白的”衬衫两件，日本回流，九成新，包邮"),
    ("iPhone 白色", "手机“白色的”原装屏 非洲版 有划痕"),
    ("Paint sale", "leftover paint: 'the white' one, whole tin, raw umber too"),
    ("大白 玩偶", "“大白”玩偶 日本回流 正版 可爱"),
    ("杂项 白的", "杂项 有几件“白的”小摆件 品相好 私聊"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_quoted_colour_with_raw_form_or_origin_flags(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_quoted_colour_of_other_goods_stays_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)

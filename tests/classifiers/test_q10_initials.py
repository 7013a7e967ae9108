"""q10 (issue 12, kind: two-letter initials outside the generated set): XY (象牙, xiang ya) written in
capitals beside Chinese text, with trade cues, is ivory like XJ (犀角) or CSJ (穿山甲). Ordinary XY
(an XY axis, XY sizes, XY chromosomes, a product code) stays out."""
import pytest

FLAG = [
    ("长期收 XY 整支", "也收切片 价格高 私我"),
    ("XY 手镯 老料", "XY手镯 圈口56 克价私聊"),
    ("出XY牌子", "老XY牌子一块，懂的私，不走平台"),
]
STAY_OUT = [
    ("CNC XY轴 滑台", "CNC XY轴 滑台 模组 现货 包邮"),
    ("XY平台 精密位移台", "手动XY平台 行程25mm 现货"),
    ("XY染色体 科普", "男性是XY染色体，女性是XX"),
    ("儿童T恤 XY码", "尺码 XS XY 两个码 现货 私聊"),
    ("XY 手机壳", "XY型号 手机壳 现货 私聊发货"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_xy_with_trade_cues_flags(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_ordinary_xy_stays_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)

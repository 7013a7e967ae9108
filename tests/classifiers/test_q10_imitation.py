"""q10 (issue 12, kind: an imitation word bound to the product): "玳瑁手镯 仿的", "龟甲 手镯 树脂 仿玳瑁",
"tortoiseshell comb - imitation", "vòng ngà giả": a replica word right before or after the product
term covers it as a colour use does (玳瑁色), unless a wink stands with it ("仿的 😉 懂的来", a quoted
'faux')."""
import pytest

STAY_OUT = [
    ("玳瑁 手镯 仿的", "玳瑁手镯 仿的 树脂 不是真的"),
    ("龟甲 手镯 树脂 仿玳瑁", "仿玳瑁 手镯 树脂做的 颜色很像 很轻 不是真的"),
    ("犀角杯 仿制 工艺品", "犀角杯 仿制品 树脂 摆件"),
    ("Tortoiseshell hair comb - imitation", "tortoiseshell comb, imitation, celluloid, 1950s"),
    ("Vòng ngà giả", "vòng ngà giả, nhựa, nhẹ tay, đeo chơi"),
    ("象牙 筷子 仿的", "象牙筷子 仿的 密胺材质 十双装"),
]
FLAG = [
    ("玳瑁手镯 仿的 😉", "玳瑁手镯 “仿的” 懂的来 私聊 不走平台"),
    ("象牙手镯 仿的 你懂的", "象牙手镯 仿的 你懂的 有牙纹 克价私"),
    ("Tortoiseshell bangle 'imitation' 😉", "tortoiseshell bangle, 'imitation' wink wink, real hawksbill feel, DM"),
]


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_imitation_bound_to_product_stays_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", FLAG)
def test_imitation_with_a_wink_flags(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)

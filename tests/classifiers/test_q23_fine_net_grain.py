"""q23 (issue 12 kind 1, described not named): an owner who does not know the word 交叉纹 writes the ivory
grain as a fine net (細細的網狀紋) on a bangle called 手環 (Taiwan and Hong Kong usage): with the form word
and the owner's question, held_piece.py sends it to review (at most suspicious). Stay out: a fitness band
(小米手环), crackle glaze and a melon's net skin (bare 网状纹 is not the fine-line form)."""
import pytest

FLAG = [
    ("求鉴定 奶奶的镯子", "奶奶留下的手环，米黄色，有细细的网状纹，很沉，想问下是什么料，是象牙吗？"),
    ("幫忙鑑定 外婆的手環", "外婆留下的手環，偏黃，有細密的網狀紋，想問是什麼材質，是象牙嗎？"),
]
STAY_OUT = [
    ("小米手环", "小米手环6，黑色，九成新，送充电线，50元。"),
    ("开片 瓷瓶", "老窑瓷瓶，釉面开片，网状纹很漂亮，想问下是什么窑口？"),
    ("哈密瓜", "新疆哈密瓜，网状纹越密越甜，要的私聊，顺丰包邮，一箱80。"),
    ("网纹瓜", "网纹瓜 网状纹清晰 老品种 甜 私信下单"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_owner_describing_a_fine_net_grain_goes_to_review(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged and a.label == "suspicious", a.explanation


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_bands_glaze_and_melons_stay_out(expect, title, description):
    expect.not_flagged(title, description)

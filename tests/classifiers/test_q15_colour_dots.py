"""q15 (issue 12, kind 4: writing tricks). A white or black dot written for the colour of a colour
code (⚪料 = 白料 ivory, ⚫角 = 黑角 rhino horn), as 🔴 stands for 红: read as the colour where it stands
in a goods word (classifiers/colour_dots.py). Stay out: dots as bullets or list marks, a dot
before anything but a goods character, a dot masking a name keeps reading the name."""
import pytest

FLAG = [
    ("⚪料 圆珠 108颗", "老⚪料 8mm 圆珠 私聊"),
    ("⚫料 小件", "⚫料 小件几个，克价私"),
    ("⚪货 手串", "⚪货 手串 一条 包浆好 私聊"),
    ("收 ●料 ○料", "长期收 ●料 ○料 现金 私聊"),
]
STAY_OUT = [
    ("● 纯棉T恤 白色", "● 尺码齐全\n● 颜色：白 黑\n○ 私聊优惠"),
    ("○ 货到付款 ● 包邮", "⚪ 牙刷 买一送一 ● 牙膏 两支"),
    ("⚫ 手机壳 黑色", "⚫色 手机壳 磨砂 ⚪色 可选"),
    ("○○ 小区 二手家具", "○ 片区自提 ● 货架 三层 ○料理机"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_colour_dot_in_goods_word_flags(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_dot_bullets_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)


def test_dot_masking_a_name_keeps_the_name(clf):
    a = clf.assess({"title": "象●牙 手镯", "description": "老货 私聊"})
    assert a.flagged and "ivory" in a.categories, a.explanation

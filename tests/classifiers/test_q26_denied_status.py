"""q26 (issue 12, kind 6: a protected status denied). '猛犸象已灭绝，不属于国家保护动物，可放心收藏' is a
seller's reassurance, not conservation talk: the conservation look-alike inside the denial must not clear
a mammoth (or other) carving offered with it. It is no trade cue either: legal cordyceps, buffalo horn
and rosewood sellers write the same sentence and stay out, as do explainers that ask or state the status.
Listings written for this test (not copied from the training sets)."""
import pytest

FLAG = [
    ("猛犸象牙雕 貔貅摆件 附出口证明",
     "精选西伯利亚猛犸象牙原料手工雕刻，高6cm，重45g，附俄罗斯出口证明复印件。猛犸象早已灭绝，不属于国家保护动物，"
     "可放心收藏。¥2680 包邮，支持验货。"),
    ("猛犸牙雕 弥勒佛 手把件",
     "本店专做猛犸牙雕八年，料子来自西伯利亚冻土层，附海关报关单。猛犸象是灭绝古生物，不属于保护动物范畴，可正常流通。"
     "尺寸5.5cm，¥1280，支持第三方鉴定。"),
    ("Mammoth ivory netsuke 猛犸牙 根付",
     "猛犸牙雕刻根付，刀工精细，带检验检疫证明。注意：猛犸象为灭绝物种，并不属于野生保护动物。¥960，顺丰到付。"),
]

STAY_OUT = [
    ("冬虫夏草 那曲 正品", "西藏那曲虫草，三根一克，干度好。冬虫夏草是菌类，不属于保护动物，放心购买。¥88/克，顺丰包邮。"),
    ("天然水牛角梳 手工打磨", "水牛角梳子，防静电，长18cm。水牛是家养牲畜，不属于保护动物，放心使用。¥39 包邮。"),
    ("小叶紫檀 108 手串", "印度小叶紫檀，金星满布，0.8cm。紫檀是植物，不属于保护动物，也不涉及濒危动物。¥680。"),
    # a question about the status (A-not-A) and the status stated: frames as before
    ("科普：猛犸象牙是不是保护动物制品？",
     "很多人问猛犸象牙是不是保护动物制品。猛犸象已灭绝，但猛犸牙常被用来给非法象牙洗白，建议大家不要购买，发现可疑商家请举报。"),
    ("科普 | 穿山甲属于国家一级保护动物",
     "2020年起穿山甲属于国家一级保护动物，全面禁止食用和买卖，穿山甲片已从药典中移除，发现售卖请举报。"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_denied_status_is_no_frame(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_legal_materials_and_explainers_stay_out(expect, title, description):
    expect.not_flagged(title, description)


def test_denial_marks_the_status_word_negated(clf):
    a = clf.assess({"title": "猛犸牙 挂件", "description": "猛犸象已灭绝，不属于国家重点保护动物。¥300"})
    assert all(m.negated for m in a.matches if m.kind == "benign_context" and m.cue == "conservation")
    a = clf.assess({"title": "科普", "description": "穿山甲属不属于保护动物？穿山甲属于保护动物。"})
    assert not any(m.negated for m in a.matches if m.kind == "benign_context" and m.cue == "conservation")

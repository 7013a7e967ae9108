"""q53: kinds left for code by the data helpers of train_zh17, train_hk1, train_en17 and train_mx2
(tests/data/README.md, their "Left for code" lists), each in new wording beside look-alikes that must stay out.

1. A whole tusk or horn with no material and no bare colour, told by its anatomy (空心小, 髓腔, 牙尖, 外皮完整)
   or by the horn's shape word beside 'the black one' (黑的那个，角的，整支) with a weight, a private price or a
   price by phone (whole_piece_tells.py, hooked in code_keys._whole_codes). Stay out: agarwood, bamboo, lotus
   root, ginseng sold whole with the same words, a black buffalo/deer/goat horn, a colour of named goods.
"""
import pytest

WHOLE_PIECES = [
    ("原支 一根 1.5公斤", "空心小 外皮完整 私聊"),
    ("原根 小号", "2.3斤 髓腔浅 带尖 朋友圈不发 加微信"),
    ("整支 新到 一根", "牙尖完整 空心短 3公斤 私聊价格"),
    ("白的那个 整支", "上次说的，空心小，1.5公斤，私聊"),
    ("还要黑的那支吗", "角的，整根，两斤多，价格电话里说"),
    ("上次那个黑的，角的，整根", "朋友带回来的，价钱电话里说"),
    ("原支到貨 一條", "空心好細 外皮完整 兩斤半 私訊"),
]
WHOLE_STAYS = [
    ("原支 沉香 空心", "外皮完整 1.8公斤 加V"),
    ("原支 竹子", "空心 外皮完整 3斤 私聊"),
    ("原根莲藕 空心", "2斤 自提"),
    ("整支 人参", "带须 外皮完整 50克 私聊"),
    ("黑的那个 整支", "牛角的，价钱电话讲"),
    ("黑的那个 整支", "鹿角的，价钱电话讲"),
    ("黑的那个 整支 角的", "羊角 1斤 私聊"),
    ("白的那个 整支", "1.5公斤，私聊"),
    ("黑的那个 整根", "雨伞，价钱电话讲"),
    ("原支 天麻 带尖", "空心少 外皮完整 一斤 私聊"),
]


@pytest.mark.parametrize("title,description", WHOLE_PIECES)
def test_whole_piece_told_by_anatomy_or_shape(expect, title, description):
    expect.flagged(title, description, "zh")


@pytest.mark.parametrize("title,description", WHOLE_STAYS)
def test_whole_things_of_other_goods_stay_out(expect, title, description):
    expect.not_flagged(title, description, "zh")


def test_whole_piece_tells_module():
    from classifiers.whole_piece_tells import anatomy_kinds, pointer_colour

    assert anatomy_kinds("原支\n空心小 外皮完整") == 2 and anatomy_kinds("原支沉香\n空心 外皮完整") == 0
    assert pointer_colour("黑的那个,角的,整支") == "黑" and pointer_colour("黑的那个,整支,雨伞") is None
    assert pointer_colour("白的那个,整支,1.5公斤") is None

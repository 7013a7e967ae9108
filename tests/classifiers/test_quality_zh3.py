"""Kinds of misses and false flags found in tests/data/train_zh3.jsonl (Chinese, Hong Kong and
Taiwan look-alikes), one fresh listing per kind, written for this test (not copied from the set)."""
import pytest


# (kind, title, description): must reach a reviewer
FLAG = [
    ("both syllables homophones", "相呀 烟嘴 老物件", "放大镜看有纹"),
    ("both syllables homophones", "像芽 梳子", "白的 细腻 懂的来"),
    ("pangolin two characters swapped", "传山夹 半斤", "炒过的 下奶"),
    ("zhuyin spelling", "ㄒㄧㄤ ㄧㄚ 印章 一方", "懂就懂 私訊"),
    ("xy before a carving noun", "xy葫芦 挂件", "白润 细纹"),
    ("full-width xy spaced", "ｘｙ 佛公 吊坠", "老料"),
    ("x y spaced", "X Y 观音 吊坠", "老料 包真"),
    ("tusk described", "大象身上的白的 原料 一根", "整根 懂了吧"),
    ("felid skeleton", "大型猫科 骨架 一副", "泡酒入药"),
    ("Cantonese rehoming, no papers", "执到 只 鸚鵡 灰色", "识讲嘢 冇证 搵人接手"),
]

# (kind, title, description): must not be flagged
PASS = [
    ("poison in a TV drama", "《鹤顶红》 古装剧 追剧", "大结局 好虐 演技在线"),
    ("hoya plant", "鹤顶红 球兰 小苗", "带盆发货 喜半阴"),
    ("succulent", "鶴頂紅 多肉 兩盆", "日照足顏色更紅"),
    ("HK registered bear-bile drug", "熊膽 滴眼液 藥劑製品註冊編號", "未開封 2028到期"),
    ("Taiwan registered drug", "熊膽 眼藥 衛部藥製字", "藥局購入 未拆"),
    ("awareness day", "世界大象日 拒絕象牙製品", "一起守护 转发扩散"),
    ("awareness day, English", "World Pangolin Day 穿山甲", "say no to scales"),
    ("how-to-tell question", "怎么区分猛犸象牙和象牙", "只是好奇 不收不卖"),
    ("fast food", "虎皮汉堡 新品 新店开业", "堂食外卖都有"),
]



@pytest.mark.parametrize("kind,title,description", FLAG)
def test_zh3_trade_listing_reaches_a_reviewer(expect, kind, title, description):
    expect.flagged(title, description, "zh", note=kind)


@pytest.mark.parametrize("kind,title,description", PASS)
def test_zh3_look_alike_stays_out(expect, kind, title, description):
    expect.not_flagged(title, description, "zh", note=kind)

"""Kinds of misses and false flags found on tests/data/train_zh7.jsonl (a fresh hand-written Chinese
set: simplified, traditional HK/TW and zh+en/zh+vi, a third of it long multi-item posts, scored held
out before the lexicon entries were added). The listings below are new wording for each kind, not
copied from that set: ivory under everyday nicknames written with a count, stock or buying word
(大白一支, 老象手镯, 整支大料, 非洲白片; Cantonese 老象手鈪, 大白一條), ivory told by the burn/UV tests and the feel of a handled
piece or by Schreger lines on the cut face, the hornbill casque as 一红 before a carving noun, tiger
and leopard skins by their ground colour (黄底黑条, 黄底带黑点), a raptor chick under the generic
鹰 with a young-animal word, bear bile as pills, and a whole turtle shell sold as a specimen must
reach a reviewer; a rental ad that is 冬暖夏凉, star anise, old chess sets, cabbages, a 老象牌 beer, a shark model, an eagle
plush, a striped umbrella, skin care, licensed bile pills and a pangolin rescue record
(救伤纪录/野放/特生中心) must stay out (guards on the new entries' reach)."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # everyday-word nicknames of ivory with a count, stock or buying word
    ("大白整支 1.8公斤", "带皮 尖完整 当面交易"),
    ("长期收大白 半截也要", "价格好说 同行勿扰"),
    ("老象手镯 内径54", "包浆自然 私聊"),
    ("整支大料 四斤多", "非洲来的 看货再谈"),
    ("非洲白片 三块", "切好的 按克算 可以快递"),
    # the same nicknames in Hong Kong Cantonese (traditional script)
    ("老象手鈪 一隻", "內徑56 油潤 PM"),
    ("大白一條 成條", "連皮 兩公斤幾 面交"),
    # ivory by its tests and feel, and the grain seen on the cut face
    ("白色小挂件 弥勒", "火烧不冒黑烟 紫外线下发蓝 老的"),
    ("白色小件 一块", "像网格一样的纹 盘起来冬暖夏凉"),
    ("老麻将 一副 白的", "横截面有网格 很沉"),
    # the hornbill casque as 一红 before a carving noun
    ("一红吊坠 一个", "红皮 雕福字"),
    # skins by their ground colour and marks
    ("一张皮子 黄底黑条", "完整 挂墙上的 出"),
    ("带斑点的皮子 一张", "黄底带黑点 老家翻出来的"),
    # a raptor chick under the generic 鹰
    ("鹰宝宝 一只 已经会飞", "家里养不了 找人要"),
    # bear bile as pills; a whole turtle shell as a specimen
    ("熊胆丸 一瓶", "老的 不知道年份 便宜出"),
    ("整个龟壳 挂墙", "五十公分 渔民家里的"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    ("整租 一室一厅 冬暖夏凉", "近地铁 拎包入住 押一付一"),
    ("卤料包 大料一支 桂皮 香叶", "炖肉专用 一包十克"),
    ("收老象棋 老围棋 老算盘", "上门收购 现金结算"),
    ("收大白菜 萝卜 土豆", "大量收购 上门拉货"),
    ("老象牌 啤酒 一箱", "夏日特價 送貨上門"),
    ("大白鯊 一條 模型", "兒童玩具 30cm"),
    ("老鹰宝宝 毛绒玩具", "30cm 儿童生日礼物"),
    ("黄底黑条纹 儿童雨伞", "晴雨两用 小老虎图案"),
    ("斑点皮肤 怎么办", "祛斑霜推荐 淡化色斑"),
    ("熊胆丸 国药准字 药店购入", "有小票 未拆封"),
    # a rescue record names the animal but offers nothing
    ("穿山甲救伤纪录 分享", "在花莲救伤一只穿山甲，已经顺利野放，感谢特生中心"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_zh7_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "zh")


@pytest.mark.parametrize("title,description", PASS)
def test_zh7_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "zh")

"""Kinds of misses and false flags found on tests/data/train_zh18.jsonl (a fresh hand-written set of 200
Chinese listings, 42 of them traditional/Hong Kong/Taiwan, in the voices of 闲鱼/转转/朋友圈/小红书/抖音/淘宝/
QQ群/贴吧/蝦皮/Facebook groups; scored held out before the entries below were added: F1 0.934, precision
0.991, recall 0.883, 1 of 80 benign flagged). Kinds, each a lexicon entry under a `# zh18:` comment:
1. The elephant by a nickname or as the owner of the goods (長鼻子家的, 长鼻子的牙, 大象的筷子; zh18-0018,
   0099): ivory.yaml. Stay out: Pinocchio, a picture book about the elephant family, elephant-shaped items.
2. The Schreger pattern by its gemmology name (勒兹线/勒兹纹, 施雷格线; zh18-0181): ivory.yaml. Stay out: an
   explainer on telling ivory that asks people not to buy it.
3. 'Jelly' stock made into a piece (果冻料吊坠; zh18-0003): ivory.yaml. Stay out: jelly, jelly phone cases.
4. 豹骨 by homophone (抱骨, zh18-0168) and leopard parts written with 的 (花豹子的牙, zh18-0162):
   tiger_leopard.yaml. Stay out: a dog's bone toy, a children's science book.
5. 穿山甲 cut to 穿山 before a scale or live word (活的穿山, zh18-0080): pangolin.yaml. Stay out: the place
   穿山 (Ningbo), a documentary.
6. The maw first, Mexico after (花胶 墨西哥来的, zh18-0016): totoaba.yaml. Stay out: a Mexican restaurant.
7. A game named instead of the word 游戏 beside an item or poison name (王者荣耀 鹤顶红皮肤, zh18-0145):
   benign_context.yaml.
8. The casque's red top and yellow inside in plain words (顶部很红 里面黄, zh18-0141): descriptors.yaml.
9. White raw stock written out (白色原料, 白色的料子, 白色切块) with two trade tells (非洲, 克价), found probing
   fresh wordings after the set: ivory.yaml + white_tells.WHITE_FORMS. Stay out: chemicals, plastics, cloth, marble.
The listings below are new wording, not the set's."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_zh18.jsonl"

# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    ("长鼻子家的料 一块", "切面有纹 1.3斤 私聊"),
    ("收长鼻子的牙", "大小都要 现款"),
    ("長鼻子的門牙 一根", "老家的 帶皮 懂的來"),
    ("大象的手镯 老物件", "戴了多年 发黄 有细纹 不退"),
    ("出一盒大象的筷子", "十双 有纹 分量重"),
    ("小挂件 勒兹纹清楚", "白里透黄 油润 克价私"),
    ("牌子 施雷格线 明显", "老料 压手 私聊"),
    ("果冻料手镯 内径57", "润 有细纹 私"),
    ("鲍骨酒 两斤", "老酒 泡了十年"),
    ("抱骨 一副", "泡酒用 老的 颜色黄"),
    ("豹子的爪子 一对", "老的 挂件 带根"),
    ("花豹的皮 一张", "完整 钱眼清楚"),
    ("收穿山的鳞片", "生的熟的都要 量大价优"),
    ("活的穿山 两只", "刚到 会吃蚂蚁 私"),
    ("花胶 墨西哥的 公肚", "一只一斤多 收藏级 价格私"),
    ("鱼胶是墨西哥的 大只", "送礼 面议"),
    ("小牌 红顶黄肉", "南洋老料 吊坠 私聊"),
    # white raw stock written out, with two of the trade's tells
    ("白色料子 切块", "非洲来的 克价 私"),
    ("白色的料 非洲来的", "切块 克价私"),
    ("白色 切块", "坦桑来的 30克一块 克价私"),
    # the initials of 山甲 joined to the scale word
    ("SJ片 一两", "下奶用 炮制过的"),
    ("收 sj鳞片", "生熟都要 私"),
    ("炮sj 现货", "一斤起 顺丰"),
    # the elephant calf as the owner; the big-eyed monkey with the loris's night habits
    ("小象的牙 做的 挂件", "老的 发黄 有纹"),
    ("大眼猴宝宝 出", "晚上才活动 抱着手指不放 同城"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    ("长鼻子 匹诺曹 木偶", "手工木偶 鼻子可以伸长 送孩子"),
    ("长鼻子家族 绘本", "儿童绘本 讲大象一家的故事 九成新"),
    ("大象图案的手镯 儿童", "合金 大象造型 小女孩戴"),
    ("小象 造型 筷子 儿童", "硅胶 学习筷 卡通小象"),
    ("果冻色 手机壳", "透明果冻壳 防摔"),
    ("果冻 一箱", "喜之郎 果冻 草莓味"),
    ("拥抱 骨头 狗玩具", "狗狗磨牙玩具 骨头造型"),
    ("豹子的牙齿有多锋利 科普", "儿童科普图书 动物百科"),
    ("宁波 穿山 海鲜", "穿山半岛 渔民直供 皮皮虾"),
    ("穿山甲 纪录片 活的穿山甲有多可爱", "纪录片分享 保护动物"),
    ("墨西哥餐厅 鱼胶 汤", "墨西哥餐厅 新菜 花胶汤 套餐"),
    ("和平精英 鹤顶红 皮肤 账号", "全皮肤 可换绑"),
    ("原神 账号 出", "五星角色多 可换绑"),
    ("勒兹纹 是什么 鉴定 科普", "文章讲怎么鉴别象牙 勒兹纹 拒绝购买"),
    ("外红内黄 火龙果", "红心火龙果 外红内黄 5斤"),
    ("白色原料 化工", "钛白粉 25公斤 私聊"),
    ("白色原料 塑料颗粒", "PP 白色原料 1吨 私聊"),
    ("白色的料子 做衬衫", "纯棉 白色的料子 按米卖"),
    ("白色边角料 大理石", "汉白玉 边角料 5块一斤"),
    ("SJ 专辑 小卡片", "Super Junior 正版 小卡"),
    ("SJ粉丝 应援 灯牌", "二手 九成新"),
    ("SJ片 韩团", "Super Junior 演唱会 蓝光"),
    ("小象 牙刷 儿童", "软毛 卡通小象"),
    ("小象的牙齿 科普", "绘本 大象怎么换牙"),
    ("大眼猴 玩偶", "毛绒 30cm 送孩子"),
    ("大眼猴子 表情包", "可爱 卡通 头像"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_zh18_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "zh")


@pytest.mark.parametrize("title,description", PASS)
def test_zh18_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "zh")


@pytest.fixture(scope="module")
def zh18_set():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_zh18_set_floor(set_figures, zh18_set):
    """Flagging F1 on the whole set and false flags on its look-alikes stay near the figure reached."""
    fig = set_figures(zh18_set)
    assert len(zh18_set) == 200
    assert fig.f1 >= 0.965, fig
    assert fig.fp <= 1, fig

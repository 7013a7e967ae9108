"""Kinds of misses found on tests/data/train_zh13.jsonl (a fresh hand-written zh set: 闲鱼/转转/拼多多,
朋友圈 price lists, 微博, 抖音 comment threads, 小红书 pet notes, Hong Kong Carousell and forums in Cantonese,
Taiwan Ruten/Shopee in traditional characters; scored held out before the zh13 lexicon entries were added).

The first listing of each kind is from that set, the rest are new wording for the same kind (each one
failed with the session-start lexicon; new wordings the model already caught were left out): rhino horn described by its tells (bamboo-thread grain, pitted base, shavings taken for
fever), the wenwan grain window on an ivory piece, a Cantonese pangolin by its diet (識食螞蟻),
hawksbill plates by their red-brown clouds against the light, a slow loris by 眼睛好大, an App I parrot
'没有手续', crocodilian young sold alive, and 熊/犀 split into their parts (能灬胆, 尸水牛角). Guards: the
look-alikes the new words sit inside or beside (象牙香占 rice, 象牙宫/象牙丸 plants, a pot's 麻点, a
potato 刮成丝, amber 开窗, a pigeon's 咕咕, the 鳄鱼 brand and clip, 水牛角 combs, a kitten's big eyes).

A set-level floor checks the whole file; it sits a little below the figure with the session's model
(the lead retrains the model with this set included, so per-listing asserts are only for the kinds a
lexicon entry fixes)."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_zh13.jsonl"

# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # kind 1: rhino horn by its tells, unnamed (zh13-0026, zh13-0032, then new wording)
    ("黑色杯子 老料 刨花能卷", "底部一圈小麻点，侧面顺丝纹像一根根竹丝，热水一泡有股清凉的香气。刮下来的粉可以冲服。整只280克，按克算。"),
    ("指甲盖大小的片 一克一克卖", "黑色，半透明，泡水后散发清香，刮成丝退烧，老人说比什么药都好使。整片的切成小片按克出。"),
    # kind 1: ivory grain window in a long produce list (zh13-0043, then new wording)
    ("今日上新 老家土特产 + 文玩",
     "今天朋友圈上新，都是老家带来的：\n1. 土蜂蜜 2斤装 ¥128\n2. 野生木耳 半斤 ¥65\n3. 农家腊肉 5斤 ¥260\n"
     "4. 山核桃 ¥45/斤\n5. 老货白牙小挂件三个，开窗有纹，熟人价，私聊\n6. 手工红薯粉条 ¥30\n需要的扣号，周五统一发顺丰。"),
    # kind 1 + 5: a live pangolin in Cantonese by its diet (zh13-0070, then new wording)
    ("放生唔到嘅穿山甲", "朋友捉到一隻，唔識養，想賣俾有經驗嘅人，識食螞蟻。"),
    # kind 1: hawksbill by its tells and a denied celluloid (zh13-0062, then new wording)
    ("DM 老梳子 非赛璐珞", "DM 老梳子，非赛璐珞，非树脂，迎光有红斑。"),
    ("老壳片 几片 做镯子料", "十三片背甲里剩下的几片，半透明有云纹，红褐色的云纹很漂亮，按克出。"),
    # kind 1: slow loris in a pet note (zh13-0074, then new wording)
    ("姐妹们 我的新宝贝 小猴子🐒",
     "超级可爱的小猴子，眼睛好大，晚上才精神，白天抱着毛绒玩具睡觉😭吃香蕉和虫子，卖家说是从东南亚来的，没证但很亲人\n"
     "评论区：\n网友1：这是懒猴吧，保护动物\n博主：有人要的话我可以转让"),
    # kind 2: App I parrot with no formalities (zh13-0126, then new wording)
    ("风筝蓝的大鹦鹉 一对", "全身钴蓝，眼圈和嘴下一圈黄，大个子，一对，没有手续。"),
    # kind 2: crocodilian young sold alive (zh13-0173, then new wording)
    ("鱷魚仔 兩隻 出", "兩隻細鱷魚仔，識食雞肉，冇證。"),
    ("眼镜凯门鳄 苗子 30cm", "吃泥鳅，开食稳定，同城自提。"),
    # kind 4: a character split into its parts (zh13-0201, then new wording)
    ("能灬胆 野生整个", "能灬胆，山里打的，整个的，晒干的，有需要的留言。"),
    ("能灬掌 一对 干的", "山里来的，冻着的，私聊"),
    ("尸水牛角粉 十克", "老料磨的，退烧，按克出。"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    # kind 7: rice and plant names that begin with 象牙 (zh13-0181, then new wording)
    ("象牙香占 大米 10斤", "广东象牙香占米，油粘米，煲仔饭好吃。"),
    ("象牙宫 块根 实生 三年苗", "马达加斯加块根，盆景，带盆发货。"),
    ("象牙丸 仙人球 一盆", "实生苗，好养活，开粉色花。"),
    # the new descriptors' everyday senses
    ("粗陶花盆 手工", "底部有麻点，是烧制留下的，一圈小麻点不影响使用，有排水孔。"),
    ("土豆丝 切丝器", "不锈钢刨丝器，土豆刮成丝很快，送护手套。"),
    ("蜜蜡 手串 开窗", "波罗的海蜜蜡，开窗有纹，鸡油黄。"),
    ("信鸽 一对 种鸽", "晚上咕咕叫，会认家，送鸽笼。"),
    ("布偶猫 幼猫", "眼睛好大，蓝眼睛，疫苗齐全，有血统证书。"),
    # brands and tools with the crocodile's name
    ("鳄鱼恤 短袖 L码", "香港买的，穿过一次。"),
    ("鳄鱼夹 测试线 10根", "电工用，红黑各五根。"),
    # the legal horn the split form hides in
    ("水牛角梳 刮痧 手工", "天然水牛角，有丝纹，火烧有毛发焦味。"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_zh13_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "zh")


@pytest.mark.parametrize("title,description", PASS)
def test_zh13_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "zh")


def test_zh13_set_floor(set_figures):
    """The whole set: flag F1 (positive = illegal or suspicious) and false flags on look-alikes."""
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) == 240
    fig = set_figures({k: r[k] for k in ("id", "title", "description", "lang", "label")} for r in rows)
    assert fig.f1 >= 0.92, fig
    assert fig.fp / fig.benign <= 0.03, fig

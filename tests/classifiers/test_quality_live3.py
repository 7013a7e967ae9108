"""Kinds of misses found on tests/data/train_live3.jsonl (a fresh hand-written live-animal set: 80 Chinese
with Hong Kong Cantonese and Taiwan listings, 70 Vietnamese, 50 English; 闲鱼, WeChat, 連登-style forums,
蝦皮/露天, Facebook groups, Zalo, Chợ Tốt, Craigslist, eBay; scored held out before the entries below were
added: F1 0.900, 1 of 80 look-alikes flagged). Live animals described or folk-named, not named: the pangolin
by balling up and raiding ant nests ('walking pinecone'), the owl by its cat face and turning head, the
hyacinth macaw and the African grey by colour, the water monitor by size and forked tongue, the otter by
stone play, the red panda by its ringed tail; cobras by southern-Chinese folk names (过山乌, 饭铲头, 吹风蛇)
and 'monocled cobra'; the radiated tortoise as 射纹苗 / 'radiata hatchlings'; wild pond turtles (野生石龟);
'wild collected'; a feed, rescue or fare fee for a found animal; a vague group name (大鹦鹉) beside a
description. Each kind has new wording beyond the listing that showed it, and stay-outs: pet hedgehogs that
ball up, pine cones, goldfish with red tails, a bearded dragon, a roller coaster, Pinus radiata, a stone
turtle statue, wild mushrooms, a shelter cat's fee, a parrot harness or perch 'for African grey size'.
The set-level floor sits a little below the figure reached with the current model."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_live3.jsonl"

# (title, description, lang): must be flagged (illegal or suspicious)
FLAG = [
    # the pangolin by balling up and ant nests
    ("出个会走路的松果", "晚上出来掏蚂蚁窝，一摸就缩成一个球，纸箱装着，价格私聊", "zh"),
    ("小家伙一只 团成球不动", "身上一片一片硬壳，爱翻蚂蚁窝，收个车费就给你", "zh"),
    # the owl by face and head
    ("夜里会叫的鸟 一只", "头能转一圈，眼睛黄黄的，喂生肉，出个饲料钱就行", "zh"),
    ("Chim mặt như mèo bắt ở vườn", "Cổ xoay được gần hết, ăn chuột, ai nuôi để lại 200k", "vi"),
    # the hyacinth and the grey by colour, a vague parrot word beside
    ("全身钴蓝的大鹦鹉 黄眼圈", "一米长，能咬开核桃，交定金锁鸟", "zh"),
    ("会说话的鸟 全身灰色 尾巴鲜红", "学门铃学咳嗽，没证，同城自提，¥5000", "zh"),
    # the water monitor by size and tongue
    ("塘边抓的大蜥蜴 舌头分叉", "一米多，黑底黄点，吃死鱼，¥1200", "zh"),
    ("Thằn lằn to lưỡi chẻ đôi", "Dài hơn mét, bắt ở mương sau nhà, ai mua 1tr5", "vi"),
    # the otter and the red panda
    ("小爪子的萌宠 会玩石头", "爱吃小鱼小虾，叫声唧唧，¥6000", "zh"),
    ("尾巴一圈一圈的小家伙", "红棕色的毛，会爬树，三个月，¥12000", "zh"),
    # cobras by folk names
    ("过山峰 两米多 生猛", "店里收来的，会立起来，要的快", "zh"),
    ("吹风蛇 野生 几条", "刚抓的，按斤算，¥150一斤", "zh"),
    ("Monocled cobra 3ft", "Hood with the eye mark, feeding on mice, $200 cash", "en"),
    # the radiated tortoise by its short names
    ("射纹仔 两只 出", "吃食好，个体健康，私聊", "zh"),
    ("Radiata babies available", "Two radiata babies, eating greens, $1200 each, local pickup", "en"),
    # wild pond turtles, wild-collected animals
    ("野生石龜 一隻 半斤", "溪邊撈到，想換啲錢", "zh"),
    ("Wood turtle, wild collected", "Adult female, eats worms and berries, $150", "en"),
]

# (title, description, lang): must come out illegal (house rule: App I / class I / VN IB alive, no papers)
ILLEGAL = [
    ("過山烏 三米 生勾勾", "識企起身，冇證，平讓，$1800", "zh"),
    ("射纹苗 三只", "3cm左右，无证，同城面交，¥2000一只", "zh"),
]

# (title, description, lang): must stay out (benign look-alikes)
PASS = [
    ("宠物刺猬 一碰就缩成一个球", "非洲迷你刺猬，吃猫粮，送笼子，¥200", "zh"),
    ("天然松果 DIY 装饰", "圣诞节手工材料，大松果20个，¥15", "zh"),
    ("红尾巴金鱼 三条", "鱼缸清仓，尾巴鲜红，好养，¥30", "zh"),
    ("鬃狮蜥 大只 温顺", "会趴在手上，吃菜和蟋蟀，带缸，¥400", "zh"),
    ("欢乐谷 过山车 快速通道票", "周六两张，¥200", "zh"),
    ("Pinus radiata seedlings", "Radiata pine seedlings, 20 trays, $40", "en"),
    ("青石 石龟 摆件", "手工雕刻石龟，镇宅招财，¥380", "zh"),
    ("Wild collected morel mushrooms", "Fresh morels, wild collected this week, $30/lb", "en"),
    ("流浪猫领养 三个月", "已绝育驱虫，收个救助费，签领养协议", "zh"),
    ("Parrot harness - macaw / African grey size", "Adjustable flight harness with leash, $25", "en"),
    ("鹦鹉站架 灰鹦 金刚适用", "实木站架，带食盆，¥128", "zh"),
    ("儿童彩绘石头套装", "玩石头 画石头 亲子手工，¥20", "zh"),
    ("Hedgehog rehome, balls up when scared", "Pygmy hedgehog, eats kibble, $120 with cage", "en"),
    # a dog, a cat and a pigeon in the colour words of the red panda and the grey
    ("泰迪犬 三个月 红棕色", "红棕色的毛，会握手，打过疫苗，¥800", "zh"),
    ("英短蓝猫 全身灰色", "三个月，亲人，¥1500", "zh"),
    ("鸽子 全身灰 红尾巴", "信鸽一对，会回家，¥300", "zh"),
]


@pytest.mark.parametrize("title,description,lang", FLAG)
def test_live3_trade_listing_reaches_a_reviewer(expect, title, description, lang):
    expect.flagged(title, description, lang)


@pytest.mark.parametrize("title,description,lang", ILLEGAL)
def test_live3_house_rule_animal_is_illegal(expect, title, description, lang):
    assert expect.flagged(title, description, lang).label == "illegal"


@pytest.mark.parametrize("title,description,lang", PASS)
def test_live3_lookalike_stays_out(expect, title, description, lang):
    expect.not_flagged(title, description, lang)


@pytest.fixture(scope="module")
def live3_set():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_live3_set_floor(set_figures, live3_set):
    """Flagging F1 on the whole set and false flags on its look-alikes stay near the figure reached."""
    fig = set_figures(live3_set)
    assert len(live3_set) == 200
    assert fig.f1 >= 0.95, fig
    assert fig.fp <= 2, fig

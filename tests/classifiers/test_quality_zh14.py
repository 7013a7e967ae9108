"""Kinds of misses found on tests/data/train_zh14.jsonl (a fresh hand-written Chinese set, 160 simplified and 80
traditional/Cantonese: 闲鱼/转转, 朋友圈 and groups, 抖音/快手 live transcripts, 微博, 贴吧 threads, Carousell/连登,
露天/Dcard; scored held out before the lexicon entries below were added). Live animals of listed groups
described, not named: a falcon by the keepers' chick words 小隼/隼苗 and by its training stage (跳拳, 已回手),
a cockatoo by its raised yellow crest, the slow loris as the Cantonese 大眼猴仔/大眼马骝; and at label level, a class I part by its form: the
clouded leopard's mount and leopard skulls, a musk pod (毛壳) with the musk deer species. The first listing of
each kind is in the spirit of the set's miss (zh14-0220, zh14-0163, zh14-0115), the rest are new wording.
Guards: the Suzuki Hayabusa (隼), a punching bag that hits back (会回手), a rooster's comb, crest words on
ornaments, plush, documentaries, resin leopard models and skull prints, synthetic musk. The set-level floor sits a little below the figure reached with the
current model (F1 0.951, 6 of 96 look-alikes flagged)."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_zh14.jsonl"

# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # a falcon by the chick words (zh14-0220, then new wording)
    ("出 小隼 一只 喂鹌鹑", "小隼一只，红褐色，吃鹌鹑肉，没证，同城自提。"),
    ("隼苗 两只 刚离巢", "隼苗两只，吃生肉，健康，包活"),
    ("幼隼 一只 便宜出", "养不了了，连架子给"),
    # a falconry bird by its training stage
    ("训好的鸟 转让 跳拳很稳", "训了两个月，跳拳很稳，已经回手，带脚绊，私聊"),
    # a cockatoo by its yellow crest (zh14-0163, then new wording)
    ("转让 黄冠大白鸟", "白色大鸟，生气就把黄冠竖起来，会说你好，没有证件。"),
    ("家养白鸟 头上一撮黄色冠羽", "冠羽会竖起来，亲人，会说话，只限同城"),
    # the slow loris in Cantonese (zh14-0115, then new wording)
    ("大眼猴仔 好乖 一隻", "好細隻，夜晚先郁，郁得好慢，唔好問點嚟，PM"),
    ("出 大眼馬騮仔", "捉住枝樹唔放，食蟲，冇證"),
]

# (title, description): must come out illegal (a class I animal's part by its form; zh14-0138, zh14-0077)
ILLEGAL = [
    ("云豹 标本 整只 老货", "早年的云豹标本，玻璃眼，尾巴完整，私聊"),
    ("出个豹头骨 老的", "豹子头骨一个，牙齿齐全，书房摆件"),
    ("林麝毛壳 一个", "山里收的林麝毛壳，香气足，懂的来"),
    ("马麝毛壳 两个 老货", "放了几年，整个的，私聊"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    ("铃木 隼 GSX1300R 摩托车 二手", "隼 1300 摩托，2019年，公里数低"),
    ("隼 同款涂装 头盔", "摩托头盔，隼配色"),
    ("会回手的拳击沙袋 智能", "打一拳会回手，练反应"),
    ("大公鸡 红冠 土鸡", "散养土鸡，红冠，会打鸣，冠子竖起来很精神"),
    ("凤头鹦鹉 陶瓷摆件 一撮黄冠", "手绘上色，白身黄冠，高20cm"),
    ("冠羽竖起来 的 玩偶 鹦鹉", "毛绒玩偶，按肚子冠羽会竖起来"),
    ("白色大鸟 纪录片 分享", "央视纪录片片段：凤头鹦鹉求偶时冠羽竖起来"),
    ("小隼 手办 模型", "猎鹰造型树脂手办"),
    ("大眼猴仔 公仔 毛公仔", "夾公仔機夾返嚟，全新"),
    ("云豹 标本 仿真 树脂 模型", "树脂仿真动物模型，教学用"),
    ("豹头骨 模型 3D打印", "树脂3D打印头骨模型，仿真教学"),
    ("野生林麝 纪录片 保护", "央视纪录片，林麝保护区"),
    ("人工麝香 中成药", "国药准字，麝香保心丸"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_zh14_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "zh")


@pytest.mark.parametrize("title,description", ILLEGAL)
def test_zh14_class_one_part_is_illegal(expect, title, description):
    assert expect.flagged(title, description, "zh").label == "illegal"


@pytest.mark.parametrize("title,description", PASS)
def test_zh14_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "zh")


@pytest.fixture(scope="module")
def zh14_set():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_zh14_set_floor(set_figures, zh14_set):
    """Flagging F1 on the whole set and false flags on its look-alikes stay near the figure reached."""
    fig = set_figures(zh14_set)
    assert len(zh14_set) == 240
    assert fig.f1 >= 0.92, fig
    assert fig.fp <= 10, fig

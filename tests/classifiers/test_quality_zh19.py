"""Kinds of misses found on tests/data/train_zh19.jsonl (a fresh hand-written set of 200 Chinese listings, 35
with traditional characters: 文玩 circles (手串, 把件, 鼻烟壶, 印章, 扳指, 笔筒) with the material told by its
tells, 药材/滋补 shops, 朋友圈 stories and 直播 talk, demand posts, auction and antique-shop provenance,
海淘/代购 and border trade, exotic-pet groups and long posts; scored held out before the entries below were
added: F1 0.938, precision 1.000, recall 0.882, 0 of 81 benign flagged). Kinds, each a lexicon entry under a
`# zh19:` comment:
1. A tusk's growth rings on a cut face in plain words (一圈圈年轮, 截面有年轮; zh19-0007): descriptors.yaml.
   Stay out: wood and a tree stump, whose rings are just as plain.
2. The horn's fibres seen against the light (透光看有丝, 对光看有丝; zh19-0130): descriptors.yaml. Stay out:
   a silk scarf, a glass cup.
3. The hornbill casque by its place on the head (盔头位置, 盔完整; zh19-0005, 0026): descriptors.yaml.
   Stay out: a rider's helmet (头盔完整).
4. 穿山甲片 with 山 dropped (穿甲片, 穿甲粉; zh19-0072): pangolin.yaml. Stay out: armour-piercing rounds
   in a game or a model kit (穿甲弹).
The listings below are new wording, not the set's."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_zh19.jsonl"

# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    ("老料 方章 一对", "截面有年轮，不是骨头，压手，私聊"),
    ("白色 小牌子 老件", "侧面一圈一圈的年轮，很细，非牛骨，价格私"),
    ("老 印章 白的", "断面看有年轮 油润 懂的来"),
    ("黑色 老杯 小号", "对着灯看有丝，底部有沙底，不是牛角，私聊"),
    ("老镯子 黑中带黄", "透光有丝 老件 价格面议 懂的来"),
    ("红料 小牌 老工", "盔头部分 红皮 中间黄 私聊"),
    ("整个 鸟头 未开", "盔很完整 南洋带回 量少 私"),
    ("求 穿甲片 二两", "老人下奶用 价格高点没事"),
    ("穿甲粉 现货", "炮制过的 一两起 私聊"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    # a false flag the final retrain made (0.65): the learned text part weighs 年轮 from the ivory listings that
    # describe their rings, and 实木 as a declared legal material does not outweigh it (left for code)
    pytest.param("老树桩 茶台", "截面有年轮，一圈圈年轮很清楚，实木", marks=pytest.mark.xfail(
        strict=True, reason="0.65 after the session-15 final retrain: the text part's 年轮 outweighs 实木")),
    ("崖柏 根雕 摆件", "一圈一圈的年轮 香味浓 太行山"),
    ("真丝 围巾 桑蚕丝", "透光看有丝光 顺滑 送妈妈"),
    ("玻璃 水杯 拉丝", "对着灯看有丝状纹 高硼硅"),
    ("摩托车 头盔 全盔", "头盔完整 无摔 3C 认证"),
    ("坦克世界 账号 穿甲弹 多", "金币弹 穿甲弹 一堆 可换绑"),
    ("1:35 模型 穿甲弹 弹药箱", "树脂件 拼装 上色"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_zh19_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "zh")


@pytest.mark.parametrize("title,description", PASS)
def test_zh19_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "zh")


@pytest.fixture(scope="module")
def zh19_set():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_zh19_set_floor(set_figures, zh19_set):
    """Flagging F1 on the whole set and false flags on its look-alikes stay near the figure reached."""
    fig = set_figures(zh19_set)
    assert len(zh19_set) == 200
    assert fig.f1 >= 0.96, fig
    assert fig.fp <= 1, fig

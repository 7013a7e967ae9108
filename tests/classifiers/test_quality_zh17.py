"""Kinds of misses and false flags found on tests/data/train_zh17.jsonl (a fresh hand-written set of 160
simplified-Chinese listings in the voices of 闲鱼/转转/拼多多/朋友圈/抖音直播/快手/小红书/QQ群/贴吧; scored held
out before the entries below were added: F1 0.957, 3 of 67 benign flagged). Two kinds:
1. 芽/伢 (read ya) for 牙 on the stock word itself (老芽料边角, zh17-0009): ivory.yaml's 芽料 entry. Guards:
   malt (麦芽料), bean sprouts, tea buds.
2. An auction house announcing that an ivory-carving session is cancelled or lots withdrawn (zh17-0154):
   benign_context.yaml's 专场取消 entry. A live auction call for the same goods stays flagged.
3. The bark word 带皮 (a mammoth tusk's tell) on agarwood, woods and jade, which have a skin of their own
   (原支沉香 带皮, zh17-0114): feature_kinds.py drops it as a tell when no product is named and only such
   materials are. Stay-ins: bone with the bark and a wink, a wood said to be 'white' with a wink, mammoth.
The first listing of each kind is in the spirit of the set's one, the rest are new wording."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_zh17.jsonl"

# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    ("收老芽料 边角也要", "有多少收多少，价格好谈，私聊"),
    ("伢料 小块 做手串的", "白度好 有网纹 克价私聊 同城面交"),
    ("出一批芽雕件 老的", "人物 花鸟 都有 懂的来 不走平台"),
    ("老伢料 下脚料 论斤", "雕工朋友要的来 量不多"),
    # a live auction call for ivory carvings is still an offer
    ("秋拍 牙雕专场 征集中", "征集清代牙雕 人物 笔筒 欢迎委托 私聊估价"),
    # the bark tell still counts beside bone, beside a wink, and on mammoth
    ("牦牛骨 手镯 带皮", "有网纹 不是牛骨 懂的来 克价私"),
    ("沉香木 摆件 带皮", "说是沉香木 其实白的 带皮 懂的来 克价私"),
    ("猛犸 原支 带皮 一根", "猛犸原支 带皮 3公斤 私聊"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    ("精酿 麦芽料 5公斤", "比尔森麦芽料，自酿啤酒用，真空包装"),
    ("黄豆芽 新鲜 一斤", "自家发的豆芽，无添加，早上现发"),
    ("明前 茶芽 一芽一叶 250克", "单芽采摘，嫩度高，今年新茶"),
    ("公告：牙雕专场取消", "根据国家规定，本次秋拍牙雕专场取消，拍品撤回，已收货品退回委托人"),
    ("拍卖行通知 部分拍品撤拍", "因涉及象牙制品，相关拍品已撤拍，不予上拍，敬请谅解"),
    ("原支 沉香 一根", "原支沉香 带皮 一根 1.2公斤 香味清甜"),
    ("沉香 原支 带皮 老料", "沉香原支 带皮 2斤 私聊"),
    ("整根 崖柏 带皮", "崖柏整根 带皮 5公斤 可视频"),
    ("奇楠 原支 带皮 一根", "带皮的 香气足 克价私聊"),
    ("黄杨木 原支 带皮", "小叶黄杨 原支 带皮 可雕刻"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_zh17_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "zh")


@pytest.mark.parametrize("title,description", PASS)
def test_zh17_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "zh")


@pytest.fixture(scope="module")
def zh17_set():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_zh17_set_floor(set_figures, zh17_set):
    """Flagging F1 on the whole set and false flags on its look-alikes stay near the figure reached."""
    fig = set_figures(zh17_set)
    assert len(zh17_set) == 160
    assert fig.f1 >= 0.97, fig
    assert fig.fp <= 2, fig

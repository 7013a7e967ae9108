"""Kinds of misses found on tests/data/train_zh16.jsonl (a fresh hand-written Chinese set, 130 simplified and 70
traditional incl. 35 Cantonese: 闲鱼, 朋友圈 上新, 贴吧/连登/PTT threads, 小红书 notes, 淘宝/露天/Carousell shops;
scored held out before the lexicon entries below were added). Misses: the totoaba maw with 鳘 written as a
look-alike fish-radical character (金錢鱉/金钱鳌), a live red panda offered with sale words rather than 活体;
at label level, a mammoth claim taken back in the same post (说是猛犸其实非洲, no bark and a wide angle).
False flags: a Hong Kong registered patent medicine written without the 中成药/香港 prefix (有註冊編號,
藥廠出品), a Cantonese owner asking what to do with an heirloom after the ban (唔賣，只係想問, 點處理),
a herbal lactation tea (下奶茶/催乳茶). The first listing of each kind is in the spirit of the set's listing
(zh16-0134, zh16-0079, zh16-0088, zh16-0160, zh16-0166, zh16-0069), the rest are new wording. The set-level
floor sits a little below the figure reached with the current model (F1 0.975, 4 of 83 look-alikes flagged)."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_zh16.jsonl"

# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # totoaba maw with 鳘 as a look-alike character
    ("金錢鱉 公肚 一隻 老貨", "放咗十幾年，琥珀色，PM"),
    ("金钱鳖胶 母的 八两", "家里老人留的，懂行的来"),
    ("出一只金钱鳌肚", "十年以上，品相好，私聊"),
    # a live red panda with sale words
    ("小熊猫 活的 一只", "很亲人，吃苹果，同城"),
    ("出售小熊猫", "山里抓的小熊猫，没有证，便宜"),
]

# (title, description): must come out illegal (a mammoth claim undone in the same post)
ILLEGAL = [
    ("猛犸手串 话系猛犸其实系非洲入", "12mm，白肉，PM"),
    ("猛犸镯子 白肉无皮", "说是猛犸，识货的自然懂，内径56"),
    ("原料一根 当猛犸卖", "重三公斤，价格私聊"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    ("羚羊角 清熱茶 一盒", "香港中成藥廠出品，有註冊編號，每盒十包"),
    ("熊膽 滴丸 未開", "有註冊編號，藥房買多咗，過期日2028"),
    ("屋企有隻象牙擺件 問下點處理", "唔賣，只係想問應該交去邊，聽講香港已經禁咗"),
    ("阿爺留低啲象牙筷子", "我哋唔打算賣，想問點處理好"),
    ("催乳茶 产后 30包", "通草、黄芪、王不留行配方，冲泡方便"),
    ("追奶茶 哺乳期 花草茶", "无添加，天然草本，宝妈推荐"),
    ("甲鱼 养殖 活鳖 5斤", "池塘养殖中华鳖，顺丰冷链"),
    ("金钱肚 火锅 一斤", "牛百叶金钱肚，洗净冷冻"),
    ("小熊猫 毛绒 玩偶 出售", "动物园礼品店买的，全新"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_zh16_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "zh")


@pytest.mark.parametrize("title,description", ILLEGAL)
def test_zh16_mammoth_claim_undone_is_illegal(expect, title, description):
    assert expect.flagged(title, description, "zh").label == "illegal"


@pytest.mark.parametrize("title,description", PASS)
def test_zh16_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "zh")


@pytest.fixture(scope="module")
def zh16_set():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_zh16_set_floor(set_figures, zh16_set):
    """Flagging F1 on the whole set and false flags on its look-alikes stay near the figure reached."""
    fig = set_figures(zh16_set)
    assert len(zh16_set) == 200
    assert fig.f1 >= 0.95, fig
    assert fig.fp <= 6, fig

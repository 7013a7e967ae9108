"""Kinds of misses and false flags found on tests/data/train_zh6.jsonl (a fresh hand-written Chinese
set: simplified, traditional HK/TW and zh+en, a third of it long multi-item posts, scored held out
before the lexicon entries were added). The listings below are new wording for each kind, not copied
from that set: a live tortoise or a skin told by its pattern written with a particle or simile
(放射状的花纹, 梅花状的斑点, 耳朵后面有白点), pangolin scales by the animal's verb (穿山的那个) or a
size word (山甲大片), the totoaba maw by its sex grade (金钱公), a piece set against ordinary bone
(比牛骨重, 比普通骨头重), and a listed animal whose papers are
waved away (不带证, 证就别问了, 有证没证都行) must reach a reviewer; a star-pattern T-shirt, a
Bengal kitten 'like a little leopard', an unlisted gecko, a second-hand scooter, soup bones and a dog
chew with the same pattern, paper and bone words must stay out (guards on the new entries' reach)."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # a tortoise, a skin and a wild kitten described with a particle, a measure word or a simile
    ("老乌龟一只 放射状的花纹", "养了十年 出给有缘人"),
    pytest.param("小龟 背上一个个星星", "十公分 吃得多 出", marks=pytest.mark.xfail(strict=True, reason=(
        "described only (stars on its back) with a bare 出 for the sale: 0.61 before, 0.52 after the session-12 "
        "retrain (13,381 listings) moved the text part; a standalone 出 as a sale word is left for code (too "
        "broad as a one-character key)"))),
    ("一张老皮 黄底黑斑", "挂墙上的 出"),
    ("小山猫 耳朵后面有白点", "很凶 找人接手"),
    # pangolin by the animal's verb; the totoaba maw by its sex grade after 金钱
    ("穿山的那个 活的", "要的说"),
    ("乡下的穿山的那个", "活的 七八斤 晚上送"),
    ("金钱公 一个", "墨西哥来的 四两"),
    ("金钱母 一只 五两", "干身 收藏级 私聊报价"),
    # a listed animal whose papers are waved away
    ("陆龟 两只 十五公分", "不带证 要的来"),
    ("老鹰 一只 雏鸟", "证就别问了"),
    ("小陆龟 三只", "不包证 健康"),
    ("老鹰 两只", "不带手续 能架"),
    # the piece set against ordinary bone
    ("老麻将 一副", "比牛骨重 比牛骨白 老的"),
    ("章料 一块", "比普通骨头重 白"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    # the same pattern and paper words on ordinary goods and pets
    ("儿童T恤 星星一样的花纹", "纯棉 110-150码 夏季新款"),
    ("孟加拉猫 幼崽 像小豹子", "有血统证书，已打疫苗已驱虫，同城可看"),
    ("豹纹守宫 不带证 自家繁殖", "吃蟋蟀面包虫，好养，新手友好"),
    ("收二手电动车 有证没证都行", "电瓶车、踏板车都收，上门看车"),
    # bone compared with bone where bone is what is sold: soup bones, a dog chew
    ("猪骨头 汤骨 五斤", "比普通骨头香 新鲜现杀"),
    ("狗咬胶 磨牙棒", "比普通骨头耐咬 不伤牙"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_zh6_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "zh")


@pytest.mark.parametrize("title,description", PASS)
def test_zh6_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "zh")

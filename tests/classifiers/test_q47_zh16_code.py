"""q47: the train_zh16 kinds left for code (tests/data/README.md, train_zh16 section).

(a) a radical or stroke from the CJK Radicals Supplement / Kangxi Radicals / CJK Strokes blocks typed
between the characters of a product term (象⺇牙, 犀⺌角: zh16-0082) is a filler (filler_chars.py), while a
radical that spells the term's own character (象⽛ = 象牙) reads as written;
(b) a thread that asks what a seller's code word is and reports the seller offers nothing
(reported_threads.py: zh16-0009, zh16-0139);
(c) a licensed bear-bile drug's sealed box resold, bought at a pharmacy (numbered_drugs.sealed_box: zh16-0024);
(d) a dish named once (熊掌豆腐) covers its later mentions of the product word (likeness.mark_dish_mentions:
zh16-0027). The first case of each kind is the set's listing (or close to it), the rest new wording."""
import pytest

FLAG = [
    # (a) a radical inserted as a separator
    ("象⺇牙 老料 吊坠", "老料吊坠，包浆厚，有网纹，别问是不是骨头，不是。"),
    ("犀⺌角杯 老货", "包老，私聊"),
    ("虎⺄骨 泡酒", "懂的来"),
    ("穿⺈山甲 甲片 出售", ""),
    # (a) stays in: a Kangxi radical that is the word's own character
    ("象⽛手镯", "老料"),
    # (b) stays in: a reply voice that sells
    ("出 象牙手镯 老料", "楼主：老料手镯，懂的来，加V\n2楼：举报了\n3楼：违法\n4楼：楼主还卖吗"),
    # (c) stays in: wild bile, a wink, no licence
    ("熊胆粉 国药准字 未拆封", "另有野生熊胆 整个胆 药店老板私藏"),
    ("熊胆粉 国药准字", "未拆封，懂的来，药店价一半"),
    ("熊胆粉 一盒", "医院开的，没拆，半价"),
    # (d) stays in: the product named as other words or with a trade cue
    ("熊掌豆腐 半成品", "另有野生熊掌 私聊"),
    ("熊掌豆腐 半成品", "顺便出两只熊掌，懂的来"),
    ("熊掌 2只 冻品", "熊掌豆腐也有"),
]

PASS = [
    # (a) radicals that stand in no product word
    ("象⺇牙白 衬衫", "纯棉"),
    ("⺌部首 书法字帖", "练习 ⺇ ⺌ 偏旁"),
    # (b) a thread asking about a seller's code and reporting it
    ("【求助】朋友圈有人卖“HDH”，这是什么东西？",
     "楼主：一个做文玩的朋友天天发“HDH 红顶 血料 挂件”，图里是半红半黄的小牌子，问他也不说，就说懂的来。这是啥？\n"
     "2楼：鹤顶红的拼音首字母，盔犀鸟的头骨，国家明令禁止，别买。\n3楼：楼上正解，这玩意儿抓到就是刑事。\n"
     "4楼：建议直接举报，截图发给森林公安。\n楼主：谢谢，已经举报了。5楼：他还发什么“XJ”“DM”的，估计都是违禁的。\n"
     "6楼：森林公安可以打110转，也可以在国家林草局网站举报。"),
    ("【求助】朋友圈有人卖“XY 白料”，这是什么东西？",
     "楼主：一个做文玩的朋友天天发“XY 白料 手镯”，图里是白色带纹的镯子，问他也不说，就说懂的来。这是啥？\n"
     "2楼：象牙的拼音首字母，国家明令禁止，别买。\n3楼：楼上正解，抓到就是刑事。\n4楼：建议直接举报。\n"
     "楼主：谢谢，已经举报了。5楼：他还发什么“DM”的，估计也是违禁的。"),
    ("[吹水] 有冇人知深水埗嗰啲「老料」牌係咩嚟",
     "#1 樓主：行過深水埗有間舖頭掛住「老料 牙雕 回收」，啲嘢好白，好似好貴，想問係咪象牙嚟？香港唔係已經禁咗咩？\n"
     "#2：2021年底已經全面禁咗，仲賣就係犯法，報漁護署啦\n#3：可能係猛獁，佢哋成日用猛獁做掩護\n"
     "#4：影相報漁護署，佢哋會跟\n#1 樓主：好，聽日去影相報#5：佢隔籬間仲有掛「犀」字嘅牌，都好奇怪\n"
     "#6：呢啲舖頭做熟客，你去問佢都唔會認"),
    # (c) a sealed licensed box resold
    ("熊胆粉 国药准字 正品 一盒",
     "医院开多了用不完，归真堂熊胆粉，国药准字号在盒子上，未拆封，有效期到2027年。药品是正规药店买的，请遵医嘱使用。"),
    ("转 熊胆胶囊 两盒", "药店买的，没拆过，批准文号看图，半价出"),
    # (d) a dish named once, its product word later
    ("熊掌豆腐 预制菜 半成品", "这是熊掌豆腐，名字叫熊掌其实是煎豆腐，加热5分钟就好，下饭神器。配料表：豆腐、猪肉、酱油。"),
    ("家常熊掌豆腐 半成品", "熊掌豆腐是川菜，这道熊掌外酥里嫩，两人份"),
    ("熊掌豆腐", "好吃的熊掌，冷冻发货"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_q47_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "zh")


@pytest.mark.parametrize("title,description", PASS)
def test_q47_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "zh")


@pytest.mark.parametrize("title,description", [FLAG[0], FLAG[1], FLAG[3]])
def test_q47_batch_check_lets_radical_filler_through(clf, title, description):
    """The compiled pre-check squeezes after folding (⺇ is an ideograph there): such a listing takes the full path."""
    from classifiers.batch import rejecter

    reject = rejecter(clf)
    if reject is None:
        pytest.skip("compiled check not built")
    assert reject({"title": title, "description": description}) is not True

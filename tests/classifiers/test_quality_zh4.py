"""Kinds of misses and false flags found on tests/data/train_zh4.jsonl (a fresh hand-written
Chinese set: simplified, Taiwan traditional and Hong Kong Cantonese, scored held out before the
lexicon entries were added). The listings below are new wording for each kind, not copied from
that set: ivory and rhino horn described in whole sentences, 甲片 sold as a prepared TCM material
by weight, "don't ask, it's bone" and "bone need not compare" winks, an object brought back by
someone who worked in Africa (must reach a reviewer); buyers' complaint posts, people asking where
to take an injured wild animal, old pharmacy cabinets whose labels name the materials, and
debunks that call the scales or horn fingernail keratin (must stay out). GUARDS are look-alikes
that share a word with the new entries (nail tips by the packet, amber and agarwood sold by their
scent, an agate 'not jade, not plastic', an honest yak-horn comb) and real offers that use a phrase
left out of the benign entries on purpose."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # ivory described in a sentence: the Schreger cross-hatching written out, "neither jade nor bone"
    ("白色小牌子 老的", "截面纹路是交叉的，对光看一层层的网格，很重，不是玉不是塑料"),
    ("舊白色小佛 手感細膩", "不是玉也不是骨頭，截面像菱形的格子，有意私訊"),
    # rhino horn by its millet-grain end grain
    ("小碗一只 乌黑", "底下一片粟米点，拿近闻有股清香，老朋友都明白"),
    # 甲片 as a prepared TCM material or by weight
    ("甲片磨粉 产后用", "甲片磨粉，一次一小勺，要的宝妈私"),
    ("甲片 一两 炒过的", "甲片一两，烫好的甲片，药用的"),
    # "if you ask, it's ox bone"
    ("老挂件 问就是牛骨", "问就是牛骨，纹路自己放大看，有意私聊"),
    # "ox bone need not compare"
    ("老料 平安扣", "牛骨勿比，塑料勿扰，开门见纹，私聊"),
    # brought back by someone who worked in Africa, described not named
    ("挂件 白的 有纹", "老爸在非洲做工程时当地买的，白的，有交叉的细纹，看着给价"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    # a buyer's complaint that quotes the seller's wink
    ("避雷帖 闲鱼买猛犸牙被坑", "收到货一看一点风化皮都没有，卖家让加微信私聊，大家别上当"),
    ("避雷！某店卖的“老料”手镯", "花了三千买的，说是老料，拿去鉴定是树脂。求推荐靠谱的实体店"),
    # asking where to take an injured wild animal
    ("小区里捡到一只猴子 好像受伤了", "腿受伤了，很怕人，该送去哪？是不是不能自己养"),
    # a debunk: horn is keratin like fingernails, rhinos are poached
    ("犀牛角真的能退烧吗", "犀牛角就是角蛋白，跟人的指甲一样，没有什么神效，每年上千头犀牛被盗猎，别再迷信"),
]

# must stay out: look-alikes sharing a word with the new entries (these passed before too)
GUARD_PASS = [
    ("美甲 甲片 一袋100片 透明", "美甲店用的透明甲片一袋，打磨过的"),
    ("天然玛瑙手串 不是玉不是塑料", "天然南红玛瑙，不是玉不是塑料，有鉴定证书"),
    ("牦牛角梳 骨头树脂勿扰", "纯牦牛角手工梳，火烧有焦发味，骨头树脂勿扰，假一赔十"),
    ("蜜蜡 淡淡清香 原矿", "波罗的海蜜蜡原矿，摩擦有淡淡清香，热针有松香味"),
    ("沉香手串 一股清香", "加里曼丹沉香，常温有一股清香，沉水级"),
]

# must be flagged: real offers using phrases the benign entries leave out on purpose
GUARD_FLAG = [
    ("穿山甲片 正品 避免上当", "正宗穿山甲片，大家别上当买到假的，私聊"),
    ("小懒猴 腿受伤了 便宜出", "腿受伤了，我不能自己养了，便宜转，面交"),
    ("老象牙手镯 保真", "别贪便宜买假的，大家擦亮眼睛，我家老象牙保真，欢迎懂行的朋友"),
]


@pytest.mark.parametrize("title,description", FLAG + GUARD_FLAG)
def test_zh4_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "zh")


@pytest.mark.parametrize("title,description", PASS + GUARD_PASS)
def test_zh4_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "zh")

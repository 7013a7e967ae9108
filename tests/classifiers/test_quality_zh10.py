"""Kinds of misses and false flags found on tests/data/train_zh10.jsonl (a fresh hand-written Chinese
set in buyers', WeChat-group, auction-catalogue, herbal-recipe, rescue/release, 朋友圈, clear-out,
livestream, courier, forum-Q&A and shop-boilerplate voices; simplified, traditional TW/HK and mixed;
scored held out before these lexicon entries were added). The listings below are new wording for each
kind, not copied from that set: 象牙 with a character that carries 象 (豫牙, 潒牙), a whole tusk as 'a
white tooth' with a count, colour codes named as a pair of goods a courier carries, the collector
nickname 老犀, Cantonese 黑嘢 with a buying word, the hornbill casque by its layers or as 老鸟头, 玳瑁
as 代茂, 羚羊角 as LYJ, 熊胆 with a pinyin syllable, tiger bone as 老虎的骨, a tamed hawk, the African
grey by its colours, the star tortoise by its nickname, Cantonese 犀牛嘢, 花猫骨 and a quoted
'bone' label must reach a reviewer; an old formula that
names tiger bone only to say it cannot be bought must stay out, as must ordinary listings that share
the entries' words (a rhinoceros plush, a toothbrush, sesame, an opera headdress, a late-night meme,
a kitten rehomed for a small fee)."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # 象 written with a character that contains it (kind 4)
    ("豫牙 小牌子 老的", "油性好 私聊"),
    ("潒牙 筷子 两双", "老件 便宜出"),
    # a whole tusk described by colour and count (kind 1)
    ("出 一支白牙 七十公分", "老人从非洲带回来的 私聊"),
    # colour codes as a courier's pair of goods (kind 4)
    ("边境跑腿 带货过关", "白件红件都能找 包过关 价格私聊"),
    # 老犀 nickname; Cantonese 黑嘢 with a buying word (kinds 3, 5)
    ("老犀 一小块", "做戒面的 私"),
    ("收黑嘢 細件都要", "現金 上門"),
    # hornbill casque by its layers or as 'old bird head' (kind 1, 3)
    ("老鸟头 小坠子", "包浆好"),
    ("小挂件 外面红里面黄", "老料 私聊"),
    # 玳瑁 as 代茂; 羚羊角 as LYJ; 熊胆 with pinyin (kind 4)
    ("玳茂 发簪 老件", "黄黑花 南洋带回"),
    ("lyj片 50克", "老药房的 退烧用"),
    ("熊dan粉 野生", "一克起卖"),
    # tiger bone by the animal's everyday name (kind 1)
    ("老虎的头骨 一个", "老家房梁上取下来的"),
    # higher taxa alive (kind 2)
    ("熬好的鹰 转让", "会回手 打兔子用"),
    ("出一只 会学话的", "身体灰色，尾巴红色，从非洲带来的"),
    ("星星龟 两只 背甲十公分", "面交"),
    # Cantonese-English: the rhino named, the part left as 'stuff' (kind 5)
    ("有冇人識睇 犀牛嘢", "阿爺留低嘅犀牛嘢 一細件 想放"),
    # 花猫 (spotted wild cat) with a part word for wine (kind 3)
    ("泡酒 花猫骨头 一副", "山里老猎户的 存了很多年"),
    # a buyer who quotes the seller's 'bone' label and wants the lot (kind 3)
    ("netsuke 小件", "seller says bone, lines cross, want all"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    # fixed false flag: an old formula that names the ingredient only to say it cannot be bought
    ("祖传 接骨酒 方子", "配方：杜仲 牛膝 山君骨二两 泡一年。山君骨已买不到，请用其他代替"),
    # guards on the new entries' reach
    ("风湿酒 老方子 分享", "老方子里有一味虎胫骨，现在已买不到，请用其他药材代替，千万别买来路不明的"),
    ("老犀牛 毛绒玩偶", "儿童玩具 四十公分"),
    ("电动牙刷 白色", "送一根白牙刷头 全新"),
    ("芝麻 白的黑的都有", "五斤装 现磨芝麻粉"),
    ("京剧盔头 道具", "戏曲演出用 全新"),
    ("熬鹰 表情包", "通宵熬夜 打工人"),
    ("小猫 找领养", "收一点营养费 已驱虫 打过疫苗"),
    ("星空 拼图 1000片", "星星图案 成人减压"),
    ("花猫 抱枕", "花猫图案 卡通 全新"),
    ("犀牛嘢 公仔", "細路玩具 毛公仔 全新"),
    ("bone netsuke", "seller says bone, I checked the pores, it is cow bone, modern resin base"),
]

# (title, description): sellers who warn against others' fakes still reach a reviewer (guard on the
# 请勿购买 benign entry: a seller's 'do not buy fakes' is not a conservation notice)
STILL_FLAG = [
    ("虎骨酒 老酒", "假酒请勿购买，我家正宗，九十年代的"),
    ("老山甲片 一斤", "不要购买药店的，我这是山里的，私聊"),
]


@pytest.mark.parametrize("title,description", FLAG + STILL_FLAG)
def test_zh10_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "zh")


@pytest.mark.parametrize("title,description", PASS)
def test_zh10_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "zh")

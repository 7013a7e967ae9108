"""Kinds of misses and false flags found on tests/data/train_zh8.jsonl (a fresh hand-written Chinese
set: 文玩 collectors, 中药材 wholesalers, 农家乐, 爬友/鸟友 forums, 直播间, 二手 clear-outs, overseas Chinese
shops; simplified, traditional HK/TW/Macau/MY and mixed; scored held out before these lexicon entries
were added). The listings below are new wording for each kind, not copied from that set: Asian box and
pond turtles by their short forum names (三线闭壳, 食蛇龜, 斑點池龜), 玳瑁 cut to 瑁 or written with a
calendar emoji, the hornbill casque as 外黄内红, the antique trade's 竹木牙角 lots, a seller unsure
whether a piece is bone or tusk, a horn scraped to powder against fever, 山J片/穿S甲 with a pinyin
initial, a piece that 'cannot go online', a seller who promises to get past customs, Cantonese 牙嘢 and
spaced-letter x i a n g 牙 must reach a reviewer; the empty box or bottle of an old
tiger-bone brand and a chamber's notice telling members not to carry such goods must stay out, as must
ordinary listings that share the entries' words (an acrylic tortoiseshell-colour bangle, a museum's
竹木牙角 exhibition tickets, a dental question, a phone case 'the platform won't let me post')."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # box and pond turtles by their short names, in simplified and traditional characters
    ("出 三线闭壳 公 一只", "山里收的 背甲十二公分 要的私"),
    ("食蛇龜 一隻 山上抓的", "無證 面交"),
    ("斑點池龜 小隻", "冇證 私訊"),
    # 玳瑁 cut to 瑁, and 玳 as a calendar emoji
    ("老瑁 梳子 一把", "奶奶留下的 对光看有花"),
    ("瑁片 一小包", "老料 做手镯用的"),
    ("📅瑁 镯子 老货", "私聊"),
    # the hornbill casque told by its colours, yellow outside and red inside
    ("小挂件 外黄内红 雕观音", "老料 实心 私聊"),
    # legal-regime antiques: the 竹木牙角 category, and bone-or-tusk uncertainty
    ("竹木牙角 杂项 一批 出", "清代的 几件 私聊看图"),
    ("老麻将 一副 不知道是骨还是牙", "很重 有点发黄 便宜出"),
    ("舊筷子 十對", "唔知係骨定係牙 平放"),
    # a horn scraped to powder against fever
    ("老人留下的 黑色小角片", "刮粉退烧用的 转让"),
    # one syllable of 穿山甲 as its pinyin initial
    ("山j片 一斤", "炮制好的 药用"),
    ("穿S甲 鳞 半斤", "私聊"),
    # the piece that cannot go online
    ("老杂项 一件", "不方便上镜 白的 有纹 私"),
    # getting past customs offered as a service (the word 'customs' is not a seizure report here)
    ("ivory beads 象牙珠 from Laos", "avoid customs 没问题 DM"),
    # Cantonese 牙嘢 with an age or piece word; 象 spelt out in spaced pinyin letters
    ("舊牙嘢 細件", "平放"),
    ("牙嘢麻雀 一副", "阿爺留低"),
    ("x i a n g 牙 印章", "方的"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    # fixed false flags: collectible empty packaging, a notice that warns against carrying the goods
    ("老虎骨酒 空瓶收藏", "九十年代的老酒瓶 里面是空的 怀旧收藏"),
    ("华人商会 提醒", "回国请勿携带象牙、穿山甲片、虎骨等物品，海关严查，切勿代购"),
    # guards on the new entries' reach
    ("仿玳瑁 手镯 亚克力", "玳瑁色板材 不是真的 轻"),
    ("竹木牙角 特展 门票 两张", "博物馆周六的展览 临时去不了"),
    ("种植牙 咨询", "医生说要先拍CT看是骨还是牙的问题"),
    ("二手 手机壳 十个", "平台不让发链接 加我看图"),
    ("二手 相机 镜头", "不能上架 加微信"),
    ("海关 新闻 转发", "海关查获象牙制品 customs seized 提醒大家"),
    ("报关 代理 清关", "包清关 包税 双清到门 服装 鞋子"),
    ("牙科 診所 洗牙", "搞掂啲牙嘢 預約"),
    ("闭壳龟 专用 饲料 500克", "水龟通用 颗粒"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_zh8_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "zh")


@pytest.mark.parametrize("title,description", PASS)
def test_zh8_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "zh")

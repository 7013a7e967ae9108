"""Kinds of misses and false flags found on tests/data/train_zh5.jsonl (a fresh hand-written Chinese
set: simplified mainland posts, Hong Kong Cantonese and Taiwan traditional posts, mixed zh/en; scored
held out before the lexicon entries were added). The listings below are new wording for each kind,
not copied from that set: a gibbon told by its long arms, missing tail and morning song; a cobra by
its hood and its diet of snakes; a snow-leopard pelt by its hollow rings and thick tail; the hornbill
casque as a red-headed, yellow-bodied solid bird head (雀仔头 in Cantonese); ivory by yellowing and
grain in one phrase, "neither bone nor horn", salvaged piano keytops; rhino horn's fish-roe grain in
English; 大猫/猫科 codes written with 的; a hornbill specimen;
a 'little monkey' (小猴, 马骝); papers "lost" or "being reissued"; animals taken from the wild; a
young animal sold for a friend (must reach a reviewer); and a rescue call, reposted investigations,
a question about a licensed gift, 象牙纹 tiles, stone, wallpaper and floors, a clay-craft elephant,
石虎米 leopard-cat-friendly farm goods (must stay out). All 34 fail with the lexicon before these
entries and pass after. Five guards keep their answer before and after, so an entry that
over-reaches fails them: a wild leopard-cat kitten stays flagged; a zoo monkey eating fruit, a yoga
pose, a synthetic-skin erhu and a polyester tiger-skin tapestry stay out."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # a gibbon described, not named (long arms, no tail, swings, sings at dawn)
    ("转让 黑色小猴 手臂很长", "没有尾巴，每天早上会叫，在笼子里荡来荡去，八个月，价格私聊"),
    ("長手臂 馬騮仔 轉讓", "手臂好長，冇尾巴，朝早會唱歌，冇文件，誠意要"),
    # a cobra described by its hood and its diet
    ("一条大蛇 两米多 出", "脖子会扁，会立起来，只吃蛇，山里的，胆大的来"),
    ("眼镜蛇 一条 出", "会立起来，脖子会扁，吃别的蛇"),
    # a snow-leopard pelt described
    ("老皮子 一张 挂墙用", "灰白底黑色空心圈，尾巴又粗又长，带头，早年高原收的"),
    ("高原 老皮 一张", "空心圈很清楚，尾巴粗长，私聊"),
    # a big-cat code with a possessive 的
    ("大猫的骨 一根", "老猎人的，泡酒"),
    # the hornbill casque as a red-headed, yellow-bodied solid head; Cantonese 雀仔头
    ("红头黄身 小挂件 雕福", "实心，5克，南洋回来的"),
    ("雀仔头 小牌", "红黄分明，实心，PM"),
    # ivory: yellowing and grain in one phrase; neither bone nor horn; salvaged keytops
    ("老手镯 宽条 压手", "白中透黄，发黄有纹，戴了很多年"),
    ("小把件 非骨非角", "白色，油润，重，私聊看视频"),
    ("白色小牌 不是骨不是角", "有格纹，20克"),
    ("老钢琴拆下来的白键 一套", "琴键皮五十多片，做耳钉戒面都行"),
    ("老白键皮 52片", "拆下来的白键，做小件"),
    # rhino horn's fish-roe grain written in English in a mixed post
    ("old dark horn 老杯 heavy", "fish-roe grain on the base，solid，PM for video"),
    # a specimen of a protected animal
    ("犀鸟标本 一只", "老的，挂墙"),
    # a 'little monkey' sold with informal provenance; its diet is no 'food' look-alike
    ("小马骝 一只 出", "三个月，好黐人，冇文件"),
    ("小猴 宝宝 出", "喂奶粉和香蕉，朋友托卖，同城"),
    ("小猴子 一只", "喂水果，朋友托卖"),
    # papers 'lost' or 'being reissued'
    ("鹦鹉 一只", "证件丢了"),
    ("陆龟 一只", "证件补办中"),
    ("鹦鹉 两只 会说话", "之前有证，证书找不到了"),
    # a live leopard cat is still a live animal next to the brand entries (guard)
    ("石虎 幼崽 一只", "野生的，山里抓的，没有证"),
    # taken from the wild
    ("小鹰 两只 出", "山上树洞里掏的，已经会自己吃肉"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    # meeting a wild animal: police/forestry called
    ("小区草丛有只穿山甲", "已经打了110，林业局电话也打了"),
    # a reposted investigation quoting the code words (no price quoted: see README, left for code)
    ("[转载] 调查：网上的“黑料”生意", "记者暗访发现，有卖家在朋友圈用黑料代指犀角。原文链接见评论"),
    ("转帖：记者暗访象牙黑市", "调查发现有商贩用白料代指象牙"),
    # a question about a licensed gift
    ("婆婆送的熊胆粉能吃吗", "盒子上有批准文号，想问有没有人吃过，有没有副作用"),
    # 象牙纹 as a tile, stone, wallpaper or floor pattern
    ("象牙纹瓷砖 800x800 客厅地砖", "亮光面，防滑，一箱三片"),
    ("象牙纹岩板 餐桌", "岩板台面，1.6米"),
    ("象牙纹墙纸 卧室", "无纺布墙纸，一卷10米"),
    ("象牙纹 地板 复合", "复合木地板，耐磨"),
    # a clay-craft elephant
    ("🐘 黏土 手工", "宝宝做的大象，象牙是白色黏土"),
    # Taiwan 'leopard-cat friendly' farm brands
    ("石虎米 三包 現貨", "友善耕作，台灣在地小農"),
    ("石虎友善 蜂蜜 700g", "無農藥，現貨，下單即出"),
    # guards against over-reach of the entries above (these must stay out with them too)
    ("猴子 喂水果 视频", "动物园的猴子吃水果，好可爱"),
    ("眼镜蛇 瑜伽 教程", "眼镜蛇式 会立起来 拉伸腰背"),
    ("仿蟒皮 二胡 初学者", "环保人造蟒皮，不需要证书，送松香"),
    ("老虎皮 挂毯 涤纶", "印花仿真，装饰客厅"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_zh5_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "zh")


@pytest.mark.parametrize("title,description", PASS)
def test_zh5_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "zh")

"""Kinds of misses found on tests/data/train_zh12.jsonl (a fresh hand-written zh/mixed set: 小红书 notes,
贴吧 threads where the seller answers in a reply, keyword-stuffed 拼多多/淘宝 titles, 转转/闲鱼 '自用闲置' and
'帮朋友出' posts, 文玩 jargon, TCM and 养生 voices, pet-keeper jargon, Mekong border trade; scored held out
before the lexicon entries below were added). The first listings of each kind are from that set (they
failed before), the rest are new wording for the same kind: the totoaba maw by its size grade and a
Mexican origin with words between, DM (玳瑁) raw plates, the hornbill by its short name 盔犀, 象料 as whole
tusks, a leopard skin by its ring rosettes, turtle hatchlings by short names with 苗 (鹰嘴, 山瑞, 侧颈,
水巨, radiated), 小葵 cockatoos, shark fin by grade. Guards: an NGO report quoting code words, a keeper's
care post, and the look-alikes the new words sit inside (水巨大, 白象料理, 鹰嘴豆, 碗仔翅, 南红, 小葵 as a name)."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # totoaba: size grade and Mexican origin with words between (zh12-0070, then new wording)
    ("墨西哥 金钱 大头胶 三斤", "墨西哥过来的大头胶，单只三斤多，公的，收藏级别，老板们私聊看货，汕头现货。"),
    ("金钱大头 一只 两斤半", "老胶，干身，诚意私聊"),
    ("墨西哥带回的胶 公的", "单只一斤八两，送礼收藏都好"),
    # hawksbill raw plates by initials (zh12-0077, then new)
    ("出 大块 DM 板 整片 老料", "整片DM背甲，纹路漂亮，老料，适合做梳子镯子，按斤算，私聊。"),
    ("DM甲片 十几片", "老的，厚，透光有花"),
    # hornbill casque by the short name (zh12-0145, then new)
    ("顶 盔 一块 原料", "盔犀原料一块，顶部完整，黄红皮，约50克，不拆卖。"),
    ("盔犀吊坠 小号", "黄皮红顶，雕工细，8克"),
    # whole tusks as 象料 (zh12-0016, then new)
    ("缅甸带回 白象料 整根", "刚从瑞丽那边过来，白象料整根两根，一根3.6kg一根2.9kg，有意向的老板直接电话，量大价优。"),
    ("象料原支 一对", "带皮，成对，边境过来的，看货议价"),
    # leopard skin by ring rosettes (zh12-0062, then new)
    ("帮朋友出 一张老皮 黄底黑圈", "朋友家里翻出来一张老皮，黄底黑色圆圈花纹，真皮，大概1米5，挂墙上很有气势，价格私聊。"),
    ("老兽皮 挂毯", "黑色圆圈花纹的皮，带头，老人留下的，出"),
    # turtle hatchlings by short name with 苗 (zh12-0206, zh12-0188, then new)
    ("养龟吧｜出 鹰嘴 苗 山瑞", "鹰嘴苗子、山瑞苗子，野外的，包活。"),
    ("养龟吧｜越南带回 的 黄头 侧颈", "越南带回黄头侧颈，苗子五只，没证，但是包活。"),
    ("山瑞苗 二十只", "开食稳定，批发价"),
    # water monitor and radiated tortoise by keepers' short names (zh12-0095, zh12-0170)
    ("巨蜥吧｜水巨 苗子 出", "水巨苗子30cm左右，开食稳定，吃鼠吃鱼，脾气好，包活，自提优先。"),
    ("tortoise 吧｜radiated 苗 有没人要", "radiated 苗子两只，CB的，没证，三个月大，吃得好，要的私。"),
    ("水巨亚成 一条", "一米多，吃鸡肉，同城"),
    # 小葵 cockatoo (zh12-0225, then new)
    ("鹦鹉吧｜出 小葵 黄冠 的", "小葵一只，黄冠，印尼过来的，手养，不是国内繁殖的。"),
    ("小葵幼鸟 两只", "手养，接食中，包运输"),
    # shark fin by grade (zh12-0207)
    ("海鲜酒楼 今日 到货 翅", "今日到货：干捞翅、鲍鱼、海参，翅是大排的，具体品种别问，来吃就知道。"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    # NGO monitoring report quoting code words (zh12-0236)
    ("[转] 动保组织：2025年电商野生动物违规信息报告", "报告显示，违规信息中象牙、穿山甲片仍占多数，卖家使用“白料”“片子”等暗语。"),
    # keeper's care post (zh12-0106)
    ("亚成期的苏卡达怎么喂？🐢 经验分享", "我家苏卡达来自有证的繁殖场，附上喂食表～\n#养龟日记#"),
    # look-alikes the new words sit inside
    ("水巨大 洗衣机 10公斤", "滚筒洗衣机，容量大，出水巨大声音小"),
    ("白象料理包 番茄牛腩 速食", "白象食品，加热即食"),
    ("鹰嘴豆 即食 500g", "低脂高蛋白，沙拉用"),
    ("碗仔翅 港式 小吃 粉丝", "粉丝做的仿翅羹，街头风味"),
    ("南红 手串 黄红皮", "凉山南红玛瑙，黄红渐变，天然"),
    ("小葵 cos服 蜡笔小新", "妹妹小葵同款连衣裙，儿童尺码"),
    ("花胶 鳕鱼胶 大规格", "进口鳕鱼胶，炖汤用"),
    ("DM 私信 看图", "衣服九成新，尺码M，DM"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_zh12_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "zh")


@pytest.mark.parametrize("title,description", PASS)
def test_zh12_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "zh")

"""Kinds of misses and false flags found on tests/data/train_zh9.jsonl (a fresh hand-written Chinese
set: 直播 scripts, 小红书 notes, 闲鱼/转转 haggling, 淘宝 keyword titles, 微商, 贴吧/QQ群, 文玩 dealers,
中药材 sellers, 农家乐/野味, 爬宠/鸟友/龟友, overseas Chinese in Africa and the Golden Triangle;
simplified, traditional HK/TW/Macau and mixed; scored held out before these lexicon entries were
added). The listings below are new wording for each kind, not copied from that set: pangolin as a
'beast' on a game menu and 穿山甲 cut to 川甲 with a scale word, 鹤顶 as the initials hd with a piece
word, the casque described as a big bird's skull, bekko products in the traditional 鼈甲 spelling, a
comb said to be made from a sea turtle's shell, the big-headed turtle (CITES App I) with a count or
wild origin, Cantonese 山瑞 with a weight or cooking word, a tortoise described by its rayed shell, a
raptor found and passed on in Cantonese, the red panda set apart from the giant panda, a leopard skin as
大花猫皮子, 象牙 split by の, white seal blanks, a horn described by its hoof-shaped base, 熊🐻胆 and a
wild songbird 'just caged' must reach a reviewer; a keepers' advice post that warns against unpapered
tortoises must stay out, as must ordinary listings that share the entries' words (Sichuan league
tickets, armour-piercing models, HD cameras, bird skull teaching casts, softshell 鳖甲 TCM, the 海龟汤
puzzle game, chickpeas, a company called 山瑞, panda plush, a pet cat, white tablets, a bird cage)."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # kind 3: the pangolin as a 'beast' on a farm-restaurant menu
    ("农家乐 周末 穿山兽 炖汤", "提前两天预订 一桌一只"),
    ("鳞甲兽 炖汤", "老客户提前订"),
    # kind 4: 穿山甲 cut to the homophone 川甲 with a scale or powder word
    ("川甲粉 50克", "药用 打好的粉"),
    ("川甲大片 二两", "药用"),
    # kind 4: 鹤顶 as its pinyin initials with a material or piece word
    ("hd料 一小块", "红顶 厚度够 私"),
    ("hd挂件 老的", "南洋带回"),
    # kind 1: the casque described as a big bird's skull
    ("大鸟的头骨 雕的牌子", "红黄色 半透明 转让"),
    # kind 5: bekko products in the traditional spelling (鼈 is not folded to 鳖)
    ("鼈甲簪 一支 舊嘢", "冇證 pm"),
    # kind 1: a product said to be made from a sea turtle's shell
    ("老梳子 一把", "这把梳子是海龟的壳做的 老东西 出"),
    # kind 2: the big-headed turtle (App I) with a count; Cantonese 山瑞 with a weight or cooking word
    ("鹰嘴龟一对 出", "吃小鱼"),
    ("山瑞 一隻 三斤", "劏好先俾你 有意pm"),
    # kind 1: a tortoise described by its rayed shell, not named
    ("小龟一只", "壳上放射状的黄线 高拱 出"),
    # kinds 2, 5: a raptor found and passed on, in Cantonese
    ("執到一隻鷹", "養唔到 有人要嗎 收返飼料錢"),
    # kind 2: the red panda set apart from the giant panda
    ("出 红色的小熊猫 一只", "会上手 有院子的来"),
    # kind 3: the leopard as the big spotted cat, with a skin word
    ("老家 大花猫皮子 一张", "完整带头 私聊"),
    # kind 4: 象牙 split by the Japanese の; kind 1: white seal blanks
    ("象の牙 印章", "老的 私"),
    ("白章料 三块", "老的 有纹 私聊"),
    # kind 1: a horn described by its hoof-shaped base and dotted cut face
    ("黑的 一只", "底盘呈马蹄形 切面有小点点 出"),
    # kind 4: the bear emoji inside the name
    ("熊🐻胆 干的 两个", "山里的 私"),
    # kind 2: a wild songbird 'just caged' (毛鸟, 刚上笼)
    ("画眉 毛鸟 一只", "刚上笼 叫口好 出"),
    ("相思鸟 一对", "野的刚上笼 便宜"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    # fixed false flag (kind 7): a keepers' advice post whose 没证 is a warning, not an admission
    ("【经验贴】养陆龟三年", "新手别碰没证的 辐射 星龟 都是一级 养豹龟苏卡达就好"),
    # guards on the new entries' reach
    ("川甲联赛 门票 两张", "周六主场"),
    ("穿甲弹 模型 1:1", "树脂"),
    ("hd 高清 摄像头", "1080p 夜视"),
    ("鸟类头骨标本 教学用", "树脂复制品"),
    ("鳖甲 中药 500克", "醋鳖甲 药房"),
    ("海龟汤 剧本 推理游戏", "十个题目"),
    ("鹰嘴豆 1斤", "新疆"),
    ("鹰嘴桃 5斤", "当季"),
    ("山瑞科技 招聘", "前端工程师"),
    ("小熊猫 玩偶", "毛绒 大号"),
    ("大花猫 领养", "三岁 绝育了"),
    ("白片 药 一盒", "维生素C"),
    ("拍了一只鹰 摄影作品", "打印装裱"),
    ("马蹄形 磁铁 实验", "教学用"),
    ("熊熊 玩偶", "儿童"),
    ("鸟笼 竹编 新的", "刚上笼 的漆"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_zh9_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "zh")


@pytest.mark.parametrize("title,description", PASS)
def test_zh9_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "zh")

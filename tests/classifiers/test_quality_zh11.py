"""Kinds of misses found on tests/data/train_zh11.jsonl (a fresh hand-written Chinese set: Taobao /
Pinduoduo / 闲鱼 attribute tables, 抖音/快手 livestream captions and seller replies, 朋友圈 and 微商 price
lists, Hong Kong Cantonese forum posts, Taiwan 露天/蝦皮 listings, OCR-noisy text read from images;
scored held out before the lexicon entries were added). Most listings below are new wording for each
kind, a few are the set's own misses: the material row of an attribute table that says only 牙 or 白料,
'African raw material' in a seller reply, OCR and zhuyin forms (穿山呷, 犀牛甬, ㄒㄧ角), initials with a
product form (HG胶), the tiger by the 王 on its head, the gibbon, the slow loris and the radiated
tortoise by short or described names, an unnamed raptor with a count, 老玳 and the emoji totoaba must
reach a reviewer; bead bracelets in other materials, HG as mercury, 鹰嘴豆, 金钱肚 tripe, volunteer
calls and joint supplements must stay out (guards on the reach)."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # kind 1: the attribute table's material row gives the banned material bare
    ("【拼单】牙质文玩 小鱼挂件 3件装", "品名：年年有余挂件\n材质：牙\n颜色：白\n重量：单个约8克\n温馨提示：因材质特殊，不支持退换"),
    ("平安扣 吊坠 老款", "品名：平安扣\n材质：白料\n规格：30mm\n发货：顺丰"),
    ("小印章 一方", "品名：闲章\n材質：牙\n尺寸：2x2x5cm\n備註：私訊議價"),
    # kind 2: 'African raw material' in a seller reply
    ("评论区", "买家：白的多少一克\n卖家：非洲原料的，克价私信，看主页"),
    # kind 3: OCR and zhuyin forms
    ("图片文字", "穿 山 呷 片\n正 品 5 0 0 g\n加 V"),
    ("山钾片 下奶", "老家带的山钾片，剩一点"),
    ("识别文本", "犀 牛 甬 杯 （老 件）\n透 光 有 丝"),
    ("ㄒㄧ角 小挂件", "早期收藏，私訊"),
    # kind 4: initials only with a product form
    ("HG酒 老的", "90年代泡的，一斤装，同城"),
    # kind 5: described or shortened names (tiger, gibbon, loris, radiated tortoise, raptor)
    ("头上有王字的 骨头", "一整副，泡酒用，懂的来"),
    ("长臂小猿 宝宝", "黑色的，会抱人，私"),
    ("大眼睛小猴子 转让", "晚上才活动，动作慢慢的，会抱手指"),
    ("小辐 2只", "背上星星纹，吃草，不带证"),
    ("鹰一只 转鹰友", "训好的，会抓兔"),
    # kind 6: shortened hawksbill and the emoji totoaba
    ("老玳 手镯", "直播间剩一只，私信"),
    ("金钱🐟肚 两只", "野生的，送礼"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    ("菩提 手串", "品名：菩提手串\n材质：菩提子\n颜色：白\n规格：10mm"),
    ("牛骨 梳子", "品名：牛骨梳\n材质：牛骨\n产地：云南"),
    ("HG 汞 温度计", "实验室用，HG标识，玻璃"),
    ("鹰嘴豆 2斤 新疆", "木垒鹰嘴豆，煲汤"),
    ("金钱肚 卤味 500g", "牛金钱肚，麻辣味，真空包装"),
    ("長臂猿保育 義工招募", "招募義工，有興趣報名"),
    ("狗狗 关节 营养片", "宠物关节营养，名字叫虎骨力，含牛软骨素和氨糖"),
    ("玳瑁色 眼镜框", "醋酸纤维板材，玳瑁色"),
    ("长臂猿 纪录片 蓝光", "BBC自然纪录片，全新未拆"),
    ("大眼睛 娃娃 bjd", "树脂娃娃，眼睛可换"),
    ("王字头 老虎 布偶", "毛绒老虎，头上绣了王字，儿童玩具"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_zh11_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "zh")


@pytest.mark.parametrize("title,description", PASS)
def test_zh11_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "zh")

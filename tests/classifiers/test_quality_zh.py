"""Chinese listings written by hand for issue 12 (not from dev.jsonl, the demo data or
tests/data/unseen.jsonl): writing tricks (radicals, pinyin syllables, homophones, initials,
full-width, symbols, emoji), descriptions, winks, Cantonese; and the look-alikes that share words."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    ("象⽛ 摆件 老料", "分量足 懂的来"),
    ("xiang牙 手串", "老料 包浆好 加v"),
    ("相牙 手镯", "白料 有纹 私聊"),
    ("X牙 挂件", "懂的来 不多解释"),
    ("ＸＪ 手镯 白料", "私聊看货"),
    ("🐘牙 手镯", "老料 克价"),
    ("犀 角 杯", "老物件 私聊"),
    ("犀*角 粉 10克", "退烧 懂的来"),
    ("穿-山-甲 片 500克", "下奶 通乳"),
    ("鹤顶 红 挂件", "红边黄心"),
    ("虎 骨 酒", "老酒 十年"),
    ("不是象牙 懂的来", "密度高 没有骨眼 白色手镯"),
    ("白色 老料 手镯", "材质自己懂 克价 加v"),
    ("舊象牙筷子", "唔係膠 有意pm"),
    ("老象牙麻将", "有牌照 收藏"),
    ("玳瑁 梳子 真品", "老货 透光有花"),
    ("懒猴宝宝", "大眼睛 夜行 很乖"),
    ("小猫头鹰 捡的", "找人领养 吃生肉"),
    ("小陆龟 辐射纹", "无证 便宜出"),
    ("老虎 牙齿 挂件", "天然 镶银 老物件"),
    ("黑料 杯", "马尾丝明显 老货"),
    ("红料 挂件", "红边黄心 老货"),
    ("金钱豹 皮", "完整 老货"),
    ("熊掌 冻品", "野生 两只"),
    ("山甲 片 炮制", "下奶 一斤"),
]

# (title, description): must NOT be flagged
PASS = [
    ("象牙白 毛衣", "宽松 秋冬"),
    ("虎皮鹦鹉 一对", "公母 带笼子"),
    ("豹纹 连衣裙", "夏季 显瘦"),
    ("水牛角 梳子 天然", "防静电"),
    ("牛骨 手串 标明牛骨", "工艺品"),
    ("虎牙直播 会员", "月卡"),
    ("象拔蚌 鲜活", "顺丰包邮"),
    ("玳瑁色 眼镜框 板材", "复古"),
    ("鹤顶红 小说 全集", "武侠"),
    ("熊猫 毛绒玩具", "送孩子"),
    ("老虎钳 工具", "八寸"),
    ("犀牛盾 手机壳", "防摔"),
    ("象牙果 手串 植物象牙", "天然"),
    ("虎纹 汽车座套", "四季通用"),
    ("穿山甲 纪录片 蓝光", ""),
]



@pytest.mark.parametrize("title,description", FLAG)
def test_chinese_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "zh")


@pytest.mark.parametrize("title,description", PASS)
def test_chinese_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "zh")

"""Hand-written listings (not from the dev set or the demo data): what a reviewer would expect for
plain, obfuscated, mixed-language and Vietnamese listings, and for everyday look-alikes."""
import pytest

from classifiers import load_classifier

SHOULD_FLAG = [
    '出一对老象牙筷子，包老，私聊',
    '犀牛角杯 清代 回流 懂的私',
    '穿山甲鳞片 500g 中药 下奶',
    'Selling genuine rhino horn powder, DM for price',
    '虎骨酒 老酒 泡了20年',
    '鹤顶红 手串 血皮',
    '玳瑁 手镯 老料 满花',
    'totoaba maw 3 heads from Mexico, serious buyers only',
    'Sừng tê giác thật, ib giá',
    'Vảy tê tê nguyên chất, giao toàn quốc',
    'raw ivory tusk 2kg, cash only',
    'pangolin scales available bulk, whatsapp',
    'tiger claw pendant real, not resin',
    'hornbill casque carving, red, old',
    'Ngà voi thật 100% vòng tay',
    'xiang ya pai zi 老料 加v',
    '🐘🦷 手镯 老料 懂的来',
    '象-牙 摆件 全品 包老',
    '熊胆粉 野生 黑熊 正品',
    '活体 懒猴 手养 包活',
    'Baby slow loris for sale, very tame',
    '象 牙 手 镯 老料',
    'x!ang ya 手串 老料',
    '白料 手镯 满纹 懂的来',
    '黑料 杯子 老货 鱼子纹',
    '红料 鹤顶 手串 血皮',
    '山甲片 通乳 下奶 正品',
    'Pangolin sc@les 1kg',
    'rh1no h0rn powder',
    'i.v.o.r.y bangle old',
    'IVORYYY bangle genuine',
    'ivory bangle not plastic, real deal',
    '不是树脂的 象牙 手镯',
    'WTB ivory, any size, paying cash',
    '收象牙 高价 大量',
    '牙雕 老物件 懂的进 私聊',
    'bovine bone bangle, Schreger lines visible, creamy',
    '象牙 手鐲 老料 私訊',
    '犀角 杯 清 老件',
    '白货 按克算 懂的来',
    '象牙 按克 18元/克',
    'XJ 手串 老料 满纹',
    'rhino horn, price per gram, serious buyers only',
    'Elephant tusk 1.5kg raw, cash',
    '虎骨 泡酒 老酒',
    '山甲 片 生的 1斤',
    '海龟壳 标本 整个 老货',
    'Hawksbill shell comb vintage genuine',
    '金钱鳘 公胶 3头 野生',
    '小熊猫 活体 出',
    '穿山甲 活体 出售',
    'green sea turtle shell for sale',
    'sừng tê giác nguyên chiếc, bay ✈️',
    '虎牙 吊坠 真品 带血槽',
]
SHOULD_PASS = [
    '象牙白 连衣裙 显瘦',
    'Tiger Balm 红色 10g',
    '犀牛盾 手机壳 iPhone 15',
    '穿山甲 纪录片 DVD 全新',
    'tagua nut vegetable ivory buttons',
    '牛骨 梳子 手工 刮痧',
    '仿象牙 树脂 摆件 工艺品',
    '猛犸象 毛绒玩具 儿童',
    '龟苓膏 6碗装 清热',
    '海龟 毛绒玩具 大号',
    '玳瑁色 眼镜框 复古',
    'ivory wedding dress size 8',
    'Onitsuka Tiger sneakers size 9',
    '白象 方便面 一箱',
    '象牙塔 书籍 二手',
    '犀牛 积木 乐高 兼容',
    'ivory tower by Mark, hardcover book',
    'Rhino Records vinyl box set',
    'pangolin plush toy WWF',
    'cow bone comb handmade',
    '象牙果 手串 tagua',
    'ivory paint 5L interior',
    '象牙山 景区 门票',
    'rhinoceros beetle toy figure',
    'tiger lily bulbs 20 for $10',
    '虎皮鹦鹉 一对 送笼',
    'leopard gecko with tank',
    'tortoiseshell cat needs home',
    '玳瑁猫 找领养',
    '熊猫 玩偶 大号',
    '象牙白 瓷砖 800x800',
    'tiger eye bracelet natural stone',
    '鹤顶红 月季 花苗',
    '黑熊 毛绒玩具',
    'ivory soap bar 10 pack',
    '曝光！某商家卖象牙，已报警',
    '象牙 鉴别 方法 科普 文章',
    '拒绝象牙 公益 T恤',
    'ivory free since 2018 - save the elephants t-shirt',
    'rhino horn replica for museum display, resin',
    'buffalo horn comb handmade',
    '牦牛角 梳子 天然',
    '羊角 手串 雕刻',
    '熊出没 玩具 套装',
    'pearl bracelet freshwater',
    '海参 即食 辽参 500g',
    '巴西 鱼肚 花胶 干货 500g',
    'tiger print leggings',
    'elephant figurine ceramic',
    'turtle neck sweater',
    '虎年 生肖 摆件 陶瓷',
]


@pytest.fixture(scope="module")
def clf():
    return load_classifier()


@pytest.mark.parametrize("title", SHOULD_FLAG)
def test_flagged(clf, title):
    a = clf.assess({"title": title})
    assert a.flagged, a.explanation


@pytest.mark.parametrize("title", SHOULD_PASS)
def test_not_flagged(clf, title):
    a = clf.assess({"title": title})
    assert not a.flagged, a.explanation

"""q41 (Chinese sellers' evasions and two false flags; tests/data/README.md, zh13 and zh14 "Left for code"):

- 的-colours standing as the goods with a buying word, a stock word and a contact cue, or a wink on their
  line (长期收：白的、黑的、红的; 白的还有两件…黑的没了; 白的那个（你们知道的）¥3600): colour_goods.py (train_zh13
  0103, 0025, 0097); a T-shirt's or a phone's colours stay out;

- a cover material the seller himself calls a filter dodge (写树脂是怕被删, 标树脂是为了过审) is denied, as
  不是树脂 is (winked_covers.py; train_zh13 0075);
- a maw's legal origin taken back (其实不是巴西的, 写巴西是为了过审, not really from Brazil) beside a totoaba
  sign no longer clears the maw as food (maw_origin.py; train_zh13 0113);
- a seller's own correction (这个是牛骨，不是象牙) under a title that declares the legal material: the other
  mentions of the product are ruled out with it (honest_corrections.py; train_zh14 0153);
- a product word as the likeness of a look-alike's namesake (熊掌豆腐 … 形似熊掌) is covered by it
  (likeness.mark_named_likeness; train_zh14 0027).
"""
import pytest

# failed before (not flagged): the colour as the goods
COLOUR_GOODS = [
    ("长期收 白的黑的红的", "长期收：白的、黑的、红的，老的新的都要，整的碎的都要，价格好，现金。私信。"),
    ("回收 紅的、黑的", "長期回收：紅的、黑的，老貨優先，價格私聊。"),
    ("收老料", "高价收：白的/黑的，整的碎的都要，面交。"),
    ("有人问我那个白的还有没有", "统一回复：白的还有两件，小件，不包邮，不退换，不发图在微博，加我小号。黑的没了。"),
    ("统一回复", "黑的还有一块，白的卖完了，不发图，私聊。"),
    ("双十一文玩清仓", "清仓：\n金刚菩提 ¥80\n小叶紫檀 ¥260\n南红 ¥500\n星月 ¥60\n蜜蜡 ¥1200\n白的那个（你们知道的）¥3600\n"
     "绿松石 ¥900\n私聊下单"),
]
COLOUR_GOODS_OUT = [
    ("纯棉T恤 统一回复", "白的还有两件，黑的没了，加我微信。"),
    ("iPhone 13 二手", "白的还有一台，黑的没了，私聊。"),
    ("回收旧衣服", "长期收：白的、黑的、红的衣服都要"),
    ("出清", "颜色：白的、黑的、红的 可选，私聊"),
    ("明白的还有谁", "明白的还有几个人？私聊"),
    ("回收二手手机", "回收二手手机：白的、黑的都收，上门"),
    ("出 两只猫", "出 白的、黑的 两只猫 私聊"),
    ("统一回复", "白的还有两件，黑的没了，不包邮，今天发货。"),
]
# failed before (not flagged): the cover named as a label for the filter
WINKED_COVERS = [
    ("树脂仿古牌 白色（写树脂是怕被删）", "材质写树脂，你买回去用热针试一下就知道了。老牌子，背面刻诗文。"),
    ("樹脂手鐲 白色", "寫樹脂是怕被刪，熱針試試就知道，圈口56。"),
    ("树脂小摆件 白色", "树脂只是为了过审，热针烫不进，老物件。"),
    ("白色手镯 树脂", "怕被删才写的树脂，热针试一下就知道，56圈口。"),
]
# failed before (not flagged): a maw's stated origin taken back beside a totoaba sign
DENIED_ORIGINS = [
    ("花胶 巴西大公 （其实不是巴西的）", "标题写巴西是为了过审，实际是加利福尼亚湾那边的，陈年，两头。"),
    ("花膠 巴西大公（其實不是巴西的）", "加州灣來的，陳年兩頭，價格私聊。"),
    ("Fish maw, Brazil", "Not really from Brazil, it is from the Gulf of California, aged 5 years, DM."),
]
# failed before (flagged): an honest bone seller who rules the product out
HONEST_CORRECTIONS = [
    ("出 奶奶留下的手镯 牛骨", "之前一直以为是象牙，文玩店老板说是牛骨的，有骨髓孔，象牙没有。热针试过有烧骨头味。"
     "这个是牛骨，不是象牙，别来问象牙的事。同城面交。"),
    ("牛骨手鐲 老物件", "以前以為是象牙，拿去鑑定是牛骨。這個是牛骨，不是象牙，象牙沒有這些黑點。熱針試過，可以面交。"),
]
# failed before (flagged): the dish's likeness
DISH_LIKENESS = [
    ("熊掌豆腐 预制菜 家常菜", "熊掌豆腐是川菜家常菜，豆腐煎得金黄，形似熊掌，真空包装。"),
    ("熊掌豆腐 預製菜", "熊掌豆腐是川菜，豆腐煎到金黃，樣子像熊掌，微波加熱即食。"),
    ("熊掌豆腐 外卖", "招牌熊掌豆腐，煎过的豆腐块像熊掌一样，配五花肉，微辣。"),
    ("熊掌豆腐", "家常菜熊掌豆腐，豆腐块长得像熊掌，所以叫这个名字。"),
]
# must stay out: no wink in the clause, an honest correction of the source, dishes and colours
STAY_OUT = [
    ("树脂仿古牌 白色", "材质写树脂，树脂做的，轻，不怕摔。"),
    ("牛骨梳子", "写牛骨就是牛骨，不是别的，放心买。"),
    ("花胶 巴西大公", "不是巴西的，是秘鲁的，加州湾的没有，煲汤，顺丰包邮。"),
    ("花胶 巴西大公", "正宗巴西花胶，陈年，煲汤，顺丰包邮。"),
    ("骆驼骨 手串", "很多人问是不是象牙，不是象牙，是骆驼骨，象牙比这个重多了，热针试过。同城面交。"),
    ("Cow bone bangle, old", "Everyone asks if it is ivory. It's cow bone, not ivory - ivory has no dark pores like these."),
    ("象牙白 衣柜", "象牙白衣柜，颜色像象牙一样温润，三门，包安装。"),
    ("虎皮凤爪 卤味", "虎皮凤爪，鸡爪炸过表皮起皱，看起来像虎皮，真空包装。"),
]
# must stay flagged: a wink beside the correction, the product in the title, a real paw beside the dish
STAY_FLAGGED = [
    ("牛骨手镯 老料", "这个是牛骨，不是象牙，懂的来，克价私聊。"),
    ("牛骨手镯 老料", "这个是牛骨，不是象牙，象牙纹清晰，克价私聊。"),
    ("象牙手镯 牛骨底座", "底座是牛骨，不是象牙，镯子是老象牙，克价私聊。"),
    ("熊掌豆腐 预制菜", "熊掌豆腐 另有野生熊掌干货一对 私聊"),
    ("熊掌 干货", "野生熊掌，形似熊掌的假货别买，我家是真的，私聊"),
]


@pytest.mark.parametrize("title,description", COLOUR_GOODS + WINKED_COVERS + DENIED_ORIGINS)
def test_covers_taken_back_flag(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", HONEST_CORRECTIONS + DISH_LIKENESS)
def test_corrections_and_dishes_stay_out(expect, title, description):
    expect.not_flagged(title, description)


@pytest.mark.parametrize("title,description", STAY_OUT + COLOUR_GOODS_OUT)
def test_look_alikes_stay_out(expect, title, description):
    expect.not_flagged(title, description)


@pytest.mark.parametrize("title,description", STAY_FLAGGED)
def test_offers_stay_flagged(expect, title, description):
    expect.flagged(title, description)


def test_a_wink_about_something_else_denies_no_material(clf):
    # 怕被删 speaks of the link, not of the resin named before it: 树脂 stays a declared material
    a = clf.assess({"title": "树脂摆件 招财猫", "description": "材质是正品树脂，怕被删所以不放链接，私聊。"})
    assert not any(m.negated for m in a.matches if m.kind == "benign_context" and m.canonical == "树脂")


def test_the_winked_label_is_denied(clf):
    a = clf.assess({"title": "树脂仿古牌 白色（写树脂是怕被删）", "description": "材质写树脂，热针试一下。"})
    resin = [m for m in a.matches if m.kind == "benign_context" and m.cue == "replica"]
    assert resin and all(m.negated for m in resin)

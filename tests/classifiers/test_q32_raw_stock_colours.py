"""q32 (issue 12; the session-11 "Left for code" lists of train_zh11, train_zh12, train_en12, train_adv1):
colour codes and white tells without quotes, and a denied colour sense. New wordings of each kind, written
for these tests, and the look-alikes each rule must leave alone:
1. a bare colour (白的, 老白, 黑的, WHITE, black) on raw stock with no product noun, beside two trade tells of
   different kinds (weight or gram price, raw/whole stock, source-market origin, private price or contact):
   classifiers/code_keys.py (_whole_codes; keys 一块料, 没加工, 老白, full horn, raw pieces);
2. a bare white with its grain said plainly (白的，有纹) and a bangle size or private price: colour_codes.py
   (有纹 a short grain word), and no material named (白的，有纹，香樟木 is the wood's);
3. the colour sense of a colour compound denied (象牙白 … 不是颜色，是真料): classifiers/denied_colour.py;
4. a white figure carving (小观音, 菩萨, 罗汉) of unknown material with two tells: white_tells.py forms.
"""
import pytest

RAW_FLAG = [
    ("老白 出一块", "老白一块，原料没加工，约900克，需要的私我"),
    ("老白转让", "老白，一块料，1公斤左右，私我"),
    ("白的 整块料", "一块料，白的，1.5公斤，非洲带回，私聊"),
    ("白的 没加工", "白的，没加工过，两公斤，克价私聊，同城面交"),
    ("黑的 整个", "黑的，整个的，没加工，800克，非洲那边带回来的，价私"),
    ("black again", "black 2 pcs full horn 1.5kg + 2kg, Moz origin, DM"),
    ("WHITE", "WHITE raw 12kg, 3 pcs, from Cameroon, ship via Douala, inbox for price"),
    ("white ones back", "white back again, raw pieces 4kg total, Mombasa pickup, whatsapp only"),
]
RAW_STAY_OUT = [
    ("白色羽绒服", "白色羽绒服，整件没穿过，1.2公斤，价格私聊"),
    ("黑檀 原木", "黑檀，一块料，没加工，3公斤，非洲来的，私聊"),
    ("白玉 原石", "白玉原石一块料，没加工，1.2公斤，价格私聊"),
    ("老白干", "老白干 一箱，整箱没开，6斤，价格私聊"),
    ("老白 修车", "老白修车，一块钱起，私我"),
    ("老白 转让", "老白的店转让，整个店，私聊"),
    ("白的 一块料", "白的，一块料，没加工，做衣服用，2公斤，私聊"),
    ("蜂蜜 没加工", "土蜂蜜，没加工过的，两斤装，老家带回，私聊"),
    ("白的 没加工 大米", "白的，没加工，新米，10斤，私聊"),
    ("黑的 原料", "黑的，原料，一整块，3公斤，私聊，做沉香用"),
    ("白的 没加工 石头", "白的原石，没加工，5公斤，私聊"),
    ("老白茶", "老白茶 一块饼 357克 私聊"),
    ("老白原料批发", "老白原料批发，量大从优，私聊"),
    ("white sneakers", "white sneakers, 2kg box, full pair, DM for sizes"),
    ("white rice 25kg", "white rice 25kg bag, raw uncooked, from Thailand, DM"),
    ("black pepper", "black pepper whole, raw 5kg, Vietnam origin, per kg price, inbox"),
    ("black ebony", "black ebony raw log 12kg, from Cameroon, DM"),
    ("milk", "white milk 1kg powder, raw, from New Zealand, DM"),
    ("white marble", "white marble raw block 40kg, from Italy, DM"),
    ("white raw honey", "white raw honey 2kg jar, Tanzania, DM"),
    ("black full horn", "black full horn buffalo 2kg, Kenya, DM"),
    ("white raw", "white raw silk 3kg, from Kenya, DM"),
    ("black raw pieces", "black raw pieces charcoal 20kg, Mozambique, DM"),
]

GRAIN_FLAG = [
    ("白的 手镯 老的 56", "白的，老的，56圈口，有纹，不是骨头，价私"),
    ("出 白的", "白的，有纹路，54，私聊价格"),
]
GRAIN_STAY_OUT = [
    ("和田玉 手镯", "白的，有纹，56圈口，私聊"),
    ("木头 有纹", "白的，有纹，老料，香樟木，私聊"),
    ("白色佛像 汉白玉", "白色佛像，汉白玉，很沉，有纹理，私聊"),
    ("白T恤", "白的，有纹路的面料，M码，私聊"),
    # no colour written at all: the grain is the named material's
    ("牛骨雕 把件 有纹理", "牦牛骨手工雕刻把件，有纹理，包邮"),
    ("黄花梨 手串 有纹", "海南黄花梨手串，有纹路，鬼脸多，包邮"),
    ("和田玉 有纹", "和田玉籽料，有纹，不影响，包邮"),
]

DENIED_COLOUR_FLAG = [
    ("象牙白手镯", "象牙白手镯，不是颜色，是真料，54圈口"),
    ("象牙白手镯", "象牙白的手镯，不是颜色，是真的材料，58圈口"),
    ("ivory white bangle", "ivory white bangle - not the colour, the real material. 58mm"),
]
DENIED_COLOUR_STAY_OUT = [
    ("象牙白 手镯", "象牙白手镯，亚克力的，不是颜色问题，是款式，56圈口"),
    ("象牙白衣柜", "颜色是象牙白，是颜色不是材质，同城自提"),
    ("象牙白手镯 亚克力", "象牙白手镯，不是颜色，是亚克力的本色，54圈口"),
    ("象牙白 衣柜", "象牙白衣柜，整个没拆，30公斤，同城自提，私聊"),
    ("ivory white paint", "ivory white wall paint 5L - not the colour you see on screen, a bit warmer"),
]

FIGURE_FLAG = [
    ("白色小观音 不知道材质", "奶奶留下的白色小观音，很沉，有细细的纹理，不知道什么材质"),
]
FIGURE_STAY_OUT = [
    ("白色小观音", "白色小观音，树脂的，很沉，有纹理，私聊"),
    ("白色罗汉 陶瓷", "白色罗汉摆件，德化白瓷，很沉，包邮"),
]


@pytest.mark.parametrize("title,description", RAW_FLAG)
def test_bare_colour_on_raw_stock_with_two_tells_flags(expect, title, description):
    a = expect.flagged(title, description)
    assert any(m.kind == "code_word" and m.category in ("ivory", "rhino_horn") for m in a.matches)


@pytest.mark.parametrize("title,description", RAW_STAY_OUT)
def test_raw_stock_of_ordinary_goods_stays_out(expect, title, description):
    expect.not_flagged(title, description)


def test_black_on_raw_stock_reads_as_rhino_horn(clf):
    a = clf.assess({"title": "black", "description": "black 2 pcs full horn 1.5kg + 2kg, Moz origin, DM"})
    assert "rhino_horn" in a.categories, a.explanation


@pytest.mark.parametrize("title,description", GRAIN_FLAG)
def test_bare_white_with_grain_flags(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", GRAIN_STAY_OUT)
def test_grain_of_a_named_material_stays_out(expect, title, description):
    expect.not_flagged(title, description)


@pytest.mark.parametrize("title,description", DENIED_COLOUR_FLAG)
def test_denied_colour_sense_names_the_material(expect, title, description):
    a = expect.flagged(title, description)
    assert any(m.kind in ("name", "code_word") and m.category == "ivory" and m.suppressed_by is None for m in a.matches)


@pytest.mark.parametrize("title,description", DENIED_COLOUR_STAY_OUT)
def test_colour_compound_without_a_denial_stays_a_colour(expect, title, description):
    expect.not_flagged(title, description)


@pytest.mark.parametrize("title,description", FIGURE_FLAG)
def test_white_figure_with_tells_flags(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", FIGURE_STAY_OUT)
def test_white_figure_of_a_named_material_stays_out(expect, title, description):
    expect.not_flagged(title, description)


def test_platform_wink_denies_no_colour(clf):
    """The wink entry's other sense (the platform blocks a word) says nothing of the colour: 象牙 stays
    covered by 象牙白 (the wink itself may still send the post to review)."""
    a = clf.assess({"title": "衣柜", "description": "象 牙 白 的衣柜，平台不让发，私聊，同城自提"})
    assert not any(m.kind == "name" and m.category == "ivory" and m.suppressed_by is None for m in a.matches)

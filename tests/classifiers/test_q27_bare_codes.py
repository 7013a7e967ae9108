"""q27 (issue 12; the session-11 "Left for code" lists of train_zh12 and train_en12): evidence kinds the
lexicon alone cannot carry. New wordings of each kind, written for these tests, and the look-alikes each
rule must leave alone:
1. a bare colour code for a whole tusk or horn sold by weight with no product noun (整支的，白的，公斤，克价私聊;
   WHITE available ... 28 kg pair, Mozambique): classifiers/code_keys.py (_whole_codes);
2. 片 / 粉 / 甲 standing alone in a traditional-medicine offer: classifiers/tcm_codes.py;
3. a white Buddha, Guanyin or hand piece, heavy, with fine grain, material unknown: white_tells.py forms;
4. a captive-bred claim with the papers denied right by it (CB的，没证) is no legal channel:
   paper_claims.papers_in_denials;
5. pet food or supplies whose title names the species they are for: classifiers/pet_supplies.py;
6. a quoted name that holds a material word inside another word ('Black Thorn' durian) is no quoted
   material: quoted_materials.names_material.
"""
import pytest

from classifiers.pet_supplies import PET_SUPPLIES

WHOLE_FLAG = [
    ("出一根 整根的", "老朋友托出，整根的，白的，原样没动过，2.4公斤，按克算，私聊，不走快递"),
    ("原支 白的 有意私", "原支，白的，3公斤出头，非洲那边过来的，见面交易"),
    ("帮人出 整支", "整支的，黑的，带底，1.1公斤，克价私我"),
    ("", "White back in stock. 31 kg pair + pieces. Tanzania side, buyer collects in Dar. DM"),
    ("update", "whites available again, full pair 22kg, Mozambique, USD only, inbox"),
]
WHOLE_STAY_OUT = [
    ("白色乳胶漆 整桶", "整桶的，白的，20公斤，按公斤算，私聊"),
    ("白糖 整袋", "整袋的，白的，25公斤，私聊批发价"),
    ("铁棍山药 整根", "整根的，白的，5斤装，产地直发，私聊"),
    ("口红 整支", "整支口红，白的管子，30克，私聊"),
    ("白衬衫 两件", "白的，两件，整支袖，1公斤，私聊"),
    ("Wall paint", "White available in 20 kg pails, full pair of rollers included, DM for trade price"),
    ("Sneakers", "White in stock, full pair, 1.2 kg boxed, shoes from Lagos, DM"),
    ("Rice wholesale", "white available, 50 kg bags, full pallet, Mombasa, DM"),
    # in English a colour, a pair, a weight and a DM are any shop's words: a source market or a price by weight too
    ("Sale", "Nike AF1 white available, full pair with box 1.2kg, DM"),
    ("Sale", "Jordan 1 white in stock, whole pair size 42, 1kg parcel, Lagos pickup, DM"),
    ("Gym clear-out", "White available again, 2 kg pair of dumbbells, DM"),
    ("Restock", "Black in stock again, full pair 2kg each, buyer collects, DM"),
]

TCM_FLAG = [
    ("[出] 甲 若干", "甲 有货，炮制好的，入药用途懂的来，先款后发"),
    ("通乳 老方子", "下奶的偏方要用到 片 ，我这有，一两起，私聊"),
    ("中药材 粉", "粉 现货，入药的，正宗，顺丰包邮，价格私"),
]
TCM_STAY_OUT = [
    ("下奶茶 通乳", "通草王不留行下奶茶，一盒20片，包邮"),
    ("中药 面粉 做药丸", "中药打粉用的面粉，500克，包邮"),
    ("指甲 中药 偏方", "偏方治灰指甲，外用，有货，私聊"),
    ("药片 中药", "中药 感冒药片 每次2片 有货"),
    ("中药 茶片", "中药配方 茶片 有货 包邮"),
    ("国药准字 通乳颗粒", "国药准字Z20000000 通乳颗粒 药用 有货 包邮 片 剂"),
]

WHITE_CARVING_FLAG = [
    ("外公留的 白色观音", "家里老人留下的白色观音像，拿着压手，有细细的纹路，不知道是什么材质，看着给"),
    ("闲置 白色手把件", "白色手把件，很沉，纹理细密，说不清材质，私聊"),
]
WHITE_CARVING_STAY_OUT = [
    ("汉白玉 白色佛像", "白色佛像，汉白玉雕刻，很沉，有纹理，包邮"),
    ("德化白瓷 白色观音", "白色观音像，德化瓷，很沉，细腻，私聊"),
    ("树脂 白色小佛", "白色小佛像 树脂工艺品，摆车上，有纹理，很轻"),
]


@pytest.mark.parametrize("title,description", WHOLE_FLAG)
def test_bare_colour_for_a_whole_piece_by_weight_flags(expect, title, description):
    a = expect.flagged(title, description)
    assert any(m.kind == "code_word" and m.category in ("ivory", "rhino_horn") for m in a.matches)


@pytest.mark.parametrize("title,description", WHOLE_STAY_OUT)
def test_whole_piece_of_other_goods_stays_out(expect, title, description):
    expect.not_flagged(title, description)


@pytest.mark.parametrize("title,description", TCM_FLAG)
def test_one_character_code_in_a_tcm_offer_flags(expect, title, description):
    a = expect.flagged(title, description)
    assert "pangolin" in a.categories


@pytest.mark.parametrize("title,description", TCM_STAY_OUT)
def test_tcm_words_with_ordinary_characters_stay_out(expect, title, description):
    expect.not_flagged(title, description)


@pytest.mark.parametrize("title,description", WHITE_CARVING_FLAG)
def test_white_carving_with_ivory_tells_flags(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", WHITE_CARVING_STAY_OUT)
def test_white_carving_of_a_named_material_stays_out(expect, title, description):
    expect.not_flagged(title, description)


def test_captive_bred_with_papers_denied_is_no_legal_channel(clf):
    a = clf.assess({"title": "辐射陆龟 苗子 出两只", "description": "辐射苗子，人工繁殖的，无证，两个月大，开食稳定，要的私"})
    assert a.flagged and a.label == "illegal", a.explanation
    assert not any(m.kind == "legal_channel" for m in a.matches)


def test_captive_bred_in_english_with_no_papers(clf):
    a = clf.assess({"title": "Radiated tortoise babies", "description": "2 radiated tortoise hatchlings, captive bred, no papers, eating well, PM me"})
    assert a.flagged and not any(m.kind == "legal_channel" for m in a.matches), a.explanation


def test_captive_bred_with_papers_kept(clf):
    a = clf.assess({"title": "苏卡达陆龟 人工繁殖", "description": "人工繁殖的苏卡达，带驯养繁殖许可证和专用标识，没证的别来问"})
    assert any(m.kind == "legal_channel" and m.cue == "captive_bred" for m in a.matches), a.explanation


PET_FOOD_STAY_OUT = [
    ("陆龟粮 星龟 辐射 苏卡达 豹纹 通用 1kg", "各类陆龟通用，高纤维，添加维生素"),
    ("Tortoise Food Pellets for Sulcata Radiated Star Tortoise 1kg", "High fibre tortoise diet with calcium"),
    ("鹦鹉粮 金刚鹦鹉 非洲灰 葵花凤头 专用 坚果混合", "大中型鹦鹉适用，营养均衡"),
    ("Thức ăn cho rùa sulcata rùa sao rùa bức xạ 500g", "Cám viên dinh dưỡng cho rùa cạn"),
]
PET_FOOD_FLAG = [
    ("辐射陆龟 苗 两只 送龟粮", "辐射陆龟苗子两只，没证，送一包龟粮，私聊"),
    ("Radiated tortoise hatchling + free tortoise food", "One radiated tortoise baby, no papers, comes with food, DM"),
]


@pytest.mark.parametrize("title,description", PET_FOOD_STAY_OUT)
def test_pet_food_naming_the_species_it_is_for_stays_out(expect, title, description):
    expect.not_flagged(title, description)


@pytest.mark.parametrize("title,description", PET_FOOD_FLAG)
def test_animal_sold_with_food_still_flags(expect, title, description):
    a = expect.flagged(title, description)
    assert not any(m.suppressed_by == PET_SUPPLIES for m in a.matches)


def test_quoted_word_holding_a_material_inside_it_is_no_wink(expect):
    expect.not_flagged("Live: rambutan season", "[host] this is the 'Red Thorn' and that one 'Tiger Stripe' rambutan, "
                       "not real tiger lah just the name, 15 ringgit per kilo")


def test_quoted_material_compound_still_a_wink(clf):
    from classifiers.quoted_materials import names_material as _names_material

    assert _names_material("tortoiseshell") and _names_material("ox bone") and _names_material("white horns")
    assert not _names_material("black thorn") and not _names_material("hornbill") and not _names_material("toothpaste")

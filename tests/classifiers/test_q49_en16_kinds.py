"""q49: three kinds of misses left for code by the train_en16 data helper (tests/data/README.md, train_en16,
"Left for code"), each in new wording beside the benign look-alikes that must stay out.

1. A generic food word in one place ("tiger cake") that is one of the words of a product named elsewhere
   (tiger bone cake, T-bone glue cake, 虎骨胶 cake, 饼干龟) is that product said again, no food
   (bone_food_forms.py). Stay out: a marble tiger cake, tiger bread, tiger prawn cakes, a 老虎蛋糕
   birthday cake, a denied product.
2. An animal's name or a vague code word in quotes before the part named after it ('big cat' bone,
   "rhino" horn powder, “大猫”骨) still reads as the name across the quotes, and the quotes are a wink
   (quoted_names.py). Stay out: a capitalised name in quotes ("Big Cat" bone china, 'Rhino' horn opener)
   reads as it does unquoted, and a look-alike across the quotes ("Rhino" horn beetle) still covers it.
3. Bare initials "RH" a few words from a horn form (Genuine RH, full horn; RH — tips and shavings) read as
   rhino horn where nothing in the text makes the letters humidity, the Rh blood group, the RH furniture
   brand, a right-hand part or a signature (horn_initials.py).
"""
import pytest

FOOD_IN_FORM = [
    ("tiger cake bars", "tiger bone cake, black and glossy, for joints"),
    ("Tiger cake 🐯", "Tiger bone cake, 100g bars. Joints and arthritis."),
    ("tiger cake, limited", "T-bone glue cake, dark, 100g. For old joints."),
    ("tiger cake 100g", "虎骨胶 cake, glossy black bars, for joints"),
    ("striped cake 🐯", "tiger bone cake, 2 bars left, arthritis"),
    ("cake from the striped one", "Tiger bone glue cake, black bars, for joint pain"),
    ("Tiger cake (the old kind)", "tiger 骨 cake, 100g bars, joints"),
    ("tiger cakes 2 bars", "bars of tiger glue cake, black, old stock"),
]
FOOD_STAYS = [
    ("Tiger cake recipe, marble style", "Chocolate and vanilla swirl tiger cake, bake 45 min"),
    ("Tiger bread loaf", "Dutch crunch tiger bread, fresh daily, Saturday market"),
    ("tiger prawn cake x6", "Thai style tiger prawn cakes, frozen, 6 per pack"),
    ("老虎蛋糕 生日蛋糕", "卡通老虎造型蛋糕 6寸 可定制 同城配送"),
    ("Tiger cake tin", "Non stick loaf tin for tiger cake, 2lb"),
    ("Tiger cake, marble", "vanilla and cocoa sponge, not tiger bone cake lol, just flour, eggs and butter"),
]

QUOTED_ANIMAL = [
    ("Snake bone and 'big cat' bone", "for soaking wine, mixed lot, ask"),
    ("Old 'big cat' skin", "from the farm, ask"),
    ("'big cat' skull and claws", "cleaned, from up north, ask"),
    ("\"rhino\" horn powder 10g", "for fever, pay USDT"),
    ("Old \"rhino\" horn cup", "carved, honey colour, ask"),
    ("“大猫”骨 一副", "泡酒用 老货"),
]
QUOTED_STAYS = [
    ("\"Big Cat\" bone china mug", "fine bone china, lion print"),
    ("'Rhino' horn shaped bottle opener", "novelty opener, zinc alloy"),
    ("\"Rhino\" horn beetle larvae", "live grubs for terrarium, 5 pcs"),
    ("\"Rhino\" Linings truck bed", "spray-in liner install"),
    ("Tiger 'Balm' red, 3 jars", "muscle rub, sealed"),
]

RH_NEAR_FORM = [
    ("RH — tips and shavings", "DM for price, KL or Hanoi"),
    ("Genuine RH, full horn", "1.2kg with base"),
    ("Have RH for sale: tips, powder", "serious buyers, Mozambique source"),
    ("New stock", "RH, 2 pieces, whole horn with base, 900g"),
    ("RH (African), shavings only", "20g minimum, ship to HCM"),
    ("RH, full horn, 2 left", "not buffalo, real one, 1kg, driver drops in HCM"),
]
RH_STAYS = [
    ("Hygrometer shows RH 60%", "Digital thermometer with RH reading for grow tents, new in box"),
    ("RH Cloud sofa, 3 seater", "Genuine RH (Restoration Hardware) cloud couch, linen, pick up only"),
    ("Rh negative blood donors needed", "Please share, the hospital needs Rh- donors this week"),
    ("RH horn for Honda civic", "12V horn, right side, plug and play"),
    ("RH mirror glass, tips included", "LH and RH available for Toyota"),
    ("French horn RH pinky tips", "lesson notes for beginners"),
    ("Humidor 70% RH", "keeps cigars fresh, cedar tips and tricks"),
    ("RH tips for golf drivers", "shaft tips trimmed, right hand"),
    ("not RH, just resin horn", "display piece"),
    ("Carved horn cup, signed RH", "folk art from Kenya, cow horn"),
    ("RH, horn tips", "buffalo horn style, decor"),
]


@pytest.mark.parametrize("title,description", FOOD_IN_FORM)
def test_food_word_of_a_named_product_is_no_food(expect, title, description):
    a = expect.flagged(title, description, "en")
    assert not any(m.kind == "benign_context" and m.cue == "food" for m in a.matches), a.explanation


def test_food_word_of_a_named_product_zh(expect):
    """饼干 (biscuit) in the title and 饼干龟 (the pancake tortoise) in the description: the tortoise said again."""
    expect.flagged("饼干 两只 便宜出", "饼干龟 亚成体 两只 私聊", "zh")


@pytest.mark.parametrize("title,description", FOOD_STAYS)
def test_real_food_stays_out(expect, title, description):
    expect.not_flagged(title, description, "en")


@pytest.mark.parametrize("title,description", QUOTED_ANIMAL)
def test_quoted_animal_before_its_part_is_named_with_a_wink(expect, title, description):
    a = expect.flagged(title, description)
    assert any(m.cue == "wink" and m.canonical == "quoted word in a name" for m in a.matches), a.explanation


@pytest.mark.parametrize("title,description", QUOTED_STAYS)
def test_capitalised_name_in_quotes_stays_out(expect, title, description):
    a = expect.not_flagged(title, description, "en")
    assert not any(m.canonical == "quoted word in a name" for m in a.matches), a.explanation


def test_quoted_replica_word_stays_a_wink(expect):
    """Quotes around a look-alike's own word ('giả', fake) are the wink, not the look-alike read across them
    (train_vi2 0312, vi4 0126 in new wording)."""
    expect.flagged("Sừng tê 'giả' nguyên khúc", "bao test lửa, mài ra thơm, ai cần ib", "vi")


@pytest.mark.parametrize("title,description", RH_NEAR_FORM)
def test_rh_a_few_words_from_a_horn_form(expect, title, description):
    a = expect.flagged(title, description, "en")
    assert any(m.category == "rhino_horn" for m in a.matches), a.explanation


@pytest.mark.parametrize("title,description", RH_STAYS)
def test_rh_that_is_something_else_stays_out(expect, title, description):
    expect.not_flagged(title, description, "en")


def test_rh_reading_is_lazy():
    """No text without the two capitals pays more than a substring test."""
    from classifiers.horn_initials import near

    assert not near("rh tips and shavings") and not near("Rhino tips")
    assert near("Genuine RH, full horn") and not near("Genuine RH, full horn, 60% RH")


def test_batch_check_lets_rh_through(clf):
    from classifiers.batch import rejecter

    reject = rejecter(clf)
    if reject is None:
        pytest.skip("compiled check not built")
    assert reject({"title": "Have RH for sale: tips, powder", "description": "serious buyers"}) is not True
    assert reject({"title": "Hygrometer", "description": "RH 60%, tips included"}) is True

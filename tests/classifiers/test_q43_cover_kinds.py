"""q43: four kinds of miss of session 13's fresh sets (train_en15, train_zh15, train_mx1 'Left for code').

- a wink that points past the legal pet listed ('ask about the special ones', "something special, can't
  post here", 还有特殊的私聊, mấy bé đặc biệt ib): the pet is the cover (wink_beyond.py; cover_names.yaml q43
  entries); 'ask about other morphs / colours', 'the others in the litter' stay out;
- an owner's question that also says he wants to sell (想卖了换点钱，哪里能收, "looking to sell", muốn bán
  lại) is an offer (offered_piece.py); "不想卖", "I don't want to sell" stay no offer;
- a generic part word ('medicine', 'horn', 牙, 'teeth', thuốc) with an African source cue and a weight or
  gram price is the horn or the ivory (origin_parts.py; 直发牙 / 莫桑比克牙 in ivory.yaml); kudu, buffalo,
  herbal tea, toothpaste and a post without a weight stay out;
- mammoth written 猛瑪 (normalised 猛玛) before 象牙 is the mammoth's ivory (suspicious), not elephant ivory
  (illegal); with an elephant tell and a wink it is still flagged.
"""
import pytest

# unflagged before q43: a legal pet listed with a wink about other, unlisted animals
WINK_PAST_PET = [
    ("Ball python hatchlings", "Pied and banana ball pythons $150 each. Ask about the special ones, DM."),
    ("Sugar gliders for sale", "Sugar gliders $200 each. Also something special for serious keepers, can't post here."),
    ("Corn snakes", "Corn snakes $60. DM for the rare ones."),
    ("Hamster babies", "Hamsters $15. Ask for the others 👀"),
    ("出售玉米蛇", "玉米蛇宝宝200一条，还有特殊的私聊。"),
    ("蜜袋鼯宝宝", "蜜袋鼯宝宝出售，稀有品种私聊，不方便发出来。"),
    ("Bán rùa tai đỏ", "Rùa tai đỏ 50k một bé, còn mấy bé đặc biệt ib, không đăng được."),
]
PET_STAYS = [
    ("Ball python hatchlings", "Pied and banana ball pythons $150 each. Ask about other morphs and colours."),
    ("Corn snakes", "Corn snakes $60, more babies available, ask about other sizes."),
    ("Hamster babies", "Hamsters $15 each, ask about the others in the litter."),
    ("Ball python hatchlings", "Ball pythons $150 each, ask for the others from the same clutch."),
    ("出售玉米蛇", "玉米蛇宝宝200一条，其他颜色私聊。"),
    ("Bán rùa tai đỏ", "Rùa tai đỏ 50k một bé, có nhiều màu khác, ib."),
    ("Sugar gliders", "Sugar gliders $200 each, DM for more photos."),
]

# unflagged before q43: the owner asks whether he may sell and says he wants to
OWNER_WANTS_TO_SELL = [
    ("家里有个象牙筷子可以卖吗？", "老人留下的，想卖了换点钱，哪里能收？"),
    ("奶奶的玳瑁梳子能卖吗", "家里老人留的，想卖掉，去哪卖？"),
    ("外公的犀角杯可以卖吗", "外公留下的，想賣出去，哪裡能收？"),
]
# the same question with the wish to sell denied, or of a legal material: no offer
NO_OFFER = [
    ("家里有个象牙筷子可以卖吗？", "老人留下的，不想卖，只想知道合法怎么处理"),
    ("Can I sell grandpa's ivory carving?", "I don't want to sell it, just asking what the law says."),
    ("想卖个牛骨手串", "牛骨手串，想卖了，哪里能收？"),
]

# unflagged before q43: a generic part word, an African source, a weight or gram price
AFRICAN_PART_BY_WEIGHT = [
    ("medicine 💊 grade A", "Grade A medicine powder from Africa, 10g sealed, whole pieces too. Price per gram, hàng thật."),
    ("Horn from Africa", "Real horn, from Africa, 250g piece, price per gram, hàng thật."),
    ("Thuốc quý hàng châu phi", "Thuốc quý hàng châu phi, bột 5g, giá theo gam, hàng thật."),
    ("新货到 Mozambique 直发 牙", "Fresh cut, no cracks, white inside, 2.4kg each. 老板们私聊。"),
    ("非洲来的 牙 保真", "非洲来的牙，整根3公斤，按克算，保真。"),
    ("African teeth whole, genuine", "Whole teeth from Africa, 1.2kg pair, genuine, price per gram."),
]
AFRICAN_STAYS = [
    ("Kudu horn from Africa", "Kudu horn from Africa, 2kg, hàng thật, price per gram."),
    ("Herbal medicine from Africa", "Herbal medicine tea from Africa, 100g pack, hàng thật."),
    ("Medicine from Africa", "Medicine from Africa, hàng thật, for fever, ask me."),
    ("Buffalo horn from Africa", "Water buffalo horn from Africa, 1kg, hàng thật."),
    ("非洲来的牙膏 保真", "非洲来的牙膏，100克，保真。"),
    ("Sừng trâu châu phi", "Sừng trâu hàng châu phi 1kg, hàng thật, giá theo gam."),
]


@pytest.mark.parametrize("title,description", WINK_PAST_PET)
def test_wink_past_a_legal_pet_flags(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)
    assert "benign_pet" not in dict(a.contributions), a.contributions  # the pet is the cover, not a clearance


@pytest.mark.parametrize("title,description", PET_STAYS)
def test_more_of_the_same_pet_stays_out(expect, title, description):
    expect.not_flagged(title, description)


@pytest.mark.parametrize("title,description", OWNER_WANTS_TO_SELL)
def test_owner_who_wants_to_sell_is_an_offer(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)
    assert any(m.canonical == "owner's offer" for m in a.matches), a.explanation


@pytest.mark.parametrize("title,description", [
    ("Can I sell grandpa's ivory carving?", "Inherited an ivory carving, looking to sell it, is that allowed?"),
    ("Vòng ngà voi bán được không?", "Ông để lại cái vòng ngà voi, mình muốn bán lại, hỏi có được không"),
])
def test_wish_to_sell_wordings_are_read(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", NO_OFFER)
def test_no_wish_to_sell_stays_out(expect, title, description):
    expect.not_flagged(title, description)


@pytest.mark.parametrize("title,description", AFRICAN_PART_BY_WEIGHT)
def test_african_part_by_weight_flags(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)
    assert set(a.categories) & {"rhino_horn", "ivory"}, a.categories


@pytest.mark.parametrize("title,description", AFRICAN_STAYS)
def test_legal_or_unweighed_african_goods_stay_out(expect, title, description):
    expect.not_flagged(title, description)


def test_mammoth_written_with_ma_is_the_mammoth_ivory(clf):
    a = clf.assess({"title": "猛瑪象牙化石 原皮 附進口文件", "description": "俄羅斯進口猛瑪化石，附報關同鑑定，可睇文件。"})
    assert a.label == "suspicious", a.explanation  # mammoth (review), not elephant ivory (illegal)
    assert not any(m.canonical == "象牙" for m in a.matches), [m.term for m in a.matches]


def test_mammoth_with_elephant_tells_and_a_wink_still_flags(clf):
    a = clf.assess({"title": "猛瑪象牙 手鐲", "description": "猛瑪象牙手鐲，白，無皮，交叉紋角度大，懂的來。"})
    assert a.flagged, a.explanation


def test_wish_to_sell_legally_is_a_question_about_the_law(clf):
    a = clf.assess({"title": "How do I sell my uncle's carved tusk legally?",
                    "description": "Inherited a carved tusk and want to sell it the right way. Is there a legal route?"})
    assert not any(m.canonical == "owner's offer" for m in a.matches), a.explanation

"""Kinds of evidence the rules missed (issue 12), each with differently-worded listings written by
hand for these tests (not from dev.jsonl, the demo data or tests/data/unseen.jsonl), and the
look-alikes that share their words and must stay out."""
import pytest

from classifiers.normalize import _normalize_slow, normalize



def _matches(clf, text):
    """Every lexicon hit in the text, topical or not."""
    return clf.matcher.find("title", text)


# --- 1. Vietnamese negation: "không phải nhựa" = not plastic, like 不是树脂 / not resin ---

VI_DENIED_MATERIAL = [
    ("Hàng trắng chạm Quan Âm", "không phải nhựa, không phải xương, soi đèn có vân, ai biết thì ib"),
    ("Vòng tay trắng ngà", "khong phai la nhua, cha phai xuong bo, van o tram, ib"),
    ("Mặt dây trắng ngà cổ", "ko phải nhựa đâu, k phải xương trâu, hàng chuẩn, ai hiểu thì ib"),
    ("Tượng nhỏ chạm tay", "chẳng phải composite, không có nhựa, nặng tay, vân hình thoi, ib giá"),
]


@pytest.mark.parametrize("title,description", VI_DENIED_MATERIAL)
def test_vietnamese_denied_cover_material_is_a_wink(expect, title, description):
    expect.flagged(title, description, "vi")


@pytest.mark.parametrize("text,term", [
    ("không phải nhựa", "nhựa"), ("khong phai xuong bo", "xuong bo"), ("ko phải nhựa", "nhựa"), ("k phải nhựa", "nhựa"),
    ("chẳng phải nhựa", "nhựa"), ("chả phải nhựa", "nhựa"), ("không phải là nhựa", "nhựa"),
    ("không có nhựa", "nhựa"), ("không chứa nhựa", "nhựa"), ("khong co xuong bo", "xuong bo"), ("không phải là xương bò", "xương bò"),
])
def test_vietnamese_negators_reach_the_material(clf, text, term):
    ms = [m for m in _matches(clf, f"vòng tay {text}") if m.term == term and m.kind == "benign_context"]
    assert ms and all(m.negated for m in ms), ms


@pytest.mark.parametrize("text,term", [
    ("Tượng trắng, không phải ngà voi", "ngà voi"), ("Vòng tay không có sừng tê", "sừng tê"),
    ("Viên uống không chứa mật gấu", "mật gấu"), ("Hang moi khong phai nga voi", "nga voi"),
    ("Đây chả phải ngà voi đâu", "ngà voi"), ("Shop không bán sừng tê", "sừng tê"),
])
def test_vietnamese_negated_product_is_recorded(clf, text, term):
    ms = [m for m in _matches(clf, text) if m.term.lower() == term and m.kind in ("name", "product_form", "code_word")]
    assert ms and all(m.negated for m in ms), ms


@pytest.mark.parametrize("text,term", [
    ("Vòng tay ngà voi thật", "ngà"), ("Không ai bán rẻ sừng tê như shop", "sừng tê"),
    ("Không chỉ ngà voi mà còn sừng tê", "ngà voi"), ("Hàng không có giấy, sừng tê thật", "sừng tê"),
])
def test_vietnamese_words_that_do_not_negate_the_term(clf, text, term):
    ms = [m for m in _matches(clf, text) if term in m.term.lower() and m.kind in ("name", "product_form", "code_word")]
    assert ms and not any(m.negated for m in ms), ms


# a cover material denied and none admitted: the colour look-alike (trắng ngà, ivory white) names the material
COLOUR_NAMED = [
    ("Mặt Phật trắng ngà", "không phải xương bò, ai hiểu thì ib"),
    ("Ivory white carved Buddha", "not bone, not resin, DM"),
    ("Tượng Di Lặc màu ngà", "không phải nhựa, không phải xương, ib giá"),
]


@pytest.mark.parametrize("title,description", COLOUR_NAMED)
def test_colour_word_names_the_material_when_the_cover_is_denied(expect, title, description):
    expect.flagged(title, description)


COLOUR_HONEST = [
    ("Áo dài lụa màu trắng ngà", "không phải hàng giả, size M"),
    ("Vòng tay xương bò màu trắng ngà", "không phải nhựa"),
    ("Ivory white resin Buddha statue", "made of resin, not bone"),
    ("Gạch ốp tường màu ngà 30x60", "không phải nhựa, gạch men thật"),
    ("Rèm cửa màu ngà voi", "không phải nhựa, vải bố"),
    ("Ivory white phone case", "not plastic, genuine leather"),
]


@pytest.mark.parametrize("title,description", COLOUR_HONEST)
def test_colour_word_with_the_material_admitted_stays_out(expect, title, description):
    expect.not_flagged(title, description)


VI_HONEST = [
    ("Lược sừng trâu thật", "không phải nhựa, chải tóc mượt"),
    ("Viên uống bổ gan thảo dược", "không chứa mật gấu, có số đăng ký bộ y tế"),
    ("Vòng gỗ sưa", "không phải hàng giả, mùi thơm tự nhiên"),
    ("Tượng Phật gỗ", "không phải nhựa, gỗ mít nguyên khối"),
]


@pytest.mark.parametrize("title,description", VI_HONEST)
def test_vietnamese_honest_denials_stay_out(expect, title, description):
    expect.not_flagged(title, description, "vi")


@pytest.mark.parametrize("text,term", [
    ("Wild greys, no rings no papers", "no papers"), ("Hyacinth macaw, not tame, proven pair", "proven pair"),
])
def test_english_negation_reaches_only_the_next_words(clf, text, term):
    ms = [m for m in _matches(clf, text) if m.term.lower() == term]
    assert ms and not any(m.negated for m in ms), ms


# --- 2. a look-alike inside a longer trade cue does not excuse it ---

WINK_WITH_INNER_LOOKALIKE = [
    ("White gold material bangle", "The kind customs don't like, you know what it is, DM"),
    ("Carved old material figure", "the kind customs don't like, DM for price"),
    ("Vòng tay trắng chạm hoa", "không phải nhựa, không phải xương, nặng tay, vân ô trám"),
]


@pytest.mark.parametrize("title,description", WINK_WITH_INNER_LOOKALIKE)
def test_lookalike_inside_a_trade_cue_excuses_nothing(expect, title, description):
    a = expect.flagged(title, description)
    assert "benign_conservation" not in dict(a.contributions) and "benign_replica" not in dict(a.contributions)


def test_lookalike_outside_the_cue_still_counts(expect):
    a = expect.not_flagged("Customs seized ivory at the airport", "news report", "en")
    assert any(m.cue == "conservation" for m in a.matches)


# --- 3. an animal emoji next to a part or form word, any language ---

EMOJI_PART = [
    ("🦏 nguyên khúc 1kg", "hàng về, ai cần ib"),
    ("🐯 cốt nấu cao", "1 bộ, ib giá"),
    ("🐘 bracelet", "old, heavy, DM for price"),
    ("🐢 vòng tay", "hàng cũ, ib"),
    ("🦏 horn slices", "serious buyers"),
    ("🐯 claw necklace", "real, silver capped"),
    ("🐘 nhẫn", "hàng xưa, ai chơi ib"),
    ("🐻 mật khô", "hàng rừng, ib"),
    ("Ngà 🐘 nguyên khúc", "hàng xưa, ib"),  # Vietnamese puts the part first (ngà voi, da hổ)
    ("Da 🐯 nguyên tấm", "ai cần ib"),
]


@pytest.mark.parametrize("title,description", EMOJI_PART)
def test_animal_emoji_with_a_part_or_form_is_the_product(expect, title, description):
    a = expect.flagged(title, description)
    assert any(m.kind in ("name", "product_form", "code_word") and m.start == 0 for m in a.matches)


@pytest.mark.parametrize("text,pair", [("生肖虎 吊墜 足金", "虎 吊墜"), ("猛犸 手串", "猛犸 手串"),
                                       ("印象 bracelet", "象 bracelet"), ("大象 bracelet", "象 bracelet")])
def test_animal_character_written_as_such_is_no_emoji_form(clf, text, pair):
    assert not any(m.term == pair for m in _matches(clf, text)), _matches(clf, text)


@pytest.mark.parametrize("text,canonical", [("🐯 吊墜", "虎骨"), ("🦣 手串", "猛犸象牙"), ("🐘 bracelet", "象牙")])
def test_animal_emoji_before_a_form_is_the_product(clf, text, canonical):
    assert any(m.canonical == canonical and m.start == 0 for m in _matches(clf, text)), _matches(clf, text)


EMOJI_NOT_PRODUCT = [
    ("🐘 tượng gỗ", "trang trí phòng khách"),
    ("🐘 figurine, ceramic", "cute decor"),
    ("🐟 nguyên con tươi", "cá biển mới về"),
    ("Cá 🐟 fin chiên giòn", "món ăn vặt"),
    ("大象 bracelet 卡通", "儿童饰品"),
    # an animal motif on jewellery with nothing of the trade around it: a charm
    ("🐘 vòng tay chỉ đỏ may mắn", "handmade"),
    ("🐢 nhẫn bạc", "hình con rùa dễ thương"),
    ("🐘 bracelet", "cute gift"),
]


@pytest.mark.parametrize("title,description", EMOJI_NOT_PRODUCT)
def test_emoji_depictions_and_plain_fish_stay_out(expect, title, description):
    expect.not_flagged(title, description)


# --- 4. fish maw described richly outranks the food look-alike ---

MAW_DESCRIBED = [
    ("Fish maw", "giant maw, gulf of california, price per gram"),
    ("花胶 超大鱼鳔", "墨西哥来的 陈年胶 每克300元"),
    ("Dried fish maw, huge swim bladder", "from Mexico, price per gram, serious buyers"),
    ("鱼胶 特大", "加州湾 公胶 按克卖"),
]


@pytest.mark.parametrize("title,description", MAW_DESCRIBED)
def test_described_maw_outranks_the_food_lookalike(expect, title, description):
    a = expect.flagged(title, description)
    assert "benign_food" not in dict(a.contributions)


MAW_FOOD = [
    ("Dried fish maw 500g", "for soup, from Hong Kong"),
    ("花胶 即食", "花胶鸡汤 炖汤 300g"),
    ("鱼胶 500g", "煲汤 每斤180元"),
    ("Bong bóng cá khô 500g", "nấu súp, giá theo ký"),
    ("花胶筒 煲汤料", "每克0.5元 家常"),
]


@pytest.mark.parametrize("title,description", MAW_FOOD)
def test_plain_cooking_maw_stays_out(expect, title, description):
    expect.not_flagged(title, description)


# --- 5. Cantonese particles and traditional characters flow through like Mandarin ---

@pytest.mark.parametrize("text,mandarin", [
    ("唔係樹脂", "不是树脂"), ("冇證書", "无证书"), ("你明嘅", "你明的"), ("賣咗", "卖了"),
    ("佢話", "他话"), ("喺度", "在度"),
])
def test_cantonese_particles_read_as_mandarin(text, mandarin):
    assert normalize(text).text == mandarin
    assert _normalize_slow(text).text == mandarin


@pytest.mark.parametrize("text", ["关系", "關係很好", "不系之舟", "联系卖家"])
def test_mandarin_words_with_the_same_characters_stay(text):
    assert normalize(text).text == _normalize_slow(text).text
    assert "是" not in normalize(text).text


@pytest.mark.parametrize("text,term", [
    ("唔係象牙", "象牙"), ("冇象牙成分", "象牙"), ("呢個唔係犀角", "犀角"), ("唔含穿山甲", "穿山甲"),
])
def test_cantonese_negation_is_recorded(clf, text, term):
    ms = [m for m in _matches(clf, text) if m.canonical == term or m.term == term]
    assert ms and all(m.negated for m in ms), ms


CANTONESE_WINKS = [
    ("佛像", "唔係牛骨，你明嘅"),
    ("擺件", "冇樹脂，冇骨粉，你明嘅"),
    ("掛件", "唔係普通嘅骨，識嘅就明，私我"),
    ("象牙手鐲", "冇證書，懂嘅PM"),
]


@pytest.mark.parametrize("title,description", CANTONESE_WINKS)
def test_cantonese_winks_reach_a_reviewer(expect, title, description):
    expect.flagged(title, description, "zh")


CANTONESE_BENIGN = [
    ("唔係象牙", "係牛骨雕，工藝品"),
    ("手鐲", "冇象牙成分，係樹脂"),
    ("老虎公仔 毛公仔", "細路玩具，唔係真嘅"),
]


@pytest.mark.parametrize("title,description", CANTONESE_BENIGN)
def test_cantonese_honest_listings_stay_out(expect, title, description):
    expect.not_flagged(title, description, "zh")


@pytest.mark.parametrize("title,description", [
    ("Kitten for rehoming", "big eyes, very playful, sleeps all day, litter trained"),
    ("Puppy needs a new home", "big eyes, sleeps all day, eats kibble"),
])
def test_a_pet_described_is_named_not_described_instead_of_named(expect, title, description):
    """Descriptors (big eyes, sleeps all day) say 'described, not named' only when no animal is
    named: a kitten with big eyes is a kitten."""
    a = expect.not_flagged(title, description, "en")
    assert "described_not_named" not in dict(a.contributions), a.explanation


def test_an_unnamed_animal_described_still_goes_to_review(expect):
    expect.flagged("Cute little guy, huge eyes", "sleeps all day, active at night, eats insects and fruit. DM", "en")

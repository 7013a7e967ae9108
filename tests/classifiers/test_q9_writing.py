"""q9 (issue 12): writing tricks. Vietnamese names written with digits for letters (ng@ v0i, m4t g4u) and spelled one
letter at a time (n g à v o i -> ngàvoi): forms generated from the lexicon's own multi-syllable
Vietnamese names (classifiers/vi_written_forms.py). An animal emoji followed by its product's colour code (🐘白, 🦏 black). Fresh wording that flags, look-alikes that stay out."""
import pytest

from classifiers.normalize import normalize
from classifiers.vi_written_forms import joined_form, leet_forms


def test_leet_forms_of_a_two_syllable_name():
    forms = leet_forms("nga voi")
    assert "ng@ voi" in forms and "ng4 v0i" in forms and "nga v0i" in forms
    assert "nga voi" not in forms
    assert all(any(c.isdigit() or c in "@$" for c in f) for f in forms)


def test_leet_forms_keep_letters_and_no_lone_unit_beside_one_word():
    assert not any(f.split()[0] in ("t3",) for f in leet_forms("tê tê"))  # t3 t3 / t3 tê: too little left
    assert "hàng m3" not in leet_forms("hàng mễ")  # goods by the cubic metre
    assert "bóng c4 sủ" in leet_forms("bóng cá sủ")  # a letter and a digit inside a name of three
    assert leet_forms("ngà") == [] and leet_forms("a b c d") == []


def test_joined_form():
    assert joined_form("ngà voi") == "ngàvoi"
    assert joined_form("sừng tê") == "sừngtê"
    assert joined_form("tê tê") is None  # four letters
    assert joined_form("so khi") is None  # unmarked and short: a word elsewhere


FLAG = [
    "Bán m4t g4u khô nguyên túi, ai cần ib",
    "Vòng tay ng@ v0i trắng ngà, bản 10 ly",
    "v4y t3 t3 sao vàng, sắc uống lợi sữa",
    "c4o h0 cốt nấu 100 ngày, lọ 100g",
    "Chén s u n g t3 g1ac mài sẵn",
    "Lắc tay n g à v o i cho bé",
    "s ừ n g t ê g i á c nguyên khúc",
    "Hàng về: v ả y t ê t ê loại to",
    "#sừngtê #hàngvề inbox giá",
]
STAY_OUT = [
    "Laptop i5 8G, SSD 256, màn hình 14 inch, giấy A4 tặng kèm",
    "Cho thuê nhà 60 m2, 3 tầng, gần chợ",
    "Điện thoại 4G m2 pro, pin 5000",
    "Bánh t3 t3 ngon, 10k",
    "Quán ốc Cô Hổ: ốc hương rang muối 60k",
    "s a l e áo thun in hình voi 99k",
    "Hàng m3 gỗ thông, giao tận nơi",
]


@pytest.mark.parametrize("text", FLAG)
def test_fresh_vietnamese_writing_flags(clf, text):
    a = clf.assess({"title": text, "description": ""})
    assert a.flagged, (text, a.explanation)


@pytest.mark.parametrize("text", STAY_OUT)
def test_model_numbers_units_and_lookalikes_stay_out(clf, text):
    a = clf.assess({"title": text, "description": ""})
    assert not a.flagged, (text, a.explanation)
    assert not any(m.kind in ("name", "product_form", "code_word") for m in a.matches if m.category != "none"
                   and any(c.isdigit() for c in m.term)), a.matches


def test_model_numbers_are_not_rewritten():
    for text in ("a4", "i5", "4g", "m2", "chip i5 4g"):
        assert normalize(text).text == text


# --- kind 3: an animal emoji followed by its product's colour code (white = ivory, black = rhino horn) ---
COLOUR_FLAG = ["🐘白 手镯 私聊", "出🦏黑一块，懂的来", "🐘 white bangle, dm me", "🐘 trắng vòng tay ib"]
COLOUR_OUT = ["🐘 white t-shirt size M", "🐼 black and white plush", "🐘白色T恤 纯棉", "大象白色T恤",
              "🐘黑 手镯", "🦓 black and white stripes dress"]


@pytest.mark.parametrize("text", COLOUR_FLAG)
def test_emoji_then_colour_code_flags(clf, text):
    a = clf.assess({"title": text, "description": ""})
    assert a.flagged, (text, a.explanation)
    assert any(m.category in ("ivory", "rhino_horn") for m in a.matches)


@pytest.mark.parametrize("text", COLOUR_OUT)
def test_emoji_colour_lookalikes_stay_out(clf, text):
    a = clf.assess({"title": text, "description": ""})
    assert not a.flagged, (text, a.explanation)


def test_colour_pairs_only_with_its_own_animal(clf):
    a = clf.assess({"title": "🐘黑 一块", "description": ""})  # black is rhino horn's code, not ivory's
    assert not any(m.category in ("ivory", "rhino_horn") for m in a.matches), a.matches

"""q44 (tests/data/README.md, train_vi14 and train_mx1 "Left for code"):

- a product named in a short asked phrase and answered with a bare no, something else named after it
  ("Rượu Hổ Cốt Tửu? Không! Rượu Ba Kích", "Saiga 'antelope' horn? No – 羚羊 Lingyang brand wine": train_vi14
  0158, train_mx1 0084) is denied (asked_names.py); a question about the product's quality or sale, a no with a
  noun after it (No papers) or a yes stay as they were;
- a product term in quotes right after a dish word (chè "ngà voi", món "tay gấu", 招牌菜“熊掌”: train_vi14 0208) is
  a dish's name, no cover (dish_names.py), unless a trade cue or the product named plainly stands beside it;
- a groove or a hollow root told of a bare fang in the same sentence (nanh … có rãnh giữa, fang … groove, 獠牙…血槽:
  train_vi14 0084) is a tiger fang's tell, and makes the listing topical (fang_tells.py); a knife's fuller, a
  dentist, a fossil, a resin fang and a fang named for another animal stay out.
"""
import pytest

# failed before (flagged): the product asked a word or two before the question mark and answered no
ASKED_DENIED = [
    ("Rượu Hổ Cốt Tửu? Không! Rượu Ba Kích Tím Quảng Ninh",
     "Rượu ba kích tím ngâm 1 năm, chai 500ml. Shop không bán rượu động vật hoang dã."),
    ("Saiga 'antelope' horn? No – 羚羊 Lingyang brand wine", "Ling Yang 羚羊 brand rice wine, 6 bottles."),
    ("虎骨酒吗？不是！五加皮酒", "正规厂家，500ml"),
    ("Tiger bone wine bottle? Nope. Ginseng wine from Korea", "6 bottles, sealed"),
    ("虎骨酒瓶？不是，是人参酒", "整箱出，6瓶"),
]
# stay flagged: a question about the product's quality or sale, a no with a noun, a yes, a wink
ASKED_STAY = [
    ("Rhino horn cup? No papers", "Carved, 10cm, dm"),
    ("Ivory bangle real? No! resin is cheaper, this is the real one", "20g, dm me"),
    ("Real ivory? Yes! 100%", "dm"),
    ("象牙手镯？懂的来", "私聊"),
    ("Ngà voi thật? Không phải bàn, hàng chuẩn", "ib zalo"),
    ("Tiger bone wine cheap? No. Best quality, real", "dm for price"),
    ("Sừng tê giác bán không? Có! Hàng châu Phi", "ib giá"),
]
# failed before (flagged): a product term quoted as a dish's nickname
DISHES = [
    ('Xôi gấc, chè "ngà voi" cho tiệc',
     'Nhận đặt xôi gấc, chè khúc bạch, chè bột lọc "ngà voi" (tên món quê mình) cho tiệc thôi nôi.'),
    ('Quán nhậu: món "tay gấu" chay', 'Món "tay gấu" làm từ nấm và đậu hũ, đặt trước 1 ngày'),
    ("本店招牌菜“熊掌”", "其实是猪蹄做的，欢迎到店品尝"),
    ('Xôi "ngà voi" nhà làm', "Xôi nếp cái hoa vàng, dẻo thơm, 30k/hộp, ship nội thành"),
]
# stay out (not flagged before or after): a dessert nicknamed in English, a dish named unquoted as food
DISHES_OUT = [
    ('Homemade dessert "ivory" for parties', 'Coconut jelly dessert called "ivory", 12 cups'),
]
# stay flagged: a trade cue or the product named plainly beside the quotes, or no dish word
DISHES_STAY = [
    ('Hàng "ngà voi" thật, ib', "vòng 20g"),
    ('món "ngà voi" hàng rừng', "ib zalo"),
    ('Chè "ngà voi" ngon', "Có ngà voi thật bán kèm, ib"),
    ("收 菜“熊掌” 野生", "野生的，私聊"),
    ('món "tay gấu" rừng khô', "hàng rừng, ib giá"),
    # a glue cake and a label are no dish (reach: vi10-0157); 'jelly' material is a casque code (train-en-0172)
    ("dọn tủ: lọ cao", "3 bánh cao đen ghi 'cao hổ'. ib"),
    ("Jelly 'material' carved pendants", "honey translucent 'jelly' material, red edge, price per gram"),
]


# failed before (not flagged): a fang described by its groove or hollow root, no product word
FANG_TELLS = [
    ("Old fang pendant 7cm", "Big old fang, has a groove down the middle and a hollow root, capped in silver. DM"),
]
# a fang and its tell with no lexicon word at all: the pre-filter ends the listing before fang_tells reads it.
# Letting such text past it took a regex scan of every ordinary listing (~5-15 us a line, the stream's whole
# budget; lead, session 13), so the tell counts only in listings the lexicon made topical. Left.
FANG_UNKEYED = [
    ("Mặt dây nanh cũ, dài 7cm", "Nanh vàng, cong vừa, có rãnh giữa thân, mua lại của ông cụ, ai cần ib"),
    ("Mặt dây chuyền nanh bọc vàng", "Cái nanh này người bán bảo nanh heo rừng nhưng thẳng, có rãnh dọc, em để lại 2tr"),
    ("Canine pendant, silver capped", "Old canine 8cm with a blood groove, yellowed. Message me"),
]
FANG_OUT = [
    ("Dao găm cán sừng", "Dao rèn tay, lưỡi có rãnh, cán nanh heo rừng bọc bạc, ib"),
    ("Tẩy trắng răng nanh", "Nha khoa: răng nanh có rãnh, trám thẩm mỹ, ib"),
    ("Spinosaurus fossil fang pendant", "Fossil fang with grooves, Morocco, silver cap, dm"),
    ("Vampire fang pendant", "Resin vampire fang with blood groove, halloween"),
    ("Wild boar tusk pendant", "Boar tusk 10cm with a groove, silver cap, dm"),
    ("Nanh heo rừng bọc bạc", "Mặt dây nanh heo rừng cong 10cm, có rãnh khắc tên, ib"),
    ("牙刷 软毛", "刷头有凹槽，空心手柄"),
    ("Fang Tooth Wolf Guitar", "hollow body guitar, fang inlay"),
]


@pytest.mark.parametrize("title,description", ASKED_DENIED + DISHES + DISHES_OUT + FANG_OUT)
def test_denied_and_dish_names_not_flagged(expect, title, description):
    expect.not_flagged(title, description)


@pytest.mark.parametrize("title,description", ASKED_STAY + DISHES_STAY + FANG_TELLS)
def test_offers_stay_flagged(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.xfail(strict=True, reason="no lexicon word: the pre-filter ends the listing (FANG_UNKEYED's comment)")
@pytest.mark.parametrize("title,description", FANG_UNKEYED)
def test_unkeyed_fang_tells(expect, title, description):
    expect.flagged(title, description)


def test_the_quoted_name_asked_and_denied_is_no_wink(clf):
    a = clf.assess({"title": "Saiga 'antelope' horn? No – 羚羊 Lingyang brand wine",
                    "description": "Ling Yang 羚羊 brand rice wine, 6 bottles."})
    assert not any(m.cue == "wink" and not m.negated for m in a.matches)
    assert all(m.negated for m in a.matches if m.kind == "name" and m.field == "title" and m.suppressed_by is None)


def test_dish_name_is_covered_not_quoted_material(clf):
    a = clf.assess({"title": 'Xôi gấc, chè "ngà voi" cho tiệc', "description": ""})
    assert [m.suppressed_by for m in a.matches if m.kind == "name"] == ['dish name (món "…")']
    assert "replica-denied" not in a.cues


def test_papered_app_i_floor_says_why(clf):
    a = clf.assess({"title": "Vẹt xám châu Phi sinh sản tại trại, có giấy CITES",
                    "description": "Vẹt xám châu Phi F2 sinh sản tại trại được cấp mã số, có giấy xác nhận nguồn gốc "
                                   "của Chi cục Kiểm lâm và nhẫn chân khắc mã trại. Xuất hóa đơn.", "price": "22tr"})
    assert a.label == "suspicious"  # by design: a papered App I animal goes to review (docs/classifier.md)
    assert "App I animal or primate offered with papers" in a.explanation

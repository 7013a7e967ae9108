"""Where a look-alike or a cue stands decides what it speaks of: a look-alike given with the item
(送/tặng kèm/comes with) is an extra, not what the item is; in a long post (a list of things for
sale) a look-alike or a cue counts for the product of its own line, not for every line.
Hand-written listings in zh/en/vi, one per kind and language."""
import pytest




GIVEN_WITH_PRODUCT = [
    ("象牙手镯 老料 送 毛绒玩具", ""),
    ("老象牙 吊坠", "包邮，赠送 一个 塑料 挂绳"),
    ("Old ivory bangle, estate piece", "comes with a free plush toy for the kids"),
    ("Rhino horn cup, antique", "bonus: a resin display stand"),
    ("Vòng ngà voi cũ", "tặng kèm gấu bông"),
    ("Móng hổ bọc bạc", "kèm theo hộp nhựa đựng"),
]


@pytest.mark.parametrize("title,description", GIVEN_WITH_PRODUCT)
def test_a_look_alike_given_with_the_item_does_not_explain_it_away(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, a.explanation


GIVEN_WITH_ORDINARY = [
    ("儿童保温杯 送 毛绒玩具", ""),
    ("Kids water bottle, comes with a free plush toy", ""),
    ("Bình nước cho bé tặng kèm gấu bông", ""),
    ("毛绒大象 玩具 送 挂件", ""),  # the plush elephant is the item sold
    ("Plush elephant toy, 30cm", "comes with a gift bag"),
    ("Gấu bông voi con 40cm", "tặng kèm túi quà"),
]


@pytest.mark.parametrize("title,description", GIVEN_WITH_ORDINARY)
def test_ordinary_goods_with_a_gift_stay_benign(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, a.explanation


def test_the_given_look_alike_is_marked_given(clf):
    a = clf.assess({"title": "象牙手镯 老料 送 毛绒玩具"})
    toys = [m for m in a.matches if m.kind == "benign_context"]
    assert toys and all(m.given for m in toys)
    plain = clf.assess({"title": "毛绒玩具 大象"})
    assert not any(m.given for m in plain.matches)


MOVING_SALES = [
    ("搬家清仓 一批旧物转让",
     "1. 实木书桌 八成新 200元\n2. 奶奶留下的老象牙手镯 一只\n3. 儿童毛绒玩具 一袋 50元\n4. 电饭煲 30元\n自提"),
    ("Moving sale - everything must go",
     "Dining table and 4 chairs, $120\nOld ivory bangle from grandma\nKids' plush toys, bag of 20, $15\n"
     "Microwave $25\nPickup only"),
    ("Thanh lý đồ chuyển nhà",
     "Bàn học gỗ 500k\nVòng ngà voi cũ của bà để lại, ai cần ib\nGấu bông cho bé 1 túi 100k\nNồi cơm điện 200k"),


    # one paragraph listing the goods, item after item
    ("家里老人的旧物一起出",
     "红木椅子两把 800元，景德镇花瓶 300元，上海牌手表 200元，毛绒玩具一箱 50元，还有一对老象牙筷子，一个铜香炉"),
    ("Clearing out dad's den",
     "Oak desk $200, brass lamp $40, plush toys for the grandkids $10, vinyl records $5 each, "
     "and an old ivory letter opener, plus a wool rug"),
]


@pytest.mark.parametrize("title,description", MOVING_SALES)
def test_a_toy_on_another_line_does_not_explain_the_product_away(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    toys = [m for m in a.matches if m.kind == "benign_context" and m.cue == "toy"]
    assert toys and all(m.remote for m in toys)
    assert "benign_toy" not in dict(a.contributions)


COLOUR_LISTS = [
    ("Moving sale", "Ivory color leather sofa, 3 seats, $300\nBookshelf $40\nBaby stroller, like new\n"
                    "WeChat me for the rest: abc123\nCash only"),
    ("搬家甩卖", "象牙白真皮沙发 三人位 800元\n书架 100元\n婴儿推车 九成新\n其他东西加微信 abc123 详聊\n只收现金"),
    ("Thanh lý đồ nhà", "Sofa da màu trắng ngà 3 chỗ 3tr\nKệ sách 300k\nXe đẩy em bé còn mới\n"
                        "Đồ khác liên hệ zalo 0901234567\nChỉ nhận tiền mặt"),
]


@pytest.mark.parametrize("title,description", COLOUR_LISTS)
def test_a_colour_line_is_not_lifted_by_a_contact_line_about_other_things(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, a.explanation
    assert not [k for k, _ in a.contributions if k in ("cue_contact", "cue_secrecy", "contacts_found")]


SHORT_TOGETHER = [
    ("ivory color dress", "size M, worn once"),
    ("象牙 手镯", "树脂材质"),
    ("Ivory bangle", "resin, a costume piece"),
    ("Vòng ngà voi", "bằng nhựa resin, hàng trang trí"),
]


@pytest.mark.parametrize("title,description", SHORT_TOGETHER)
def test_a_short_listing_keeps_its_look_alike_for_its_title(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, a.explanation
    assert not any(m.remote or m.given for m in a.matches)


def test_a_material_anywhere_in_a_long_description_describes_the_titles_item(clf):
    a = clf.assess({"title": "Ivory figurine, elephant family", "description":
                    "Beautiful piece for the shelf.\nThree elephants on a base.\nMade of resin.\nShips worldwide."})
    assert not any(m.remote for m in a.matches if m.cue == "replica"), a.explanation

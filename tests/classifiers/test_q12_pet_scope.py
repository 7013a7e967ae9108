"""A pet named elsewhere in a list must not excuse an animal that is only described (q12, issue 12,
from train_vi7's "left for code" list: a pet-auction list with hamsters and rabbits hid a slow loris
described as 'ngủ ngày, mắt to tròn, leo cây chậm'). In a list of animals sold one by one, a pet
word covers its own item (its line, or its comma-separated entry with its bracket), and an item of
its own price that describes an unnamed animal two or more ways is read as described, not named.
Guards: a pet described in its own item or post (sugar glider with big eyes and day sleep), one
description per entry, pet lists with no description."""
import pytest

FLAG = [
    ("Phiên đấu giá thú cưng tối nay",
     "Mèo Anh lông ngắn 3tr, thỏ Hà Lan 150k, hamster 50k, 1 bé lạ (ngủ ngày, mắt to tròn, leo cây chậm) 2tr, chó Phốc 2tr5"),
    ("Pet auction tonight",
     "Hamsters £10, rabbit £30, guinea pigs £15, and one special little one (big round eyes, sleeps all day, "
     "climbs very slowly, from the forest) £300"),
    ("Hàng mới về shop thú",
     "- Hamster bear 80k\n- Thỏ tai cụp 300k\n- Bé thú rừng: mắt như hạt nhãn, ngủ ngày thức đêm, leo cây chậm 1tr5\n"
     "- Nhím kiểng 400k"),
    ("宠物 拍卖 今晚", "仓鼠 50元，兔子 200元，还有一只小可爱（大眼睛，白天睡觉，爬得很慢，山里朋友给的）1500元"),
]

PASS = [
    ("Sóc bay Úc 3 tháng", "Bé ngủ ngày, mắt to tròn, leo cây giỏi, ăn trái cây, 800k"),
    ("Pass thú cưng", "Hamster 50k, thỏ 200k, sóc bay úc (ngủ ngày, mắt to tròn, bám tay) 900k"),
    ("Pass bé sóc bay úc", "ngủ ngày, mắt to tròn, leo cây chậm, thỏ với hamster cũng pass luôn"),
    ("Sóc bay úc tặng kèm hamster", "Sóc bay úc, bé 3 tháng (ngủ ngày, mắt to tròn), hamster tặng kèm, 900k"),
    ("Thanh lý thú cưng", "Thỏ Hà Lan 150k, hamster 50k, mèo Anh 3tr, chó Poodle 4tr, ai lấy ib"),
    ("宠物店 新到", "仓鼠 50元，兔子 200元，蜜袋鼯（大眼睛，白天睡觉）800元"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_a_pet_elsewhere_does_not_cancel_a_described_animal(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, a.explanation


@pytest.mark.parametrize("title,description", PASS)
def test_pets_described_in_their_own_item_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, a.explanation

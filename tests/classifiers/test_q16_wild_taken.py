"""q16, kind 2: a live animal said to be caught in the wild (bắt ngoài rừng, 山上抓的, caught in the
forest) has no papers: named even by a weak species word, it goes to review."""
import pytest


def _a(clf, title, description=""):
    return clf.assess({"title": title, "description": description})


@pytest.mark.parametrize("title,description", [
    ("Trăn gấm con", "Trăn gấm con 80cm, bắt ngoài rừng Đồng Nai, ăn chuột sống, 1tr5."),
    ("出 小猫头鹰", "小猫头鹰一只，山上刚抓的，会吃肉了，同城自提。"),
    ("Nhím bờm", "Nhím bờm bắt trong rừng 6kg, ai nuôi làm giống liên hệ."),
])
def test_wild_taken_live_animal_goes_to_review(clf, title, description):
    assert _a(clf, title, description).flagged


@pytest.mark.parametrize("title,description", [
    # no live animal named: a wild-caught fish for dinner, a phone that vibrates (bật rung, unmarked)
    ("Cá suối", "Cá suối bắt ngoài suối sáng nay, 150k/kg, ship nội thành."),
    ("dien thoai cu", "dien thoai cu bat rung manh, pin tot, 500k"),
    # a farmed porcupine with its farm paper, a plush owl
    ("Nhím bờm giống trại", "Nhím bờm giống trại, có giấy trại, 500k/cặp, bao nuôi."),
    ("Cú lợn bông", "Gấu bông hình cú lợn, cao 30cm, quà tặng cho bé."),
])
def test_wild_taken_guards(clf, title, description):
    assert not _a(clf, title, description).flagged

"""A legal pet named and described is a pet: its looks, diet and tameness describe it, not a
protected animal (pets.yaml, features.py). And a food word a live animal eats (吃水果, ăn trái
cây, eats fruit) is its diet, not a food listing that explains the animal away. zh/en/vi."""
import pytest




PETS = [
    ("蜜袋鼯 宝宝 手养 亲人", "吃水果和虫子 晚上活跃 送笼子"),
    ("三线仓鼠 一对", "很亲人 吃瓜子 送笼子和木屑"),
    ("荷兰猪 幼崽 出售", "吃草和胡萝卜 很乖 不咬人"),
    ("Sugar glider joey, hand tame", "eats fruit, active at night, big eyes, comes with cage"),
    ("Baby hamsters ready for new homes", "tiny, hand tame, eat seeds, cage available"),
    ("Leopard gecko baby, captive bred", "eats crickets, docile, easy to handle"),
    ("Corn snake hatchling", "feeding on pinkies, very calm"),
    ("Sóc bay Úc sugar glider thuần tay", "ăn trái cây, kèm lồng"),
    ("Hamster robo thuần tay", "ăn hạt, nhỏ xíu, kèm lồng"),
    ("Chồn sương cảnh 3 tháng", "đã tiêm, ăn hạt, rất quấn người"),
    ("Thỏ mini tai cụp", "ăn cỏ, ngoan, biết đi vệ sinh đúng chỗ"),
]


@pytest.mark.parametrize("title,description", PETS)
def test_a_named_legal_pet_described_stays_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, a.explanation


PROTECTED_EATING = [
    ("懒猴 宝宝 手养", "大眼睛 晚上活跃 吃水果"),
    ("Slow loris baby, hand tame", "big eyes, eats fresh fruit"),
    ("Culi con thuần tay", "mắt to, ăn trái cây"),
]


@pytest.mark.parametrize("title,description", PROTECTED_EATING)
def test_a_protected_animals_food_is_its_diet(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, a.explanation
    assert "benign_food" not in dict(a.contributions)

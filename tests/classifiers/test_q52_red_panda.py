"""q52 (train_live3 "Left for code": bare 小熊猫 next to a 大熊猫 toy word): the red panda set apart from the giant
panda with the written 非/并非 (小熊猫 非大熊猫), the twin of 小熊猫不是大熊猫, is the live animal named; the toy entry's
熊猫/大熊猫 no longer wins (live_animals.yaml `# q52:`). Stay out: a plush red panda that says so, the cigarette brand."""
import pytest

NAMED = [
    ("小熊猫 并非大熊猫", "四个月，吃苹果，亲人。", "¥15000"),
    ("出小熊猫（非大熊猫）", "会爬树，吃竹叶，很亲人。", "¥9000"),
    ("小熊貓 非大熊貓", "尾巴環紋，兩個月，私訊。", "NT$40000"),
]
STAY = [
    ("小熊猫玩偶 非大熊猫", "毛绒小熊猫玩偶，30cm。", "¥39"),
    ("小熊猫烟", "小熊猫香烟一条。", "¥200"),
]


@pytest.mark.parametrize("title,description,price", NAMED)
def test_red_panda_set_apart_is_named(clf, title, description, price):
    a = clf.assess({"title": title, "description": description, "price": price})
    assert a.flagged and any(m.canonical == "小熊猫非大熊猫" for m in a.matches)


@pytest.mark.parametrize("title,description,price", STAY)
def test_plush_and_cigarettes_stay_out(clf, title, description, price):
    assert not clf.assess({"title": title, "description": description, "price": price}).flagged

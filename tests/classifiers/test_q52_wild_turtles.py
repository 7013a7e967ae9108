"""q52 (train_live2 / zh4 kind: live animals described rather than named): a turtle the seller caught in the wild
(河边抓的小乌龟, 山上抓的小乌龟, 野生乌龟), species unknown, offered: before the live_animals_reptiles.yaml entry
(野外抓的乌龟, `# q52:`) nothing matched and the listing was 'no wildlife terms found'. China's native pond and box
turtles are wild-protected (LIST2021): a reviewer looks. Stay out: a pet slider, a bare 小乌龟 with turtle food, a
brass turtle ornament, release news."""
import pytest

CAUGHT = [
    ("山上抓的小乌龟 两只", "山上抓的小乌龟，不知道什么龟，便宜出。", "¥80"),
    ("野生乌龟 一只", "野生乌龟，壳上有花纹，有人要吗。", "¥200"),
    ("河里抓的乌龟", "河里抓的乌龟，巴掌大，同城自取。", "¥150"),
    ("田里抓的小乌龟 出", "田里抓的小乌龟，会吃虾。", "¥60"),
]
STAY = [
    ("巴西龟 一只", "巴西龟，养了两年，会吃龟粮。", "¥20"),
    ("乌龟摆件 铜", "铜乌龟摆件，招财。", "¥88"),
    ("村民放生野生乌龟", "新闻：村民把河边抓的乌龟送到保护站放生，呼吁大家保护野生动物。", ""),
    ("小乌龟 一只", "小乌龟，吃龟粮，送缸。", "¥30"),
]


@pytest.mark.parametrize("title,description,price", CAUGHT)
def test_wild_caught_turtle_goes_to_review(clf, title, description, price):
    a = clf.assess({"title": title, "description": description, "price": price})
    assert a.flagged
    assert any(m.canonical == "野外抓的乌龟" for m in a.matches)


@pytest.mark.parametrize("title,description,price", STAY)
def test_pet_ornament_news_stay_out(clf, title, description, price):
    assert not clf.assess({"title": title, "description": description, "price": price}).flagged

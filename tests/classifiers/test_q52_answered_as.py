"""q52 (train_live3 "Left for code": '食蟹獴？不 是水獺寶寶'): a look-alike asked and answered with a bare 不/唔, a
space, then 是/係 and the animal ('No, (it's) an otter baby') names the animal; the normaliser joins 不 是 into the
negator 不是, so the animal read as denied (answered_as.py un-negates it). Stay out: '不是X' written without the
space after a question, a denial with no question ('水獭玩偶，不 是水獭')."""
import pytest

ANSWERED = [
    ("松鼠？不 是懒猴", "大眼睛，白天睡觉，晚上慢慢爬。", "¥2600"),
    ("倉鼠？唔 係懶猴", "大眼，日頭瞓覺。", "HK$3000"),
    ("小狗？不 是水獭宝宝", "会洗手，爱吃虾，会游泳。", "¥20000"),
    ("貓仔？不 是石虎", "斑點好靚，食生肉，兩個月。", "NT$8000"),
]
STAY = [
    ("是懒猴吗？不是懒猴", "是蜂猴玩偶，毛绒的。", "¥40"),
    ("懒猴？不是懒猴", "懒猴玩偶，毛绒公仔。", "¥40"),
    ("水獭玩偶", "水獭玩偶，不 是水獭。", "¥30"),
]


@pytest.mark.parametrize("title,description,price", ANSWERED)
def test_answer_after_spaced_no_names_the_animal(clf, title, description, price):
    a = clf.assess({"title": title, "description": description, "price": price})
    names = [m for m in a.matches if m.kind == "name" and m.category == "live_animal" and m.weight >= 0.5]
    assert names and not any(m.negated for m in names)
    assert a.flagged


@pytest.mark.parametrize("title,description,price", STAY)
def test_unspaced_or_unasked_denial_stays(clf, title, description, price):
    a = clf.assess({"title": title, "description": description, "price": price})
    assert not a.flagged

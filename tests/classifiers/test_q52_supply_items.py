"""q52 (train_live3 "Left for code": a slow loris as one line of a clearance post beside a fish tank): a keeping
supply filed as a pet look-alike (鱼缸, 水族箱, 爬箱, lồng không, parrot cage) sold on an item of its own no longer
clears the animal described on another item of the list (supply_items.py, a scope mark). Stay out: the supply in
the animal's own item ('小仓鼠一只连笼子'), a list with no animal besides the supply, a hamster described on its own
item of a pet shop's list, 送鱼缸 in prose."""
import pytest

LISTED = [
    ("清仓 鸟笼 鱼缸", "鸟笼 80；鱼缸 150；还有一只会缩成一团的小东西，吃蚂蚁，没证，私聊。"),
    ("搬家处理", "水族箱 200；书架 50；一只大眼睛小夜猴，白天抱着树枝睡觉，没证，价格私聊。"),
    ("退坑出 爬箱 灯", "1. 爬箱 120；2. 加热灯 30；3. 舌头分叉的大蜥蜴，一米多，野外抓的，私聊。"),
    ("Dọn nhà", "1. lồng không 100k; 2. quạt 50k; 3. con nhỏ mắt như hạt nhãn, leo cây chậm, không giấy, ib giá."),
]
STAY = [
    ("出仓鼠连笼子", "小仓鼠一只连笼子，大眼睛，白天睡觉。", "¥50"),
    ("搬家清仓", "1. 鱼缸 150；2. 金鱼三条 30；3. 台灯 20。", ""),
    ("Pet shop clearance", "1. cages $20; 2. hamster, big eyes, sleeps all day $15; 3. bedding $5.", ""),
    ("送鱼缸", "金鱼五条，送鱼缸，大眼睛的那种。", "¥30"),
]


@pytest.mark.parametrize("title,description", LISTED)
def test_supply_item_does_not_clear_the_animal(clf, title, description):
    a = clf.assess({"title": title, "description": description, "price": ""})
    assert a.flagged
    assert all(m.remote for m in a.matches if m.kind == "benign_context" and m.cue == "pet")


@pytest.mark.parametrize("title,description,price", STAY)
def test_supply_with_its_pet_or_alone_stays(clf, title, description, price):
    assert not clf.assess({"title": title, "description": description, "price": price}).flagged

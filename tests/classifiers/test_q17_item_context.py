"""q17 (issue 12, kind: benign context of OTHER items of a list cancels a wildlife item). A look-alike
on one item of a list of goods (咖啡、燕窝、沉香; 自行车一辆；书架一个；) is about that item, also in a
short post and also when the wildlife item is described (黄皮红心, a hornbill-casque tell) rather than
named (item_context.py, inline_lots' item rule). Stay out: the same lists with no wildlife item,
look-alikes that are the item (毛绒穿山甲), a colour of the product's own item, prose with commas."""
import pytest

FLAG = [
    ("沙巴 土产", "本地白咖啡、燕窝、沉香木，还有山甲少少，要问先"),
    ("山货 清仓", "野生蜂蜜、沉香、香菇干，另有山甲一点，不多"),
    ("搬家 出东西", "儿童自行车一辆；书架一个；一个黄皮红心的老挂件，刻着鹤，老物件；旧杂志若干"),
]
STAY_OUT = [
    ("马来西亚 土特产", "白咖啡、燕窝、榴莲干、猫山王，要的早点问"),
    ("老家带来的东西", "腊肉两斤；土蜂蜜三瓶；笋干，都是自家的"),
    ("象牙白 书架", "象牙白色书架一个；儿童自行车一辆；台灯两个"),
    ("咖啡 燕窝 沉香", "本地咖啡、燕窝、沉香手串，树脂仿象牙摆件一个，全部便宜"),
    ("儿童玩具 一箱", "毛绒穿山甲、犀牛公仔、大象积木、小老虎拼图，九成新"),
    ("CB Hermann's tortoise, 3 yrs", "Captive bred Hermann's tortoise, 3 yrs, female, ~10cm. Comes with "
                                      "tortoise table, lamp and substrate. Breeder invoice included."),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_other_items_lookalikes_do_not_cancel(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_lists_without_wildlife_item_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)




@pytest.mark.parametrize("text,food,diet", [
    ("鸟很亲人，吃葵花籽和水果", "水果", True),  # the eating word reaches over a list of foods in its clause
    ("每天喂虫子、苹果", "苹果", True),
    ("鹦鹉一只，会说话。水果店转让", "水果", False),  # another clause: the fruit is not its food
    ("吃饭了，还有水果", "水果", False),
])
def test_eating_word_before_a_list_of_foods(text, food, diet):
    from classifiers.match_scope import _eats
    assert _eats(text, text.index(food)) is diet

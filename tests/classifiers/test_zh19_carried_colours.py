"""Colour goods carried back from Africa or a border market (classifiers/carried_colours.py; train_zh19 0111,
0115, 0176): a trip, a carrying word, the goods called only by a colour (白的, 很白, 黑的, 红的) and an offer
word, with no product named. Fresh wordings of the kind, stay-outs (the colour of coffee, jade, clothes,
pets, tea; a trip with no offer; a colour with no trip) and the gate on both paths."""
import pytest

CARRIED = [
    ("坦桑回来了", "表哥在那边干工程，带回几件小东西，很白，有细纹，想要的私聊"),
    ("非洲工作回来 出点东西", "带了三根小的，白的，同事托我出，有人要吗"),
    ("勐拉回来", "带了两块黑的，一块红的，量少，需要的留言"),
    ("磨丁回來 帶了點東西", "白的兩件 黑的一件 私聊"),
    ("肯尼亚 出差", "回来带了一条，白的，机场没查，价格私聊"),
]

STAYS = [
    ("从非洲回来带了咖啡豆", "埃塞俄比亚的，黑的，想要的留言"),
    ("缅北回来带了些翡翠", "白的、紫的都有，想要的私聊"),
    ("肯尼亚回来带了几件T恤", "白的黑的各两件，需要的留言"),
    ("非洲回来带了两只猫", "白的一只黑的一只，领养留言"),
    ("老挝回来带了普洱茶", "红的黑的都有，价格私聊"),
    ("去肯尼亚看了动物迁徙", "回来带了好多照片，很白的云，想要原图的留言"),
    ("非洲旅行回来了", "带了一身晒黑的皮肤，哈哈"),
    ("手链 义乌批发", "颜色有白的，也有黑的，需要的留言"),
]


@pytest.mark.parametrize("title,description", CARRIED)
def test_colour_goods_carried_back_reach_a_reviewer(expect, title, description):
    a = expect.flagged(title, description, "zh")
    assert any(m.canonical == "carried colour goods" for m in a.matches), a.explanation


@pytest.mark.parametrize("title,description", STAYS)
def test_colours_of_other_things_stay_out(expect, title, description):
    expect.not_flagged(title, description, "zh")


def test_gate_asks_the_raw_text_only_after_an_origin():
    from classifiers.carried_colours import carried_listing, carried_near

    assert not carried_near("白的还有两件，想要的留言")  # no trip: colour_goods' business
    assert carried_near("非洲回来，带了两件，很白，想要的留言")
    assert carried_listing("非洲回来 带了点东西", "两件，白的，有人要吗")  # the trip in the title
    assert not carried_listing("非洲回来带了咖啡", "黑的，想要的留言")
    assert not carried_listing(None, None)


def test_batch_check_lets_carried_colours_through(clf):
    from classifiers.batch import rejecter

    reject = rejecter(clf)
    if reject is None:
        pytest.skip("compiled check not built")
    assert reject({"title": "非洲回来 带了点东西", "description": "两件，很白，有人要吗"}) is not True
    assert reject({"title": "非洲回来带了咖啡", "description": "黑的，想要的留言"}) is True

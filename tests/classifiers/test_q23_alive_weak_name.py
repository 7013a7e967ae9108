"""q23 (issue 12 kind 2): a weak live-animal name (小猫头鹰, 小鹰) with what says it is the animal. The
vague-name cap keeps a lone weak name under the line when nothing around it says more (an owl is a mug
or a print as often as a bird). Two things lift it: the animal said to be alive or handed over with its
cage (活的, 笼子一起送: trade_cues.yaml), or two tells of different kinds that agree with the animal, its
looks and its diet or habits (model.decide: descr_aspects beside descr_matches_product). Stay out: a
toy or carving 'like a live one', a mug with big eyes, a picture book, live crabs."""
import pytest

FLAG = [
    ("小猫头鹰 一只 会叫", "小猫头鹰一只，是活的，晚上会叫，笼子一起给。"),
    ("小猫头鹰", "小猫头鹰，大眼睛，晚上才动，吃生肉，六百。"),
]
STAY_OUT = [
    ("猫头鹰摆件 像活的一样", "猫头鹰摆件，木雕，眼睛像活的一样，放书房好看。"),
    ("老虎木雕", "老虎木雕，栩栩如生，像活的一样，200元。"),
    ("猫头鹰 马克杯", "猫头鹰马克杯，大眼睛，晚上看着很萌。"),
    ("小猫头鹰 绘本", "小猫头鹰绘本，讲猫头鹰宝宝找妈妈，活的故事。"),
    ("活的 大闸蟹", "活的大闸蟹，公的三两，母的二两半，顺丰包邮。"),
    ("虎皮鹦鹉 一对", "虎皮鹦鹉一对，是活的，亲人，笼子一起送。"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_weak_live_name_said_alive_or_described_goes_to_review(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_lifelike_items_and_pets_stay_out(expect, title, description):
    expect.not_flagged(title, description)

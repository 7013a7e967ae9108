"""q17 (issue 12, kind: a weak code word with a tell of its own group stuck just under the line). A
vague name or code word alone (XJ, 牙料, hornbill) is capped under the line (model.decide); a material
tell of the same species group (XJ + 顺丝/有清香) is something around it, as a trade cue is. And
vague_name_only no longer adds product_weak_only's penalty on top (vague implies weak: one weakness,
counted once; the retrain gives vague_name_only their joint weight). Stay out: vague names with no tell
(a night-owl mug, a hornbill photo, a wooden rhino, a motorbike helmet model XJ)."""
import pytest

FLAG = [
    ("ＸＪ 小料 一块", "黑透，顺丝，有清香"),
    ("XJ 杯 小号", "顺丝 有清香 黑亮"),
]
STAY_OUT = [
    ("犀牛 摆件", "木雕犀牛摆件，实木，手工"),
    ("Night owl mug", "Ceramic mug with a night owl print, dishwasher safe"),
    ("犀牛 书签", "金属书签，犀牛图案，送朋友"),
    ("XJ 头盔 黑色", "摩托车头盔 黑色 L码"),
    ("Hornbill photo print A3", "Wildlife photo print of a hornbill in flight, A3, matte paper"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_vague_code_word_with_its_tell_flags(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_vague_name_alone_stays_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)


def test_vague_name_is_not_weak_twice(clf):
    a = clf.assess({"title": "ＸＪ 小料 一块", "description": "黑透，顺丝，有清香"})
    names = {k for k, _ in a.contributions} if isinstance(a.contributions, list) else set(a.contributions)
    assert "vague_name_only" in names and "product_weak_only" not in names

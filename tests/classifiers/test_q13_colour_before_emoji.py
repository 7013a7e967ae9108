"""q13, kind: a colour written before an animal emoji reads as the emoji + colour code (🐘白, q9)."""
import pytest


def _a(clf, title, description=""):
    return clf.assess({"title": title, "description": description})


@pytest.mark.parametrize("title,description", [
    ("white 🐘 bangle 58", "old one, grain clear, pm for price"),
    ("白色的🐘 手镯", "老的，56圈口，私聊价格"),
    ("black 🦏 cup", "old carved cup, serious buyers dm"),
])
def test_colour_before_emoji_flags(clf, title, description):
    assert _a(clf, title, description).flagged


@pytest.mark.parametrize("title,description", [
    ("white 🐘 mug", "cute kids mug with a white elephant print"),
    ("白象 方便面 一箱", "白象红烧牛肉面，整箱出"),
    ("grey 🐘 plush toy", "soft toy for toddlers"),
    ("white elephant gift ideas", "white 🐘 party gift swap under $20"),
])
def test_colour_before_emoji_guards(clf, title, description):
    assert not _a(clf, title, description).flagged

"""q13, kind: an everyday word (手感, 正品) that begins a longer descriptor key (手感冬暖夏凉) no longer hides
it from the pre-filter: the squeezed search looks again with every key when it found only everyday words."""
import pytest


def _a(clf, title, description=""):
    return clf.assess({"title": title, "description": description})


@pytest.mark.parametrize("title,description", [
    ("老手镯 一只", "手感冬暖夏凉，越盘越润，懂的私聊"),
    ("老珠子 手串", "手感冬暖夏凉越盘越亮，有细纹，价格私聊"),
])
def test_descriptor_after_everyday_word_flags(clf, title, description):
    a = _a(clf, title, description)
    assert any(m.kind == "descriptor" for m in a.matches)
    assert a.flagged


@pytest.mark.parametrize("title,description", [
    ("正品 羊毛衫", "正品，手感柔软，冬暖夏凉"),
    ("实木地板 出租房", "手感好，冬暖夏凉，南北通透"),
    ("纯棉四件套", "手感细腻，冬暖夏凉，可机洗"),
])
def test_everyday_words_guards(clf, title, description):
    assert not _a(clf, title, description).flagged


def test_only_everyday_words_that_can_hide_a_key_are_searched_again():
    """The second (overlapping) search runs only where an everyday word found can hide a strong key
    (matcher._everyday_codes): one inside a key, where the rest of the key holds no strong key of its
    own, or one a strong key ends with."""
    from classifiers.match_tables import _everyday_codes

    keys = ["正品", "正品象牙", "手感", "手感冬暖夏凉", "包邮", "邮票象", "新款", "款象牙", "象牙", "全新", "新"]
    everyday = {"正品", "手感", "包邮", "新款", "全新"}
    strong = {"正品象牙", "手感冬暖夏凉", "邮票象", "款象牙", "象牙", "新"}
    codes = dict(zip(keys, _everyday_codes(keys, everyday, strong)))
    assert codes["手感冬暖夏凉"] == 0 and codes["新"] == 0
    assert codes["正品"] == 1  # 正品象牙: 象牙 after it is found anyway
    assert codes["新款"] == 1  # its end begins 款象牙 (an overlap at the end is left to the first search)
    assert codes["手感"] == 2  # 冬暖夏凉 alone is no key
    assert codes["包邮"] == 1  # its end (邮) begins 邮票象: left to the first search
    assert codes["全新"] == 2  # a strong key (新) ends where it ends

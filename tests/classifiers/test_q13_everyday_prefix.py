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

"""q13, kind 3: two ivory tells agreeing on a generic white form (a bangle, a mahjong set, a seal) with no
material named: the description of the material without its name."""
import pytest


def _a(clf, title, description=""):
    return clf.assess({"title": title, "description": description})


@pytest.mark.parametrize("title,description", [
    ("白色麻将 一副 老的", "白色麻将一副，冬暖夏凉，拿在手里很沉，自提"),
    ("Old white bangle", "Old white bangle, heavy for its size, fine cross-hatch grain on the edge, yellowed on one side"),
    ("白色的老印章 两方", "白色的老印章两方，有细纹，泛黄，不知道什么材质"),
])
def test_white_form_with_two_tells_flags(clf, title, description):
    assert _a(clf, title, description).flagged


@pytest.mark.parametrize("title,description", [
    ("白色麻将 一副", "白色麻将一副，九成新，手感好，自提"),
    ("白色手镯 亚克力", "白色手镯，亚克力材质，很沉，有纹理设计"),
    ("white bangle set", "White bangle set, resin, heavy, marble grain effect"),
    ("白色的老手镯 和田玉", "白色的老手镯，和田玉，有细纹，很沉"),
    ("公寓出租 冬暖夏凉", "白色家具，冬暖夏凉，很沉的实木床"),
])
def test_white_form_guards(clf, title, description):
    assert not _a(clf, title, description).flagged

"""q37 (issue 12, kind: a code word and its form word apart in a terse title). "海鹤 正红 蛋面": the code
word, a colour grade, the cabochon form; in a title of a few words with no description they are one
item (terse_forms.py, feature name_with_form). Stay out: a replica word or look-alike in the title, no
form word, separators between, food that shares the form's characters."""
import pytest

FLAG = ["海鹤 正红 戒面", "鹤顶 满红 蛋面", "象牙 老料 手镯"]
STAY_OUT = ["仿海鹤 正红 蛋面", "树脂 海鹤 蛋面", "鸡蛋面 手工", "海鹤图 油画", "海鹤 摆件 仿品"]


@pytest.mark.parametrize("title", FLAG)
def test_terse_title_name_and_form_apart(clf, title):
    a = clf.assess({"title": title, "description": "", "price": "¥1800"})
    assert a.flagged, (title, a.explanation)
    assert "name_with_form" in dict(a.contributions), (title, a.explanation)


@pytest.mark.parametrize("title", STAY_OUT)
def test_terse_title_stay_out(clf, title):
    a = clf.assess({"title": title, "description": "", "price": "¥180"})
    assert not a.flagged, (title, a.explanation)

"""q13, kind: a list of one-character product codes after a buying or selling word (收: 甲、角、红、白)."""
import pytest


def _a(clf, title, description=""):
    return clf.assess({"title": title, "description": description})


@pytest.mark.parametrize("title,description", [
    ("高价回收", "常年回收：牙、角、片，价格好说，私聊"),
    ("收老东西", "老家有的都可以问，收 片和角，现金交易"),
    ("求购", "求购：白、角、甲，量大优先，加微"),
])
def test_code_list_flags(clf, title, description):
    a = _a(clf, title, description)
    assert a.flagged
    assert {m.term for m in a.matches} & {"牙", "角", "片", "甲", "白"}


@pytest.mark.parametrize("title,description", [
    ("美甲店 转让", "指甲、角质层护理设备一起出，收费合理"),
    ("五金 出 角钢", "出：角、片钢材 批发零售"),
    ("收废品", "长期收：铜、铁、铝、纸皮，上门收"),
    ("T恤 红、白、黑 三色", "出 红、白、黑 三色 纯棉T恤 均码"),
    ("甲、乙 两级 证书 培训", "出 甲、乙级资质 代办"),
])
def test_code_list_guards(clf, title, description):
    assert not _a(clf, title, description).flagged

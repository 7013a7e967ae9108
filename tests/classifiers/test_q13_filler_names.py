"""q13, kind: one filler character inserted inside a Chinese product name of 3+ characters (穿山一甲片).
Read on the topical path only: a text with nothing else topical (炮山之甲 alone) is not reached."""
import pytest


def _a(clf, title, description=""):
    return clf.assess({"title": title, "description": description})


@pytest.mark.parametrize("title,description", [
    ("鹤顶x红 老料", "鹤顶一红 挂件 一件，私聊"),
    ("醋山一甲 甲片", "醋山一甲 甲片 半斤，价格私聊"),
    ("穿山啊甲 片", "穿山啊甲片 自家存的，一小袋，微信联系"),
])
def test_filler_inside_name_flags(clf, title, description):
    assert _a(clf, title, description).flagged


@pytest.mark.parametrize("title,description", [
    ("老虎排骨 套餐", "老虎排骨饭 外卖 私聊 满减"),
    ("犀牛的角 科普", "犀牛的角是角蛋白，和指甲一样，科普视频"),
    ("穿山甲 毛绒玩具", "穿山甲毛绒公仔 儿童玩具 包邮"),
])
def test_filler_inside_name_guards(clf, title, description):
    assert not _a(clf, title, description).flagged

"""q20 (issue 12 kind 3: negation inside an A-not-A question). 不要买 ("don't buy", a warning
look-alike) inside 要不要买 ("buy or not") is a buyer weighing an offer, not a campaign. Plain
warnings, and a warning answering the question, stay warnings."""
import pytest

FLAG = [
    ("犀角杯 纠结中", "有人出一只老犀角杯，开价八万，我在想要不要买，先私聊问问细节。"),
    ("象牙手镯 要不要買", "店家說是老象牙手鐲，價格不便宜，還在猶豫要不要買，幫我看看。"),
    ("老象牙筷子 要唔要買", "有人放緊一對老象牙筷子，開價五千，我諗緊要唔要買，識嘅幫手睇下。"),
    ("虎骨酒 要不要入手", "朋友手上有两瓶虎骨酒，问我要不要买，一瓶三千。"),
]
STAY_OUT = [
    ("拒绝象牙", "不要买象牙制品，没有买卖就没有杀害。"),
    ("买不买象牙？", "有人问买不买象牙？不要买！没有买卖就没有杀害。"),
    ("旅游提醒", "出国旅游不要买犀角、象牙，海关会没收并处罚。"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_buyers_question_flags(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_warnings_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)

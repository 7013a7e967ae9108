"""q20 (issue 12 kind 6/2: a ranger or police word in a family story). 'Bố em làm kiểm lâm', '我爸以前是
森林公安', 'my uncle was a police officer': the job of the person the goods came from is the provenance
story, not conservation talk. Rangers and police acting (called, seized, reported) stay conservation."""
import pytest

FLAG = [
    ("đồ ông ngoại để lại", "ông ngoại mình ngày xưa làm kiểm lâm, để lại 3 cái nanh cọp với 1 miếng cao hổ, ai cần ib"),
    ("爷爷留下的甲片", "我爷爷以前是森林公安，家里留下一包穿山甲甲片，有需要的私聊"),
    ("Uncle's old ivory", "My late uncle was a police officer overseas, left a pair of carved ivory tusks, "
                          "open to offers, DM me"),
]
STAY_OUT = [
    ("gặp tê tê ngoài vườn", "sáng nay bố em thấy con tê tê ngoài vườn, đã gọi kiểm lâm đến mang đi rồi"),
    ("巡山发现穿山甲", "村民发现一只穿山甲，我爸马上报了森林公安，已经送去救护中心"),
    ("Ivory seized", "Police seized 40 kg of ivory at the port; my brother saw the news and called the hotline."),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_relatives_job_is_no_frame(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_rangers_acting_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)

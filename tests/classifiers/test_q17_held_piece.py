"""q17 (issue 12, kind: an owner's question about a piece with the tells of a protected group). A poster
who holds a piece (买了个, my grandmother left me) with ivory/horn tells (交叉纹, heavier than bone,
crosshatch) and only asks (想问下, 怎么处理, not selling, is it legal to keep) is no conservation talk:
the question words stop being a frame (held_piece.py) and the label is at most suspicious. Stay out:
reports and warnings that hold a piece too (避坑, 举报, 科普), a general question with no piece ("I have
a question"), an owner asking about a named legal material."""
import pytest

FLAG = [
    ("求助：这个手镯是什么料", "去年在旧货市场买了个手镯，白里带黄，截面有交叉纹，比牛骨镯子重不少。我不打算卖，想问下这种东西怎么处理？"),
    ("Help identify - grandma's carved box", "My grandmother left me a small carved box, creamy white, with "
                                             "crosshatch lines on the base, heavier than bone. Not selling, is it legal to keep?"),
]
STAY_OUT = [
    ("科普：怎么分辨象牙和牛骨", "科普一下：真象牙截面有交叉纹，牛骨有黑色小孔。买卖象牙违法，大家别买，见到请举报。"),
    ("【避坑】买到假象牙手镯", "花五百买了个手镯，卖家说有交叉纹，拿去鉴定是树脂的。提醒大家别上当，可以举报。"),
    ("求鉴 牛角梳子", "我买了个牛角梳子，黑色，有纹路，想问下是不是真牛角？"),
    ("Question about ivory ID", "I have a question for the experts: how to tell ivory from bone? I read ivory has "
                                "crosshatch lines and is heavier than bone. Just asking, is it legal to sell ivory in the UK?"),
    ("Mình có cái vòng sừng trâu", "Mình có cái vòng sừng trâu đen, hỏi thật có phạm pháp không khi đeo ra nước ngoài?"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_owner_question_about_a_piece_with_tells_is_suspicious(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged and a.label == "suspicious", (title, a.label, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_reports_and_general_questions_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)

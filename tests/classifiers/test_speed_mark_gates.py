"""Scope marks gated by their declared look-alike cues (scope_marks._GATE, issue 13): the gate may skip a
mark only where the mark would have done nothing. Texts (own wording) put each gated mark's kind of
listing through the real classifier both ways: gated, and every mark of MARKS called."""
import pytest

from classifiers import scope_marks
from classifiers.engine import load_classifier

# a listing for the look-alike cues the marks are gated on, and listings with none of them
TEXTS = [
    ("Vòng tay màu hổ phách", "ngà voi thật, giá 2tr, inbox"),  # colour_phrases: a colour, not amber
    ("象牙手镯 不像树脂", "老料 私聊"),  # likeness: the replica denied
    ("熊掌豆腐 家常菜", "名字叫熊掌，其实是煎豆腐"),  # dish mentions, named likeness
    ("rabbit-sized monkey for sale", "tame, eats fruit, $900"),  # mark_sizes: a pet as a size
    ("hàng rừng về, măng khô", "ship toàn quốc"),  # withheld_goods beside a food
    ("老家药柜里留下来的犀角", "火烧针验 无味"),  # kept_in, test_tools
    ("em có cái vòng ngà, có vi phạm pháp luật không?", "bố để lại"),  # legality_questions
    ("买了个手把件 有交叉纹 怎么处理", "是不是保护动物"),  # held_piece, denied_status
    ("cứu hộ khỉ con", "ai nhận nuôi phí 5 triệu"),  # rescue_fee
    ("拍品 象牙雕笔筒", "来源：旧藏 出版：某杂志 估价：面议"),  # auction_lots
    ("要不要买象牙？", "朋友推荐的"),  # a_not_a
    ("bố em làm kiểm lâm", "có cái sừng tê giác bán"),  # occupation_mentions
    ("手镯 牛骨", "这个是牛骨，不是象牙"),  # honest_corrections
    ("求助 这是什么", "1楼：血牙 要的私我\n2楼：？\n3楼：已举报"),  # thread_replies, reported_threads
    ("象牙手镯 老料", "微信联系 价格私聊"),  # no look-alike at all
    ("Ivory netsuke, estate piece", "pick up only, $450, resin stand included"),  # a look-alike of one cue
]


@pytest.fixture(scope="module")
def clf():
    return load_classifier()


@pytest.mark.parametrize("title,description", TEXTS)
def test_gated_and_ungated_marks_give_the_same_assessment(both_ways, title, description):
    assert set(scope_marks._GATE.hooks) == set(scope_marks.MARKS)
    gated, ungated = both_ways({"title": title, "description": description}, scope_marks._GATE)
    assert gated == ungated


@pytest.mark.parametrize("title,description", TEXTS)
def test_the_gate_opens_the_marks_a_test_per_mark_would(clf, monkeypatch, gate_reference, title, description):
    gate, seen = scope_marks._GATE, []
    real = gate.open

    def checked(t, hits):
        on = real(t, hits)
        assert on == gate_reference(gate, t, hits)
        seen.append(len(on))
        return on

    monkeypatch.setattr(gate, "open", checked)
    clf.assess({"title": title, "description": description})


def test_every_declared_mark_waits_for_a_look_alike_and_the_rest_always_run():
    class Look:
        kind, cue = "benign_context", "pet"
    on = scope_marks._GATE.open("", [Look()])
    undeclared = {m for m in scope_marks.MARKS if getattr(m, "needs", None) is None}
    assert undeclared <= on
    from classifiers import likeness, pet_scope, rescue_fee, auction_lots
    assert {likeness.mark_sizes, pet_scope.mark} <= on
    assert rescue_fee.mark not in on and auction_lots.mark not in on and likeness.mark not in on
    for mark in scope_marks.MARKS:  # only look-alike cues: no mark makes one, so the gate's read holds
        for need in getattr(getattr(mark, "needs", None), "hits", ()):
            assert isinstance(need, tuple) and need[0] == "benign_context", mark

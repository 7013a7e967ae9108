"""q15 (issue 12, kind 4: writing tricks). A stroke or 一 typed inside a Chinese product name as a
filler (象丶牙, 犀乀角, 虎丿骨): the pre-filter's squeezed form drops the strokes, and a text whose
precise form names no product is searched again with the fillers out (classifiers/filler_chars.py);
the filler is a wink, as 象.牙 is. Stay out: 一 as a number (犀牛一角钱, 大象一只), strokes between
words that make no product term, and no start-up table (the check runs only after the pre-filter)."""
import pytest

from array import array

from classifiers.filler_chars import drop_fillers

FLAG = [
    ("象丶牙 吊坠", "老象丶牙吊坠，克价私聊"),
    ("象丿牙 筷子", "象丿牙筷子 一双 私聊"),
    ("虎丿骨 泡酒", "正宗虎丿骨 一斤 私聊"),
]
STAY_OUT = [
    ("犀牛一角钱 玩具", "犀牛玩具 一角钱 一个 批发"),
    ("大象一只 毛绒玩具", "大象一只 毛绒公仔 儿童礼物"),
    ("衬衫丶裤子丶外套", "衬衫丶裤子丶外套 清仓 私聊"),
    ("书法 丿乀 笔画练习", "永字八法 丶 丿 乀 笔画练习字帖 全新"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_filler_inside_name_flags(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)
    assert any(m.cue == "wink" for m in a.matches), a.explanation


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_fillers_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)


def test_one_before_a_measure_word_is_a_number():
    keys = {"犀牛角": 0, "穿山甲": 1}

    def find(s):
        return [(k, s.find(w), s.find(w) + len(w)) for w, k in keys.items() if w in s]

    def run(t):
        n = len(t)
        return drop_fillers(find, t, array("i", range(n)), array("i", range(1, n + 1)), lambda k: True)

    assert run("犀牛一角钱") is None  # 一角 is ten cents
    t, starts, ends = run("穿山一甲片")
    assert t == "穿山甲片" and list(starts) == [0, 1, 3, 4]  # offsets still point at what was written

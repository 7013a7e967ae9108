"""Writing tricks generated from the lexicon and Unicode data instead of listed: CJK radical
look-alikes, emoji from the emoji package's names, a pinyin syllable among hanzi, pinyin initials."""
import pytest

from classifiers.generated_forms import emoji_core, initials, pinyin_syllable_variants
from classifiers.lexicon import load_lexicon
from classifiers.normalize import _normalize_fast, _normalize_slow, add_emoji_words, normalize, squeeze



def test_radical_look_alikes_become_the_ideographs_they_imitate():
    # U+2EC1 CJK RADICAL TIGER is no 虎 to NFKC; Unicode's EquivalentUnifiedIdeograph data says it is
    assert normalize("⻁骨酒").text == "虎骨酒"
    assert "虎骨酒" in squeeze("⻁-骨-酒")
    n = normalize("老⻁骨")
    assert n.span(1, 3) == (1, 3)  # one character for one: offsets stay


@pytest.mark.parametrize("name, core", [(":大象:", "象"), (":老虎头:", "虎"), (":猴子:", "猴"), (":犀牛:", "犀牛"),
                                        (":骨头:", "骨"), (":smile:", None)])
def test_the_character_an_emoji_name_stands_for(name, core):
    assert emoji_core(name) == core


def test_generated_forms():
    assert pinyin_syllable_variants("象牙") == ["xiang牙", "象ya"]
    assert initials("犀角") == "xj"
    assert initials("玳瑁") is None  # DM = direct message
    lex = load_lexicon()
    assert lex.emoji_words["🦍"] == "大猩猩" and "🌟" not in lex.emoji_words  # a star is no animal


@pytest.mark.parametrize("title", ["ＸＪ 手串 老料 满纹", "象ya 手镯 老料", "穿shan甲 片 500g", "⻁骨酒 老酒", "🐅 bone wine, aged",
                                   "🦍 baby for sale, dm"])
def test_generated_forms_are_found(clf, title):
    a = clf.assess({"title": title})
    assert a.flagged, a.explanation


@pytest.mark.parametrize("title", ["xj 手串", "MD 医生 推荐 维生素", "DM me for the ring size"])
def test_initials_count_only_in_capitals_next_to_chinese(clf, title):
    a = clf.assess({"title": title})
    assert not [m for m in a.matches if m.entry.form == "initials"], a.explanation


def test_compiled_and_python_paths_agree_with_generated_emoji():
    add_emoji_words(load_lexicon().emoji_words)
    for t in ["🦍宝宝 活体", "🦴 🐅 酒", "象🌟牙 ⻁骨", "🦜🦜 鹦鹉 ➕v", "i 🐊 v o r y"]:
        fast, slow = _normalize_fast(t), _normalize_slow(t)
        assert fast is not None
        assert (fast.text, list(fast.starts), list(fast.ends)) == (slow.text, list(slow.starts), list(slow.ends)), t


def test_homophones_of_three_character_names_are_generated_but_not_everyday_words():
    from classifiers.generated_forms import homophone_variants

    forms = homophone_variants("穿山甲")
    assert "穿珊甲" in forms and "穿山甲" not in forms
    assert "小孩龟" not in homophone_variants("小海龟")  # 小孩 is a word: no code
    assert homophone_variants("虎骨") == []  # two characters: 护骨, 保骨 are everyday words


def test_a_generated_homophone_needs_context(clf):
    assert clf.assess({"title": "穿珊甲 片 500克 私聊"}).flagged


@pytest.mark.parametrize("text, expected", [("ivοry", "ivory"), ("ivоry", "ivory"), ("ıvory", "ivory"),
                                            ("рangolin", "pangolin"), ("vẹt xám", "vẹt xám"), ("sừng tê", "sừng tê")])
def test_latin_look_alike_letters_are_folded_but_vietnamese_letters_stay(text, expected):
    # Greek ο, Cyrillic о and р, dotless ı: Unicode's confusables data (UTS #39)
    assert normalize(text).text == expected
    assert _normalize_slow(text).text == expected

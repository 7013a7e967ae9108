"""Posts that talk ABOUT the trade instead of offering (issue 12, false-flag kind 2).

News, explainers (普法, 科普, legal explainer, long read), investigations, 'how do I report this
seller' questions (举报, 檢舉, report) and memories quote the trade's words, prices and code words.
Two or more reporting, explaining or asking words, and no handle or price of the poster's own,
make the speech act outweigh the quoted words: they are reported speech (features.talk_about), and
the learned text part's push on them is left out. With a handle or a price it is an offer again.
"""
from __future__ import annotations

import pytest

from classifiers import features as feat

TALK = [
    ("野保科普｜为什么不要买象牙手镯", "很多人问旅游时看到的象牙手镯能不能买。答案是不能，出售象牙违法，看到请截图举报。"),
    ("Long read: how pangolin scale sellers hide online",
     "Investigators posed as buyers. Sellers said 'special tea', moved buyers to WhatsApp. The report says police seized 2 tonnes."),
    ("Hỏi thật: cao hổ cốt có phải hàng cấm không?", "Thấy người ta bán ngoài chợ, cao hổ cốt nguyên chất. Có phạm pháp không ạ."),
]



def _features(clf, title: str, description: str) -> dict:
    listing = {"title": title, "description": description}
    raw, contacts, _ = clf.raw_matches(listing)
    return feat.extract(raw, len(contacts), clf.quoted_material(listing))[0]


@pytest.mark.parametrize("title,description", TALK)
def test_a_post_about_the_trade_reads_its_trade_words_as_quoted(clf, title, description):
    f = _features(clf, title, description)
    assert f.get("talk_about", 0) >= 0.6, f
    assert not [k for k in f if k.startswith("cue_")], f  # reported speech, not the poster's cues
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, a.explanation


@pytest.mark.parametrize("title,description", [
    # the same frame words beside a handle or a price per gram: an offer
    ("野保科普｜象牙手镯真假", "出售象牙违法，懂的来，加微信 ivory8899 看货，每克 90 元。"),
    ("Hỏi thật: cao hổ cốt có phải hàng cấm không?", "Nhà mình nấu cao hổ cốt, giá 2 triệu/lạng, zalo 0912345678."),
])
def test_the_same_words_with_an_offer_are_no_talk(clf, title, description):
    f = _features(clf, title, description)
    assert "talk_about" not in f, f
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, a.explanation


def test_one_frame_word_only_weakens(clf):
    # one reporting word in an offer-like post: a weak signal, the trade cues still count
    f = _features(clf, "象牙手镯 老料", "老料手镯，懂的来，提醒大家看清楚")
    assert 0 < f.get("talk_about", 0) < 0.6 and "cue_wink" in f, f

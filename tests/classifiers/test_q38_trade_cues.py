"""q38: trade cues a lexicon gap left out (trade_cues.yaml, q38 entries; normalize.EMOJI_WORDS).

- English classified-ad sale words ('up for grabs', 'ships worldwide'), buyer vetting ('serious buyers
  only', a secrecy cue), off-listing contact ('email me', 'hmu', 'hmu on tele', 'msg for price') and payment by
  apps without buyer protection ('Zelle only', 'Cash App', 'crypto accepted', 'ships discreetly');
- WeChat and QQ written as emoji (🛰 satellite = 卫星 ~ 微信, 🐧 = 企鹅 = QQ): 加🛰详聊, 🐧私聊;
- a buyer asking for a reliable seller or source (有没有靠谱的卖家/渠道/货源) is demand: the
  benign 有没有靠谱 (a complaint post asking for a shop) inside it no longer reads as a warning.
Cues count only beside a product: the same words on a resin bangle, a plush toy, a buffalo-horn comb
or a cow-bone carving stay out.
"""
import pytest

# unflagged before q38
FLAGGED = [
    ("Small horn cup", "Small horn cup, old, up for grabs, hmu on tele, cash app only."),
    ("Old horn cup", "Old horn cup, dark amber colour, selling off my collection, cash app only, ships discreetly."),
    ("收犀角", "有没有靠谱的渠道，收犀角，价格好说。"),
    ("收 老牙", "有没有靠谱的货源？长期收老牙。"),
    ("牙料 收", "有没有靠谱的卖家，收点牙料。"),
    ("象牙原料 长期收", "有没有靠谱的渠道，长期收象牙原料。"),
]
# the emoji and chat-app forms are read as contact cues (none was before)
CONTACT = [
    ("老角杯 一只", "老角杯一只，包浆好，加🛰详聊。"),
    ("老角手镯", "老角手镯一只，加🐧详聊。"),
    ("Carved casque piece", "Old casque carving, email me, ships discreetly."),
    ("Dried shark fin 500g", "Dried shark fin 500g, shipping worldwide, msg for price, zelle only."),
]
BENIGN = [
    ("Resin bangle, ivory colour", "Selling my resin bangle, ivory colour, hmu, serious buyers only."),
    ("Big plush tiger", "Big plush tiger toy, text me or email me, up for grabs."),
    ("Buffalo horn comb", "Buffalo horn comb, PayPal F&F or Venmo, ships worldwide."),
    ("Cow bone carvings", "Selling off my cow bone carvings, Zelle, pickup only."),
    ("猛犸手串 吐槽", "吐槽一下，买到假猛犸，有没有靠谱的店推荐。"),
    ("企鹅玩偶", "企鹅毛绒玩偶 🐧 很可爱，加🐧私聊。"),
    ("Best-selling book on elephants", "The best selling book about elephants and ivory poaching, paperback."),
]


@pytest.mark.parametrize("title,description", FLAGGED)
def test_trade_cues_flag_a_product(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", CONTACT)
def test_chat_app_and_payment_forms_are_cues(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    cues = {m.cue for m in a.matches if m.kind == "trade_cue"}
    assert "contact" in cues, (title, [(m.term, m.kind, m.cue) for m in a.matches])
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", BENIGN)
def test_look_alikes_with_the_cues_stay_out(expect, title, description):
    expect.not_flagged(title, description)

"""Advice against buying a product is talk about the trade, not an offer (q19, issue 12; train_en11 0214,
a soup video's "avoid totoaba, it's banned", in the "Left for code" list): the product that advice names
(avoid / stay away from / tránh mua / 别买 right before it, or "it's banned" / 违法的 / bị cấm right after it)
is read as denied. Guards: a post with an offer of its own (price, handle, wink, secrecy, demand) keeps
its products live, and advice bound to something else ("avoid fakes", "avoid the middlemen") denies nothing."""
import pytest

ADVICE = [
    ("Soup night: fish maw from licensed farms", "We use farmed croaker maw. Stay away from totoaba at the market."),
    ("Mẹo ngâm rượu thuốc", "Rượu thảo dược có giấy phép, nuôi trồng. Tránh mua cao hổ cốt ngoài chợ."),
    ("Soup basics: dried maw", "Farmed croaker maw is fine. Totoaba, it's banned, so pass on it."),
]

STAY_FLAGGED = [
    ("Rhino horn powder, real", "I know rhino horn is illegal, so the price is high. DM me for the price per gram."),
    ("象牙手镯 老料", "别买假的，我这是真象牙手镯，加微信看货"),
    ("Avoid fakes - genuine tiger claw pendant", "Real tiger claw, silver cap, zalo 0912345678"),
    ("Pangolin scales 1kg", "Avoid the middlemen, buy pangolin scales direct from us. WhatsApp +84 912 345 678"),
    ("Tiger bone wine", "Don't buy tiger bone wine from others, ours is real. Price per bottle in inbox, ib zalo."),
]


@pytest.mark.parametrize("title,description", ADVICE)
def test_product_advised_against_is_not_offered(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, a.explanation
    products = [m for m in a.matches if m.kind in ("name", "product_form", "code_word") and m.suppressed_by is None]
    assert products and all(m.negated for m in products)


@pytest.mark.parametrize("title,description", STAY_FLAGGED)
def test_offers_stay_flagged(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, a.explanation

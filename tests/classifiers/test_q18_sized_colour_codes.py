"""q18 (issue 12, kind 3): colour and size codes of the source markets ("long white"/"short black" by
the kg, French "dents blanches", Portuguese "dentes grandes"/"corno negro", 白色小件 brought from Laos)
count with two trade cues (an Asian buyer or trade origin, a weight, private contact, the code pair);
colours of goods (a long white dress, toothpaste for white teeth, short black coffee, hair extensions,
candles) stay out (code_keys.py)."""
import pytest

FLAG = [
    ("Lubumbashi stock: long white 4 pcs", "Long white 4 pcs, 23kg total, for Chinese buyers only. Serious people."),
    ("Arrivage Douala", "Dents blanches 3 pièces, 40 kg, clients chinois, contactez en privé"),
    ("Beira - cornos negros", "2 cornos negros, 3kg, para clientes vietnamitas"),
    ("老挝带回 白色小件", "白色小件几个，挂件手牌，价格私聊"),
    ("short black + long white", "short black 2, long white 3 - Asian market, payment first"),
]
STAY_OUT = [
    ("Long white dress, size M", "long white dress for Asian sizes, 1kg parcel, DM me"),
    ("Dentifrice blancheur", "Dentifrice pour des dents blanches, tube 75ml, livraison Hanoi, contactez en privé"),
    ("Short black coffee beans 1kg", "short black, strong roast, 1kg bag from Vietnam, DM for wholesale"),
    ("白色小件收纳盒 越南带回", "白色小件收纳 塑料 私聊 两斤装"),
    ("Cabelo longo: long white hair extensions", "long white, 100g, 60cm, clientes chineses, whatsapp"),
    ("Candles: long white and short black", "long white and short black candles, 2kg box, Asian market"),
    ("long white 4 pcs", "long white 4 pcs, good condition"),  # one cue or none: a bare colour
]


@pytest.mark.parametrize("title,description", FLAG)
def test_sized_colour_code_with_trade_cues_flags(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_colour_of_goods_stays_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)

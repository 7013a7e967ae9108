"""Kinds of misses and false flags found on tests/data/train_en15.jsonl (a fresh hand-written English set, 30 of
its 240 listings mixed with Chinese or Vietnamese words: eBay/Etsy/Craigslist/Marketplace/Gumtree/Kijiji,
Reddit and forums, Instagram/Telegram/WhatsApp broadcast lists, Carousell, estate sales and auction lots;
scored held out before the lexicon entries below were added). Winks typed in chat spelling ('u know what it is',
'ya know what this is'), an auction or estate caveat about the law on the carving's material, the pangolin's
initials ('PG scales', 'PG meat'), cheetah young in the plural ('cheetah kittens', 'baby cheetahs'), and, as
false flags, seizure news in headline English ('X seizes', 'Customs intercepts', 'police raid', 'authorities
said'). The first listing of each kind is in the spirit of the set's miss (en15-0135, en15-0073, en15-0166,
en15-0120, en15-0151), the rest are new wording. Guards: sneaker and jacket hype ('u know what it is'), guns,
knives and colognes kept out of California, PG Tips and other scales, cheetah print, Bengal cats, and ivory
busts for sale (bare 'busts' is no news verb). The set-level floor sits a little below the figure reached with
the current model (F1 0.950, 3 of 96 look-alikes flagged)."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_en15.jsonl"

# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # a wink in chat spelling (en15-0135, then new wording)
    ("thick old bangle 60mm", "estate bangle, lines show when u hold it to the light, u know what it is. pm offers"),
    ("carved pendant, grandma's", "yellowed little pendant, heavy for size, ya know what this is 😉 cash only"),
    ("okimono fisherman 5in", "creamy old carving, u know the material. dm me"),
    ("mala beads 108 x 8mm", "heavy beads, fine cross lines, y'know what it is. text only"),
    # the law on the carving's material pointed at (en15-0073, then new wording)
    ("Lot 77: Chinese carved horn cup, dragons", "4in cup, dark honey colour. Buyers must comply with local laws regarding the material."),
    ("Old carved figure of a sage, creamy", "Chinese sage 6in, creamy patina, fine grain. Laws concerning the material differ by state."),
    ("Carved brush pot, amber horn", "Nice fibres at the base. CITES restrictions may apply, buyer to check."),
]

# (title, description): must come out illegal (pangolin initials, cheetah young; en15-0166, en15-0120)
ILLEGAL = [
    ("PG scales 3kg clean", "dried PG scales, sorted big and small, wholesale, inbox"),
    ("frozen p.g. meat", "p.g. meat whole, restaurant orders, ship Hanoi"),
    ("pg scale powder 50g", "pg scale powder for nursing mums, 50g packs"),
    ("Cheetah kittens ready", "two cheetah kittens, bottle fed, walk on leash, delivery Dubai"),
    ("baby cheetahs available now", "baby cheetahs 10 weeks, very gentle, price on request"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    # seizure news in headline English (en15-0151, then new wording)
    ("Thailand seizes pangolin scales worth $1m", "The scales came from Nigeria in a shipment declared as cashew nuts."),
    ("Vietnam busts tiger bone trafficking ring", "Authorities said the gang sold tiger bone glue to buyers in Hanoi."),
    ("Customs intercepts rhino horn at Nairobi airport", "Officials said the horns were wrapped in foil inside suitcases."),
    # chat-spelling winks with nothing wildlife beside them
    ("Air Jordan 1 Chicago size 10", "u know what it is 🔥 deadstock with receipt"),
    ("Leather biker jacket M", "ya know what this is, AllSaints classic, worn twice"),
    # kept out of California, no animal material
    ("AR-15 30rd magazines x5", "PMAG gen 3, new. Will not ship to CA, NY or NJ."),
    ("Switchblade knife vintage Italian", "Stiletto 9in, bone handle, cannot ship to CA, sold per state law."),
    ("Vintage cologne 1970s full bottle", "Will not ship to California (hazmat rules)."),
    ("Buffalo horn comb set", "Three water buffalo horn combs. Won't ship to CA sorry, shipping too slow."),
    # PG and scales elsewhere
    ("PG Tips tea bags 240", "PG Tips pyramid tea bags, 240 pack"),
    ("Bathroom scales digital", "Digital bathroom scales, 180kg max"),
    ("Piano scales book grade 3", "ABRSM scales and arpeggios grade 3"),
    # cheetah look-alikes
    ("Cheetah print kitten collar", "cute cheetah print collar for kittens, breakaway buckle"),
    ("Bengal kittens, cheetah look", "TICA registered Bengal kittens, spotted cheetah look, vaccinated"),
    ("Cheetah Girls DVD", "Disney movie, like new"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_en15_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "en")


@pytest.mark.parametrize("title,description", ILLEGAL)
def test_en15_listing_is_illegal(expect, title, description):
    assert expect.flagged(title, description, "en").label == "illegal"


@pytest.mark.parametrize("title,description", PASS)
def test_en15_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "en")


def test_en15_ivory_bust_is_still_flagged(expect):
    """'busts' stays out of the news-verb entry: a carved bust is a form ivory is sold in."""
    expect.flagged("Pair of carved ivory busts, Victorian", "Two small busts of a lady and a gent, real ivory, PM for price", "en")


@pytest.fixture(scope="module")
def en15_set():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_en15_set_floor(set_figures, en15_set):
    """Flagging F1 on the whole set and false flags on its look-alikes stay near the figure reached."""
    fig = set_figures(en15_set)
    assert len(en15_set) == 240
    assert fig.f1 >= 0.93, fig
    assert fig.fp <= 6, fig

"""Kinds of misses found on tests/data/train_en16.jsonl (a fresh hand-written English set of 200 listings in the
voices of US/UK/AU/SA/NG/KE/IN/MY/SG/HK/PH sellers on classifieds, Telegram/WhatsApp, Discord, Instagram,
forums and auction houses; scored held out before the lexicon entries below were added). Rhino horn by its
initials without dots before a horn form (RH tips, RH shavings), and elephant ivory by the clipped 'ele' before
a raw or carved form (ele offcuts, ele bangles). The first listing of each kind is in the spirit of the set's
miss (en16-0020, en16-0072), the rest are new wording; 4 of the 8 FLAG listings were missed with the lexicon
before these entries. Guards: relative humidity, the Rh blood group, the RH furniture brand, electrical
offcuts, a toy elephant called Ele. The set-level floor sits a little below the figure reached with the current
model (F1 0.940, 3 of 80 benign flagged)."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_en16.jsonl"

# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # rhino horn by initials without dots (en16-0020, then new wording)
    ("RH tips 80-150g avail", "Natural, tested, HK or Hanoi drop. Msg only."),
    ("selling RH shavings, clean and dry", "20g lots, kindly DM, ship to KL"),
    ("RH powder for fever 10g", "ground fresh, pay USDT"),
    ("Have RH full horn 1kg", "with base, serious buyers only, proof of funds"),
    # elephant ivory by the clipped 'ele' (en16-0072, then new wording)
    ("ele bits for carvers 5kg", "from Harare, DM"),
    ("ele bangles restock 🐘", "thick wall, 3 sizes, whatsapp only"),
    ("genuine ele pendants x4", "not resin, ship from Lagos, kindly message"),
    ("ele tusk 12kg pair", "serious buyers only, Mombasa"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    ("Hygrometer shows RH 60%", "Digital thermometer with RH reading for grow tents, new in box"),
    ("RH Cloud sofa, 3 seater", "Genuine RH (Restoration Hardware) cloud couch, linen, pick up only"),
    ("Rh negative blood donors needed", "Please share, the hospital needs Rh- donors this week"),
    ("Electrical offcuts and cable bits", "Leftover cable from a rewire, free to collect"),
    ("Ele the Elephant plush toy", "Soft grey elephant toy named Ele, 30cm, washed"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_en16_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "en")


@pytest.mark.parametrize("title,description", PASS)
def test_en16_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "en")


@pytest.fixture(scope="module")
def en16_set():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_en16_set_floor(set_figures, en16_set):
    """Flagging F1 on the whole set and false flags on its look-alikes stay near the figure reached."""
    fig = set_figures(en16_set)
    assert len(en16_set) == 200
    assert fig.f1 >= 0.92, fig
    assert fig.fp <= 5, fig

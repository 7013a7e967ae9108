"""Kinds of misses found on tests/data/train_en18.jsonl (a fresh hand-written English set of 200 listings, 3
mixed with Vietnamese or Chinese, in the voices of eBay/Etsy/Craigslist/Facebook Marketplace sellers, estate
sales, antique dealers, exotic-pet and TCM groups, Instagram and Telegram/WhatsApp; scored held out before the
entries and the rule below were added).

Kinds fixed: the Schreger pattern called a lattice on the cut/unpolished end or as grain; the tiger's
honorific as the pronoun for a bone/wine/glue named before it ('the king of the mountain one'); and a toy
look-alike that is the head noun of the product term itself ('Ivory figurines', classifiers/product_heads.py,
tested in test_en18_product_heads.py); a look-alike matched through the doubled-letter fold ('carton' as
'cartoon', classifiers/folded_words.py, tested in test_en18_folded_words.py). Stay-outs: garden lattice and lattice pie crusts, the King of the
Mountain board game and cycling jersey. The set-level floor sits a little below the figure reached with the
current model."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_en18.jsonl"

# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # Schreger lines as a lattice (in the spirit of en18-0079, new wording)
    ("Old carved seal, 70g", "lattice pattern on the cut end, yellowed, from a Hong Kong shop, no papers"),
    ("Bangle, heavy and creamy", "you can see the lattice grain under a loupe, 80g, DM for price"),
    # the tiger's honorific as 'one'/'kind' (in the spirit of en18-0023, new wording)
    ("Joint wine, 3L jar", "soaked ten years, the king of the mountain kind, not deer or snake"),
    ("Glue cake 100g", "the mountain king one, from Laos, old stock, msg"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    ("Cedar lattice panel 4x8", "for deck skirting, pressure treated"),
    ("Lattice pie crust cutter", "makes a lattice top in seconds, silicone"),
    ("King of the Mountain board game", "family game, complete, ages 8+"),
    ("King of the Mountains polka dot jersey", "cycling jersey, size M, worn once"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_en18_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "en")


@pytest.mark.parametrize("title,description", PASS)
def test_en18_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "en")


@pytest.fixture(scope="module")
def en18_set():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_en18_set_floor(set_figures, en18_set):
    """Flagging F1 on the whole set and false flags on its look-alikes stay near the figure reached."""
    fig = set_figures(en18_set)
    assert len(en18_set) == 200
    assert fig.f1 >= 0.96, fig
    assert fig.fp <= 2, fig

"""q22 (issue 12, kind 3/4; train_en11 0126 in the "Left for code" list, "big kitty for sale 🐯" with the
emoji not next to the phrase): the lexicon's live code words written with an animal emoji (big kitty 🐯)
are read with the emoji anywhere in a short post that also tells of a young or tame animal (an age in
weeks or months, hand-raised, bottle-fed, gentle, looking for a home) and offers it
(classifiers/apart_pairs.py, _live_apart). Stay out: a house cat's sale (tabby, vaccinated, a breed),
a plush toy, a painting, a statue with no young animal told of."""
import pytest

FLAG = [
    ("🐆 arrived today", "big kitty, 9 weeks, looking for a serious owner. Inbox"),
    ("Our big kitty needs a new family 🐅", "12 weeks old, very gentle, eats raw chicken. Price by DM"),
    ("big kitty ready now", "hand raised, 3 months, playful 🐯 Telegram only"),
]
STAY_OUT = [
    ("orange kitty for sale 🐯", "tabby, 4 months, vaccinated, litter trained. WhatsApp"),
    ("big kitty for sale 🐯", "Maine coon, 4 months, very gentle, WhatsApp"),
    ("big kitty plush 🐯", "stuffed toy, 4 months old, gentle wash, for sale"),
    ("Big kitty wall painting for sale 🐯", "hand painted canvas, 4 months of work, gentle colours. DM"),
    ("big kitty for sale 🐯", "ceramic garden statue, 40cm, DM"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_live_emoji_code_word_apart_flags(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_house_cats_toys_and_art_stay_out(expect, title, description):
    expect.not_flagged(title, description)

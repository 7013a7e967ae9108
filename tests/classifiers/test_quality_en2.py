"""English listings written fresh for issue 12 after tests/data/train_en2.jsonl (not copied from it,
nor from tests/data/unseen.jsonl): the kinds its misses and false flags fell into, and the generated
English misspellings (classifiers/typos.py)."""
import pytest

from classifiers.lexicon import load_lexicon
from classifiers.typos import IVORY_FORMS, english_words, typo_variants, word_typos

# (title, description) that must reach a reviewer, by kind
FLAG = [
    # (1) an emoji or a colour stands for the product
    ("Need 🦏 urgently", "buying 🦏 tips or cups, any size, cash waiting"),
    ("🖤 horn pieces restocked", "small chips and one big tip. serious only, dm"),
    # (2) rhino horn coded or described
    ("R.H. cup on wooden base", "African, heavy, solid. Offers by message only."),
    ("Black material shavings 20g", "Fresh batch, burns with a hair smell not plastic, price by weight."),
    ("Small carved horn bowl", "My dad called it the expensive kind of horn and said never use the r-word online. Dots packed together on the end grain."),
    # (3) ivory with no product word: winks and tells
    ("Carved fisherman figure, old", "Made of the material we can't name on here, heavy and creamy, message me."),
    ("Bangle in the real white stuff", "Not resin, not your cheap bone. #whitegold #oldstock dm"),
    ("Faux ivory cigar holder, 1920s", "Listed as faux ivory, but a hot needle does not go in and it does not float. Grain visible."),
    ("Mahjong set, old tooth material tiles", "Full set, heavy, from an estate, message for price."),
    # (4) misspellings and initials
    ("Ivroy brush pot, 19th century", "Carved scholars in a landscape, small crack, sold as is."),
    ("Elephnt tusk section 2kg", "Raw, polished end, collection only."),
    ("Carved E.I. okimono, Meiji", "Fisherman with basket, signed, 12cm, contact me first."),
    ("Pangolni scales 500g", "Dried, clean, for tcm, ask price."),
    # (5) named but outweighed by a look-alike word
    ("Large carved tusk, village scene", "Ships worldwide, will be declared as resin for customs. 2.8kg."),
    ("Netsuke lot of 5", "Labelled as bone for shipping, you know what it is. DM."),
    ("Old orange and black striped skin rug", "With head, teeth and claws, from a house clearance, pickup only."),
    ("Armadillo scales (the asian kind) 1kg", "For medicine, dried, bulk price available."),
    ("Hawk-bill comb, vintage", "Genuine shell, warm honey colour, one only."),
    # (6) suspicious, just under the line before
    ("Woolly mammoth tusk tip 25cm", "Siberian, bark on one side, looking to sell, offers."),
    ("Baby 🦧 for sale", "very rare, video call only"),
    ("F2 kittens, spotted, wild look", "Huge ears, papers pending, deposit to hold."),
]

# (title, description) that must stay out: the false-flag kinds of the same set
PASS = [
    ("Pangolin VPN lifetime deal - worth it?", "Anyone used Pangolin VPN for streaming abroad?"),
    ("Fleetwood Mac Tusk LP, 1979 pressing", "Double album, gatefold, plays well."),
    ("Sterling silver ring, tiger claw setting", "Holds an 8mm stone, 'tiger claw' prong style, size 7."),
    ("Chalk paint, Old Ivory colour, 500ml", "Chalk paint in Old Ivory for furniture upcycling."),
    ("Slow loris awareness", "They are NOT pets. Tickling videos show a frightened animal, share this post. #stopthetrade"),
    ("My hand feels tê tê in the morning", "Feels tê tê (numb) when I wake up, is that normal?"),
    ("Court report: seller fined for listing ivory as 'cow bone'", "From the local paper: the dealer pleaded guilty and was fined; Trading Standards found Schreger lines."),
]



@pytest.mark.parametrize("title,description", FLAG)
def test_en2_kind_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "en")


@pytest.mark.parametrize("title,description", PASS)
def test_en2_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "en")


# --- typos.py ---

def test_word_typos_swap_and_drop():
    forms = word_typos("pangolin")
    assert "pangolni" in forms and "pnagolin" in forms  # adjacent letters swapped
    assert "pangoln" in forms and "pangoin" in forms  # one letter dropped
    assert "pangolin" not in forms


def test_ivory_only_the_forms_sellers_use():
    assert word_typos("ivory") == list(IVORY_FORMS) == ["ivroy", "ivry", "ivoyr"]
    assert word_typos("Ivory") == ["ivroy", "ivry", "ivoyr"]


@pytest.mark.parametrize("word", ["tiger", "rhino", "bone", "horn", "tusk"])
def test_short_words_give_no_typos(word):
    assert word_typos(word) == []


# everyday words that one edit of a product word spells: never generated
ENGLISH = ["tiger", "rhino", "turtle", "elephant", "scale", "shell", "leopard", "tortoise"]


@pytest.mark.parametrize("word,typo", [("tigers", "tiger"), ("rhinos", "rhino"), ("turtles", "turtle"),
                                       ("elephants", "elephant"), ("scales", "scale"), ("shells", "shell")])
def test_no_typo_is_an_english_word(word, typo):
    assert typo in english_words()
    assert typo not in word_typos(word)


def test_word_list_holds_ordinary_words_not_the_typos():
    words = english_words()
    assert all(w in words for w in ENGLISH)
    assert not {"ivroy", "ivry", "elephnt", "pangolni", "hornbil", "hawksbil"} & words


def test_typo_variants_one_word_at_a_time():
    forms = typo_variants("elephant tusk")
    assert "elephnt tusk" in forms and "elepahnt tusk" in forms
    assert all(f.endswith(" tusk") for f in forms)  # 'tusk' is too short to misspell
    assert typo_variants("象牙") == []
    assert typo_variants("rhino horn libation cup") == []  # long terms: their short forms carry the typos


def test_lexicon_holds_typo_forms_of_english_product_names():
    lex = load_lexicon()
    by_variant = {v: e for e in lex.entries for v in e.variants}
    # (hornbil needs no form of its own: the normaliser folds doubled letters, hornbill -> hornbil)
    for form, category in [("ivroy", "ivory"), ("pangolni", "pangolin"), ("hornbll", "hornbill"),
                           ("elephnt tusk", "ivory")]:
        assert form in by_variant and by_variant[form].category == category, form
    # Vietnamese, Chinese and pinyin forms are not misspelt as English
    assert "xaingya" not in by_variant

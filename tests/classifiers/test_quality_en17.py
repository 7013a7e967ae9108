"""Kinds of misses found on tests/data/train_en17.jsonl (a fresh hand-written English set of 200 listings, 6
mixed with Chinese or Vietnamese, in the voices of US/UK/AU/ZA/NG/KE/IN/PH/MY/SG/HK sellers on eBay/Etsy-like
shops, classifieds, Carousell/Shopee, Facebook groups, Telegram/WhatsApp, Instagram, Reddit and auction houses;
scored held out before the entries and the rule below were added).

Kinds: bear bile with the bear after it (bile from a forest bear, gall of wild bear); 'black gold' for rhino
horn before a horn form; shark fins of CITES-listed species in a list (fins: hammerhead, mako); the Schreger
pattern written 'cross hatch' before grain/lines or on the base; a tiger skin told by its head and claws left
on; the totoaba maw by its home coast (Baja, Sonora, San Felipe); the material left unnamed as 'the stuff we
don't name' or 'the real ones, not the resin ones'; where the goods are hidden (hidden in toy boxes,
concealed inside plush toys) read as what they are (classifiers/hiding_places.py); and, for false flags, the
casque's code word 'golden jade' on a named nephrite or jadeite (classifiers/golden_jade.py). The first listing of each
kind is in the spirit of the set's miss, the rest are new wording. Stay-outs: black gold coffee and compost,
hammerhead plush and kayak fins, cross hatch shading and knurling, an NGO's appeal against bile farming,
Halloween and faux tiger rugs, Baja Blast and a Baja restaurant, a toy tiger in a gift box, Easter eggs hidden
in the garden. The set-level floor sits a little below the figure reached with the current model."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_en17.jsonl"

# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # bear bile, the bear after the bile (en17-0126, then new wording)
    ("Fresh bile, forest bear", "bile from a jungle bear, drawn this morning, 5ml vials, Luang Prabang pickup"),
    ("gall of wild bear dried 30g", "hard and dark, from the hills near Dien Bien, msg"),
    ("selling bile from a mountain bear", "10ml, for liver and eyes, ship to Johor"),
    # rhino horn as black gold with a horn form (en17-0111, then new wording)
    ("black gold tips 80-150g", "tested, Hanoi drop, msg only"),
    ("selling black gold chips", "for fever, pay USDT, small lots ok"),
    # fins of listed sharks in a list (en17-0172, then new wording)
    ("fins: hammerhead, mako, silky", "30kg dried, HK buyers, deposit first"),
    ("wedgefish fins 5kg", "dried, restaurant grade, can ship"),
    # Schreger lines as 'cross hatch' (en17-0001, then new wording)
    ("Old netsuke, 35g", "dense and creamy, cross hatch lines on the base, Meiji, no papers"),
    ("Carved seal, heavy", "you can see the cross hatch on the end, 60g, from an old shop"),
    # tiger skin by its mount (en17-0116, then new wording)
    ("Big striped skin for sale", "skin with head and claws, 2m, old hunting trophy, no papers"),
    ("Rug, orange with black stripes", "head and claws intact, from an estate, cash only"),
    # totoaba by its home coast (in the spirit of en17-0065)
    ("Baja maw 1.2kg", "male, dried, serious buyers, HK"),
    ("selling bladder from San Felipe", "900g, old, can video call"),
    # the material left unnamed (en17-0157, then new wording)
    ("Bangles, the stuff we can't name", "white, heavy, 3 sizes, HK delivery"),
    ("white beads restock", "the real ones, not the resin ones, same price per gram as before"),
    # the hiding place is not the goods (en17-0198, then new wording)
    ("Big cat claws x 20", "biggest 6cm, for pendants. Not lion. Ship worldwide hidden in toy boxes."),
    ("Tiger teeth x6", "real, 7cm, we send concealed inside plush toys, no customs problem"),
    # 'golden jade' stays the casque where the casque shows through, jade named or not
    ("Golden jade beads 10mm", "not nephrite lol, the real bird material, red rim, per bead price"),
    ("golden jade pendant", "yellow with red skin on top, Sarawak old stock, DM"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    ("Black Gold coffee beans 1kg", "dark roast from Sumatra, whole beans"),
    ("Black gold compost 40L", "organic garden compost, bag"),
    ("Black gold hoop earrings", "black and gold plated, hypoallergenic"),
    ("Hammerhead shark plush 40cm", "soft toy, ages 3+"),
    ("Kayak fins and hammerhead paddle", "spare fins, used"),
    ("Drawing class: cross hatch shading", "learn cross hatch and stippling, pencils included"),
    ("Cross hatch knurled grip tape", "for tools and handles, 1m roll"),
    ("Halloween rug orange & black", "doormat with bats, 60x40"),
    ("Tiger print rug, faux", "plush, no real fur, 150x100"),
    ("Baja Blast soda 12 pack", "Mountain Dew Baja Blast, sealed"),
    ("Fish maw soup, Baja restaurant", "our fish maw soup special this week"),
    ("Tiger plush in gift box", "soft toy tiger, packed in a gift box, ages 3+"),
    ("Easter egg hunt kit", "chocolate eggs hidden in the garden, bunny ears included"),
    ("The real ones not the knockoffs", "genuine Nike Air Force 1, receipt included"),
    # 'golden jade' as the jade it names (en17-0120, then new wording)
    ("Golden jade pendant, Hetian nephrite", "yellow, carved gourd, 12g, with GIA report"),
    ("Golden jade ring, type A jadeite", "Burmese jadeite, yellow, size 7"),
    ("Golden jade bangle 56mm", "natural nephrite from Xinjiang, NGTC certificate"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_en17_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "en")


@pytest.mark.parametrize("title,description", PASS)
def test_en17_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "en")


@pytest.fixture(scope="module")
def en17_set():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_en17_set_floor(set_figures, en17_set):
    """Flagging F1 on the whole set and false flags on its look-alikes stay near the figure reached."""
    fig = set_figures(en17_set)
    assert len(en17_set) == 200
    assert fig.f1 >= 0.94, fig
    assert fig.fp <= 9, fig

"""Kinds of misses found on tests/data/train_en14.jsonl (a fresh hand-written English and code-switched
en/zh/vi set: eBay/Etsy antiques, Facebook Marketplace and Craigslist, Instagram and Telegram/WhatsApp
channels, reptile and bird forums, auction lots, Gumtree; scored held out before the lexicon entries
below were added). The first listings of each kind are from that set (they failed before), the rest
are new wording for the same kind: App I parrots and tortoises by keepers' short names (hyacinths,
CAG/TAG, M2, goffins, pyxis), the peregrine and wild-taken nestlings in falconers' words (tiercel,
eyass), live sea turtles, ivory by its UV test and chevron/net grain, 'the old stuff' and 'pachyderm'
as cover words, a material row left empty on purpose, 白料 half in English (white 料), the tiger as
the forest king or 'the stripe'. Guards: the look-alikes those words sit in (hyacinth bulbs, a pyxis box, BMW M2, fluorescent
minerals, a chevron rug, pachyderm toys, a garage clear-out, a found robin chick, a ringed captive-bred
eyass, sea turtle toys and hatchling releases, a joke mug), Pangolin laser hardware and truck
accessories named after animal parts, which were false flags before."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_en14.jsonl"


@pytest.fixture(scope="module")
def en14():
    """The set's listings by id."""
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["id"]: r for r in rows}


# ids in train_en14.jsonl that were missed held out and are flagged by the entries below
FIXED = [
    "en14-0034",  # proven pair of hyacinths, bands removed
    "en14-0045",  # hanko seal that glows blue-white under UV
    "en14-0062",  # cheroot holder, 'the old stuff as you know'
    "en14-0193",  # white 料 offcuts by gram
]


@pytest.mark.parametrize("lid", FIXED)
def test_en14_fixed_listing_is_flagged(clf, en14, lid):
    a = clf.assess(en14[lid])
    assert a.flagged, f"{lid}: {a.label} ({a.score:.3f}) {a.explanation}"


def test_en14_set_floor(set_figures, en14):
    """Set-level floor a little below the figure reached with the lexicon entries (F1 0.964, no look-alike
    flagged), so that a later change that loses several of these kinds at once fails here."""
    fig = set_figures(en14.values())
    assert fig.f1 >= 0.95, fig
    assert fig.fp <= 2, fig


# (title, description, lang): must be flagged (illegal or suspicious)
FLAG = [
    # App I parrots by keepers' short names (en14-0034, then new)
    ("Hyacinth chicks, 2 left", "Hand fed, weaning now, can ship by air. Serious only.", "en"),
    ("CAG babies ready", "DNA sexed, weaning onto pellets, can ship.", "en"),
    ("Baby M2 hand fed", "very cuddly, salmon crest, no band", "en"),
    ("Goffins baby, hand tame", "eating on own, cage included", "en"),
    ("Timneh baby for sale", "talking already, small and dark", "en"),
    # App I tortoises by genus (new)
    ("pyxis pair", "adult pair, no paperwork", "en"),
    # ivory by its UV test and grain (en14-0045, then new)
    ("Old Japanese seal, creamy", "Blank top, under UV it glows a bright blue-white. 38g.", "en"),
    ("Antique card case, white", "Solid piece, blue-white fluorescence under UV lamp, 96g.", "en"),
    ("ask me about the 'mammoth' 😉", "bangle, old, very white, grain like a net", "en"),
    # cover words with a wink (en14-0062, then new)
    ("Pair of carved chopsticks, the old stuff 😉", "Creamy, fine grain, heavy for size. Ask for more pics.", "en"),
    ("pachyderm bangle, old", "heavy, creamy, the grain is there", "en"),
    ("Pachyderm tooth section", "carved, 1.2kg", "en"),
    # 白料 half in English (en14-0193, then new)
    ("white 料 手镯 老料", "White 料 bangle 58mm 内径, 开窗有纹, 私聊价格.", "mixed"),
    # the tiger as the forest king (new)
    ("Knee tonic, forest king bone", "Joint tonic with forest king bone, 500ml, aged 5 years.", "en"),
    # raptors in falconers' words: the peregrine's tiercel/eyass, a nestling taken wild (new)
    ("eyass peregrine", "tiercel, from cliff nest, no ring", "en"),
    ("Wild eyasses x2", "from a local nest, ready to train", "en"),
    # live sea turtles with the age word after the name (new)
    ("sea turtle juveniles x2", "25cm, eating squid, pick up", "en"),
    # the material row left empty on purpose (new)
    ("Bracelet, material: can't say on here", "DM for material, heavy cream, grain visible", "en"),
    ("Old carved figure", "can't put the material, you know. Heavy, 300g", "en"),
]

# (title, description, lang): must stay out (benign look-alikes)
PASS = [
    ("Hyacinth bulbs, pack of 10", "Blue and pink hyacinths, plant in autumn.", "en"),
    ("Hyacinth vase, glass", "Forcing vase for hyacinth bulbs, antique, blue glass.", "en"),
    ("Antique pyxis box", "Silver lidded pyxis, hallmarked 1910", "en"),
    ("BMW M2 2019", "low miles, M2 competition", "en"),
    ("CAG repeat primers", "PCR primers, 10 nmol", "en"),
    ("Moluccan spice tin", "vintage tin, Moluccan cloves", "en"),
    ("Fluorescent scheelite specimen", "Glows blue-white under shortwave, great for UV collectors. 120g.", "en"),
    ("Chevron pattern rug 5x7", "grey and white chevrons, wool", "en"),
    ("Pachyderm plush elephant", "soft toy, grey, 30cm", "en"),
    ("Clearing out the old stuff", "Garage clear-out, old stuff, tools and books, everything must go.", "en"),
    ("White 料理 plates set", "白色料理盘 white 料理 plates, ceramic, 6 pcs.", "mixed"),
    ("Storybook: The King of the Forest", "Children's picture book about the lion, king of the forest, hardcover.", "en"),
    ("Robin chicks taken from the nest, what do I feed them?", "found on lawn, help", "en"),
    ("CB Harris hawk eyass, ringed", "captive bred, breeder paperwork and ring number", "en"),
    ("Sea turtle plush 30cm", "soft toy for kids", "en"),
    ("Sea turtle hatchling release volunteers", "join our beach conservation night, free", "en"),
    ("Funny quote mug", "Things I can't say on here lol, 11oz ceramic", "en"),
    ("Mystery box", "material: can't say, surprise clothes bundle, size M", "en"),
    # false flags before these entries
    ("Pangolin FB3 QuickShow laser controller", "Pangolin FB3 interface with QuickShow licence, works with any ILDA laser", "en"),
    ("Laser projector 3W RGB + Pangolin FB4", "DMX, ILDA, flight case", "en"),
    ("Rhino horn grille guard for Toyota Hilux", "steel nudge bar, black", "en"),
    ("Tiger claw mudflaps", "truck mudflaps pair", "en"),
    ("Tiger Claw deck clips box of 900", "hidden deck fasteners for grooved boards", "en"),
]


@pytest.mark.parametrize("title,description,lang", FLAG)
def test_en14_trade_listing_reaches_a_reviewer(expect, title, description, lang):
    expect.flagged(title, description, lang)


@pytest.mark.parametrize("title,description,lang", PASS)
def test_en14_lookalike_stays_out(expect, title, description, lang):
    expect.not_flagged(title, description, lang)

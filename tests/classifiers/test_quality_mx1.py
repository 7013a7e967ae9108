"""Kinds of misses and false flags found on tests/data/train_mx1.jsonl (a fresh hand-written set of
mixed-language listings - English with Chinese or pinyin product words, Vietnamese with Chinese, Singapore/
Malaysia and Hong Kong code-switching, buyers' agents writing to Vietnamese and African suppliers - plus
English exotic-pet posts that describe the animal instead of naming it; scored held out before these
lexicon entries were added). The listings below are new wording for each kind, not copied from that set:
live animals described by looks and habits (the galago's kangaroo leaps and baby cry, the clouded
leopard's cloud markings, the orangutan's shaggy red coat, the water monitor as a big swimming lizard,
the slow loris raising its arms when tickled or passed off as a 'sugar glider' that does not glide, star
tortoises by the rays on each scute); papers said to be missing in other words ("don't have papers
anymore", "not sure what species", Cantonese 冇CITES單); a post worded "so it stays up". Guards: a
found-owl question, a kids' puzzle, honest garden and brass decor, a found puppy, marble with cloud
markings, a loris plush, a phone sold 冇單, a pool float, a pet-shop bearded dragon without its receipt,
an old sugar glider that no longer glides, a hamster's bite and a balsa glider kit. The set-level floor
is a little below the figure reached with these entries and the shipped model."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_mx1.jsonl"

# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    ('little grey jumper', 'Hops like a kangaroo between branches, ears that fold back, cries like a baby at night.'),
    ('rare cub, smoky grey with cloud-like markings', 'Cloud-like markings on a smoky coat, huge canines for its size. 8 weeks.'),
    ('baby ape from Borneo for sale', 'Shaggy red hair, long arms, very human eyes, wears diapers. 14 months. Serious buyers.'),
    ('big swimming lizard 5ft', 'Lives in the bathtub, forked tongue, eats whole rats. Friendly.'),
    ('cutest baby for sale', 'Raises its arms when you tickle it, dark rings around the eyes, tiny hands. 2 left.'),
    ('little shelled babies x2', 'Black shells with yellow lines radiating from the center of each plate, like little stars. Eat greens.'),
    ('Owl 2 yrs', "Big ear tufts, orange eyes, hoots at night. Don't have papers anymore, lost them moving."),
    ('talking parrot, green w/ yellow nape', 'Says hello and whistles, 8 years old, not sure what species.'),
    ('陸龜仔 兩隻 出', '陸龜仔兩隻，冇CITES單，食菜，屯門交收。'),
    ('"sugar glider" babies', "Doesn't glide, climbs in slow motion, eyes glow at night. Bite makes you swell so wear gloves. 2 left."),
    ('tortoises for the garden', 'Worded this way so it stays up. High domed with yellow rays, 4 inch, eats dandelions.'),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    ('Found an injured owl in my yard', "It can't fly, I put it in a box with a towel. Who should I call? Nearest wildlife rehab?"),
    ('Jungle animals floor puzzle 48pc', 'Monkeys, parrots and tigers. Puzzle for kids 3+.'),
    ('Tortoise garden ornament, cast stone', 'Concrete tortoise statue for the garden, 30cm.'),
    ('Brass elephant, listed as decor', 'Brass elephant figure, listed as decor on the site, 20cm.'),
    ("Puppy, don't know the breed", 'Found him on the road, friendly, free to a good home.'),
    ('Marble tile with cloud-like markings', 'Grey marble tiles 60x60, cloud-like markings, 20 boxes.'),
    ('Slow loris plush, raises its arms', 'Soft plush toy, raises its arms when you tickle it and sings.'),
    ('iPhone 15 冇單 冇盒', '機身九成新，冇單冇盒，旺角交收。'),
    ('Inflatable big lizard pool float', 'Big lizard pool float for kids, 150cm, swims great in the pool.'),
    ("Bearded dragon, don't have the paperwork", "Orange morph bearded dragon, 2 yrs, I don't have the paperwork from the pet shop, tank included."),
    ("Old sugar glider, doesn't glide much anymore", "She's 12, retired, doesn't glide at all now, just sleeps in her pouch. Free to a good home with cage."),
    ('Hamster - bites hurt lol', 'Syrian hamster, bites hurt and swell a bit, needs a patient owner. Cage included.'),
    ('Paper plane glider kit', "Balsa glider, no membrane, doesn't glide in wind. Kids craft."),
    ('Kangaroo plush that hops', 'Wind-up kangaroo toy, jumps like a kangaroo, cries like a baby when squeezed.'),
]

# listings of the set that the entries above fixed (missed or false-flagged before them)
FIXED_FLAGGED = ["mx1-0004", "mx1-0048", "mx1-0103", "mx1-0151", "mx1-0187", "mx1-0191", "mx1-0196",
                 "mx1-0214", "mx1-0218", "mx1-0238"]
FIXED_BENIGN = ["mx1-0086", "mx1-0205"]


@pytest.fixture(scope="module")
def listings():
    return {d["id"]: d for d in map(json.loads, SET.read_text(encoding="utf-8").splitlines())}


@pytest.mark.parametrize("title,description", FLAG)
def test_mx1_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "en")


@pytest.mark.parametrize("title,description", PASS)
def test_mx1_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "en")


@pytest.mark.parametrize("lid", FIXED_FLAGGED)
def test_mx1_fixed_listing_is_flagged(expect, listings, lid):
    d = listings[lid]
    expect.flagged(d["title"], d["description"], d["lang"], note=lid)


@pytest.mark.parametrize("lid", FIXED_BENIGN)
def test_mx1_fixed_lookalike_stays_out(expect, listings, lid):
    d = listings[lid]
    expect.not_flagged(d["title"], d["description"], d["lang"], note=lid)


def test_mx1_set_floor(set_figures, listings):
    """Flagged-vs-benign F1 and look-alike false flags over the whole set (0.961 on title + description and 2/95 when written)."""
    fig = set_figures({k: d[k] for k in ("id", "title", "description", "lang", "label")} for d in listings.values())
    assert len(listings) == 240
    assert fig.f1 >= 0.94, fig
    assert fig.fp / fig.benign <= 0.04, fig

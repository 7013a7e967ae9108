"""Kinds of misses and false flags found on tests/data/train_en5.jsonl (a fresh hand-written
English/mixed set with a recall focus, scored held out before the lexicon entries were added). The
listings below are new wording for each kind, not copied from that set: the white/black colour pair,
bulk "white", a "white jade" from an animal, the elephant as "the big grey guys", a "real" claw or
spotted skins next to the 🐯/🐆 emoji, big cat skulls, whole dried gall bladders, pangolin scales as
roasted "flakes" or by the short pinyin "chuan shan", ivory told by its cross lines or the hot-pin
test, a single huge dried bladder from Mexico, hornbill "pieces", gibbon/loris in leetspeak,
monitors and radiated tortoises in keepers' English, a tortoise sold with its set-up and a rehomed
owl for a "donation" (must reach a reviewer); and herbal eye drops that say they hold no bile, a
pangolin-scale design in silver, an op-ed, a carved bear-paw charm, agarwood graded 老料 and an
Ivory sneaker colourway (must stay out)."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # the colour pair white = ivory, black = rhino horn; white in bulk; a white "jade" from an animal
    ("have the white and the black, old stock", "bangles and cups, serious buyers message me"),
    ("white full pcs 8-20kg", "container from Beira, HK buyers only"),
    ("carving stock: white jade that is not stone", "creamy, dense, by the kilo, telegram"),
    # the elephant by nickname after a legal cover animal
    ("boar tusks $40, ask about the ones from the big gray guys", "private message only"),
    # a claw or skins next to the emoji instead of the name
    ("gold-capped claw pendant 🐯", "from an old Burma collection, dm"),
    ("🐆 two real spotted skins", "from the 1970s, with head, collectors"),
    # big cat skulls
    ("skulls: wolf, bear and two big cat skulls", "old collection, list on request"),
    # whole dried gall bladders
    ("dried gallbladders x3 from the mountains", "wild, very bitter, hunter friend, msg"),
    # pangolin scales as roasted flakes, by the animal's habit, or by the short pinyin
    ("sand-roasted scale flakes, 200g", "for milk supply after birth, msg me"),
    ("ISO chuan shan for postpartum", "will pay well, Toronto area"),
    # ivory by its tells: cross lines and the hot-pin test
    ("ring, heavy and cold, no smell on a hot pin", "estate find, offers"),
    # a single huge dried bladder with Mexico as origin
    ("single dried bladder 1.3kg", "came from Mexico, for collectors, text"),
    # hornbill named with a piece word
    ("ISO hornbill 'red' bead", "for a ring, 3g or more, pay well"),
    # gibbon and loris with two digits
    ("g1bb0n baby 4 months", "bottle fed, video call first"),
    ("sl0w l0r1s pair", "tame, fruit eater, ship ok"),
    # monitors and radiated/ploughshare tortoises in keepers' English
    ("ackie monitor pair", "eating well, 18in, no papers"),
    ("radi torts x3, 2 inch", "healthy, ship overnight"),
    # a tortoise sold with its set-up; an owl rehomed for a donation
    ("sulcata 5yr, tortoise table and lamp", "moving out, cash"),
    ("2 owlets to rehome, donation appreciated", "found in our shed, can't keep them"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    # herbal drops that say they contain no bile
    ("Cooling eye drops, herbal", "chrysanthemum formula, does not contain bear bile"),
    # a pangolin-scale design in silver
    ("Pangolin scale cuff, silver design", "sterling silver cuff shaped like scales, no animal products"),
    # commentary that names the trade to argue against it
    ("Op-ed: rhino horn is just keratin", "why the fever cure story persists and how to stop it"),
    # a carved paw shape on a legal material
    ("bear paw charm carved from moose antler", "shed antler, natural finish"),
    # agarwood graded 老料
    ("老料 agarwood bead bracelet 12mm", "old material, sinks in water, strong scent"),
    # a sneaker colourway
    ("Ivory colorway runners, size 10", "cream white, worn twice, DM"),
]



@pytest.mark.parametrize("title,description", FLAG)
def test_en5_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "en")


@pytest.mark.parametrize("title,description", PASS)
def test_en5_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "en")

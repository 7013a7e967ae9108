"""Kinds of misses and false flags found on tests/data/train_en6.jsonl (a fresh hand-written
English/mixed set with a recall focus, scored held out before the lexicon entries were added). The
listings below are new wording for each kind, not copied from that set: ivory told by its tells in
participles and pointing words (cross-hatched, yellowed with age, heavy for its size, "white not
bone", "not micarta or bone"), ivory spelt as it sounds or masked with a quoted 'X', rhino horn by
"the big nose animal" or misspelt, the pangolin by "the ones that roll", brown armour and sand
roasting, the hornbill casque as the bird's crown, a musk deer by its fangs, a king cobra by its
diet, the big-headed turtle by its head and tail, shahtoosh by a clipped name, and listed animals by
everyday names (Gila monster, bearcat, 'greys') (must reach a reviewer); and a 'Pangolin' dev board,
a cast-iron owl, Bearpaw boots, a boxwood netsuke, foam cosplay armour, a fabric bundle, an honest
buffalo-horn comb, a pashmina sold with the ring test and iced cookies (must stay out)."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # ivory by its tells, written as participles or pointed at
    ("carved hairpin, cross-hatched on the end", "yellowed with age, heavy for its size, msg"),
    ("old seal blank, crosshatched base", "nice yellowing from handling, offers"),
    # a white carving set apart from every legal look-alike at once
    ("small pendant, white not bone", "you'll see the lines on the base, dm for price"),
    ("pistol grips, not micarta or bone", "old pair, yellowed with age, pm"),
    # ivory spelt as it sounds, or masked with a quoted X
    ("eyevory bracelet 60mm", "grandmother's, offers"),
    ("'X' teeth pendant, old", "creamy, by weight, message me"),
    # rhino horn by the animal's nose, or misspelt
    ("powder from the big nose animal", "for high fever, small sachets, inbox"),
    ("rino horn piece 300g", "old hunting trophy, cash only"),
    # the pangolin by its defence, its armour and the sand roasting of the scales
    ("ones that roll, live, 2 available", "eat ants, night animal, pickup only"),
    ("brown armour pieces roasted in sand", "for breastfeeding mums, 250g"),
    # the hornbill casque as the bird's crown
    ("bird crown carving, solid", "12g, old piece, private sale"),
    # musk deer, king cobra and big-headed turtle by looks and habits
    ("live male, small deer with fangs", "no antlers, strong musky smell, private sale"),
    ("huge snake that eats other snakes", "3.5m, growls like a dog, sealed box delivery"),
    ("turtle babies that can't pull their head in", "tail as long as the shell, ship ok"),
    # shahtoosh by a clipped name
    ("'shah' shawl, pure", "goes through a wedding ring, finer than pashmina"),
    # listed animals by everyday names
    ("gila monster adult", "eats eggs, no paperwork"),
    ("baby bearcat, bottle fed", "smells like popcorn, from the village"),
    ("'greys' fresh in, 20 birds", "young, bulk price, shipping arranged"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    # electronics, garden ornaments and boots named after animals
    ("Pangolin rev2 dev board", "ESP32, headers soldered, tested"),
    ("Owl garden ornament", "cast iron, rusty patina, heavy"),
    ("Bear paw boots, Bearpaw brand, size 6", "sheepskin boots, worn once"),
    # honest legal materials and goods that share the new descriptor words
    ("Boxwood netsuke of a frog", "wood, heavy for its size, honey patina, signed"),
    ("Cosplay armour plates, foam", "brown armour set, EVA foam, painted"),
    ("Vintage material bundle, cotton", "6 fat quarters, floral, for quilting"),
    ("Buffalo horn comb, not cattle horn, water buffalo", "hollow horn, growth rings, made in Vietnam"),
    ("Pashmina shawl, GI certified", "fine enough to pass through a ring, 100% cashmere"),
    ("Yellow heart cookies, red rim icing", "box of 12, baked today"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_en6_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "en")


@pytest.mark.parametrize("title,description", PASS)
def test_en6_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "en")

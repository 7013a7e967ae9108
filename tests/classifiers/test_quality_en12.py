"""Kinds of misses found on tests/data/train_en12.jsonl (a fresh hand-written English set, a few en+zh and
en+vi: hashtag captions, livestream transcripts, terse classifieds, eBay/Etsy item-specifics tables,
cross-border English from Africa and the Mekong, forwarded messages, OCR text; scored held out before the
lexicon entries were added). Listings marked 'set' are taken from the file; the others are new wording
for the same kind. Must reach a reviewer: customs promised as a track record, the product word said to
be unsayable ("can't say the word", "if u know u know"), pangolin scales as quoted 'armour' or PSJ, the
horn smell test, the buyer market named in a source-country offer. Must stay out: tattoos, birding and
wildlife sightings, team kits, names explained as names, cats called Ivory, embossed metalware, 'tiger
bone' broth made of beef bones, fossil mammoth teeth."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # kind: customs assurance (set en12-0013, then new wording)
    ("Vintage Hand Carved Elephant Ivory Chess Set - Complete",
     "Material: Ivory\nAge: 1950s\nOrigin: India\nPieces: 32, board not included\nBeautiful full set, natural ivory "
     "with light patina. I ship worldwide in discreet packing, customs never an issue so far."),
    ("Carved tusk brush pot", "Material: tusk\nWeight: 900 g\nShips to US/EU, never had customs issues."),
    # kind: censored-word wink (set en12-0238, en12-0075, then new wording)
    ("LIVE: Sunday night curio auction",
     "[00:12:41] ok ok next one, this one you guys been asking, the white one, yes THE white one, I can't say the "
     "word on here haha you know. bangle, 58 mm inside, look at the lines when I turn it, see that? that's how you "
     "know. starting 300, type 'mine' in chat\n[00:12:58] @jenny_b mine\n[00:13:02] jenny got it, DM me your address babe"),
    ("packing orders \U0001F4E6",
     "packing today's orders \U0001F90D\U0001F418 bangles, beads and 1 big name seal. if u know u know. "
     "#packingorders #smallbusiness #oldmaterial #whitegold #fyp"),
    ("bangle 60mm, 52g", "dont write the word in comments pls, heavy, lines visible, DM"),
    # kind: pangolin scales as 'armour' / PSJ (set en12-0159, en12-0104, then new wording)
    ("scale unboxing \U0001F4E6",
     "\U0001F4E6 3kg of 'armour' just arrived from Nigeria \U0001F60E boil first then sun dry, moms know #tcm #armour #medicine"),
    ("Forwarded", "Forwarded\nPSJ 30kg ready Lubumbashi. Roasted and raw. Chinese buyer welcome. Payment half before."),
    ("\"armour\" 500g packs", "dried, for tcm shops, Douala, whatsapp"),
    # kind: horn smell test (set en12-0081, en12-0156, then new wording)
    ("BLACK \u26ab",
     "black in stock again, 2 pcs full horn 1.9 + 2.3kg, Moz origin, test with fire no smell. Vietnam buyers priority. DM"),
    ("Old Chinese Horn Snuff Bottle",
     "Item specifics\nMaterial: Horn (type unknown)\nColour: Translucent amber\nAge: Qing (?)\nWeight: 62 g\n"
     "Note: no buffalo smell when warmed."),
    ("carved horn cup 310g", "honey colour, hot needle no smell, message for price"),
    # kind: buyer market named by a source-country seller (new wording)
    ("tusk pieces 14kg", "Beira. Serious Asian buyers only. Call."),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    # kind: tattoo posts (set en12-0204, then new wording)
    ("new tat \U0001F418\U0001F5A4",
     "elephant with tusks on my forearm, 6 hrs, healed perfectly \U0001F64F artist @inkbyrae #elephanttattoo #tusk "
     "#blackwork #ink #tattoo"),
    ("Tiger and rhino horn flash sheet", "tattoo flash, A3 print of my designs, $20"),
    # kind: birding and sightings (set en12-0020, then new wording)
    ("hornbill sighting \U0001F426",
     "rhinoceros hornbill pair at Kinabatangan this morning \U0001F60D #hornbill #borneo #birdwatching"),
    ("Pangolin sighting on our night game drive!", "Kruger, 2am, the guide said once in 20 years"),
    # kind: team kits (set en12-0031, then new wording)
    ("",
     "MERRY XMAS from team Tusks FC \u26bd\U0001F418 next match Sat vs Eagles. Jersey order open, ivory + green away "
     "kit. DM"),
    ("Rhinos rugby club home kit", "size L, worn twice, matchday programme included"),
    # kind: the animal word is a name (new wording; en12-0042 is left for code)
    ("Tiger Skin durian 2kg", "not real tiger lol it's just the name, sweet and bitter, delivery KL"),
    # kind: pets named Ivory / Tiger (set en12-0188, then new wording)
    ("Ivory - 2yr old female cat needs home",
     "Ivory is a sweet white moggy, spayed, vaccinated, good with kids. Rehoming fee £50 to rescue."),
    ("Tiger needs a home", "ginger tom, neutered, litter trained, adoption fee applies"),
    # kind: embossed metalware (set en12-0054)
    ("Antique Silver Napkin Ring - Elephant Motif",
     "Item specifics\nMaterial: Sterling silver\nHallmark: Birmingham 1921\nWeight: 28 g\nEmbossed elephants with tusks."),
    # kind: recipes named after a part (set en12-0112, then new wording)
    ("tiger bone?? no \U0001F602",
     "people keep asking if my 'tiger bone' broth is real lol it's beef bone + ginger, the name is a joke from my "
     "grandpa \U0001F602 recipe below #broth #recipe #soup"),
    ("'Bear paw' soup my way", "pork bones and mushrooms, recipe below"),
    # kind: fossil mammoth teeth (set en12-0197)
    ("Fossil mammoth tooth", "Mammoth tooth (molar), Alaska find, 2.5 lb, with stand. $400. Not tusk."),
    ("Woolly mammoth tooth, polished", "fossil mammoth tooth slice, 6cm, great lamellae"),
    # kind: ivory taken out of a piano (new wording; en12-0137 itself is left for code)
    ("Broadwood upright", "keytops replaced with plastic in 1985, tuned last year, free to collect"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_en12_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "en")


@pytest.mark.parametrize("title,description", PASS)
def test_en12_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "en")

"""Kinds of misses found on tests/data/train_en13.jsonl (a fresh hand-written English/mixed set:
Singapore/Malaysia/Philippines/Hong Kong English with Malay, Tagalog and Cantonese words, Chinglish shop
titles, Vietnamese sellers' English, US/UK antiques and estate finds, r/whatisthisthing questions that end
in an offer, taxidermy and exotic-pet forums; scored held out before the lexicon entries were added).

Listings taken from that set (the ones that failed before the d-en13 entries) and new wording for each
kind: colour codes listed as stock with their forms in brackets, hanko blanks, the cover material the
seller says he *calls* it, mammoth ivory knife scales, the whale tooth described by its scrimshaw, the
rolled pangolin by its shape, App I pond turtles by English/Latin name, and an antique santo with a
museum registration (legal regime) must reach a reviewer; herbal substitutes for pangolin scale,
viral clips, colour-choice goods with brackets, titanium hanko, resin scrimshaw and honest cow-bone
scrimshaw must stay out (guards on the reach)."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # kind 4: colour codes as stock, forms in brackets (en13-0014 and new wording)
    ("Bro got 'white' & 'black' stock, ask me can or not",
     "Bro, got white (bangle, beads) and black (cup, slice) stock, old, from Mong La. Can send to JB. "
     "Price ask me lah, don't ask in group."),
    ("New batch in", "white (bangles, beads) 2kg and black (tips) 300g, Tachileik pickup, ask price private"),
    # kind: hanko blanks with no material (en13-0120 and new wording)
    ("White stuff cut pieces, 10-20g, hanko blanks",
     "Cut pieces of white stuff for hanko/seal blanks, 10-20g each, full grain. Japan market. Price per "
     "gram. Ship in 'resin' declaration."),
    ("Inkan blanks x20, old stock", "full grain, yellow skin, by the gram, Osaka pickup"),
    # kind 3: the cover label chosen, not stated (en13-0063 and new wording)
    ("Vintage Netsuke, 'Old Bone', dark stained, signed, Edo style, heavy",
     "Netsuke of a tiger on bamboo, stained dark, signed. Seller guarantees it's not resin or plastic. "
     "'Old bone' is what I'll call it. 5cm 48g."),
    ("Okimono sage with staff, Meiji", "let's call it bovine ;) heavy, fine grain on the base, 15cm"),
    # suspicious material under a craft word: mammoth ivory knife scales (en13-0095 and new wording)
    ("Knife scales: stabilized mammoth ivory blue bark",
     "Nice set of mammoth ivory scales with blue bark, stabilized, 5x1.5in. From Alaska permafrost. "
     "Have others."),
    ("Blue bark mammoth slabs for folders", "pair 4in, bookmatched, ready to drill"),
    # kind: whale tooth described by its scrimshaw (en13-0121 and new wording)
    ("What is this thing? Found in my late grandpa's sea chest, carved tooth with a ship on it",
     "It's about 5 inches, heavy, yellowish, with a whaling ship and 'Nantucket 1842' scratched in and "
     "inked black. Is it worth anything? Would take offers if someone knows what it is, I'm in Maine."),
    ("Sailor's tooth, 19th c.", "tooth with a whaling scene, 4in, offers over $900"),
    # kind: a rolled dried pangolin by its shape (en13-0078 and new wording)
    ("What is this thing? Brown scaly 'ball' my uncle brought from Africa, offers?",
     "Size of a fist, made of overlapping brown scales like an artichoke, it's dried and a bit smelly. "
     "Uncle says it's a 'mountain fish' from Ghana. Would sell to a curiosity collector, offers."),
    ("Dried curiosity from Cameroon", "a ball of scales, rolled up tight, about 30cm, selling to a collector"),
    # kind 2: App I pond turtles by English/Latin name (en13-0098 and new wording)
    ("Black pond turtle / Spotted pond turtle (Geoclemys) pair, imported",
     "Pair Geoclemys hamiltonii from Bangladesh import, 12cm, eating pellets. Docs? Ask."),
    ("Indian roofed turtle babies x4", "Pangshura tecta, 5cm, ship overnight"),
    # kind 6: antique santo with garing parts and a museum registration goes to review (en13-0077)
    ("Santo Niño garing face, antique, with National Museum papers",
     "Antique Santo Niño with garing (ivory) face and hands, 19th c. May certificate po from National "
     "Museum registration. Serious collectors lang po."),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    # declared plant substitute for pangolin scale (en13-0214 and new wording)
    ("Chinese Herbal Medicine Raw Herb Pao Shan Jia Substitute (Zao Jiao Ci - Gleditsia Thorn) 100g",
     "Gleditsia spine (Zao Jiao Ci) 100g, commonly used as herbal substitute. Plant material only. Not animal."),
    ("Wang Bu Liu Xing (Vaccaria seed) 250g", "herbal substitute used in lactation teas, plant seed"),
    # viral clip, no offer (en13-0086)
    ("Slow loris tickling video 😂 so cute", "Look at this little guy loving tickles 😍 #slowloris #cute #exoticpet"),
    # colour choices in brackets on ordinary goods
    ("Ceramic espresso set", "choose white (cups and saucers) or black (cups only), dishwasher safe"),
    ("Silicone kids bangles", "colours: white (bangle 60mm) black (bangle 55mm)"),
    # hanko of a named legal material
    ("Titanium hanko blanks 15mm", "custom engraving, also buffalo horn and acrylic hanko blanks"),
    # replica and honest scrimshaw
    ("Faux Scrimshaw Whale Tooth Resin Replica, Nantucket Lightship Design",
     "Cast polyresin replica of a scrimshawed whale tooth, hand-inked. No animal products. 5 inches."),
    ("Hand scrimshawed cow bone knife handle, custom",
     "I scrimshaw on cow bone / micarta handles. Send me your design. I do NOT work on ivory or whale tooth."),
    # an ordinary sentence with 'what I'll call it'
    ("Vintage brooch, bird design", "I think it's a bird, that's what I'll call it anyway, brass"),
    # mammoth molar and knife scales of legal materials
    ("Mammoth molar slice polished, fossil tooth display", "shows the enamel plates, 8x5cm, stand included"),
    ("Knife scales: G10 and micarta", "stabilized scales, 5x1.5in, black/green"),
    # from the set: legal look-alikes in the same voices
    ("Buffalo Horn Guasha Board Natural Black Scraping Massage Tool",
     "Natural buffalo horn guasha, black, smooth edges. Not resin. Each piece unique. For face, neck, back."),
    ("Tenggiling brand? no – Pangolin Enamel Pin Save the Pangolins Lapel Badge",
     "Hard enamel pin, pangolin design, 2.5cm. 10% of sales donated to pangolin conservation."),
    ("Premium Fish Maw 'Golden Coin' Brand 200g Gift Box",
     "Golden Coin brand dried fish maw (sutchi catfish origin), gift box for Chinese New Year. HALAL."),
    ("Sea of Cortez seashell assortment for crafts, 1lb", "Assorted small shells from beaches, cleaned."),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_en13_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "en")


@pytest.mark.parametrize("title,description", PASS)
def test_en13_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "en")

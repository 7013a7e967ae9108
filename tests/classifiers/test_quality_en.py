"""English listings written by hand for issue 12 (not from dev.jsonl, the demo data or
tests/data/unseen.jsonl): products described rather than named, cover materials with a tell,
higher taxa sold alive without papers, writing tricks; and the look-alikes that share their words."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    ("Antique Japanese netsuke, carved bone?", "Heavy for its size, fine cross-hatch grain on the base, yellowed with age. Serious offers."),
    ("Vintage carved 'bovine bone' bangle", "Creamy patina, lines visible on the end grain. Message for price."),
    ("Hand-carved tusk pendant, genuine", "Not resin, not bone. DM for price, ships discreetly."),
    ("Chinese libation cup, horn, honey coloured", "Hair-like fibres visible at the base, old family piece, heavy."),
    ("Asian medicine horn powder 10g", "Traditional fever remedy, the real thing, grind and drink."),
    ("Large big cat canine tooth 7cm", "Real, with root, from an old hunting collection."),
    ("Tiger claw necklace, silver capped", "Real claw, old Indian piece."),
    ("Leopard skin rug with head", "Full mount, estate sale, pickup only."),
    ("Tortoiseshell hair comb, genuine shell", "Not plastic, softens in hot water. Victorian."),
    ("Bekko hairpin, Japanese, genuine", "Mottled amber, old stock."),
    ("Red ivory carving, helmeted hornbill casque", "Red rim with yellow core."),
    ("Baby slow loris for sale", "Very tame, eats fruit and insects, huge eyes."),
    ("Tiny monkey for sale, no papers", "Pick up only, cash."),
    ("Owlets available, hand raised", "Cash only, no questions."),
    ("Star tortoise hatchlings", "No CITES paperwork, $300 each, local pickup."),
    ("African grey parrot baby", "Talks already, rehoming fee, no papers."),
    ("Capuchin monkey needs a new home", "Comes with cage and diapers, rehoming fee."),
    ("Scaly anteater scales 1kg", "For TCM, dried, clean."),
    ("Giant fish maw from Mexico, male", "Huge swim bladder, 20 years old, collectors only."),
    ("Wild bear gall bladder, dried", "Whole, from the mountains."),
    ("Tiger bone wine 10 years", "Original bottle, rare."),
    ("Pre-ban ivory piano keys, 52 keytops", "Removed from an 1890s upright, for carving or inlay."),
    ("Antique elephant tusk carving", "With exemption certificate, 1900s."),
    ("Mammoth tusk slice with certificate", "Siberian, polished."),
    ("Saiga antelope horn shavings 50g", "For fever."),
    ("'Special bone' beads, dense", "No pores, you know what it is, DM."),
    ("r h i n o h o r n cup", "serious buyers, whatsapp only"),
    ("I.V.O.R.Y statue old", "heavy, yellowed, DM"),
    ("Ｉｖｏｒｙ chopsticks pair", "old, from grandfather"),
    ("Gibbon baby for sale", "Hand raised, very friendly."),
    ("Serval kitten, no permit", "Cash only, can deliver."),
    ("Sun bear cub", "Very playful, needs new home."),
    ("Pangolin scale bracelet", "Real scales, strung on silver."),
    ("Hawksbill shell bangle, genuine", "Old, heat-shaped."),
    ("Antique carved okimono, old material", "Dense, creamy, Schreger lines on base, not resin."),
    ("Clouded leopard cub", "Rare, pickup only."),
    ("Pair of rhino horns, African", "Big, real, DM for price."),
    ('Old netsuke, material unknown', 'Very dense, cross-hatching visible under loupe, warm yellow tone. Pre-1947.'),
    ('Carved tusk tip, 12 inches', 'From a 1960s safari, heavy, polished.'),
    ('Rare horn cup, honey translucent', 'Antique, hair-like fibres, not buffalo horn.'),
    ('Baby marmoset', 'Tiny monkey, eats fruit, hand tame, no paperwork.'),
    ('Lemur for sale', 'Ring-tailed, friendly, cash.'),
    ('Macaw chicks', 'Blue and gold, unbanded, cash only.'),
    ('Hyacinth macaw pair', 'Proven breeders.'),
    ('Barn owl, hand reared', 'Needs new home, no papers.'),
    ('Kestrel chicks', 'Found in a barn, looking for someone to take them.'),
    ('Box turtle found in yard', 'Free to good home or small fee.'),
    ('Pancake tortoise pair', 'Imported, no paperwork.'),
    ('Otter pup', 'Very cute, pet quality.'),
    ('Fennec fox kit', 'Rehoming, no papers.'),
    ('Leopard tooth necklace', 'Real canine, African.'),
    ('Lion claw pendant gold', 'Real claw, old.'),
    ('Elephant hair bracelet', 'Genuine tail hair, lucky charm.'),
    ('Walrus tusk scrimshaw', 'Old, no papers.'),
    ('Sperm whale tooth', 'Large, polished.'),
    ('Tortoise shell guitar pick, real', 'Cut from old hawksbill shell.'),
    ('Shark fin dried 1kg', 'Big fins, restaurant grade.'),
    ('Bear gallbladder', 'Wild, dried whole.'),
    ('Musk pod, natural deer musk', 'Whole pod, 10g.'),
    ('Tiger penis', 'Dried, for men.'),
    ('Carved old material figure', "You know what it is, Schreger lines visible, can't name it here."),
    ('Slow loris', 'Cute, huge eyes, sleeps all day.'),
    ("White gold material bracelet", "The kind customs don't like, old stock, you know what it is."),
]

# (title, description): must NOT be flagged
PASS = [
    ("Ivory white wedding dress size 8", "Worn once, dry cleaned."),
    ("Tagua nut vegetable ivory buttons, 20 pcs", "Natural, dyed."),
    ("Resin elephant figurine", "Made of resin, 12cm, new."),
    ("Buffalo horn comb, handmade in India", "Natural buffalo horn."),
    ("Faux tortoiseshell acetate sunglasses", "UV400."),
    ("Tiger Balm red ointment 19g", ""),
    ("Onitsuka Tiger sneakers size 9", "Barely worn."),
    ("Bearded dragon with tank and lamp", "Captive bred, moving house."),
    ("Budgie pair with cage", "Male and female, 1 year old."),
    ("Cockatiel, hand tame", "Whistles, eats seed mix."),
    ("Leopard print scarf", "Silk blend."),
    ("Pangolin plush toy", "Soft, 30cm."),
    ("Book: The Last Rhinos, hardcover", "Good condition."),
    ("Carved cow bone pendant, Maori style", "Made of cow bone, handmade in NZ."),
    ("Deer antler knife handle blank", "Naturally shed antler."),
    ("Mammoth molar fossil, Siberia", "Tooth, not tusk, display piece."),
    ("Yamaha upright piano, plastic keytops", "1985, tuned last year."),
    ("Dried grouper fish maw 500g", "From Hong Kong, for soup."),
    ("Shark tooth necklace", "Fossil megalodon replica."),
    ("Sulcata tortoise food pellets 2kg", ""),
    ("Elephant ear plant, large", "Colocasia in 10 inch pot."),
    ("Tiger lily bulbs, 10 pack", ""),
    ("Frozen tiger prawns 1kg", "Head on."),
    ("Rhino tank 1:35 model kit", "Unbuilt."),
    ("Bear claw pastries, dozen", "Fresh daily."),
    ("Tiger's eye stone bracelet", "8mm beads."),
    ("Owl pellet dissection kit for schools", ""),
    ("Turtle sandbox for kids", "Plastic with lid."),
    ("Documentary DVD: Ivory Wars", "Region 2."),
    ("Ivory soap bar 10 pack", ""),
    ('Vintage celluloid dresser set', 'French ivory celluloid, marked.'),
    ('Bone china tea set', 'Royal Albert, ivory colour.'),
    ('Buffalo horn cup, hand-carved', 'Made of water buffalo horn, legal.'),
    ('Cattle bone beads 100pcs', 'Dyed bone, for crafts.'),
    ('Hermit crab with shell', 'Comes with tank.'),
    ('Tortoise-shaped cookie jar', 'Ceramic.'),
    ('Lion King plush Simba', ''),
    ('Tiger Woods signed photo', 'With COA.'),
    ('Elephant foot yam 2kg', 'Fresh.'),
    ('Owl costume for kids', 'Size 4-6.'),
    ('Macaw print shirt', 'Hawaiian style.'),
    ('Parrot cage large', 'Cage only, no bird.'),
    ('Bird of paradise plant', 'Strelitzia.'),
    ('Python programming book', 'Learn Python 3.'),
    ('Monkey bread mix', ''),
    ('Rhino horn shaped vase, ceramic', 'Decor.'),
    ('Ivory tower mug', ''),
    ('Antique piano, ivory keys replaced with plastic', 'Playable.'),
    ('Seal skin? No, faux fur coat', 'Faux fur.'),
    ('Snake plant in pot', 'Sansevieria.'),
]


# Misses not fixed by lexicon data: none left (a code word next to 'customs' inside a wink was one:
# a look-alike inside a trade cue now excuses nothing).
KNOWN_MISSES = []



@pytest.mark.parametrize("title,description", FLAG)
def test_english_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "en")


@pytest.mark.parametrize("title,description", PASS)
def test_english_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "en")


@pytest.mark.xfail(strict=True, reason="known miss: needs more than lexicon data")
@pytest.mark.parametrize("title,description", KNOWN_MISSES)
def test_known_english_misses(expect, title, description):
    expect.flagged(title, description, "en")

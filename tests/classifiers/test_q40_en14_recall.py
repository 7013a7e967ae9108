"""q40 (train_en14's 'Left for code', English recall). Four kinds of English miss:
(a) a live animal of a CITES-listed group with a price or deposit and no paper named (priced_live.py);
(b) a donation asked for a listed animal's new home (rescue_fee.py);
(c) a bare 'bone' before glue / wine beside a big-cat code word (coded_bone.py);
(d) a quoted 'white' as a piece's material with a grain tell (quoted_codes.py), and the three colour codes
    listed with a price by the gram (colour_codes.py).
Each kind: wordings that were benign before, and look-alikes that must stay where they were."""
import pytest

# (title, description, price)
LIVE_PRICED = [
    ("Sulcata tortoise, big", "Sulcata tortoise 30lbs, eats grass, needs outdoor pen.", "$500"),
    ("Red-footed tortoise", "Healthy female, about 6 inches", "$350"),
    ("Leopard tortoise", "Nice shell, eats well. 450 usd", ""),
    ("Fennec fox kit", "Taking deposits now, ready in May", ""),
    ("African spurred tortoise", "Big male, outdoor enclosure needed", "$700"),
]
LIVE_STAY = [
    ("Cockatiel for sale", "Hand tame", "$80"),
    ("Budgie pair", "Young, hand tame", "$40"),
    ("Bearded dragon for sale", "Comes with tank", "$150"),
    ("Ball python", "Normal, eating f/t", "$80"),
    ("Sulcata tortoise", "CB with CITES papers and Article 10", "$500"),
    ("Hermann's tortoise", "Captive bred with breeder invoice and Article 10 certificate", "£200"),
    ("Sulcata tortoise enclosure", "Wooden table, fits a 2 year old", "$120"),
    ("Sulcata tortoise food", "Grass pellets 5lb bag", "$20"),
    ("Sulcata tortoise plush", "Soft toy", "$15"),
    ("Fennec fox at the nature reserve", "Photo print, A4", "$10"),
    ("Monkey wrench set", "Heavy duty", "$25"),
    ("Owl mug", "Cute", "$12"),
]
DONATION = [
    ("Monkey tail? ok guys, I'll say it: pet primate rescued",
     "Rescued from someone who couldn't care. Vet papers but no CITES. Looking for experienced home, donation.", "donation"),
    ("Capuchin monkey needs a new home", "Sweet boy, rescued last year. Experienced home only, donation expected.", ""),
    ("Rescued marmoset", "Found him in bad shape, nursed back. Looking for experienced home. Donation to cover vet costs.", ""),
    ("Macaw rescue", "Rescued blue and gold macaw, forever home wanted, donation required", ""),
    ("Capuchin monkey", "Needs experienced home, donation", ""),
]
DONATION_STAY = [
    ("Please donate to our monkey sanctuary", "We rescued 12 macaques this year. Donations fund food and vet care.", ""),
    ("Rescue centre appeal", "Our wildlife rescue centre cares for rescued slow lorises. Donation link in bio.", ""),
    ("Rescued monkeys at the sanctuary", "Volunteer and donation drive this weekend", ""),
    ("Donation for tortoise rescue", "We rescued 30 sulcata tortoises, donations help the shelter", ""),
    ("Macaw needs a home", "Older bird, donation to our local parrot rescue society appreciated", ""),
]
BONE = [
    ("Bone glue / cake for joints", "Traditional cake boiled from the king of the forest, strong for rheumatism. "
                                    "100g blocks, vacuum sealed.", "$180/100g"),
    ("wine 3 yr aged with bone of the stripe", "Bone wine with the stripe king, 3 years infused, 500ml. Good for "
                                               "knees. Limited.", "$120"),
    ("Bone wine, 5 years", "Steeped with the stripe king, good for joints. 500ml", "$150"),
    ("Bone glue for rheumatism", "Bone of the stripe, boiled 3 days, sold as cake", "$200"),
]
BONE_STAY = [
    ("Bone broth concentrate", "Beef bone broth, 500ml", "$12"),
    ("Bone china teacup with tiger print", "Fine bone china, gold rim", "$25"),
    ("Bone glue pearls for luthiers", "Hide glue, 500g, for guitar building", "$18"),
    ("Tiger balm and bone glue", "Woodworking hot hide glue", "$20"),
    ("Carved bone pendant tiger", "Ox bone carving of a tiger", "$30"),
]
WHITE = [
    ("Antique cane, tip of the 'white' with lines, Victorian", "Handle is a solid piece of the 'white', tight "
     "engine-turning pattern visible. Silver collar hallmarked 1892.", "£340"),
    ("Walking stick with knob of the 'white'", "fine engine-turned grain on the top", "£260"),
    ("Pipe tamper carved from 'white'", "nice grain, cross-hatch on the end", "$90"),
    ("Asian stuff 💎 black, red, white", "Have all three: black, red, white. Beads, cups, bangles. Prices by gram. "
                                        "Only verified members.", "by gram"),
    ("White, black and red available", "Bangles and beads, price per gram, DM for list", ""),
    ("Old stock: red, white, black", "Carvings and pendants. Priced by the gram, serious Asian buyers, WhatsApp", ""),
    ("Black, red, white all in stock", "Price per gram, members only, ask in private", ""),
]
WHITE_STAY = [
    ("Cotton tee available in 'white'", "Soft cotton, engine-turned pattern print", "$15"),
    ("Chopping board of the 'white' oak", "Lovely grain, oiled", "$45"),
    ("Wood stain, shade of 'white'", "Shows the grain nicely, 500ml", "$15"),
    ("Cutting board made of 'white'", "Maple wood, end grain", "$45"),
    ("Engine-turned silver cigarette case", "Hallmarked 1925, the 'white' metal one", "£85"),
    ("T-shirts black, red, white", "Sizes S-XL, $15 each", "$15"),
    ("Seed beads black, red, white", "Miyuki 11/0, sold by gram, DM", ""),
    ("Acrylic paint set black, red and white", "Priced per gram of pigment, DM", ""),
    ("Colours: black, red, white", "Yarn, priced per gram, message me", ""),
    ("Gold pendants black, red, white enamel", "Price per gram, DM", ""),
    ("White paint black, red, white", "Emulsion, $20 per litre, $35 per 2.5 litres", "$20"),
]


def _assess(clf, title, description, price):
    return clf.assess({"title": title, "description": description, "price": price})


@pytest.mark.parametrize("title,description,price", LIVE_PRICED + DONATION + BONE + WHITE)
def test_flags(clf, title, description, price):
    a = _assess(clf, title, description, price)
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description,price", LIVE_STAY + DONATION_STAY + BONE_STAY + WHITE_STAY)
def test_look_alikes_stay_out(clf, title, description, price):
    a = _assess(clf, title, description, price)
    assert not a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description,price", LIVE_PRICED)
def test_priced_live_is_review_not_illegal(clf, title, description, price):
    """An App II animal with a price and no paper is for the reviewer (the house rule), not illegal."""
    a = _assess(clf, title, description, price)
    assert a.label == "suspicious", (title, a.explanation)


def test_papered_price_keeps_pet_sale(clf):
    a = _assess(clf, "Red-footed tortoise", "CB 2024, with breeder invoice and CITES certificate", "$350")
    assert not a.flagged, a.explanation

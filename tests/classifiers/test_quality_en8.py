"""Kinds of misses and false flags found on tests/data/train_en8.jsonl (a fresh hand-written English
and mixed set: UK/US/Australian/African/Southeast Asian English, a third of it long estate, auction and
moving-out posts, scored held out before the lexicon entries were added). The listings below are new
wording for each kind, not copied from that set: a native animal the seller caught, trapped or found
on the property (or keeps without a licence and would rather not report), listed reptiles and birds by
their keepers' common names (diamond python, spotted/wood/box turtle, cockie, sleepy lizard), a carving
weighed against the bone it is labelled as or hidden behind the platform's rules ("too heavy for
bone", "the one you can't post on eBay"), antique ivory written with a hyphen next to a cutlery word
("ivory-handled fruit knives") and papers still to come ("registration pending") must reach a
reviewer; a fishing report, a pest controller, ordinary fruit knives, a working-dog pup, honest bone
carvings, a bureau with "paperwork to follow" and knife-makers' handle scales must stay out (guards
on the new entries' reach). A list of goods written on one line ("microwave $40, boxes of books $5,
an old ivory tusk carving $700, ...") reaches a reviewer although books are among its items; a book
sale, a magazine bundle and a news roundup whose items talk about ivory stay out."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # taken from the wild: where it was caught or trapped, found on the property, no licence
    ("Box turtle", "Caught in the yard yesterday, big one with orange spots. $40."),
    ("Wood turtle", "Caught it in the creek behind the school. $35."),
    ("Spotted turtle x2", "Found on our property by the pond. $60 each."),
    ("Red tailed hawk", "Found by the roadside in April, sits on the glove now. $250."),
    ("Tawny owl", "Rather not call the wildlife people, she's eating mice. £80 to a good home."),
    ("Great horned owl adult", "He's been in our barn all winter. Rather not call the wildlife department. $300 takes him."),
    # keepers' common names of listed or native higher taxa
    ("Diamond python 5ft", "Caught in the shed at Gosford, docile. $200 no licence so cash only."),
    ("Pair of sleepy lizards", "Found on the property near Mildura, eating snails. $120 the pair."),
    ("Kookaburra and a cockie", "Both caught on the farm. $150 each, no licence so cash."),
    # the carving set against bone by its weight, or hidden behind the platform's rules
    ("Old carved dice pair", "Not quite bone, too heavy for bone really. Creamy with lines. PM."),
    ("Carved bangle, bone (heavier than any bone I've owned)", "Creamy colour, fine lines, cold to touch. PM me."),
    ("Japanese figure - bone?", "Signed carver, lovely patina. Very heavy for bone, if you catch my drift. UK only."),
    ("Small carved fish - the one you can't post on eBay", "Fine grain, heavy, 5cm. Offers."),
    # antique ivory hyphenated or named with cutlery; papers still to come
    ("Lot 12: ivory-handled fruit knives, six", "Victorian, silver ferrules. Article 10 to follow, registration pending."),
    ("Set of six ivory handled fruit knives", "Victorian, hallmarked silver blades, in fitted case. UK buyers."),
    # capsules counted as 'caps', old import papers, antique forms that begin with a colour phrase
    ("Bear bile capsules", "Made in China, 60 caps per bottle, good for liver and eyes. 4 bottles left."),
    ("Pangolin scale capsules", "Traditional formula, 30 caps per box, for circulation."),
    ("Old ivory seal", "Comes with the customs receipt from 1975 and an appraisal letter. Buyer must check own state law."),
    ("Carved ivory card case, 1880s", "Pierced Cantonese work. Import receipt from 1968 and insurance valuation included."),
    ("Victorian ivory lace bobbins x12", "Turned and inscribed, some with spangles. From a lacemaker's box."),
    ("Ivory paper knife, Dieppe", "Carved handle with a stag, 25cm, c1870."),
    # one letter of 'ivory' masked with a symbol
    ("Carved figure, mat: iv*ry", "Old Chinese sage, warm yellow, age cracks. Can't write the word here."),
    ("Old i#ory bangle", "62mm, creamy with lines, PM."),
    # a list of goods on one line: books and records are items of the lot, not the post's frame
    # (classifiers/list_items.py)
    ("Clearing the flat before I emigrate", "Everything priced: microwave $40, desk lamp $10, boxes of paperback books $5, an old ivory tusk carving from my grandfather $700, rice cooker $15, shoe rack $10. Pickup only."),
    ("Garage sale Saturday", "Lawn mower, comic books, vinyl records, a carved ivory chess set (no paperwork), golf clubs, kids bikes, camping chairs. Cash only."),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    # the wild-taking words on fish, pests and dogs
    ("Fishing report: caught in the creek this morning", "Three nice brown trout caught in the creek below the weir, released two. Water clear."),
    ("Pest controller - rats caught in the shed", "Caught him myself after weeks of trying. Call us for rodent removal, licensed and insured."),
    ("Blue heeler pup", "Working line, vaccinated, microchipped. Born on the farm. Don't have a licence? No licence needed for dogs in NSW."),
    ("Garden statue - cockatoo", "Cast resin sulphur crested cockatoo garden ornament, 40cm, painted."),
    # honest bone, ordinary cutlery, paperwork on furniture
    ("Carved ox bone pendant", "Ox bone, hand carved in Bali, light and porous. Not ivory, it's bone and priced as bone."),
    ("Fruit knives, stainless, set of 6", "IKEA fruit knives, dishwasher safe, bamboo handles."),
    ("Antique oak bureau", "Georgian oak bureau, restored. Delivery within 20 miles, paperwork to follow by email with the invoice."),
    # knife-makers' handle scales are not a pangolin's
    ("Hobby knife makers: sourcing stabilized scales?", "Building my third knife. Options: stabilized maple burl, micarta, cow bone jigged, farmed giraffe bone with docs, or mammoth - but mammoth seems pricey. What do you all use?"),
    ("WTB knife scales", "Want to buy bone scales or micarta scales for a slipjoint. Pay by PayPal."),
    ("Bushcraft knife, handle scales in camel bone", "Handmade, O1 steel, camel bone scales, leather sheath. $120."),
    # the same words on supplements, caps to wear, customs forms, stationery and lace
    ("Vitamin D3 softgels", "2000 IU, 120 caps per bottle, made in USA."),
    ("Baseball caps x3", "New Era caps, fitted, size 7 1/4. Worn twice."),
    ("Customs declaration form help", "How do I fill the customs declaration form when posting books to Australia?"),
    ("Vintage camera, with original bill of sale from 1972", "Leica M4, serviced, with original box and bill of sale from 1972."),
    ("Ivory lace wedding shawl", "Soft ivory lace shawl, 180cm, polyester."),
    ("Ivory card blanks x50", "A6 ivory card with envelopes for wedding invitations."),
    ("Fill in the blanks puzzle: iv*ry, t*sk", "Children's word puzzle book for ages 6-8, animals edition, new."),
    # lists of books, magazines and news whose items talk about the trade
    ("Book sale - wildlife titles", "Paperbacks $2 each: Blood Ivory, The Last Rhino, Tiger tiger, Elephant memories, an issue about ivory poaching of National Geographic, field guides, atlases."),
    ("Magazine bundle", "Old magazines, National Geographic 1989, Time, Life, a special issue on the ivory trade ban, Newsweek, BBC Wildlife. $20 the lot."),
    ("News roundup", "This week: rangers in Kenya, a pangolin documentary on BBC, new books, customs seized ivory at the port, podcasts and more."),
]

# (title, description): a Chinese clear-out with a magazine issue about ivory smuggling stays out
PASS_ZH = [
    ("搬家清货 便宜出", "书架100元，几本旧杂志，有一期讲象牙走私，台灯20元，儿童自行车150元，同城自提。"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_en8_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "en")


@pytest.mark.parametrize("title,description", PASS)
def test_en8_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "en")


@pytest.mark.parametrize("title,description", PASS_ZH)
def test_en8_magazine_item_about_ivory_stays_out(expect, title, description):
    expect.not_flagged(title, description, "zh")


# a legal material right before a stand noun is the stand's, not the item's (container_materials.py):
# "carved ivory tusk on teak stand" no longer counts teak as the tusk's material; with a replica named
# the listing keeps its context (a resin tusk on a mahogany base is a declared replica)
class _Hit:
    def __init__(self, kind, cue, s, e):
        self.kind, self.cue, self.n_start, self.n_end = kind, cue, s, e


@pytest.mark.parametrize("t,word", [("carved ivory tusk on teak stand", "teak"),
                                    ("three carved figures on wood stands", "wood"),
                                    ("netsuke on a rosewood base", "rosewood"),
                                    ("bust on a marble plinth", "marble")])
def test_en8_a_stand_material_is_dropped(t, word):
    from classifiers.container_materials import drop_container_materials

    s = t.index(word)
    assert drop_container_materials([_Hit("benign_context", "legal_material", s, s + len(word))], t) == []


@pytest.mark.parametrize("t,word,others", [("rosewood box with ivory inlay", "rosewood", ()),
                                           ("resin faux tusk on mahogany base", "mahogany", (("replica", 0, 5),))])
def test_en8_an_item_material_or_a_replica_listing_keeps_it(t, word, others):
    from classifiers.container_materials import drop_container_materials

    s = t.index(word)
    hits = [_Hit("benign_context", "legal_material", s, s + len(word))] + [
        _Hit("benign_context", cue, a, b) for cue, a, b in others]
    assert drop_container_materials(hits, t) == hits

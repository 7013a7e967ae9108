"""Kinds of misses found on tests/data/train_en11.jsonl (a fresh hand-written English/mixed set: buyers'
wanted posts, comment threads, hunting and taxidermy forums, Chinese sellers writing machine-translated
English, South Asian, Gulf, Middle-East and Latin American sellers, Gumtree/Kijiji, Etsy, dropshippers,
TCM influencers; scored held out before the lexicon entries were added). The listings below are new
wording for each kind, not copied from that set: the tiger by its honorific (king of the mountain) or
as 'the big striped one', jaguar and lion trophies by their part words, the totoaba by its initial or
landing town, blonde shell, the cooling horn, polar bear hides with papers (legal regime), rhino horn in
Devanagari, ivory and big-cat cubs in Arabic with an object or cub word, houbara, chimps, passage
falcons, owls for Diwali, iguana meat must reach a reviewer; the car, the cartoon, steaks, music, the
plant hatha jodi, given names, hair colours and ordinary bladders must stay out (guards on the reach)."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # kind 1/3: the tiger by its honorific or described
    ("Bone of the king of the mountain", "for soaking in spirit, 300g, northeast origin"),
    ("Rug of the big striped one", "grandfather's, felt lined, head intact"),
    # kind 1: jaguar and lion trophies by the part word
    ("Jaguar claws x3 on a cord", "from the Pantanal, old"),
    ("Colmillo de tigre grande", "de la selva, con tapa de plata"),
    ("Lion shoulder mount, 1970s", "Tanzania hunt, no paperwork"),
    # kind 3/4: totoaba by its initial or landing town
    ("'T' maw 400g", "thick wall, serious buyers only"),
    ("Ensenada maw, dried", "one piece 600g, for HK buyers"),
    # kind 1/3: blonde shell; the cooling horn
    ("Blond shell hair comb, Regency", "pale honey colour, some wear"),
    ("the cooling horn, 3g", "grandma swears by it for fever, msg me"),
    # kind 6: polar bear hide with papers goes to review
    ("Polar bear rug 7ft", "Nunavut harvest, tag and CITES export permit on file"),
    # kind 5-like: Devanagari rhino horn; Arabic ivory and cubs
    ("गैंडे का सींग 30g", "Nepal, asli"),
    ("سوار عاج قديم", "heavy, from Sudan, 60mm"),
    ("شبل نمر for sale", "2 months, vaccinated"),
    # kind 2: higher taxa alive
    ("Houbara x6 for training", "pickup Salalah"),
    ("Pet chimp, 1 year", "diaper trained, loves TV"),
    ("Passage sakers this autumn", "strong birds, call"),
    ("Owl for Diwali puja", "delivery Lucknow"),
    ("Iguana eggs for Lent", "fresh, 1 dozen"),
    # kind 3: the 'white one'
    ("Cleaning out mum's jewellery box", "pearls, a cameo and the 'white one' bracelet, DM"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    ("Jaguar XE 2019 owner's manual", "complete with service book"),
    ("Lion King rug for kids room", "printed polyester, 120x80"),
    ("Hall of the Mountain King sheet music", "Grieg, piano solo, easy arrangement"),
    ("T-bone steaks 4 pack", "dry aged, 500g each"),
    ("Hatha jodi plant root (Martynia annua)", "herbal seed pod for puja, vegetarian"),
    ("Fahad's used iPhone, فهد", "128GB, good battery"),
    ("Blonde shell-pink nail polish", "vegan, 10ml"),
    ("Big bladder ball for soccer training", "size 5 replacement bladder"),
    ("Polar bear plush 50cm", "soft toy for kids"),
    ("Beach towels, the white one is new", "two towels, $10 each"),
    ("Falcon 9 launch poster", "print, A2"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_en11_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "en")


@pytest.mark.parametrize("title,description", PASS)
def test_en11_lookalike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "en")

"""Kinds of misses and false flags found on tests/data/train_en4.jsonl (a fresh hand-written
English/mixed set scored held out before the lexicon entries were added). The listings below are
new wording for each kind, not copied from that set: the hornbill casque called "the helmet", a
live hornbill and an African grey described by its colours, rhino horn by its hair-fibre and
honey-against-the-light tells or as the "African unicorn", the Vietnamese black-horn code, pangolin
scales roasted as "armour" for milk flow, saiga "horn flakes", bile "from the black bear", totoaba
in leetspeak, radiated/star tortoises by adjective or emoji, boas and alligator snappers (must
reach a reviewer); and red-flag / translation / group-rule posts, campaign news, indie games and
beers named after the animal, ivory-substitute handle stock and a licensed bile drug with its
approval number (must stay out)."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # the casque called "the helmet", sold by the bead or piece
    ("helmet beads 12mm, old Sarawak stock", "golden core with the red rim, 18 beads left, price per gram, dm"),
    ("raw helmet pieces for carvers", "solid, not resin, from Kalimantan, whatsapp only"),
    # a live hornbill offered
    ("Young hornbill, tame", "eats papaya and crickets, $900, can deliver"),
    # the African grey described by its colours
    ("grey talking bird with a red tail, 3yo", "says hello and whistles, no ring, rehoming fee"),
    # rhino horn by its material tells, by nickname, by the Vietnamese colour code
    ("old cup, fibres like hair, glows honey colour against the light", "not buffalo. serious buyers pm"),
    ("unicorn horn pieces from africa", "raw, dark, 150g and 220g, no questions, crypto"),
    ("vòng sừng đen 62mm", "real, hàng xưa, ib"),
    # pangolin scales described as roasted armour for milk flow
    ("armour scales, roasted", "250g bag, for new mums, helps milk flow"),
    # saiga horn as flakes for fever
    ("horn flakes for fever 10g", "shaved thin, the antelope kind, from Kazakhstan, message me"),
    # bile named by the bear's colour and the emoji
    ("gall from the black 🐻, whole, dried", "from the forest in Laos, 25g, dm"),
    # totoaba with two digits for letters
    ("t0t0aba maw female 900g", "Ensenada source, collection grade, serious only"),
    # App I tortoises by the adjective alone or by emoji
    ("radiated babies 2in", "eating well, ship ok"),
    ("🐢🌟 babies ready", "x5, 3cm, ship by courier, deposit first"),
    # CITES-listed reptiles by their English names, no papers
    ("red tail boa, wild caught, 5ft", "eats rats, no papers, with tank"),
    ("alligator snapper hatchling from the creek", "$60 cash, no paperwork"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    # questions that quote a listing to ask whether to report it or what a code means
    ("Seller says bovine bone - red flag right?",
     "The carving is listed as 'bovine bone', $250, and the seller wants WhatsApp. Should I report this seller?"),
    ("Translation help: what is 'R.H.' in my mum's groups?",
     "They post 'R.H. tips and cups, real, pm for price, WeChat only'. Is it short for something? I want to warn her."),
    ("tame hornbill for sale??", "Saw this post today, is it legal? Should I report it?"),
    # a group reminder quoting how illegal sellers write
    ("Reminder for members: no ivory posts",
     "Posts will be removed and banned. If someone offers 'white material per gram, DM me', do not engage."),
    # campaign news quoting prices and contact moves
    ("Campaigners say traders now sell 'piano keys' by the kilo",
     "Reporters found sellers offering ivory at $900/kg and asking buyers to move to Telegram. The channel had 2,000 members."),
    # a video game and a beer named after the animal
    ("Pangolin Rush is 60% off", "Cute indie game, a platformer where you roll as a pangolin. On Steam this week."),
    ("Recipe swap: Pangolin pale ale clone", "Anyone brewed the brewery's pale ale? Happy to trade my stout recipe."),
    # ivory substitutes sold as handle stock
    ("Ivory micarta knife scales, pair", "Ivory micarta, natural linen look, 5in. Real micarta, not bone, not ivory."),
    # a licensed bile drug with its approval number (tests/data README rule: benign)
    ("Bear bile powder capsules 0.25g x 30",
     "Licensed farm product, China drug approval number printed on the box, pharmacy sealed."),
]



@pytest.mark.parametrize("title,description", FLAG)
def test_en4_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "en")


@pytest.mark.parametrize("title,description", PASS)
def test_en4_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "en")

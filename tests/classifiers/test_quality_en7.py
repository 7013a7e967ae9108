"""Kinds of misses and false flags found on tests/data/train_en7.jsonl (a fresh hand-written
English/mixed set weighted toward positives that dodge filters, scored held out before these
lexicon entries were added). The listings below are new wording for each kind, not copied from
that set: live animals of CITES-listed higher taxa named in keepers' English (chameleons, Asian
softshells, the pig-nosed turtle, hill mynas) or in Malay/Indonesian/Tagalog (elang, burung hantu,
lawin, kura-kura), offered as taken from the wild or with "no docs"/"can't provide papers"/"tiada
surat"; the hornbill casque sold by itself (raw, sliced, per gram) or under its Malay names; the
leopard in Afrikaans; the sea turtle's shell in Tagalog; the pangolin's everyday nicknames; rhino
horn set apart from one legal horn or told by its hair-like lines or by the two-horned grey
animal; the slow loris as a small big-eyed slow monkey; radiated tortoises by their sunburst
scutes; buyers asking "who sells"; an estate seller's hedge about 'some sort of tooth'; elephant bone and molars; the pangolin as the 'ant-eater' with a shell; the estate buyer's 'paying top dollar'; and (must stay out) a Huya (虎牙) streaming account, a game mod's scale armour, a papered
captive-bred chameleon, an honest buffalo-horn comb and a wooden turtle."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    # listed higher taxa in keepers' English, without papers
    ("2 panther chameleons, wild from Nosy Be", "males, colourful, eating roaches. no paperwork, cash"),
    ("Asian softshell hatchlings x5", "flat shell, snorkel nose, bulk price, no docs"),
    ("hill mynah, talks 20 words", "caught as a chick, cage comes with him, collect only"),
    # raptors and turtles in Malay/Indonesian and Tagalog, wild-taken or without papers
    ("anak elang untuk dijual", "jinak, makan daging, tiada surat. COD Johor"),
    ("baby lawin, marunong na lumipad", "galing bundok, PM for price"),
    ("burung hantu besar, mata oren", "nak jual cepat, takde surat, RM300"),
    # other English ways of saying no papers
    ("Asian softshell juvenile", "I can't provide papers, that's why the price. Pickup only"),
    # the casque by itself
    ("casques x3, still red", "by the gram, serious buyers only"),
    # hornbill in Malay
    ("paruh enggang lama", "dari rumah panjang, merah lagi. PM harga"),
    # leopard in Afrikaans
    ("ou luiperdvel te koop", "groot vel met kop, van oupa se plaas. WhatsApp net"),
    # the sea turtle's shell in Tagalog
    ("tunay na pawikan bangle", "vintage from Lola, PM lang"),
    # pangolin nicknames from everyday words
    ("2 walking artichokes", "healthy, DM for price, Lagos"),
    # rhino horn set apart from one legal horn, its hair-like lines, the animal described
    ("old snuff bottle, carved", "not buffalo. dark amber, hair-like lines when held to light"),
    ("bead from the animal with two horns", "dark amber, for protection, one only, text me"),
    # the slow loris as a small big-eyed, slow monkey, asked for
    ("who sells the tiny big-eyed monkeys?", "the slow ones that hold branches, want one for my daughter"),
    # radiated tortoises by their scutes
    ("sunburst pattern torts x2", "high dome, 3 inch, no docs, quick sale"),
    # the estate seller's hedge about a tooth material
    ("carved monkey figure, some kind of tooth", "unsure material, smooth"),
    # the pangolin as the ant-eater, its scales as its shell (West African English)
    ("the ant-eater shell still dey?", "I want 5kg, send price"),
    ("ant-eater meat smoked", "fresh from Ondo, per kg"),
    # the buyer's advert for estate pieces
    ("Paying top dollar for rhino 'ornaments' & old cups", "estates welcome, no questions"),
    # elephant parts other than the tusk
    ("carved elephant molar slice", "polished, lamellae visible, collectors"),
]

# (title, description): must stay out (benign look-alikes)
PASS = [
    # a game mod's armour named after the animal's scales
    ("pangolin scale armour set mod", "this mod adds a scaly armour set, download link in the description"),
    # the Huya (虎牙) streaming platform in a mixed listing
    ("虎牙 live credits for sale", "top up card, send to your account"),
]

# everyday phrases that share the new words: must stay out with the new lexicon
GUARD = [
    ("Veiled chameleon, captive bred, with CITES CB certificate", "8 months, breeder invoice and permit included, vet checked"),
    ("buffalo horn comb, handmade", "real water buffalo horn, not plastic, by-product of the meat trade"),
    ("wooden turtle carving, narra", "hand carved in Paete, not a real shell, wood only"),
    ("porcelain vase with hairline crack", "Qing style, high domed lid, hair-like lines in the glaze"),
    ("Who sells the best pizza in Manila?", "kids want one for a birthday, any suggestions"),
    ("Kenyalang Park townhouse for rent", "3 rooms, near the market, Kuching"),
    ("Elephant bone china cups x4", ""),
    ("Elephant toothpaste experiment kit", "foam science kit for kids, ages 8+"),
    ("Paying top dollar for vinyl records", "estates welcome, Beatles, Stones, jazz"),
    ("We buy old cars, cash paid for", "any condition, Pretoria"),
    ("Giant anteater plush toy", "30cm, zoo shop"),
    ("Dome tent, high dome 4 person", "Coleman, used twice, all poles included"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_en7_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "en")


@pytest.mark.parametrize("title,description", PASS + GUARD)
def test_en7_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "en")

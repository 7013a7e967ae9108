"""Kinds of misses and false flags found on tests/data/train_en9.jsonl (a fresh hand-written English
and mixed set: East African, Nigerian and South Asian sellers, US hunters' and taxidermy forums, UK
antique dealers, Chinese exporters writing English, Telegram/Discord DMs; scored held out before the
lexicon entries were added). The listings below are new wording for each kind, not copied from that
set: the product named in Swahili, Thai, Lao or Hindi/Urdu inside English text (pembe za ndovu,
kakakuona, นอแรด, งาช้าง, hathi dant, sher ka nakhun, star kachua, jungle tota); the wink spelt out
('you know what I'm talking about', 'buyer to know what it is') beside the material's tells (grain
visible when cut, hot pin test done); codes next to stock nouns (WG pieces, red head raw, 'money'
maw); bear parts by the species hunters name (black bear claws, grizzly claw, bear galls); North
American pond turtles by common or Latin name (spotted turtle, Clemmys guttata, wood turtle); South
Asian protected-species goods (mongoose hair brushes, hatha jodi); owl and hawk taxidermy mounts must
reach a reviewer. Marble and
soapstone tusks, Pangolin-branded gear, plastic 'hathi dant style' bangles, resin 'sher ka nakhun'
lockets, bear-claw pastries, marble 'cold to the touch' coasters, a kanga with a tembo print and a
children's kakakuona book, a plastic owl decoy and a pheasant mount must stay out (guards on the new entries' reach)."""
import pytest


# (title, description, lang): must be flagged (illegal or suspicious)
FLAG = [
    # the product named in Swahili, Thai, Lao or Hindi/Urdu inside English text
    ("Pembe za ndovu 2 pcs", "Around 9kg total, Tanga side. Serious buyers call", "mixed"),
    ("Meno ya tembo small pieces", "for carvers, bei per kilo, Arusha", "mixed"),
    ("Magamba ya kakakuona available", "clean and dry, 5kg, Kisumu pickup", "mixed"),
    ("Pembe ya kifaru powder 20g", "real, from the bush, Moshi. WhatsApp only", "mixed"),
    ("นอแรด slice 50g", "real Africa, send Bangkok, line me", "mixed"),
    ("Old งาช้าง pendant Buddha", "3cm, from grandfather, EMS worldwide", "mixed"),
    ("เกล็ดตัวนิ่ม 1 kg", "dry scales, for medicine, Songkhla", "mixed"),
    ("เขี้ยวเสือ amulet real", "silver casing, old, from Chiang Rai", "mixed"),
    ("ງາຊ້າງ bracelet Luang Prabang", "real, for tourist, wechat ok", "mixed"),
    ("Hathi ke dant ka Ganesh", "old family piece 140 gm, serious party only", "en"),
    ("Gainde ka seeng original", "small piece 30 gm, Assam, call me", "en"),
    ("Baagh ka nakhun pendant", "genuine, grandfather's, silver cap, Bhopal", "en"),
    ("Star kachhua babies", "3 pc, eating well, home delivery Pune", "en"),
    ("Pahadi tota baby 2 pc", "from nest, hand feeding, Lucknow", "en"),
    ("Kasuku kijivu mtoto", "anaongea maneno ishirini, Mombasa, bei nzuri", "mixed"),
    # the wink spelt out beside the material's tells
    ("Old creamy carving", "Grain visible when cut, you know what I'm talking about. PM", "en"),
    ("Two white pieces", "Hot pin test done, no smell. Buyer to know what it is.", "en"),
    # codes next to stock nouns
    ("WG pcs available", "3 to 6 kg each, Beira, per kg price by DM", "en"),
    ("Red head raw 2 pcs", "nice thick blood rim, Sumatra, serious only", "en"),
    ("'Money' maw 1 pc 400g", "mexico side, collector grade, DM", "en"),
    # bear parts by the species hunters name
    ("Black bear claws x12", "from this season, selling the set", "en"),
    ("Grizzly claw necklace", "five claws on leather, old, selling to the best offer", "en"),
    # pond turtles by common or Latin name; South Asian protected-species goods
    ("Clemmys guttata adult pair", "wild caught last spring, healthy, cash", "en"),
    ("Wood turtle yearling", "found in the creek behind my house, looking for a buyer", "en"),
    ("Mongoose hair brushes set of 8", "real hair, very fine tip, for miniature artists", "en"),
    ("Hatha jodi original pair", "energised, for wealth, courier all India", "en"),
    # owls and raptors as taxidermy mounts
    ("Snowy owl mount on a branch", "old, good feathers, $400, pickup Duluth", "en"),
    ("Mounted hawk, wings spread", "from an estate, glass eyes, offers", "en"),
]

# (title, description, lang): must stay out (benign look-alikes)
PASS = [
    ("Marble tusk pair for hotel lobby", "Hand carved from white marble, 40cm, Makrana", "en"),
    ("Soapstone tusks and elephants", "Kisii soapstone carvings, wholesale to shops", "en"),
    ("Pangolin Beyond laser software licence", "Genuine licence for Pangolin Beyond, transferable", "en"),
    ("Pangolin Bluetooth speaker", "rugged, waterproof, 20W, brand new in box", "en"),
    ("Hathi dant style bangles - plastic", "Imitation bridal chura, plastic, set of 24", "en"),
    ("Sher ka nakhun locket artificial", "Resin tiger nail locket for kids, no animal product", "en"),
    ("Bear claws pastries, a dozen", "Almond bear claws baked fresh every morning", "en"),
    ("Marble coasters set of 4", "Creamy white, cold to the touch, felt base", "en"),
    ("Kanga tembo print cotton", "Two pieces, elephant print, Mombasa", "mixed"),
    ("Kitabu cha kakakuona - children's book", "Picture book about the pangolin, plush toy included", "mixed"),
    ("Plastic owl decoy", "scares pigeons, with mounting stake", "en"),
    ("Pheasant full mount", "rooster, flying pose, legally taken", "en"),
]


@pytest.mark.parametrize("title,description,lang", FLAG)
def test_en9_trade_listing_reaches_a_reviewer(expect, title, description, lang):
    expect.flagged(title, description, lang)


@pytest.mark.parametrize("title,description,lang", PASS)
def test_en9_look_alike_stays_out(expect, title, description, lang):
    expect.not_flagged(title, description, lang)

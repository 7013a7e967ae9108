"""Malay/Indonesian and Tagalog inside Southeast Asian English listings (issue 12: negation; left for
code by the en7 set): their negators (bukan, tidak, tak, hindi, hindi po) and legal-material words
(tulang lembu/sapi, tanduk kerbau, buto ng baka, sungay ng kalabaw) read like their English
counterparts (not, cow bone, buffalo horn), and a one-line lot list ("Lot: vase, brass bell, resin
bangle, old coins") keeps a negation or a legal material to its own item. New wording, not copied
from the set."""
import pytest


# (title, description): must reach a reviewer
FLAG = [
    # the product declared and a replica or legal material denied: a wink, as "not resin"
    ("Gelang gading asli", "Gelang gading gajah asli, bukan resin, bukan tulang lembu. PM"),
    ("Kuku harimau asli", "kuku harimau, tidak palsu, bukan plastik. WhatsApp"),
    ("Sungay ng rhino", "tunay na rhino horn, hindi plastik, hindi kalabaw. PM po"),
    ("Taring harimau pendant", "taring harimau asli, bukan tulang sapi. COD"),
    # one item of a one-line lot names the product; another item's legal material is that item's
    ("Estate lot", "Lot: vase, brass bell, bone comb, ivory netsuke, old coins"),
    ("Garage sale bundle", "Bundle: teapot, resin buddha, tiger claw pendant, old stamps"),
    # a negation in one item of a lot line does not reach the next item
    ("Estate lot", "Lot: brass vase, no ivory, tiger claw pendant, old coins"),
]

# (title, description): must stay out
PASS = [
    # the product denied in Malay/Tagalog: the legal material is the item
    ("Rhino horn? Hindi po", "sungay ng kalabaw lang po, carabao horn bolo handle"),
    ("Gelang putih", "Gelang tulang lembu, bukan gading. Harga RM50"),
    ("Pulseras puti", "pulseras na buto ng baka, hindi garing. ₱300"),
    ("Ukiran tanduk kerbau", "tanduk kerbau ukiran, bukan cula badak. RM120"),
    ("Loket kuku", "loket resin, tidak kuku harimau asli, hiasan sahaja"),
    # a one-line lot where the look-alike belongs to its own item
    ("Estate lot", "Lot: vase, brass bell, ivory-like resin bangle, old coins"),
    # a shop's pledge listing the products (no lot word) still denies them all
    ("Note", "We never sell ivory, tiger claw pendants or rhino horn. Brass vase RM50"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_sea_trade_listing_reaches_a_reviewer(clf, title, description):
    a = clf.assess({"title": title, "description": description, "lang": "mixed"})
    assert a.flagged, a.explanation


@pytest.mark.parametrize("title,description", PASS)
def test_sea_look_alike_stays_out(clf, title, description):
    a = clf.assess({"title": title, "description": description, "lang": "mixed"})
    assert not a.flagged, a.explanation


@pytest.mark.parametrize("text,term", [
    ("bukan resin", "resin"), ("tidak resin", "resin"), ("hindi plastik", "plastik"), ("bukan gading", "gading"),
    ("Rhino horn? Hindi po", "Rhino horn"), ("hindi po ivory", "ivory"),
])
def test_malay_and_tagalog_negators_deny_the_word_after(clf, text, term):
    a = clf.assess({"title": "kuku harimau pendant", "description": text + ". RM50"})
    hits = [m for m in a.matches if m.term.lower() == term.lower()]
    assert hits and all(m.negated for m in hits), [(m.term, m.negated) for m in a.matches]


@pytest.mark.parametrize("text", ["Hindi songs collection, 20 CDs", "Tak Sing rhino horn style phone stand toy"])
def test_a_word_that_is_no_negator_here(clf, text):
    a = clf.assess({"title": text, "description": ""})
    assert not any(m.negated for m in a.matches), [(m.term, m.negated) for m in a.matches]

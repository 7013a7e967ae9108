"""q31 (issue 12): a replica word right before the product (faux ivory, imitation rhino horn) is a
cover when a wink in the text takes the claim back ("says faux for the site", "listed as imitation",
"the real deal"): the product counts as named (bound_imitation.uncover_winked_replicas), as a bound
imitation word already does not cover it beside a wink. An honest imitation stays covered: no wink,
or the material named plainly beside it (plastic pieces, resin)."""
import pytest

FLAG = [
    ("Faux ivory netsuke 😉", "it says faux for the site, actually real, PM for close-ups"),
    ("Imitation rhino horn cup", "listed as imitation so it stays up, message for the real thing"),
    ("Faux ivory okimono, fisherman", "the real deal, not what the title says, message me on WhatsApp"),
]
STAY_OUT = [
    ("Faux ivory piano keytops", "plastic replacement set, fits most uprights"),
    ("Faux ivory bangle, costume jewellery", "resin, light and cheap, message me for bundle deals"),
    ("Faux fur leopard coat ;)", "size M, message me for real photos"),
    ("Faux ivory chess set", "plastic pieces, complete, the real deal for the price"),
    ("仿象牙色 麻将 一副", "塑料的，全新，懂的来问价"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_replica_claim_taken_back_by_a_wink(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, (title, a.explanation)
    assert any(m.kind in ("name", "product_form") and m.suppressed_by is None and m.category != "none"
               for m in a.matches), a.explanation


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_honest_imitation_stays_covered(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, (title, a.explanation)

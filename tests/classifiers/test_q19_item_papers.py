"""Papers count for the list item they sit in (q19, issue 12; from train_en10 0213 and 0215 in the "Left
for code" list): an arowana's certificate in one item of a clearance line does not paper the turtle in a
later item. Guards: papers after the animal's name in later items ("Ball python, female, CB, with breeder
invoice") and a list of bare paper items before the animal stay the animal's."""
import pytest

# the paper of another item of the line papered the animal (a pet sale) before
OTHER_ITEMS_PAPERS = [
    ("Reptile room clearance", "Terrarium 120cm, heat mat, corn snake with breeder invoice, thermostat, 1 savannah monitor 40cm. "
     "Selling fast, cash."),
    ("Aquarium bundle, moving out", "Tank 90cm, canister filter, heater, silver arowana with microchip certificate, fish food, "
     "plus 1 pig-nosed turtle (no doc). Quick sale."),
]

# the paper stays with the other item whatever the model makes of the weakly named animal
REMOTE_PAPERS = [
    ("Aquarium bundle, moving out", "Tank 90cm, canister filter, heater, silver arowana with microchip certificate, fish food, "
     "plus 1 pig-nosed turtle. Quick sale."),
    ("Bird room clear out", "Cages x4, budgies with closed rings, seed sacks, perches, 1 sun conure 8 months. Collection only, cash."),
]

PAPERED_PETS = [
    ("Ball python, female", "Ball python, female, 2024 clutch, captive bred, with breeder invoice, eats f/t well."),
    ("Sun conure, 1 year", "CITES papers, breeder invoice, closed ring, all included, sun conure 1 year, tame, hand fed."),
    ("Ball python hatchlings", "Ball python hatchlings, pastel and spider morphs, captive bred with CITES and breeder invoice, "
     "feeding on pinkies, $150 each."),
]


@pytest.mark.parametrize("title,description", OTHER_ITEMS_PAPERS)
def test_another_items_papers_do_not_paper_the_animal(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, a.explanation


@pytest.mark.parametrize("title,description", REMOTE_PAPERS)
def test_papers_stay_with_their_item(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    papers = [m for m in a.matches if m.kind == "legal_channel"]
    assert papers and all(m.remote for m in papers)
    assert "live_papered" not in dict(a.contributions)


@pytest.mark.parametrize("title,description", PAPERED_PETS)
def test_papers_of_the_animals_own_item_count(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, a.explanation
    assert not any(m.remote for m in a.matches if m.kind == "legal_channel")

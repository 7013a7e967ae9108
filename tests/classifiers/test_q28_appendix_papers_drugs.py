"""q28 (issue 12): kinds left for code by the session 11 data helper d-en13 (tests/data/README.md,
train_en13.jsonl, "Left for code").

1. A CITES appendix written short ('(App II)', 'App. I', 'CITES app 2') is a legal context, not the
   software 'app' (cites_appendix); 'no CITES paper needed' beside the seller's own breeder papers is
   the regime, not papers missing (paper_claims.papers_in_denials).
2. Papered captive-bred App II pets: a breeder's paperwork, ring number and transfer form, a
   captive-bred or hatch certificate are papers shown; a name read by two entries (Varanus, 'fennec fox
   kit') is one animal (live_papers._same_words); the fennec fox and the galah carry their appendix.
   Unpapered, 'no papers', App I species and primates still go to review.
3. A pain-relief plaster is a patch, not plaster the replica material (medicine_plaster).
4. A drug approval number written out covers a licensed bear-bile drug's names (numbered_drugs).
5. 'brand "X"' / 'Brand: X' before the name, and the brand's name again elsewhere (match_rules).
All listings below are written for these tests, not copied from the training sets."""
import pytest

FLAG = [
    # 1. the appendix read as software cleared these
    ("Slow loris pair (App I)", "Captive bred pygmy slow lorises, tame, eat from hand. Shipping available.", "en"),
    ("Galago babies CB, CITES app 2", "Two baby galagos, hand fed, USDA licensed breeder, health certificate.", "en"),
    ("Marmoset pair, App. II", "Common marmosets 1.1, captive bred, breeder paperwork included, local pickup.", "en"),
    # 2. guards: unpapered, no papers, App I, 'no CITES needed' with no paper of the seller's own
    ("Ackie monitor hatchlings", "Varanus acanthurus babies, no paperwork, cash only, meet at the expo.", "en"),
    ("Harris hawk for sale", "Harris hawk male, no ring, no papers, taken from the nest last spring.", "en"),
    ("Radiated tortoise CB 2024", "Astrochelys radiata juveniles, captive bred, hatch certificate from breeder.", "en"),
    ("Fennec fox kits", "Fennec kits ready now, no paperwork needed, cash, will meet halfway.", "en"),
    ("Saker falcon CB", "Saker falcon female, captive bred, no CITES needed if you pick up in person.", "en"),
    # 3. pain plasters that claim the part
    ("Tiger Bone Rheumatism Plaster 20 sheets", "Strong tiger bone plaster for joint pain and backache, real tiger "
                                              "bone inside, wholesale price.", "en"),
    ("Leopard Bone Pain Relief Plaster", "Old formula plaster with leopard bone powder, for arthritis and muscle "
                                        "pain, 10 patches a box.", "en"),
    # 4. guards: bile a licence does not cover, or no number written out
    ("Wild bear gall bladder, approval no. Z20050337", "Whole wild bear gall bladder from the mountains, dried, "
                                                       "approval number on request.", "en"),
    ("Xiong Dan Fen capsules", "Pure bear bile powder capsules, farm in Vietnam, PM for price.", "en"),
    # 5. guards: 'brand' with no quote or colon is the product's word
    ("Top brand tiger bone wine", "Famous brand tiger bone wine, 10 years old, real bone inside.", "en"),
]
STAY_OUT = [
    # 1. a papered App II tortoise with its regime explained
    ("Hermann's tortoise babies CB 2025", "Testudo hermanni hatchlings, breeder invoice supplied; App II outside "
                                         "the EU so no CITES paper required for these, we give our hatch records.",
     "en"),
    # 1. software still software
    ("Tiger theme app for Android", "Wallpaper app with tiger and elephant themes, download the app I use daily.",
     "en"),
    # 2. papered captive-bred App II pets
    ("CB Savannah monitor pair", "Captive bred savannah monitors, Varanus exanthematicus, breeder's paperwork "
                                 "and hatch dates included.", "en"),
    ("Fennec fox kit, licensed breeder", "Fennec fox kit, 9 weeks, bottle fed, USDA licensed breeder, papers "
                                         "transfer with the kit.", "en"),
    ("Galah, hand raised, with licence", "Galah 3 yrs, talks a little. Keeper licence and transfer form provided.",
     "en"),
    ("Lanner falcon CB female", "Captive bred lanner falcon 2024, parent reared, flying free. Breeder ring no. "
                                "and transfer form go with her.", "en"),
    ("Ackie monitor pair CB24", "Captive-bred Varanus acanthurus, proven, captive bred paperwork from the breeder.",
     "en"),
    # 3. herbal pain plasters named after the old formula, actives listed
    ("Tiger Bone Plaster Muscle Pain Patch 20pcs", "Pain relief plaster with camphor, menthol, methyl salicylate. "
                                                  "Herbal, no animal parts.", "en"),
    # 4. licensed bear-bile drugs with the number written out
    ("Xiong Dan eye drops approval number Z22020520", "Licensed bear bile eye drops, pharmacy sealed, 8ml.", "en"),
    ("Xiong Dan Fen capsules approval no. 国药准字Z20063958", "Farm bear bile powder capsules from a licensed GMP "
                                                         "factory, 0.2g x 24. Imported via distributor.", "mixed"),
    ("熊胆粉胶囊 0.25g*20粒", "批准文号：国药准字Z22025612，正规药厂出品，药店有售。", "zh"),
    # 5. a brand named with the word brand
    ("Safety boots Brand: Harimau", "Steel toe boots brand 'Harimau', size 7-11, SIRIM certified, oil resistant.",
     "en"),
    ("Pangolin Brand work gloves", "Tough gloves for site work. Pangolin gloves are washable, CE certified.", "en"),
]


@pytest.mark.parametrize("title,description,lang", FLAG)
def test_q28_flagged(expect, title, description, lang):
    expect.flagged(title, description, lang)


@pytest.mark.parametrize("title,description,lang", STAY_OUT)
def test_q28_stays_out(expect, title, description, lang):
    expect.not_flagged(title, description, lang)


def test_q28_appendix_is_not_software(clf):
    a = clf.assess({"title": "Bushbaby pair (App II)", "description": "Galagos, captive bred, USDA licensed."})
    assert not any(m.canonical == "软件" for m in a.matches)
    a = clf.assess({"title": "Tiger app for iPhone", "description": "the app is free"})
    assert any(m.canonical == "软件" for m in a.matches)


def test_q28_plaster_as_material_stays_replica(clf):
    a = clf.assess({"title": "Plaster cast of a tiger skull", "description": "Museum replica, for joint pain jokes."})
    assert any(m.cue == "replica" and m.term.lower() == "plaster" for m in a.matches)

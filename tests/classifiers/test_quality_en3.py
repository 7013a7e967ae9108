"""English listings written by hand for the en3 round (issue 12): fresh wording per kind of miss
and false flag found in tests/data/train_en3.jsonl, not copied from it (nor from dev.jsonl or the
frozen sets). Each kind is a lexicon entry marked en3 in config/keywords."""
import pytest


# (title, description) that must reach a reviewer, by kind
FLAG = [
    # rhino horn: the animal cut to its initial, or described by where the horn grows
    ("r.horn bracelet beads 10mm", "Old stock, dark honey colour, serious buyers only."),
    ("Looking for nose horn powder for my mother", "Any amount, will pay cash in Hanoi."),
    # pangolin: English calques of the TCM names
    ("Mountain armour 1kg bag", "Cleaned and dried, good for circulation remedies."),
    ("Sand-roasted armor flakes wholesale", "From West Africa, 10kg minimum."),
    # tiger: parts named by the coat
    ("Striped cat bones for wine making", "Complete set with skull, cleaned, heavy."),
    # hornbill: the casque named as the bird's helmet
    ("Bird helmet material pendant 4cm", "Orange rim, yellow heart, carved lotus."),
    # totoaba: word-for-word renderings of the money maw
    ("Gold coin maw, large male, dried", "Collector grade, aged 15 years."),
    # bear: a whole or wild gall bladder
    ("Black bear gall bladder, whole", "From the mountains, very bitter, dried."),
    # serow and leaf monkeys named in English
    ("Serow skull with both horns", "Wild taken in the north, cleaned."),
    ("Baby leaf monkey needs home", "Eats leaves and flowers only, very gentle."),
    # hawksbill: initials with a trailing dot
    ("t.t. shell combs x3", "Warm amber mottling, old pieces."),
    # ivory: the X-teeth code with the word in quotes, a quoted colour code, a tusk told by its cavity
    ("WTB elephant 'tooth' blocks", "Any size, paying per kg, message me."),
    ("Black 'plastic' cup, old", "Shave a little into warm water for fever."),
    # cover species: the seller unsure which big tooth it is
    ("Carved tooth figure, walrus or hippo", "Heavy, creamy, 10cm, old."),
]

# (title, description) that must stay out: the look-alike kinds of the same set
PASS = [
    # paint colours named after animals
    ("Pangolin Grey interior paint, 1 gallon", "Eggshell finish, colour mismatch for our bedroom, unopened."),
    # game items and cards
    ("Rhino Horn weapon skin code (unused)", "Redeem code from the collector's edition, EU region."),
    # machines and tools named after animals
    ("Tiger ride-on mower deck for parts", "Mower deck only, engine gone, pickup."),
    # plants named after animal parts
    ("Euphorbia 'tiger claw' succulent", "Potted plant, recently repotted, 12cm nursery pot."),
    # research, school and explainer posts
    ("Paper summary: ivory seizures and price data", "We summarise a study of 400 seizures; the authors found prices fell after 2017."),
    ("School project on pangolin scale trafficking", "Doing a project for bio class, any good papers on seizure data?"),
    # investigations and ID manuals
    ("Undercover report on rhino horn dealers", "Investigators posed as buyers for a year; the full report is on our site."),
    # auction houses and museums: lots withdrawn or never sold
    ("Statement: tiger skin lot withdrawn", "We have removed the lot pending verification of its papers."),
    # magazines and pottery shaped like the product
    ("Nat Geo back issues incl. ivory trade cover", "Stack of 30 old magazines, free to collect."),
    ("Tusk-shaped stoneware candle holders", "Hand thrown, ivory glaze, pair."),
    # honest buffalo horn
    ("Genuine buffalo horn shoehorn", "Made from real buffalo horn, polished, from a Hanoi craft village."),
]



@pytest.mark.parametrize("title,description", FLAG)
def test_en3_kind_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "en")


@pytest.mark.parametrize("title,description", PASS)
def test_en3_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "en")


# A captive-bred App II tortoise sold with the breeder's records is a pet sale (features.live_papered:
# the training labels' consensus for App II animals with papers); App I species stay in review.
def test_en3_captive_bred_app2_tortoise_with_records(expect):
    expect.not_flagged("Hermann's tortoise hatchlings",
                       "Captive bred 2025, breeder's invoice and hatch dates supplied.", "en")

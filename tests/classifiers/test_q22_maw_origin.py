"""q22 (issue 12, kind 3; train_en11 0205 in the "Left for code" list): a maw or swim-bladder word and
Mexico named as the goods' source in the same sentence read as totoaba, without the lexicon's listed
phrasings (classifiers/maw_origin.py). Stay out: Mexican cuisine, a trip to Mexico, farmed croaker maw,
the maw and Mexico in different sentences, advice against the trade."""
import pytest

FLAG = [
    ("Beauty soup secret", "That golden bladder, thick, only 2 left, sourced straight from Mexico."),
    ("Rare dried maw", "Thick dried maw, collector grade, origin: Mexico. Serious buyers PM."),
    ("Gift for mum", "A whole maw, 600g, Mexico origin, the one that's worth more than gold"),
]
STAY_OUT = [
    ("Fish maw soup night", "Our Mexican kitchen serves fish maw soup on Fridays."),
    ("Holiday", "Bought some dried fish maw in Hong Kong, then flew to Mexico for the holidays."),
    ("Farmed maw", "Dried maw from farmed croaker, imported from Mexico via a licensed farm. 500g."),
    ("Pantry", "Dried fish maw for soup. Separately: hot sauce from Mexico, 3 bottles."),
    ("Soup basics", "Buy farmed maw only. Avoid anything from Mexico, totoaba is banned."),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_maw_with_mexico_as_source_flags(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_maw_and_mexico_otherwise_stay_out(expect, title, description):
    expect.not_flagged(title, description)

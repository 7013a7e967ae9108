"""q25 (false flags). 'Free to good home' on a thing (a piano, a dresser) is how it is passed on, not a
missing paper; on an animal it still reads as rehoming without papers. A species named in a travel or
sighting caption with no offer stays out."""
import pytest

STAY_OUT = [
    ("Old upright piano, free", "Upright piano, ivory keytops replaced with plastic years ago. Free to good "
                                "home, you collect."),
    ("saw pangolins!!", "finally got to see pangolins in their natural habitat on our trip to Borneo #travel #wildlife"),
]
FLAG = [
    ("Slow loris free to good home", "Slow loris, 1 year, tame. Free to good home, can't keep him."),
]


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_things_rehomed_and_sightings_stay_out(expect, title, description):
    expect.not_flagged(title, description)


@pytest.mark.parametrize("title,description", FLAG)
def test_animals_rehomed_still_flag(expect, title, description):
    expect.flagged(title, description)

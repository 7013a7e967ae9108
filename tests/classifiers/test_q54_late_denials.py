"""A denial written after the noun ("Goat horn this is not.") denies the look-alike as "not goat horn" does
(classifiers/late_denials.py; train_en18 0104). Fresh wordings; stay-outs where the words after the noun
do not close a denial (not cheap, not plastic said of the horn itself, an answered question, "it is, not").
"""
import pytest

FLAG = [
    ("they are not", "Antelope horn, whole, for medicine", "With rings, pale, light. Sheep horn it is not."),
    ("ain't, dash", "Rhino horn cup, old", "Libation cup. Buffalo horn it ain't - feel the fibres. PM."),
    ("this is not", "Horn cup, libation, heavy", "Buffalo horn this is not. Fibres at the base. Offers."),
    # the denial is read (negated_benign_material), the learned score is 0.58 after the final retrain
    pytest.param("isn't, comma", "Carved bangle, heavy, grain", "Old white bangle with cross grain. Cow bone, this isn't!",
                 marks=pytest.mark.xfail(strict=True, reason="0.58 after the " + "session-15 final retrain (18,061 listings): the rule reads the kind, the learned score stays under 0.6")),
]

PASS = [
    ("not cheap", "Goat horn comb", "Goat horn, it is not cheap but lasts for years. Handmade."),
    ("answered question", "Cow bone bangle", "Is it ivory? It is not. Cow bone, honest."),
    ("denial of another material", "Ox horn shoehorn", "Ox horn, this is not plastic, natural grain, handmade in UK."),
    ("replica says not ivory", "Resin elephant figurine", "Resin, it is not real ivory. Nice mantel decor."),
    ("affirmed", "Buffalo horn comb", "Buffalo horn it is, not plastic. Handmade in Vietnam, 18 cm."),
    ("not for sale", "Yak bone mala", "Yak bone, this is not for sale separately. Tibetan made, 108 beads."),
]


@pytest.mark.parametrize("kind,title,description", FLAG)
def test_late_denial_is_flagged(expect, kind, title, description):
    expect.flagged(title, description, note=kind)


@pytest.mark.parametrize("kind,title,description", PASS)
def test_late_denial_look_alikes_stay_out(expect, kind, title, description):
    expect.not_flagged(title, description, note=kind)

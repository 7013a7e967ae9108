"""The lamp of an authenticity test is the seller's tool, not the goods (classifiers/test_tools.py)."""
import pytest

TESTED = [
    ("Antique card case, white", "Solid piece, blue-white fluorescence under UV lamp, 96g."),
    ("Small white figure, antique", "Blue-white fluorescence under UV lamp, solid, 52g"),
]
LAMPS = [
    ("UV lamp for nails 36W", "Gel nail dryer UV lamp, white"),
    ("Bone pendant, white", "Ox bone, under UV lamp glows, 20g"),
    ("LED night light, white", "Night light with UV lamp mode, 5 W, for kids' room"),
]


@pytest.mark.parametrize("title,description", TESTED)
def test_a_piece_tested_under_a_lamp_is_flagged(expect, title, description):
    expect.flagged(title, description)


@pytest.mark.parametrize("title,description", LAMPS)
def test_lamps_and_declared_bone_stay_out(expect, title, description):
    expect.not_flagged(title, description)


def test_the_lamp_after_the_test_is_remote(clf):
    a = clf.assess({"title": "Antique card case, white",
                    "description": "Solid piece, blue-white fluorescence under UV lamp, 96g."})
    lamps = [m for m in a.matches if m.kind == "benign_context" and "lamp" in m.term.lower()]
    assert lamps and all(m.remote for m in lamps)

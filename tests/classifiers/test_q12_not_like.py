"""'Không như nhựa' (not like plastic) denies the replica as 'không phải nhựa' does (q12, issue 12,
from train_vi7's left-for-code list: a hawksbill comb 'vảy vích vàng (đồi mồi) ... mùi không như
nhựa' read the plastic as a look-alike). Guards: honest sellers of legal materials who write the same
denial (buffalo horn, rosewood) and plastic declared as the item."""
import pytest

FLAG = [
    ("Lược vảy đồi mồi cũ", "Chải mượt, mùi không như nhựa, bà để lại, 1tr2"),
    ("Kẹp tóc đồi mồi thật", "Soi đèn thấy vân, đốt không giống nhựa, 800k"),
]

PASS = [
    ("Lược sừng trâu thật", "Sừng trâu nguyên chất, mùi không như nhựa, 150k"),
    ("Vòng gỗ trắc", "Gỗ trắc thật, cầm nặng, không giống nhựa, 300k"),
    ("Ốp điện thoại vân đồi mồi", "Ốp lưng vân đồi mồi, nhựa dẻo, không giống hàng chợ, 50k"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_not_like_plastic_denies_the_replica(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, a.explanation


@pytest.mark.parametrize("title,description", PASS)
def test_honest_materials_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, a.explanation

"""Cover names and winks whatever X is, Hong Kong Cantonese, legal-regime items, and two negation
rules. Hand-written listings, not from the dev or demo data."""
import pytest




@pytest.mark.parametrize("title", [
    "“特殊木料” 手镯 不是普通的木头 懂的来",
    "'special wood' bangle, not your ordinary wood, dm",
    "唔係樹脂 象牙手鐲 你明嘅",
    "不是树脂象牙 手镯",
])
def test_a_cover_name_with_a_wink_is_flagged(clf, title):
    a = clf.assess({"title": title})
    assert a.flagged, a.explanation


@pytest.mark.parametrize("title", [
    "Antique upright piano with ivory keys, exemption certificate",
    "Old piano, ivory keytops, with documentation",
])
def test_legal_regime_items_go_to_review(clf, title):
    a = clf.assess({"title": title})
    assert a.flagged, a.explanation


def test_a_word_cut_by_the_negation_window_is_no_negation(clf):
    # the 8-character look-behind used to see 'no' in 'piano'
    a = clf.assess({"title": "piano with ivory bangle"})
    assert [m.negated for m in a.matches if m.kind in ("name", "code_word", "product_form")] == [False]


def test_a_quoted_material_counts_only_in_real_quotes(clf):
    assert clf.quoted_material({"title": "“白玉” 手镯"}) == "白玉"
    assert clf.quoted_material({"title": "'bone' bangle"}) == "bone"
    assert clf.quoted_material({"title": "tiger's eye stone's beads"}) is None
    assert clf.quoted_material({"title": "“新款” 手机壳"}) is None

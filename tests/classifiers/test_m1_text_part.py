"""The learned text part is stacked on out-of-fold logits from folds of whole labeled sets (hands), so
its weight beside the rule features is what it earns on text by another hand (issue 12; text_oof.py)."""
import random

import pytest

from classifiers import features as feat
from classifiers.model import _oof_text_logits, fit
from classifiers.text_oof import group_folds, hand_of
from classifiers.textgrams import grams


def test_hand_is_the_id_without_its_running_number():
    assert hand_of("zh6-0122") == "zh6"
    assert hand_of("train-vi2-0007") == "train-vi2"
    assert hand_of("dz-0001") == "dz"
    assert hand_of("case-12") is None  # the store's decided cases: real listings, each its own hand
    assert hand_of(None) is None and hand_of("") is None
    assert hand_of("abc") is None


def test_group_folds_keep_every_hand_in_one_fold_and_balance_sizes():
    groups = ["a"] * 40 + ["b"] * 30 + ["c"] * 20 + ["d"] * 20 + ["e"] * 10 + ["f"] * 10 + [None] * 5
    folds = group_folds(list(range(len(groups))), groups, 5)
    assert sorted(i for f in folds for i in f) == list(range(len(groups)))
    for g in "abcdef":
        assert sum(any(groups[i] == g for i in f) for f in folds) == 1, g
    assert max(map(len, folds)) == 40 and min(map(len, folds)) >= 20


def test_fewer_hands_than_folds_keeps_random_folds():
    groups = ["dz"] * 30 + ["zh6"] * 30
    assert group_folds(list(range(60)), groups, 5) is None
    g = [grams(f"象牙 {i % 7} 手镯" if i % 2 else f"茶杯 {i % 5}") for i in range(60)]
    import numpy as np

    y = np.array([i % 2 for i in range(60)])
    assert (_oof_text_logits(g, y, 0.3, 13, hands=groups) == _oof_text_logits(g, y, 0.3, 13)).all()


_HANDS = "red blue green gold pink gray".split()
_FILLER = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike".split()


def _hands_with_their_own_style(n_hands: int = 6, per_hand: int = 60, seed: int = 3):
    """Each hand marks its flagged listings with a word of its own (a style, not a product); a weak
    rule feature carries the same signal for every hand."""
    rng = random.Random(seed)
    X, labels, g, hands = [], [], [], []
    col = feat.FEATURE_NAMES.index("name")
    for h in range(n_hands):
        for j in range(per_hand):
            illegal = j % 2 == 0
            v = [0.0] * len(feat.FEATURE_NAMES)
            v[col] = 1.0 if (illegal if rng.random() < 0.8 else not illegal) else 0.0
            X.append(v)
            labels.append(("illegal" if j % 4 == 0 else "suspicious") if illegal else "benign")
            style = _HANDS[h] + ("mark" if illegal else "plain")  # no digits: every digit run reads as 0
            g.append(grams(f"{style} {rng.choice(_FILLER)} {rng.choice(_FILLER)}"))
            hands.append(f"set{h}")
    return X, labels, g, hands


def test_stacked_text_weight_is_earned_on_other_hands():
    X, labels, g, hands = _hands_with_their_own_style()
    by_listing = fit(X, labels, grams=g).pos.coef.get("text_model", 0.0)
    by_hand = fit(X, labels, grams=g, hands=hands).pos.coef.get("text_model", 0.0)
    # random folds: each hand's style word is in the text part's training folds, so the text part
    # looks perfect and outweighs the rule; by hand, a new hand's style word is unknown to it
    assert by_listing > 1.0
    assert by_hand < 0.5 * by_listing
    assert by_hand < fit(X, labels, grams=g, hands=hands).pos.coef.get("name", 0.0)


def test_another_writers_benign_post_in_a_hands_style_words_is_not_flagged_by_the_text_alone():
    """The 的/一/老 case (train_zh6 notes): a word one hand used in its flagged listings, written by
    someone else in a benign post with no rule evidence, must not carry it over the line."""
    from classifiers.model import decide

    X, labels, g, hands = _hands_with_their_own_style()
    post = grams("redmark bluemark greenmark alpha kilo")
    for model, flagged in ((fit(X, labels, grams=g), True), (fit(X, labels, grams=g, hands=hands), False)):
        f = {"text_model": model.text.logit(post)}
        assert (decide(model, f, 0.6)[1] != "benign") is flagged


def test_dev_alone_is_one_hand_so_cross_validation_is_unchanged():
    from classifiers.evaluate import Item, hands_of

    items = [Item(listing={"id": f"dz-{i:04d}"}, gold="benign", f={}) for i in range(10)]
    assert set(hands_of(items)) == {"dz"}

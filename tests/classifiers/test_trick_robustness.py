"""Robustness to writing tricks, measured mechanically (benchmarks/trick_robustness.py; issue 12's
weakest hidden-set tags were tricks: full-width, symbols, emoji, spacing).

A fixed sample of the dev set's illegal listings (never the frozen unseen sets) that the classifier
flags is rewritten one trick at a time in its product words; each trick keeps a floor of the share
still flagged, a little under what it measures (breaking a normaliser step, e.g. zero-width removal
or the separator class, drops its trick far below its floor)."""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

import trick_robustness as tr  # noqa: E402

# measured on the sample below (session 15): leet 0.93, dotted/symbol/spacing 0.97-0.99, the rest 1.00
FLOORS = {"fullwidth": 0.97, "ideo_space": 0.95, "space": 0.95, "symbol": 0.95, "zero_width": 0.97,
          "homoglyph": 0.97, "leet": 0.88, "traditional": 0.97, "radical": 0.97, "emoji": 0.95,
          "caps": 0.97, "dotted": 0.93, "repeated": 0.97}


@pytest.fixture(scope="module")
def result():
    try:
        listings = tr.read_illegal(tr.labeled_files(dev_only=True))
    except SystemExit:
        pytest.skip("../shared/corpus/dev.jsonl not found")
    sample = random.Random(12).sample(listings, min(140, len(listings)))
    return tr.run(sample, list(FLOORS), seed=12, progress=False)


def test_the_sample_is_mostly_flagged(result):
    assert sum(result["base"].values()) >= 120


@pytest.mark.parametrize("trick", sorted(FLOORS))
def test_share_still_flagged_under_each_trick(result, trick):
    share, n = tr.share(result["tricks"][trick])
    assert n >= 5, f"{trick} applied to only {n} listings"
    assert share >= FLOORS[trick], f"{trick}: {share:.3f} of {n} still flagged (floor {FLOORS[trick]})"


def test_tricks_are_deterministic_and_change_only_the_span():
    row = {"id": "x", "title": "bán ngà voi thật", "description": ""}
    where = {"title": [(4, 11)]}
    for name, trick in tr.TRICKS.items():
        a = tr.rewrite(row, where, trick, tr.seed_for(12, row, name))
        b = tr.rewrite(row, where, trick, tr.seed_for(12, row, name))
        assert a == b, name
        if a is not None:
            assert a["title"].startswith("bán ") and a["title"].endswith(" thật"), name


# ---- repeated Vietnamese letters (sốốống, ngààà): written once like ASCII ones (ivoryyy) ----

@pytest.mark.parametrize("text, expected", [
    ("Vòng ngààà voiii", "vòng ngà voi"),
    ("tê tê sốốống 4kg", "tê tê sống 4kg"),
    ("sừừừng tê giáááác", "sừng tê giác"),
    ("mậtttt gấấấu", "mật gấu"),
    ("NGÀÀÀ VOI", "ngà voi"),
])
def test_repeated_vietnamese_letters_are_written_once(text, expected):
    from classifiers.normalize import normalize

    assert normalize(text).text == expected


@pytest.mark.parametrize("text", [
    "ngà voi", "xoong nồi inox",  # a genuine double in ASCII was always written once: unchanged
    "Café crème 2 ly", "đồ gỗ", "象牙白 衬衫",
])
def test_texts_without_a_repeat_stay_as_they_were(text):
    from classifiers.normalize import _normalize_slow, normalize

    before = _normalize_slow(text).text
    assert normalize(text).text == before
    assert "ộộ" not in before


@pytest.mark.parametrize("text", ["sốốống ngààà", "Ơơơ ưư đđđ", "ßß éé ÿÿ", "ⅰⅰ ×× ÷÷", "ộộ ỘỘ ơơ"])
def test_compiled_and_python_paths_agree_on_repeated_letters(text, monkeypatch):
    import importlib

    nm = importlib.import_module("classifiers.normalize")
    fast = nm._normalize_fast(text)
    slow = nm._normalize_slow(text)
    if fast is not None:
        assert (fast.text, list(fast.starts), list(fast.ends)) == (slow.text, list(slow.starts), list(slow.ends))
    compiled = nm.squeeze(text)
    monkeypatch.setattr(nm, "_textfast", None)
    assert nm.squeeze(text) == compiled


def test_a_listing_with_stretched_vietnamese_letters_is_flagged():
    from classifiers import load_classifier

    clf = load_classifier()
    for title in ("Bán sừừừng tê giááác thật, bao test", "Vòng ngààà voiii nguyên khối, bao test"):
        assert clf.assess({"title": title, "description": "", "lang": "vi"}).flagged, title
    for title in ("Bán xoong nồi inox 3 đáy", "Vòng tay gỗ sưaaa mệnh mộc"):
        assert not clf.assess({"title": title, "description": "", "lang": "vi"}).flagged, title


# ---- a short syllable spaced out right after a spaced-out word (s ừ n g  t ê, m ó n g  h ổ) ----

@pytest.mark.parametrize("text, expected", [
    ("bán s ừ n g   t ê giá tốt", "bán sừng tê giá tốt"),
    ("m ó n g  h ổ bọc bạc", "móng hổ bọc bạc"),
    ("n a n h   h ổ thật", "nanh hổ thật"),
    ("c a o   h ổ nấu 100 ngày", "cao hổ nấu 100 ngày"),
])
def test_a_two_letter_syllable_after_a_spaced_word_is_joined(text, expected):
    from classifiers.normalize import normalize

    assert normalize(text).text == expected


@pytest.mark.parametrize("text, expected", [
    ("h ổ con", "h ổ con"),  # nothing spaced before the 2 letters: 'a b' stays two words
    ("tôi ở đây t ê", "tôi ở đây t ê"),
    ("voi   h ổ", "voi h ổ"),  # a word written whole before them
    ("s ừ n g, t ê", "sừng, t ê"),  # a comma between: no one spaced-out phrase
    ("a b   c d", "a b c d"),  # two 2-letter pairs: neither is a spaced-out word
])
def test_two_letters_without_a_spaced_word_before_stay_apart(text, expected):
    import importlib

    nm = importlib.import_module("classifiers.normalize")
    assert nm._normalize_slow(text).text == expected
    fast = nm._normalize_fast(text)
    assert fast is None or fast.text == expected

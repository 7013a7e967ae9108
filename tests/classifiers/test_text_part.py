"""The learned text part: hashed n-grams (compiled and Python paths agree), its logit at run time
equals the one evaluation uses, it shows its n-grams in the explanation, and model.json stays small."""
import pytest

from classifiers import _textfast
from classifiers.model import DEFAULT_MODEL_PATH
from classifiers.normalize import normalize
from classifiers.textgrams import BITS, gram_spans



def test_compiled_n_grams_equal_the_python_reference():
    from corpus_texts import listing_texts

    texts = ["象牙手镯 老料 500g ivory bangle 2kg", "sừng tê giác thật, ib giá", "", "a", "象", "x1 22 333 b 象牙c"]
    texts += [normalize(t).text for t in listing_texts()]
    for t in texts:
        fast = _textfast.gram_spans(t, BITS)
        assert tuple(map(list, fast)) == gram_spans(t, BITS), t


def test_chinese_needs_no_segmentation_and_digits_generalise():
    ids, starts, ends = gram_spans("象牙 500g 2kg")
    pieces = {"象牙 500g 2kg"[s:e] for s, e in zip(starts, ends)}
    assert {"象", "牙", "象牙", "500g", "2kg", "500g 2kg"} <= pieces
    assert gram_spans("300g")[0] == gram_spans("500g")[0]  # every digit run is one '0'


def test_run_time_logit_equals_the_evaluation_one(clf):
    assert clf.model.text is not None, "retrain: wildwatch train ../shared/corpus/dev.jsonl"
    for title in ["象牙手镯 老料 私聊", "ivory bangle old stock, dm for price", "Vòng ngà voi thật, ib giá"]:
        norm: list[str] = []
        clf.raw_matches({"title": title, "description": "包老 懂的来"}, norm)
        fast, words = clf.text_logit(norm[0])
        assert fast == pytest.approx(clf.model.text.logit(clf.text_grams(norm[0])), abs=1e-4)
        assert words and all(isinstance(w, str) for w, _ in words)


def test_the_text_part_is_in_the_contributions_and_the_explanation(clf):
    a = clf.assess({"title": "ivory bangle old stock, dm for price"})
    assert "text_model" in dict(a.contributions)


def test_non_topical_listings_skip_the_text_part(clf):
    a = clf.assess({"title": "洗碗机 13套 家用"})
    assert "text_model" not in dict(a.contributions)


def test_model_json_stays_small():
    """The weights stay small whatever the training data (TEXT_KEEP prunes the text part); the training ids
    (kept for eval's held-out check) grow with the data, at a few bytes each."""
    import json

    d = json.loads(DEFAULT_MODEL_PATH.read_text(encoding="utf-8"))
    ids = d["trained_on"].pop("ids")
    assert len(json.dumps(d)) < 120_000
    assert len(json.dumps(ids)) < 16 * len(ids)

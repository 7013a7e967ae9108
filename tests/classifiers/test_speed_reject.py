"""The compiled ordinary-listing check (_matchfast.Reject, used by classifiers/batch.py) against
the engine's full path: whatever it calls ordinary, raw_matches finds nothing in and warns of
nothing; and it does call most ordinary listings so (else it would only cost time)."""
from __future__ import annotations

import importlib.util
import io
import json
import random
from pathlib import Path

import pytest

from classifiers import batch, load_classifier
from classifiers.batch import Options, run
from classifiers.engine import MAX_FIELD_CHARS

REPO = Path(__file__).resolve().parents[2]
DEV = REPO.parent / "shared" / "corpus" / "dev.jsonl"
SETS = {"demo_zh": REPO / "crawler" / "demo_sites" / "data" / "zh.jsonl",
        "demo_en": REPO / "crawler" / "demo_sites" / "data" / "en.jsonl",
        "unseen": REPO / "tests" / "data" / "unseen.jsonl", "dev": DEV}

# Listings at the edges of the check: fields it leaves to the engine (coerced, cut, repaired),
# seller names and prices that do or do not make a listing topical, texts whose normalisation
# changes their length, marked Latin (the folded pass), quoted cover materials, everyday words.
AWKWARD = [
    {"title": "纯棉T恤 九成新", "description": "cotton tee, like new"},
    {"title": "手镯", "seller": "象牙老料店"}, {"title": "手镯", "seller": "正品小店"}, {"title": "bangle", "seller": "ivoryking"},
    {"title": "手镯", "price": "象牙价 面议"}, {"title": "手镯", "price": "面议"}, {"title": "手镯", "price": "¥300"},
    {"title": "手镯", "price": "象牙价", "price_placeholder": True}, {"title": "手镯", "price_text": "犀角 私聊"},
    {"title": "bangle", "seller_name": "rhino horn dealer"}, {"title": "bangle", "category": "象牙"},
    {"title": "正品 保真 包邮", "description": "全新 天然"}, {"title": "genuine, brand new", "description": "sold as is"},
    {"title": "'bone' bangle, genuine", "description": "natural"}, {"title": "“骨” 手镯 正品"},
    {"title": "实木 正品 书桌"}, {"title": "genuine wood carving"}, {"title": "ﬁne bangle", "description": "genuine"},
    {"title": "vòng tay ngà voi", "description": "hàng thật"}, {"title": "vong tay nga voi"}, {"title": "i vory bangle"},
    {"title": "象 牙 手 镯"}, {"title": "象***牙"}, {"title": "🐘🦷 手镯"}, {"title": "犀牛角"}, {"title": "tusks for sale"},
    {"title": b"bytes"}, {"title": 12.5, "description": None}, {"title": ["x"]}, {"title": "a\ud800b"},
    {"title": "x" * (MAX_FIELD_CHARS + 1)}, {"title": "", "description": ""}, {}, {"id": 1, "title": "\u3000 ，。"},
    {"title": "手镯", "description": "微信 abc123 联系"}, {"title": "bangle", "description": "whatsapp +1 555 0100"},
]


def _rows(name: str) -> list[dict]:
    path = SETS[name]
    if not path.exists():
        pytest.skip(f"{path} not found (the shared corpus sits beside the repository)")
    rows = [json.loads(raw) for raw in path.read_bytes().splitlines() if raw.strip()]
    return [r for r in rows if isinstance(r, dict)]


def _stream_listings(n: int) -> list[dict]:
    """Ordinary second-hand listings in everyday marketplace words, as the issue-13 benchmark writes them."""
    spec = importlib.util.spec_from_file_location("classify_process", REPO / "benchmarks" / "classify_process.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    rng = random.Random(7)
    return [mod.ordinary(rng, i) for i in range(n)]


@pytest.fixture(scope="module")
def clf():
    return load_classifier(cache_dir=False)


def _check(clf, rows: list[dict]) -> tuple[int, int]:
    """(listings the check calls ordinary, listings the full path finds nothing in); fails on any
    listing called ordinary that the full path does not answer with nothing_matched()."""
    reject = batch.rejecter(clf)
    assert reject is not None
    ordinary = nothing = 0
    for i, row in enumerate(rows):
        full = clf.assess_or_none(row)
        nothing += full is None
        said = reject(row)
        assert said is True or said is False or (type(said) is tuple and len(said) == 5), i
        if said is True:
            ordinary += 1
            assert full is None, i  # the row number only: held-out listings are never printed
    return ordinary, nothing


@pytest.mark.parametrize("name", list(SETS))
def test_what_the_check_calls_ordinary_the_full_path_finds_nothing_in(name, clf):
    ordinary, nothing = _check(clf, _rows(name))
    assert ordinary <= nothing


def test_the_check_at_the_edges(clf):
    ordinary, nothing = _check(clf, AWKWARD)
    assert 0 < ordinary <= nothing
    reject = batch.rejecter(clf)
    assert reject({"title": "纯棉T恤 九成新", "description": "cotton tee, like new"}) is True
    assert reject({"title": "手镯", "seller": "象牙老料店"}) is not True and reject({"title": "象牙手镯"}) is not True


def test_the_check_takes_most_ordinary_listings(clf):
    """On ordinary listings written with everyday words (正品, genuine, natural wood) the check
    must decide nearly all that the full path finds nothing in: else it costs time for nothing."""
    ordinary, nothing = _check(clf, _stream_listings(2000))
    assert nothing > 1500 and ordinary >= 0.98 * nothing


@pytest.mark.parametrize("name", list(SETS))
def test_output_with_the_check_is_output_without_it(name, clf, monkeypatch):
    path = SETS[name]
    if not path.exists():
        pytest.skip(f"{path} not found")
    data = path.read_bytes() + b"".join(json.dumps(r).encode() + b"\n"
                                        for r in AWKWARD if not isinstance(r.get("title"), bytes))
    fast = [r.out for r in run(clf, io.BytesIO(data), Options(), 1)]
    monkeypatch.setattr(batch, "rejecter", lambda _clf: None)
    assert [r.out for r in run(clf, io.BytesIO(data), Options(), 1)] == fast

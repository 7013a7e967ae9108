"""`classify --jobs 2` writes what `--jobs 1` writes (issue 13), on the demo listings and a few
training sets: the same check as test_speed_equivalence's, without the frozen set, so that a
change to classifiers/batch.py can be checked by a helper who may not read it."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from classifiers import batch
from classifiers.batch import Options, run

REPO = Path(__file__).resolve().parents[2]
FILES = [REPO / "crawler" / "demo_sites" / "data" / "zh.jsonl", REPO / "crawler" / "demo_sites" / "data" / "en.jsonl",
         REPO / "tests" / "data" / "train_zh2.jsonl", REPO / "tests" / "data" / "train_en2.jsonl",
         REPO / "tests" / "data" / "train_vi2.jsonl"]


def _data() -> bytes:
    files = [f for f in FILES if f.exists()]
    if not files:
        pytest.skip("no listings to classify")
    data = b"".join(f.read_bytes() for f in files)
    return data + b"not json\n\n" + data[:4000].rsplit(b"\n", 1)[0] + b"\n"


@pytest.fixture()
def small_pool(monkeypatch):
    monkeypatch.setattr(batch, "SMALL_INPUT", 10)  # these inputs are small: make them go to the pool
    monkeypatch.setattr(batch, "CHUNK", 37)


def test_two_jobs_write_what_one_writes(clf, small_pool):
    data = _data()
    one = list(run(clf, io.BytesIO(data), Options(), 1))
    two = list(run(clf, io.BytesIO(data), Options(), 2))
    assert b"".join(r.out for r in two) == b"".join(r.out for r in one)
    assert [(r.out, r.message) for r in two if r.error] == [(r.out, r.message) for r in one if r.error]
    assert any(r.error for r in one) and len(two) < len(one)  # runs of plain lines come joined
    flagged = Options(flagged_only=True)
    assert (b"".join(r.out for r in run(clf, io.BytesIO(data), flagged, 2))
            == b"".join(r.out for r in run(clf, io.BytesIO(data), flagged, 1)))

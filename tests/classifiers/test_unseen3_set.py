"""Integrity of the third frozen set (tests/data/unseen3.jsonl, session 7): schema, allowed values,
unique ids, look-alike rule, and that it is the frozen version named in tests/data/README.md. Like
unseen.jsonl it is scored for reporting only, never tuned on; nothing here scores the classifier."""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from tests.classifiers.test_unseen_set import CATEGORIES, EXTRA_TAGS, KEYS, LABELS, LANGS, SCHEMA_TAGS

DATA = Path(__file__).resolve().parents[1] / "data"
UNSEEN2 = DATA / "unseen3.jsonl"
README = DATA / "README.md"
TAGS = SCHEMA_TAGS | EXTRA_TAGS | {"long_post"}


@pytest.fixture(scope="module")
def rows():
    out = []
    for n, line in enumerate(UNSEEN2.read_text(encoding="utf-8").splitlines(), start=1):
        row = json.loads(line)
        assert tuple(row) == KEYS, f"unseen3.jsonl:{n}: keys {list(row)}"
        out.append((n, row))
    return out


def test_values_are_allowed(rows):
    for n, r in rows:
        where = f"unseen3.jsonl:{n}"
        assert r["label"] in LABELS and r["lang"] in LANGS and r["category"] in CATEGORIES, where
        assert r["tags"] and set(r["tags"]) <= TAGS, f"{where}: tags {r['tags']}"
        assert re.fullmatch(r"u3-(zh|en|vi|mx)-\d{4}", r["id"]), f"{where}: id {r['id']!r}"


def test_ids_are_unique(rows):
    ids = [r["id"] for _, r in rows]
    assert len(ids) == len(set(ids))


def test_benign_listings_are_look_alikes_and_only_they_carry_trap_tags(rows):
    for n, r in rows:
        traps = [t for t in r["tags"] if t.startswith("trap_")]
        assert bool(traps) == (r["label"] == "benign"), f"unseen3.jsonl:{n}"
        if r["label"] == "benign":
            assert r["category"] == "none", f"unseen3.jsonl:{n}"


def test_file_is_the_frozen_version_named_in_the_readme():
    digest = hashlib.sha256(UNSEEN2.read_bytes()).hexdigest()
    named = re.search(r"SHA-256 of `unseen3.jsonl`: `([0-9a-f]{64})`", README.read_text(encoding="utf-8"))
    assert named and named.group(1) == digest, "unseen3.jsonl changed: it is frozen (see tests/data/README.md)"


def test_long_post_tag_marks_exactly_the_descriptions_over_250_characters(rows):
    for n, r in rows:
        assert ("long_post" in r["tags"]) == (len(r["description"]) > 250), f"unseen3.jsonl:{n}"


def test_flagged_listings_name_a_category(rows):
    for n, r in rows:
        if r["label"] != "benign":
            assert r["category"] != "none", f"unseen3.jsonl:{n}"

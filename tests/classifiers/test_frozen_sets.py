"""Integrity of the frozen held-out sets written after the first one (tests/data/unseen2.jsonl,
session 6; unseen3.jsonl, session 7): schema, allowed values, unique ids, the look-alike rule, and
that each file is the frozen version whose SHA-256 tests/data/README.md names. Like unseen.jsonl
they are scored for reporting only, never tuned on; nothing here scores the classifier."""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from tests.classifiers.test_unseen_set import CATEGORIES, EXTRA_TAGS, KEYS, LABELS, LANGS, SCHEMA_TAGS

DATA = Path(__file__).resolve().parents[1] / "data"
README = DATA / "README.md"
TAGS = SCHEMA_TAGS | EXTRA_TAGS | {"long_post"}
# file -> id prefix
SETS = {"unseen2.jsonl": "u2", "unseen3.jsonl": "u3"}


@pytest.fixture(scope="module", params=sorted(SETS))
def frozen(request):
    name = request.param
    rows = []
    for n, line in enumerate((DATA / name).read_text(encoding="utf-8").splitlines(), start=1):
        row = json.loads(line)
        assert tuple(row) == KEYS, f"{name}:{n}: keys {list(row)}"
        rows.append((n, row))
    return name, rows


def test_values_are_allowed(frozen):
    name, rows = frozen
    for n, r in rows:
        where = f"{name}:{n}"
        assert r["label"] in LABELS and r["lang"] in LANGS and r["category"] in CATEGORIES, where
        assert r["tags"] and set(r["tags"]) <= TAGS, f"{where}: tags {r['tags']}"
        assert re.fullmatch(SETS[name] + r"-(zh|en|vi|mx)-\d{4}", r["id"]), f"{where}: id {r['id']!r}"


def test_ids_are_unique(frozen):
    ids = [r["id"] for _, r in frozen[1]]
    assert len(ids) == len(set(ids))


def test_benign_listings_are_look_alikes_and_only_they_carry_trap_tags(frozen):
    name, rows = frozen
    for n, r in rows:
        traps = [t for t in r["tags"] if t.startswith("trap_")]
        assert bool(traps) == (r["label"] == "benign"), f"{name}:{n}"
        if r["label"] == "benign":
            assert r["category"] == "none", f"{name}:{n}"
        else:
            assert r["category"] != "none", f"{name}:{n}"


def test_long_post_tag_marks_exactly_the_descriptions_over_250_characters(frozen):
    name, rows = frozen
    for n, r in rows:
        assert ("long_post" in r["tags"]) == (len(r["description"]) > 250), f"{name}:{n}"


def test_file_is_the_frozen_version_named_in_the_readme(frozen):
    name = frozen[0]
    digest = hashlib.sha256((DATA / name).read_bytes()).hexdigest()
    named = re.search(r"SHA-256 of `%s`: `([0-9a-f]{64})`" % re.escape(name), README.read_text(encoding="utf-8"))
    assert named and named.group(1) == digest, f"{name} changed: it is frozen (see tests/data/README.md)"

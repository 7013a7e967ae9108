"""A lexicon preview keeps each labeled file's results per classifier (review/preview_cache.py):
a second preview, or the next proposal's after an accept, assesses only the listings that hold a
changed key, with the same figures; a damaged entry is recomputed; the frozen sets are never
previewed on. Real store, real classifier; Classifier.assess is wrapped only to count calls."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from review.db import session_scope

ROOT = Path(__file__).resolve().parents[2]
CODE_WORD, OTHER_WORD = "glacier white stock", "arctic bone stock"
ROWS = [("t-1", "glacier white stock bangle, dm for price", "illegal"),
        ("t-2", "arctic bone stock beads 108, discreet shipping", "illegal"),
        ("t-3", "象牙手镯 老料 加微看货", "illegal"),
        ("t-4", "ivory white wedding dress", "benign")] + [
        (f"b-{i}", f"Oak bookshelf {i} shelves, pick up only", "benign") for i in range(20)]


def spec(term, **over):
    base = {"op": "add", "term": term, "variants": [], "category": "ivory", "kind": "name", "weight": 0.95,
            "lang": "en", "reason": "confirmed cases used it", "source": "analyst notes 2026-12",
            "must_match": [f"{term} bangle, dm for price"], "must_not_match": ["oak bookshelf, pick up only"]}
    return {**base, **over}


@pytest.fixture
def setup(store_url, tmp_path, monkeypatch):
    from config.settings import get_settings

    keywords = tmp_path / "keywords"
    shutil.copytree(ROOT / "config" / "keywords", keywords)
    monkeypatch.setenv("WILDWATCH_KEYWORDS_DIR", str(keywords))
    monkeypatch.setenv("WILDWATCH_CACHE_DIR", str(tmp_path / "cache"))
    get_settings.cache_clear()
    labeled = tmp_path / "small.jsonl"
    labeled.write_text("".join(json.dumps({"id": i, "title": t, "description": "", "label": lab}, ensure_ascii=False)
                               + "\n" for i, t, lab in ROWS), encoding="utf-8")
    from review import accounts

    with session_scope() as s:
        for name, role in (("vol", "volunteer"), ("lead1", "lead")):
            accounts.create_user(s, name, role, password="pw-" + name * 3, actor="test")
    yield labeled, tmp_path / "cache" / "preview"
    get_settings.cache_clear()


@pytest.fixture
def calls(monkeypatch):
    from classifiers import Classifier

    seen: list[str] = []
    real = Classifier.assess

    def counting(self, listing, *a, **kw):
        seen.append(str(listing.get("id") or listing.get("title")))
        return real(self, listing, *a, **kw)

    monkeypatch.setattr(Classifier, "assess", counting)
    return seen


def _preview(labeled, term, author="vol"):
    from review import proposals as P

    with session_scope() as s:
        pid = P.create_proposal(s, spec(term), author=author).id
        return pid, P.preview(s, pid, labeled_files=[labeled], undecided_limit=0)


def test_a_second_preview_assesses_only_the_changed_listings_with_the_same_figures(setup, calls):
    labeled, cache = setup
    from review import proposals as P

    pid, first = _preview(labeled, CODE_WORD)
    assert sum(c.startswith("b-") for c in calls) == 20  # every labeled listing once, before
    assert len(list(cache.glob("*.json"))) == 2  # before and after results of the file
    calls.clear()
    with session_scope() as s:
        again = P.preview(s, pid, labeled_files=[labeled], undecided_limit=0)
    assert again == first
    assert not any(c.startswith(("b-", "t-3", "t-4")) for c in calls)  # none holds the code word
    assert "t-1" in calls  # the one listing that does is assessed with the change
    small = again["labeled"][0]
    assert small["before"]["tp"] == 1 and small["after"]["tp"] == 2 and [x["id"] for x in small["newly_flagged"]] == ["t-1"]


def test_a_damaged_entry_is_recomputed(setup, calls):
    labeled, cache = setup
    from review import proposals as P

    pid, first = _preview(labeled, CODE_WORD)
    for entry in cache.glob("*.json"):
        entry.write_bytes(b'{"classifier": "x", "results": [[0.99, "illeg')
    calls.clear()
    with session_scope() as s:
        again = P.preview(s, pid, labeled_files=[labeled], undecided_limit=0)
    assert again == first and sum(c.startswith("b-") for c in calls) == 20


def test_after_an_accept_the_next_preview_starts_from_the_kept_results(setup, calls):
    labeled, cache = setup
    from review import proposals as P

    pid, _ = _preview(labeled, CODE_WORD)
    with session_scope() as s:
        P.accept(s, pid, actor="lead1", actor_role="lead", note="ok")
    calls.clear()
    _, second = _preview(labeled, OTHER_WORD)
    assert not any(c.startswith("b-") for c in calls)
    small = second["labeled"][0]
    # the accepted code word counts before this change: t-1 is caught before and after
    assert small["before"]["tp"] == 2 and small["after"]["tp"] == 3
    assert [x["id"] for x in small["newly_flagged"]] == ["t-2"]


def test_the_frozen_sets_are_never_previewed_on():
    from review.proposals import default_labeled_files

    names = [p.name for p in default_labeled_files()]
    assert any(n.startswith("train_") for n in names)
    assert not [n for n in names if n.startswith("unseen")]

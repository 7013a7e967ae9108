"""Listings the speed tests compare fast paths over: the bundled demo data, the training sets
(tests/data/train_*.jsonl, never the frozen unseen sets) when asked, plus ../shared/corpus/dev.jsonl
when it sits beside the checkout (it does on the dev machine and in CI, not on every fresh clone)."""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "corpus" / "dev.jsonl"


def listing_texts() -> list[str]:
    paths = sorted((ROOT / "crawler" / "demo_sites" / "data").glob("*.jsonl"))
    assert paths, "demo data missing"
    if DEV.exists():
        paths.append(DEV)
    texts = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                texts += [str(row.get("title") or ""), str(row.get("description") or "")]
    return texts


def corpus_rows(training: bool = True) -> list[dict]:
    """The JSON objects of the demo data, the training sets (with `training`) and dev.jsonl."""
    paths = sorted((ROOT / "crawler" / "demo_sites" / "data").glob("*.jsonl"))
    if training:
        paths += sorted((ROOT / "tests" / "data").glob("train_*.jsonl"))  # never the frozen unseen sets
    if DEV.exists():
        paths.append(DEV)
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            if isinstance(row, dict):
                rows.append(row)
    return rows

"""Ground-truth listings of the demo marketplaces, loaded from the versioned data files.

Each line of data/zh.jsonl and data/en.jsonl is one listing:
id, site, title, description (or null), price (string as shown, or null), price_value, currency,
seller {id, name}, location, posted_at (ISO UTC, or null), images (count), label
(illegal | suspicious | benign), category (ivory, pangolin, rhino_horn, tiger, hornbill, totoaba,
hawksbill, live_animal, other_wildlife, or none for ordinary goods), trap (true for legal
look-alikes), and flags for how the page is served: malformed (zh), jsonld (en).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
LABELS = ("illegal", "suspicious", "benign")


@lru_cache(maxsize=4)
def _load(site: str) -> tuple[dict, ...]:
    path = DATA_DIR / f"{site}.jsonl"
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("label") not in LABELS:
                raise ValueError(f"{path}:{line_no}: label must be one of {LABELS}")
            rows.append(row)
    # Newest first, like every marketplace's default sort.
    rows.sort(key=lambda r: (r.get("posted_at") or "", r["id"]), reverse=True)
    return tuple(rows)


def load_listings(site: str) -> list[dict]:
    """Fresh copies of one site's listings, newest first."""
    return [json.loads(json.dumps(row)) for row in _load(site)]


def matches(listing: dict, query: str) -> bool:
    """Every whitespace-separated word of the query appears in the title or description."""
    words = query.lower().split()
    haystack = f"{listing['title']}\n{listing.get('description') or ''}".lower()
    return all(word in haystack for word in words)

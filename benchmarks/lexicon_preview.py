"""Time of one lexicon-proposal impact preview over stored listings, beside a full re-classification.

    .venv/bin/python benchmarks/lexicon_preview.py [--listings 100000] [--database-url URL]

A fresh store (SQLite under a temporary data dir, or --database-url) gets --listings undecided
listings through review/'s own functions (the demo marketplaces' texts, cycled and numbered, one
in 200 carrying the proposed code word). The proposal adds a code word; the preview runs on the
store only (no labeled files, as typing in the form would), then with the repo's labeled sets, then
once more (the labeled sets' results under the current lexicon kept from the run before).
Baseline: assessing every stored listing once with the changed lexicon - what a preview without
the pre-filter would at least have to do (it would do it twice: before and after). Target in
issue 11: a preview over 100,000 stored listings in under 10 s on this machine. Figures are from a
shared VM: compare the lines of one run.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

CODE_WORD = "glacier white stock"
SPEC = {"op": "add", "term": CODE_WORD, "category": "ivory", "kind": "name", "weight": 0.95, "lang": "en",
        "reason": "benchmark", "source": "benchmark", "must_match": [f"{CODE_WORD} bangle, dm for price"],
        "must_not_match": ["glacier white paint 5L"]}


def texts() -> list[tuple[str, str, str, str]]:
    out = []
    for path in sorted((REPO / "crawler" / "demo_sites" / "data").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out.append((row.get("title") or "", row.get("description") or "", str(row.get("price") or ""),
                        "zh" if path.stem == "zh" else "en"))
    return out


def fill(n: int, batch: int = 5000) -> float:
    from crawler.listing import check_listing
    from review.db import session_scope
    from review.intake import store_listings

    pool = texts()
    t0 = time.perf_counter()
    for lo in range(0, n, batch):
        items = []
        for i in range(lo, min(n, lo + batch)):
            title, desc, price, lang = pool[i % len(pool)]
            if i % 200 == 0:
                title = f"{CODE_WORD} {title}"
            items.append(check_listing({"platform": f"demo-{lang}", "listing_id": f"B{i}",
                                        "url": f"https://demo-{lang}.example/b{i}", "seller_id": f"s{i % 997}",
                                        "title": f"{title} #{i}", "description": desc, "price_text": price,
                                        "lang": lang}))
        with session_scope() as s:
            store_listings(s, items)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--listings", type=int, default=100_000, help="undecided listings in the store (default 100,000)")
    ap.add_argument("--database-url", help="a store URL (default: SQLite in a temporary data dir)")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="ww-bench-preview-"))
    os.environ["WILDWATCH_DATA_DIR"] = str(tmp / "var")
    shutil.copytree(REPO / "config" / "keywords", tmp / "keywords")
    os.environ["WILDWATCH_KEYWORDS_DIR"] = str(tmp / "keywords")
    if args.database_url:
        os.environ["WILDWATCH_DATABASE_URL"] = args.database_url
    try:
        from review import proposals as P
        from review.db import session_scope

        print(f"storing {args.listings:,} listings ...", flush=True)
        print(f"  stored in {fill(args.listings):.1f} s")
        with session_scope() as s:
            pid = P.create_proposal(s, SPEC, author="bench").id
        rows = []
        # the second preview with the labeled sets finds their results under the current lexicon
        # kept by the first (review/preview_cache.py): what a lead's "Run the preview again" costs
        for name, labeled in (("preview, store only", []), ("preview, store + labeled sets", None),
                              ("same again (labeled results kept)", None)):
            with session_scope() as s:
                t0 = time.perf_counter()
                result = P.run_preview(s, P.get_proposal(s, pid), labeled_files=labeled,
                                       undecided_limit=args.listings)
                rows.append((name, time.perf_counter() - t0))
        u = result["undecided"]
        print(f"  {u['n']:,} undecided listings read, {u['containing_change']:,} contain the change, "
              f"{u['newly_flagged']:,} newly flagged")

        from classifiers import Classifier, load_model
        from review import lexicon_change as lc

        with session_scope(readonly=True) as s:
            p = P.get_proposal(s, pid)
            files, _, changed = P._changed_files(lc.parse_spec(p.spec), P.keywords_dir(), "bench", pid)
            after = Classifier(lc.check(files, changed), load_model())
            t0 = time.perf_counter()
            n = sum(1 for listing in P.undecided_listings(s, args.listings) if after.assess(listing) is not None)
            rows.append((f"baseline: classify all {n:,} once", time.perf_counter() - t0))
        width = max(len(r[0]) for r in rows)
        print(f"\n{'what':<{width}}  seconds   (target for a preview over 100,000: < 10 s)")
        for name, secs in rows:
            print(f"{name:<{width}}  {secs:7.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

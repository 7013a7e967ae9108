"""Score crawler.structured.extract_product on the real product pages.

Runs our extractor over the 140 saved pages of the product-extraction
benchmark and scores it, side by side with the three shipped extractor
outputs (Zyte, Diffbot, extruct baseline), with the same scoring code:

* one predicted value per page, any ground-truth value counts as right;
* a wrong value is a false positive, and also a false negative when the
  page has a ground-truth value; no value is a false negative if one exists;
* price compares as decimal numbers ("450" == "450.0"), currency as ISO
  codes (ground truth holds symbols), availability defaults to InStock.

Our DOM heuristics were tuned while looking at these same 140 pages: our
figures are in-sample (an upper bound), not an estimate for unseen sites.
The shipped extractors' outputs were not tuned on them.

Usage: .venv/bin/python benchmarks/realpages_extraction.py [--pages DIR] [--errors ATTR]
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from decimal import Decimal, InvalidOperation
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from crawler.structured import _extract, extract_product  # noqa: E402
from crawler.structured_price import normalize_currency  # noqa: E402

DEFAULT_PAGES = Path("..") / "shared" / "realpages" / "product-extraction-benchmark" / "dataset"  # from REPO
IN_SAMPLE_NOTE = ("note: our DOM heuristics were tuned on these same pages, so the wildwatch rows are "
                  "in-sample figures, not an estimate for unseen sites")
SHIPPED = ("Zyte", "Diffbot", "extruct")
OUT_OF_STOCK = {"OutOfStock", "SoldOut", "Discontinued"}


def as_decimal(value):
    try:
        return Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None


def as_availability(value):
    # The benchmark treats "unknown" as in stock for every system.
    return "OutOfStock" if value in OUT_OF_STOCK else "InStock"


def as_text(value):
    return " ".join(str(value).split()).casefold() if value else None


def normalizers(url):
    """attribute -> function mapping a raw value to a comparable one."""
    return {
        "price": as_decimal,
        "currency": lambda v: normalize_currency(v, url) if v else None,
        "sku": lambda v: str(v).strip() if v else None,
        "brand": as_text,
        "availability": as_availability,
    }


def match_counts(truth: set, pred) -> tuple[int, int, int]:
    """(tp, fp, fn) for one page and one attribute."""
    if pred is None:
        return 0, 0, int(bool(truth))
    if pred in truth:
        return 1, 0, 0
    return 0, 1, int(bool(truth))


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    if fp == fn == 0:
        return 1.0, 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(ground_truth: dict, predictions: dict, attribute: str, errors=None):
    totals = [0, 0, 0]
    support = 0
    for page_id, truth_row in ground_truth.items():
        norm = normalizers(truth_row.get("url", ""))[attribute]
        truth = {norm(v) for v in truth_row.get(attribute, [])} - {None}
        support += bool(truth)
        raw = predictions.get(page_id, {}).get(attribute)
        pred = norm(raw) if attribute == "availability" or raw is not None else None
        counts = match_counts(truth, pred)
        if errors is not None and (counts[1] or counts[2]):
            errors.append((page_id[:10], truth_row.get("url", "")[:70],
                           sorted(map(str, truth)), raw))
        totals = [a + b for a, b in zip(totals, counts)]
    return (*prf(*totals), support)


def to_prediction(item: dict | None) -> dict:
    item = item or {}
    return {
        "price": item.get("price_amount"),
        "currency": item.get("currency"),
        "sku": item.get("listing_id"),
        "brand": item.get("brand"),
        "availability": item.get("availability"),
    }


def load_pages(dataset: Path, ground_truth: dict) -> dict:
    return {page_id: gzip.decompress((dataset / "html" / f"{page_id}.html.gz").read_bytes())
            for page_id in ground_truth}


def run_ours(pages: dict, ground_truth: dict):
    """The public API, timed page by page."""
    predictions, sources, times = {}, {}, []
    for page_id, html in pages.items():
        started = time.perf_counter()
        item = extract_product(html, ground_truth[page_id]["url"])
        times.append(time.perf_counter() - started)
        sources[page_id] = (item or {}).get("source")
        predictions[page_id] = to_prediction(item)
    return predictions, sources, times


def run_ablation(pages: dict, ground_truth: dict, dom_level: str) -> dict:
    """Same extractor with less (or no) DOM guessing, to measure what it adds."""
    return {page_id: to_prediction(_extract(html, ground_truth[page_id]["url"], dom_level))
            for page_id, html in pages.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=None,
                        help=f"the benchmark's dataset directory (ground-truth.json, html/, output/); "
                             f"default: {DEFAULT_PAGES} from the repository root")
    parser.add_argument("--errors", help="print our mistakes for this attribute")
    parser.add_argument("--quick", action="store_true", help="skip the ablation runs")
    args = parser.parse_args(argv)
    dataset = (args.pages if args.pages is not None else REPO / DEFAULT_PAGES).resolve()
    if not (dataset / "ground-truth.json").is_file():
        print(f"skipped: no product-extraction pages at {dataset} (no ground-truth.json there); pass "
              "--pages DIR, the dataset directory of the product-extraction benchmark "
              "(ground-truth.json, html/*.html.gz, output/*.json)")
        return 0
    print(f"pages: {dataset}")
    print(IN_SAMPLE_NOTE)
    ground_truth = json.loads((dataset / "ground-truth.json").read_text("utf8"))
    pages = load_pages(dataset, ground_truth)
    ours, sources, times = run_ours(pages, ground_truth)
    systems = {"wildwatch": ours}
    if not args.quick:
        systems["ww-markup"] = run_ablation(pages, ground_truth, "markup")
        systems["ww-no-dom"] = run_ablation(pages, ground_truth, "off")
    for name in SHIPPED:
        path = dataset / "output" / f"{name}.json"
        if path.exists():
            systems[name] = json.loads(path.read_text("utf8"))

    print(f"{'attribute':<13}{'system':<11}{'F1':>7}{'prec':>7}{'recall':>8}{'support':>9}")
    for attribute in ("price", "currency", "sku", "brand", "availability"):
        for name, predictions in systems.items():
            precision, recall, f1, support = score(ground_truth, predictions, attribute)
            print(f"{attribute:<13}{name:<11}{f1:>7.3f}{precision:>7.3f}{recall:>8.3f}{support:>9}")
    print("(ground truth has no product name, so title is not scored)")
    counts: dict = {}
    for source in sources.values():
        counts[str(source)] = counts.get(str(source), 0) + 1
    print("our sources:", dict(sorted(counts.items())))
    total_mb = sum(map(len, pages.values())) / 1e6
    print("ww-markup = without guessing from price-named elements; "
          "ww-no-dom = structured data only")
    print(f"{len(pages)} pages, {total_mb:.0f} MB in {sum(times):.1f}s: "
          f"{len(pages) / sum(times):.1f} pages/s (slowest page {max(times):.2f}s)")
    print(IN_SAMPLE_NOTE)
    if args.errors:
        errors: list = []
        score(ground_truth, ours, args.errors, errors)
        for error in errors:
            print("ERR", *error, sources.get(next(
                k for k in ground_truth if k.startswith(error[0]))), sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())

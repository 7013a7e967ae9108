"""`wildwatch bench classify`: classifier throughput and memory beside jieba-every-listing baselines.

Two baselines: `jieba.lcut(..., HMM=False)`, which answers like our compiled segmenter (the
like-for-like headline ratio), and jieba's default `HMM=True` (slower; a second line). All run in
the same process, on the same listings, in one run, so the ratios are meaningful even on a noisy
machine. No test asserts on these times.
"""
from __future__ import annotations

import gc
import random
import resource
import statistics
import time
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from .engine import Classifier
from .listings_io import read_listings

REPO = Path(__file__).resolve().parents[1]
_ITEMS_ZH = ["空气炸锅", "婴儿推车", "机械键盘", "登山包", "蓝牙耳机", "电饭煲", "实木书桌", "儿童自行车", "羽绒服",
             "瑜伽垫", "咖啡机", "投影仪", "电动牙刷", "行李箱", "显示器", "吸尘器", "跑步鞋", "吉他", "相机镜头", "办公椅"]
_BRANDS_ZH = ["小米", "美的", "华为", "九阳", "苏泊尔", "索尼", "飞利浦", "戴森", "耐克", "宜家", "罗技", "佳能"]
_CITIES = ["上海", "北京", "广州", "深圳", "成都", "杭州", "武汉", "南京", "西安", "苏州"]
_ITEMS_EN = ["air fryer", "stroller", "mechanical keyboard", "hiking backpack", "bluetooth headphones", "rice cooker",
             "oak desk", "kids bike", "down jacket", "yoga mat", "espresso machine", "projector", "suitcase",
             "monitor", "vacuum", "running shoes", "acoustic guitar", "camera lens", "office chair", "sofa"]
_BRANDS_EN = ["Sony", "Philips", "Dyson", "Nike", "IKEA", "Logitech", "Canon", "Samsung", "Bose", "Breville"]


def _ordinary(rng: random.Random, i: int) -> dict:
    """A plausible ordinary-goods listing (no wildlife content)."""
    if rng.random() < 0.6:
        item, brand, city = rng.choice(_ITEMS_ZH), rng.choice(_BRANDS_ZH), rng.choice(_CITIES)
        title = f"{brand} {item} {rng.randint(5, 9)}成新 {city}自提"
        desc = (f"{rng.randint(2018, 2025)}年买的{brand}{item}，用了{rng.randint(1, 30)}个月，功能正常，"
                f"外观有轻微使用痕迹，配件齐全。{city}同城可面交，外地包邮。")
        price = f"¥{rng.randint(20, 3000)}"
    else:
        item, brand = rng.choice(_ITEMS_EN), rng.choice(_BRANDS_EN)
        title = f"{brand} {item} - like new"
        desc = (f"Selling my {brand} {item}, bought in {rng.randint(2018, 2025)}, used a few times, works perfectly. "
                f"Pickup downtown or I can ship. Smoke-free home, no pets.")
        price = f"${rng.randint(10, 900)}"
    return {"id": f"synthetic-{i}", "title": title, "description": desc, "price": price, "seller": f"user{i}"}


DEV_FILE = REPO.parent / "shared" / "corpus" / "dev.jsonl"
DEMO_FILE = REPO / "crawler" / "demo_sites" / "data" / "zh.jsonl"


def default_file() -> tuple[Path | None, str]:
    """The listings to bench and a note on where they come from (a fresh clone has no ../shared)."""
    if DEV_FILE.exists():
        return DEV_FILE, "the development set"
    if DEMO_FILE.exists():
        return DEMO_FILE, ("the bundled demo listings, because ../shared/corpus/dev.jsonl was not found beside "
                           "the repository: these figures are not comparable with the README's")
    return None, ""


def _rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _time(fn, items) -> float:
    """CPU seconds of this process (one core) for one pass: steadier than wall time on a shared machine."""
    gc.collect()
    t0 = time.process_time()
    for it in items:
        fn(it)
    return time.process_time() - t0


def run_bench(clf: Classifier, file: str | None, stream_size: int, rounds: int, console: Console | None = None) -> dict:
    """Both sides run the same listings in alternating rounds (jieba, wildwatch, jieba, ...), so
    both see the same machine; each side's best round is its figure, and the median round ratio is
    printed beside it. A shared machine slows rounds at random, never speeds them up."""
    import jieba

    console = console or Console()
    path, note = (Path(file), "given with --file") if file else default_file()
    if path is None:
        raise SystemExit("no listings file found; pass --file")
    dev = [ln.listing for ln in read_listings(path) if ln.listing is not None]
    console.print(f"data: {path} ({len(dev)} listings), {note}", markup=False, highlight=False)
    rss_start = _rss_mb()
    clf.warm_up()
    jieba.initialize()
    rss_loaded = _rss_mb()

    def baseline(lst: dict) -> None:  # like for like: our segmenter answers as HMM=False does
        jieba.lcut(f"{lst.get('title', '')}\n{lst.get('description', '')}", HMM=False)

    def baseline_hmm(lst: dict) -> None:  # jieba's default
        jieba.lcut(f"{lst.get('title', '')}\n{lst.get('description', '')}", HMM=True)

    rng = random.Random(7)
    topical = [x for x in dev if x.get("label") in ("illegal", "suspicious")] or dev
    stream = [rng.choice(topical) if i % 100 == 0 else _ordinary(rng, i) for i in range(stream_size)]
    for it in dev[:50]:  # first calls build lazy state (jieba's cache, spaCy); not part of any round
        baseline(it)
        baseline_hmm(it)
        clf.assess(it)

    rows = []
    results: dict = {"data": {"path": str(path), "listings": len(dev), "note": note}}
    workloads = (("labeled", f"{path.name} ({len(dev)} listings)", dev),
                 ("stream", f"stream of {stream_size:,} listings, 1 in 100 topical", stream))
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=console,
                  transient=True) as progress:
        for key_w, name, items in workloads:
            task = progress.add_task(name, total=rounds)
            base_t, hmm_t, ours_t = [], [], []
            for _ in range(rounds):
                base_t.append(_time(baseline, items))
                hmm_t.append(_time(baseline_hmm, items))
                ours_t.append(_time(clf.assess, items))
                progress.advance(task)
            n = len(items)
            best_o = n / min(ours_t)
            results[key_w] = {"workload": name, "wildwatch_per_s": best_o}
            for key, label, times in (("", "jieba HMM=False (like for like)", base_t),
                                      ("_hmm", "jieba HMM=True (its default)", hmm_t)):
                best_b = n / min(times)
                median_ratio = statistics.median(b / o for b, o in zip(times, ours_t))
                rows.append((name, label, best_b, best_o, best_o / best_b, median_ratio))
                results[key_w].update({f"baseline{key}_per_s": best_b, f"ratio{key}": best_o / best_b,
                                      f"median_round_ratio{key}": median_ratio})
    rss_end = _rss_mb()
    table = Table(title=f"wildwatch bench classify (one process, one core, CPU time, best of {rounds} alternating rounds)",
                  title_justify="left")
    for c in ("workload", "baseline: jieba on every listing", "baseline (listings/s)",
              "wildwatch classify (listings/s)", "ratio", "median round ratio"):
        table.add_column(c, justify="left" if c in ("workload", "baseline: jieba on every listing") else "right")
    for name, label, b, o, ratio, med in rows:
        table.add_row(name, label, f"{b:,.0f}", f"{o:,.0f}", f"{ratio:.1f}x", f"{med:.1f}x")
    console.print(table)
    console.print("headline ratio: against jieba HMM=False, which segments as our compiled segmenter does; "
                  "HMM=True (jieba's default) also guesses words it does not know, and is slower.")
    console.print(f"resident memory: {rss_start:.0f} MB at start, {rss_loaded:.0f} MB with lexicon + jieba + spaCy "
                  f"loaded, {rss_end:.0f} MB at the end (peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")
    results["rss_mb"] = rss_end
    return results

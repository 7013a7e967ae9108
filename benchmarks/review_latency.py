"""Latency of the review workspace's two busiest pages with a big store, over real HTTP.

    .venv/bin/python benchmarks/review_latency.py [--cases 100000] [--requests 300]

For SQLite (always) and PostgreSQL (when WILDWATCH_TEST_DATABASE_URL is set; a fresh schema is
made and dropped): --cases cases are put into the store through review/'s own functions
(store_listings, store_assessments, open_cases, in bulk), an analyst of two of the four groups is
made, the app is served by uvicorn in its own process, and a signed-in httpx client asks for
  - the queue page (GET /queue), and
  - case pages (GET /cases/{id}, distinct cases of the analyst's groups: each takes the lease
    and records a view, as an analyst opening cases does),
printing p50 / p95 / max per page. On PostgreSQL the pages are measured right after the bulk load
and again after VACUUM ANALYZE (the state autovacuum brings a table to within minutes: index-only
counts need the visibility map). Target: p95 < 100 ms. Figures are from a shared VM: compare lines
of one run.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

GROUPS = ["zh-analysts", "en-analysts", "live-animals", "general"]
PRIORITIES = ["urgent", "high", "normal", "low"]
TEXTS = [
    ("zh", "出售象牙手镯 老料 vx: ivory_{n}", "正品猛犸象牙，包老包真，微信 ivory_{n} 私聊", "象牙手镯", "ivory"),
    ("zh", "穿山甲片 药用 正品 {n}", "野生穿山甲鳞片，一斤起卖，QQ 28477{n}", "穿山甲片", "pangolin"),
    ("en", "Carved ivory netsuke, pre-ban, old stock {n}", "Genuine elephant ivory. WhatsApp for pics.", "ivory", "ivory"),
    ("en", "Baby slow loris for sale {n}", "Very cute, eats from hand. Telegram @loris{n}", "slow loris", "live_animal"),
]
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def fill(n: int, batch: int = 5000) -> None:
    """n listings, assessments and cases through review.intake, in batches of `batch`."""
    from crawler.listing import check_listing
    from review.db import session_scope
    from review.intake import open_cases, store_assessments, store_listings

    rng = random.Random(7)
    start = datetime.now(timezone.utc) - timedelta(days=30)
    t0 = time.perf_counter()
    for lo in range(0, n, batch):
        items, meta = [], []
        for i in range(lo, min(n, lo + batch)):
            lang, title, desc, term, cat = TEXTS[i % len(TEXTS)]
            seller = f"s{rng.randrange(n // 20 + 1)}"
            fetched = start + timedelta(seconds=i * 25)
            items.append(check_listing({
                "platform": f"bench-{lang}", "listing_id": f"b{i}", "url": f"https://bench-{lang}.invalid/{i}",
                "title": title.format(n=i), "description": desc.format(n=i), "price_text": "¥880",
                "seller_id": seller, "seller_name": f"shop {seller}", "lang": lang,
                "fetched_at": fetched.isoformat()}))
            t = title.format(n=i)
            k = t.find(term)
            meta.append({"score": round(rng.uniform(0.5, 1.0), 4), "category": cat, "start": k, "end": k + len(term),
                         "term": term, "group": GROUPS[i % len(GROUPS)],
                         "priority": rng.choices(PRIORITIES, [1, 3, 10, 2])[0], "fetched": fetched,
                         "contact": f"ivory_{i % 500}"})
        with session_scope() as s:
            vids = store_listings(s, items)
            rows = [{"listing_version_id": v, "lexicon_version": "bench", "model_version": "bench",
                     "score": m["score"], "label": "illegal", "flagged": True, "categories": [m["category"]],
                     "matches": [{"term": m["term"], "kind": "name", "category": m["category"], "field": "title",
                                  "start": m["start"], "end": m["end"]}],
                     "cues": ["contact-evasion"], "contacts": [{"kind": "wechat", "value": m["contact"], "field": "title"}],
                     "explanation": f"illegal {m['category']}"} for v, m in zip(vids, meta)]
            ids = store_assessments(s, rows)
            from review.workspace import listing_ids_of_versions

            lids = listing_ids_of_versions(s, vids)
            routed = [{"listing_id": lids[v], "assessment_id": ids[v], "version_id": v, "group": m["group"],
                       "priority": m["priority"], "rule": "bench", "score": m["score"], "capture": None,
                       "fetched_at": m["fetched"]} for v, m in zip(vids, meta)]
            open_cases(s, routed, {})
        done = min(n, lo + batch)
        print(f"\r  filled {done:,}/{n:,} ({done / (time.perf_counter() - t0):,.0f} cases/s)", end="", flush=True)
    print()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(env: dict) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "web.app:create_app", "--factory", "--host", "127.0.0.1",
                             "--port", str(port), "--log-level", "warning", "--no-access-log"],
                            cwd=REPO, env=env)
    import httpx

    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{base}/login", timeout=2)
            return proc, base
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the app did not start")


def measure(base: str, username: str, password: str, case_ids: list[int], requests: int) -> dict:
    import httpx

    out = {}
    with httpx.Client(base_url=base, timeout=30) as c:
        token = CSRF_RE.search(c.get("/login").text).group(1)
        r = c.post("/login", data={"username": username, "password": password, "csrf_token": token})
        if r.status_code != 303:
            raise SystemExit(f"sign-in failed: {r.status_code}")
        for _ in range(5):  # warm up: templates, connection pool, first queries
            c.get("/queue")
        times = []
        for _ in range(requests):
            t = time.perf_counter()
            r = c.get("/queue")
            times.append(time.perf_counter() - t)
            assert r.status_code == 200, r.status_code
        out["GET /queue"] = times
        times = []
        for cid in case_ids[:requests]:
            t = time.perf_counter()
            r = c.get(f"/cases/{cid}")
            times.append(time.perf_counter() - t)
            assert r.status_code == 200, (cid, r.status_code)
        out["GET /cases/{id}"] = times
    return out


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def run(engine: str, url: str | None, args, data_dir: Path) -> None:
    env = {**os.environ, "WILDWATCH_DATA_DIR": str(data_dir)}
    if url:
        env["WILDWATCH_DATABASE_URL"] = url
    else:
        env.pop("WILDWATCH_DATABASE_URL", None)
    os.environ.clear()
    os.environ.update(env)
    from config.settings import get_settings
    from review.db import reset_engines, session_scope

    get_settings.cache_clear()
    reset_engines()
    print(f"{engine}: filling the store with {args.cases:,} cases")
    fill(args.cases)
    from review import accounts
    from review.workspace import queue

    password = "bench-" + uuid.uuid4().hex
    with session_scope() as s:
        accounts.create_user(s, "bench", "analyst", groups=GROUPS[:2], password=password, actor="bench")
    with session_scope(readonly=True) as s:
        user = {"id": 0, "username": "bench", "role": "analyst", "groups": GROUPS[:2]}
        q = queue(s, user, limit=500)  # distinct cases to open: 250 per phase on PostgreSQL
        ids = [c["id"] for c in q["cases"]]
    random.Random(3).shuffle(ids)
    reset_engines()
    half = len(ids) // 2
    # PostgreSQL: also as autovacuum leaves it (visibility map set, statistics fresh)
    phases = [("", ids[:half]), ("vacuumed", ids[half:])] if url else [("", ids)]
    for phase, case_ids in phases:
        if phase == "vacuumed":
            import psycopg  # the driver itself: only review/ uses SQLAlchemy

            dsn = url.replace("postgresql+psycopg://", "postgresql://", 1)
            with psycopg.connect(dsn, autocommit=True) as conn:
                conn.execute("VACUUM ANALYZE")
        proc, base = serve(env)
        try:
            figures = measure(base, "bench", password, case_ids, args.requests)
        finally:
            proc.terminate()
            proc.wait(timeout=20)
        for page, times in figures.items():
            ms = [t * 1000 for t in times]
            label = f"{engine} {phase}".strip()
            print(f"  {label:20} {page:16} n={len(ms):4}  p50 {pct(ms, 50):6.1f} ms  p95 {pct(ms, 95):6.1f} ms  "
                  f"max {max(ms):6.1f} ms  mean {statistics.mean(ms):6.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=int, default=100_000, help="cases in the store (default 100,000)")
    ap.add_argument("--requests", type=int, default=300, help="requests per page (default 300; case pages: at most 500)")
    args = ap.parse_args()
    pg = os.environ.get("WILDWATCH_TEST_DATABASE_URL")
    with tempfile.TemporaryDirectory(prefix="ww-latency-") as tmp:
        run("sqlite", None, args, Path(tmp) / "sqlite")
        if pg:
            import psycopg  # the scratch schema is made with the driver itself: only review/ uses SQLAlchemy

            schema = f"ww_bench_{uuid.uuid4().hex[:10]}"
            dsn = pg.replace("postgresql+psycopg://", "postgresql://", 1)
            with psycopg.connect(dsn, autocommit=True) as conn:
                conn.execute(f'CREATE SCHEMA "{schema}"')
            sep = "&" if "?" in pg else "?"
            try:
                run("postgresql", f"{pg}{sep}options=-csearch_path%3D{schema}", args, Path(tmp) / "pg")
            finally:
                from review.db import reset_engines

                reset_engines()
                with psycopg.connect(dsn, autocommit=True) as conn:
                    conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
        else:
            print("postgresql: skipped (set WILDWATCH_TEST_DATABASE_URL to measure it too)")


if __name__ == "__main__":
    main()

"""Hostile pages (issue 15) on a `rendering: browser` platform, against a real server on 127.0.0.1
and real Chromium: the same limits as the static path (test_hostile_pages.py). A 50 MB page and
a gzip bomb are errors (`too_big`) with the memory of the crawl *and its Chromium* bounded; a
redirect loop is an error (`redirect_loops`); ftp:, file:, javascript: and data: links are never
followed (`not_http_links`); GBK labelled UTF-8 is read right (`charset_fallbacks`); the page's
own requests to another host are never made; infinite scroll is bounded by `max_scrolls`, a page
that grows without end by the size cap, and a page whose script never yields by a time cap."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from crawl_helpers import FAST, REPO, read_jsonl, summary, write_platform
from hostile_browser_server import OFFSITE, TITLE, HostileBrowserSite

from crawler.browser import find_chromium

RSS_BOUND_MB = 300  # over the same crawl of the good pages only

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(find_chromium() is None, reason="no Chromium executable on this machine")]


def _tree_rss_mb(root: int) -> float:
    """Memory of `root` and all its descendants (the crawl, Playwright's driver, every Chromium
    process): their proportional set sizes (PSS) summed, so pages they share count once."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                total += next(int(line.split()[1]) for line in f if line.startswith("Pss:"))
        except (OSError, IndexError, ValueError, StopIteration):
            pass
    return total / 1024


def _crawl(name: str, out, data_dir, timeout: float = 300) -> tuple[subprocess.CompletedProcess, float]:
    """The crawl command in a fresh process; returns it and the peak RSS of its process tree."""
    env = {**os.environ, "WILDWATCH_DATA_DIR": str(data_dir)}
    code = "import sys; from cli.crawl_cmds import crawl; crawl(sys.argv[1:], prog_name='wildwatch crawl')"
    proc = subprocess.Popen([sys.executable, "-c", code, name, "-o", str(out), *FAST, "--quiet", "--json"],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak, deadline = 0.0, time.monotonic() + timeout
    while proc.poll() is None:
        peak = max(peak, _tree_rss_mb(proc.pid))
        if time.monotonic() > deadline:  # a hang fails the test instead of stalling it
            proc.kill()
            pytest.fail(f"crawl of {name} did not end within {timeout} s")
        time.sleep(0.05)
    stdout, stderr = proc.communicate()
    return subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr), peak


def _platform(platforms_dir, url: str) -> None:
    write_platform(platforms_dir, "hostile-browser", f"""
name: hostile-browser
base_url: {url}
rendering: browser
encoding: gbk
search:
  terms: [ivory]
  urls: ["/search?q={{term}}"]
results:
  card: "css:li.item"
  detail_link: "css:a::attr(href)"
  max_pages: 1
listing:
  listing_id_pattern: '/item/([^/?]+)'
  fields:
    title: "css:h1::text"
politeness:
  retry_times: 0
  timeout: 20
""")


def test_hostile_pages_in_the_browser_are_bounded_and_counted(platforms_dir, tmp_path):
    with HostileBrowserSite(hostile=False) as calm:
        _platform(platforms_dir, calm.url)
        calm_proc, baseline_mb = _crawl("hostile-browser", tmp_path / "calm.jsonl", tmp_path / "calm")
    assert calm_proc.returncode == 0, calm_proc.stderr[-3000:]
    with HostileBrowserSite() as site:
        _platform(platforms_dir, site.url)
        out = tmp_path / "out.jsonl"
        proc, peak_mb = _crawl("hostile-browser", out, tmp_path / "hostile")
        hits = list(site.hits)
    assert proc.returncode == 0, proc.stderr[-3000:]
    s = summary(proc)
    got = {item["listing_id"]: item for item in read_jsonl(out)}
    assert set(got) == {"ok1", "ok2", "gbk"}, (got.keys(), s["error_list"])
    # Chromium would read GBK labelled UTF-8 as U+FFFD: read with the platform's encoding, counted
    assert got["gbk"]["title"] == f"{TITLE} gbk"
    assert s["charset_fallbacks"] == 1
    # each lost listing is an error with its reason; none is "skipped"
    problems = {e["url"].rsplit("/", 1)[1]: e["problem"] for e in s["error_list"]}
    assert "page too big" in problems["big"] and "page too big" in problems["bomb"], problems
    assert "redirect loop" in problems["loop-a"], problems
    assert (s["too_big"], s["redirect_loops"], s["not_http_links"]) == (2, 1, 4), s["error_list"]
    assert s["errors"] == 7, s["error_list"]
    assert not [h for h in hits if h.startswith(f"{OFFSITE} ")], hits  # the page's scripts reached no other host
    assert not [h for h in hits if "/item/ftp" in h], hits
    assert peak_mb - baseline_mb < RSS_BOUND_MB, (peak_mb, baseline_mb)


def test_endless_scrolling_growing_and_hanging_pages_end(platforms_dir, tmp_path):
    with HostileBrowserSite() as site:
        write_platform(platforms_dir, "endless", f"""
name: endless
base_url: {site.url}
rendering: browser
search:
  urls: ["/feed", "/grow", "/hang"]
results:
  card: "css:#feed div.card"
  max_pages: 1
  load_more: {{max_scrolls: 12, wait_ms: 200, stall_rounds: 2}}
  fields:
    listing_id: "xpath:@data-id"
    title: "css:a.title"
listing:
  source: card
politeness:
  retry_times: 0
  timeout: 10  # navigation on a loaded machine; the hang then ends at the cap (about 60 s)
  max_page_bytes: 2097152
""")
        out = tmp_path / "out.jsonl"
        proc, _ = _crawl("endless", out, tmp_path / "data")
    assert proc.returncode == 0, proc.stderr[-3000:]
    s = summary(proc)
    problems = {e["url"].rsplit("/", 1)[1]: e["problem"] for e in s["error_list"]}
    # /feed never ends: stopped by max_scrolls (10 cards, then 10 per scroll event; a scroll
    # fires one or two: the scroll itself and the one the scroll script dispatches)
    assert 10 + 12 * 10 <= s["listings"] <= 10 + 2 * 12 * 10, s
    # /grow: stopped by the size cap (half a MB per scroll), then refused as too big
    assert "page too big" in problems["grow"], problems
    # /hang: its script never gives the thread back once scrolled; the time cap ends it
    assert "time cap" in problems["hang"], problems
    assert s["errors"] == 2 and s["too_big"] == 1, s["error_list"]

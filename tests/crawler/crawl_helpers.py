"""Crawler test helpers: the crawl command run in a fresh process (Scrapy's reactor can run only
once per process), JSONL reading, platform files."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]
_CRAWL = "import sys; from cli.crawl_cmds import crawl; crawl(sys.argv[1:], prog_name='wildwatch crawl')"


def run_crawl(*args: str, data_dir: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """`wildwatch crawl ARGS --quiet --json` in a subprocess; the data dir defaults to the test's.
    `summary(proc)` reads the JSON summary it prints on stdout."""
    env = dict(os.environ)
    if data_dir is not None:
        env["WILDWATCH_DATA_DIR"] = str(data_dir)
    return subprocess.run([sys.executable, "-c", _CRAWL, *args, "--quiet", "--json"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=timeout)


def summary(proc: subprocess.CompletedProcess) -> dict:
    """The crawl's `--json` summary (counters, log path, errors), or a failure showing stderr."""
    lines = proc.stdout.strip().splitlines()
    assert lines, f"no JSON summary on stdout; stderr:\n{proc.stderr[-2000:]}"
    return json.loads(lines[-1])


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_platform(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path

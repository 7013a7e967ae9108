"""bandit over every room: each finding must be one argued in docs/security.md (file, check)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ROOMS = ["classifiers", "crawler", "review", "workers", "web", "cli", "config"]

# (file, bandit check id) pairs justified in docs/security.md
ARGUED = {
    ("classifiers/compiled.py", "B302"),
    ("classifiers/t2s_keys.py", "B404"), ("classifiers/t2s_keys.py", "B603"),
    ("classifiers/bench.py", "B311"), ("classifiers/evaluate.py", "B311"), ("classifiers/model.py", "B311"),
    ("crawler/demo_sites/generate_listings.py", "B311"),
    ("crawler/evidence.py", "B324"),
    ("review/migrations/versions/0005_partners.py", "B608"),
    ("review/bulk.py", "B608"),
    ("web/charts.py", "B704"),
    ("workers/demo.py", "B404"), ("workers/demo.py", "B603"),
    ("workers/embedded_redis.py", "B404"), ("workers/embedded_redis.py", "B603"),
    ("workers/jobs.py", "B404"), ("workers/jobs.py", "B603"),
    ("workers/lexicon_watch.py", "B404"), ("workers/lexicon_watch.py", "B603"),
    ("workers/supervisor.py", "B404"), ("workers/supervisor.py", "B603"),
}


def _bandit() -> list[dict]:
    exe = shutil.which("bandit", path=str(Path(sys.executable).parent)) or shutil.which("bandit")
    if exe is None:
        pytest.skip("bandit is not installed (it is in the test extra: pip install -e '.[test]')")
    proc = subprocess.run([exe, "-r", *ROOMS, "-q", "-f", "json"], cwd=ROOT, capture_output=True, text=True)
    assert proc.stdout, proc.stderr
    report = json.loads(proc.stdout)
    assert not report.get("errors"), report["errors"]
    return report["results"]


def test_every_bandit_finding_is_argued_in_docs_security():
    new = sorted({(r["filename"], r["test_id"], r["line_number"], r["issue_text"]) for r in _bandit()
                  if (r["filename"], r["test_id"]) not in ARGUED})
    assert not new, "new bandit findings: fix them or argue them in docs/security.md and ARGUED:\n" + "\n".join(
        f"{f}:{line}: {tid} {text}" for f, tid, line, text in new)


def test_the_argued_list_matches_the_document():
    doc = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    for filename, check in ARGUED:
        assert f"`{filename}`" in doc and check in doc, (filename, check)

"""Benchmark scripts run on a fresh clone: a missing data set is a clear skip, never a crash.
(Their figures are printed, never asserted on.)"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_realpages_benchmark_skips_with_what_to_pass_when_the_pages_are_missing(tmp_path):
    proc = subprocess.run([sys.executable, "benchmarks/realpages_extraction.py", "--pages", str(tmp_path / "none")],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("skipped: ") and str(tmp_path / "none") in proc.stdout
    assert "pass --pages DIR" in proc.stdout and "ground-truth.json" in proc.stdout


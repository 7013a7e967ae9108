"""Helpers of the end-to-end takedown tests: other test directories' helper modules, loaded by
file path (test directories are not packages, and every one has a module named conftest)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


pipeline = load("takedown_pipeline_helpers", TESTS / "workers" / "pipeline_helpers.py")
web_conftest = load("takedown_web_conftest", TESTS / "web" / "conftest.py")
sys.modules.setdefault("oversight_seed", load("oversight_seed", TESTS / "review" / "oversight_seed.py"))
relisting_tests = load("takedown_relisting_tests", TESTS / "review" / "test_relisting.py")

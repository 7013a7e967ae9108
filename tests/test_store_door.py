"""The store has one door: only review/ imports SQLAlchemy or the models.

Workers, the web app, the command line and the benchmarks read and write the store through
functions of review/ (taking a session from review.db.session_scope at most), so the store's
invariants - idempotent upserts, time guards, audit events - live in one place.
"""
from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SKIP_DIRS = {"review", "tests", "docs", "build", "dist", "node_modules", "__pycache__"}
FORBIDDEN = ("sqlalchemy", "review.models")


def _forbidden(name: str | None) -> bool:
    return bool(name) and any(name == f or name.startswith(f + ".") for f in FORBIDDEN)


def store_imports(source: str, filename: str = "<string>") -> list[str]:
    """'line: module' for every import of the ORM or the models in `source`."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
              and isinstance(node.args[0].value, str)
              and getattr(node.func, "attr", getattr(node.func, "id", None)) in ("import_module", "__import__")):
            names = [node.args[0].value]
        found += [f"{node.lineno}: {n}" for n in names if _forbidden(n)][:1]
    return found


def outside_review() -> list[Path]:
    """Every Python module of the project outside review/ and the tests."""
    files = []
    for root, dirs, names in os.walk(REPO):
        dirs[:] = [d for d in dirs if not (d.startswith(".") or d in SKIP_DIRS or d.endswith(".egg-info")
                                           or (Path(root) == REPO and d == "var"))]
        files += [Path(root) / n for n in names if n.endswith(".py")]
    return sorted(files)


def test_no_module_outside_review_imports_the_orm_or_the_models():
    files = outside_review()
    rel = {p.relative_to(REPO).as_posix() for p in files}
    # Not vacuous: the rooms that used to run their own SQL are among the scanned files.
    assert {"workers/notify.py", "workers/recheck.py", "workers/jobs.py", "cli/main.py",
            "benchmarks/pipeline_throughput.py"} <= rel
    assert not any(r.startswith(("review/", "tests/")) for r in rel)
    offenders = [f"{p.relative_to(REPO)}:{hit}" for p in files
                 for hit in store_imports(p.read_text(encoding="utf-8"), str(p))]
    assert not offenders, ("only review/ may import SQLAlchemy or review.models; call a function of "
                           "review/ instead:\n  " + "\n  ".join(offenders))


@pytest.mark.parametrize("source", [
    "import sqlalchemy",
    "import sqlalchemy.orm as orm",
    "from sqlalchemy import select",
    "from sqlalchemy.orm import Session, sessionmaker",
    "from sqlalchemy.dialects.sqlite import insert",
    "from review.models import Case",
    "from review import models",
    "import review.models",
    "def f():\n    from sqlalchemy import update\n",
    "import importlib\nimportlib.import_module('review.models')",
])
def test_the_scanner_sees_each_way_in(source):
    assert store_imports(source)


@pytest.mark.parametrize("source", [
    "from review.db import session_scope",
    "from review import notifications, stats",
    "from review.intake import store_listings",
    "import sqlalchemy_utils_lookalike",
    "from .models import X",  # a relative import inside another room is that room's own module
])
def test_the_scanner_lets_reviews_functions_through(source):
    assert store_imports(source) == []

"""Room order (../shared/DESIGN.md): imports only go up config <- classifiers <- crawler <- review <-
workers <- web <- cli. Every module of each room is parsed (ast), imports inside functions included."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ORDER = ("config", "classifiers", "crawler", "review", "workers", "web", "cli")
# What each room must not import (the rooms below it in ORDER).
FORBIDDEN = {room: set(ORDER[i + 1:]) for i, room in enumerate(ORDER)}


def _imported(tree: ast.AST, module: tuple[str, ...]):
    """(line, absolute module name) of every import in a module whose dotted name is `module`;
    relative imports are resolved against its package; importlib.import_module("x") counts too."""
    package = module[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - (node.level - 1)] if node.level - 1 <= len(package) else ()
                name = ".".join(base + ((node.module,) if node.module else ()))
            else:
                name = node.module or ""
            if name:
                yield node.lineno, name
        elif (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
              and isinstance(node.args[0].value, str)
              and ((isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
                   or (isinstance(node.func, ast.Name) and node.func.id == "__import__"))):
            yield node.lineno, node.args[0].value


def violations(root: Path, rooms: dict[str, set[str]]) -> list[str]:
    found = []
    for room, forbidden in rooms.items():
        for path in sorted((root / room).rglob("*.py")):
            rel = path.relative_to(root)
            module = rel.with_suffix("").parts
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(rel))
            for line, name in _imported(tree, module):
                top = name.split(".")[0]
                if top in forbidden:
                    found.append(f"{rel}:{line}: imports {name} ({room} may not import {top})")
    return found


def test_every_room_exists_and_imports_only_rooms_above_it():
    present = {room: FORBIDDEN[room] for room in ORDER if (REPO / room).is_dir()}
    assert {"config", "classifiers", "crawler", "review", "workers", "cli"} <= set(present)
    problems = violations(REPO, present)
    assert not problems, "room order broken:\n" + "\n".join(problems)


@pytest.mark.parametrize("source, expected", [
    ("import workers.jobs\n", "imports workers.jobs (crawler may not import workers)"),
    ("def f():\n    from review.db import session_scope\n", "imports review.db (crawler may not import review)"),
    ("import importlib\nimportlib.import_module('cli.main')\n", "imports cli.main (crawler may not import cli)"),
    ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from web import app\n",
     "imports web (crawler may not import web)"),
])
def test_the_check_catches_imports_that_go_down(tmp_path, source, expected):
    (tmp_path / "crawler" / "sub").mkdir(parents=True)
    (tmp_path / "crawler" / "sub" / "mod.py").write_text(source, encoding="utf-8")
    (tmp_path / "crawler" / "ok.py").write_text("from . import sub\nfrom .sub import mod\nfrom classifiers import normalize\n"
                                                 "import config.settings\n", encoding="utf-8")  # all allowed
    problems = violations(tmp_path, {"crawler": FORBIDDEN["crawler"]})
    assert len(problems) == 1 and problems[0].startswith("crawler/sub/mod.py:") and problems[0].endswith(expected)

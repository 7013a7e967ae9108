"""Compiled copies of plain-Python modules (a .pyx that `include`s x.py) carry the digest of the files
they were built from (classifiers/source_digest.py): at import a copy built from other bytes is not
used, the plain Python runs, and stderr says which file to rebuild. Checked on a copy of the package
with one included file edited and nothing rebuilt."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from classifiers import source_digest

REPO = Path(__file__).resolve().parents[2]
PKG = REPO / "classifiers"
AS_IS = {pyx.stem: source_digest.included_sources(str(pyx)) for pyx in sorted(PKG.glob("_*.pyx"))
         if source_digest.included_sources(str(pyx))}


def test_included_sources_read_from_the_pyx():
    assert AS_IS["_match_scope"] == ["match_scope.py"]
    assert AS_IS["_feature_kinds"] == ["feature_kinds.py", "live_papers.py"]


def test_digest_names_files_and_changes_with_any_byte(tmp_path):
    (tmp_path / "a.py").write_text("x = 1\n")
    (tmp_path / "b.py").write_text("y = 2\n")
    d = source_digest.source_digest(["a.py", "b.py"], str(tmp_path))
    assert d.startswith("a.py,b.py:") and source_digest.stale_reason(d, str(tmp_path)) is None
    (tmp_path / "b.py").write_text("y = 3\n")
    assert "b.py" in source_digest.stale_reason(d, str(tmp_path))
    assert source_digest.stale_reason("", str(tmp_path)) == "was built without a source digest"
    # the same bytes split differently between the files are other sources
    (tmp_path / "a.py").write_text("x = 1\ny")
    (tmp_path / "b.py").write_text(" = 2\n")
    assert source_digest.stale_reason(d, str(tmp_path)) is not None


def _built(name: str) -> bool:
    try:
        mod = __import__(f"classifiers.{name}", fromlist=["x"])
    except ImportError:
        return False
    return bool(getattr(mod, "SOURCE_DIGEST", ""))


@pytest.mark.parametrize("name", sorted(AS_IS))
def test_fresh_build_is_used(name):
    if not _built(name):
        pytest.skip(f"{name} not built with a source digest (rebuild the extensions)")
    assert source_digest.compiled(name) is not None


# the function each caller takes from the compiled copy, and where the caller keeps it
USERS = {"_match_scope": ("classifiers.matcher", "scope_context"),
         "_feature_kinds": ("classifiers.features", "_extract_kinds")}
_PROBE = """
import importlib, sys
name, user, attr = sys.argv[1:4]
got = getattr(importlib.import_module(user), attr)
print("compiled" if type(got).__name__ == "cython_function_or_method" else "python")
"""


def _probe(root: Path, name: str):
    user, attr = USERS[name]
    env = dict(os.environ, PYTHONPATH=str(root))
    r = subprocess.run([sys.executable, "-c", _PROBE, name, user, attr], cwd=str(root), env=env,
                       capture_output=True, text=True, timeout=240)
    assert r.returncode == 0, r.stderr[-2000:]
    return r.stdout.strip(), r.stderr


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(USERS))
def test_edited_source_falls_back_to_python(name, tmp_path):
    """A copy of the tree where one file the extension includes gained a comment: the caller takes the
    plain-Python function and warns once, naming the extension and the rebuild command; the untouched
    copy takes the compiled one, silently."""
    if not _built(name):
        pytest.skip(f"{name} not built with a source digest (rebuild the extensions)")
    root = tmp_path / "tree"
    shutil.copytree(PKG, root / "classifiers", ignore=shutil.ignore_patterns("__pycache__", "*.c"))
    shutil.copytree(REPO / "config", root / "config", ignore=shutil.ignore_patterns("__pycache__"))
    got, err = _probe(root, name)
    assert got == "compiled" and "wildwatch:" not in err
    for src in AS_IS[name]:  # each included file alone makes the copy stale
        path = root / "classifiers" / src
        keep = path.read_bytes()
        path.write_bytes(keep + b"\n# edited after the build\n")
        got, err = _probe(root, name)
        assert got == "python", src
        lines = [ln for ln in err.splitlines() if ln.startswith("wildwatch:")]
        assert len(lines) == 1 and name in lines[0] and src in lines[0] and "build_ext --inplace" in lines[0]
        path.write_bytes(keep)

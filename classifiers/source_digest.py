"""Compiled copies of plain-Python modules that know what they were built from.

Some modules are compiled as they are: a .pyx does `include "x.py"` (classifiers/_feature_kinds.pyx,
_match_scope.pyx, ...) and the caller uses the compiled copy when it is built. Edit the .py and forget
to rebuild, and the old compiled code would run silently. So the build (the `build_ext` below, named
in pyproject.toml's cmdclass) stamps each such extension with WW_SOURCE_DIGEST = the names of the .py
files its .pyx includes and a SHA-256 of their bytes, and `compiled(name)` compares that with the
files beside it at import: a module built from other bytes (or with no stamp) is not used, the
caller takes the plain Python, and one line on stderr names the files and the rebuild command.
Import cost: a few small files read and hashed once per process.

No relative imports and nothing but the standard library at module level: setuptools loads this
file on its own (not the package) for the build command.
"""
import hashlib
import importlib
import os
import re
import sys

REBUILD = "python -c 'from setuptools import setup; setup()' build_ext --inplace  (or: make install)"
_HERE = os.path.dirname(os.path.abspath(__file__))
_INCLUDE = r'^include\s+"([^"]+\.py)"'  # compiled at the build only (a compile costs ~200 us at import)


def source_digest(names, folder: str = _HERE) -> str:
    """'a.py,b.py:<sha256 of each name and its bytes>' of the named files in folder."""
    h = hashlib.sha256()
    for name in names:
        with open(os.path.join(folder, name), "rb") as fh:
            data = fh.read()
        h.update(b"%s\0%d\0" % (name.encode(), len(data)))
        h.update(data)
    return ",".join(names) + ":" + h.hexdigest()


def included_sources(pyx_path: str) -> list:
    """The .py files a .pyx includes as they are (its `include "x.py"` lines), in order."""
    with open(pyx_path, encoding="utf-8") as fh:
        return re.findall(_INCLUDE, fh.read(), re.M)


def stale_reason(built: str, folder: str = _HERE):
    """None when `built` (a module's SOURCE_DIGEST) matches the files now, else why not."""
    names = built.partition(":")[0].split(",") if built else []
    if not built or not all(names):
        return "was built without a source digest"
    try:
        now = source_digest(names, folder)
    except OSError as e:
        return f"cannot read its source ({e})"
    if now != built:
        return f"was built from other bytes of {', '.join(names)}"
    return None


_warned: set = set()


def compiled(name: str, package: str = "classifiers"):
    """The compiled module package.name when it is built from the .py files as they are now, else
    None (not built, or stale: then one warning on stderr per module and process)."""
    try:
        mod = importlib.import_module(f"{package}.{name}")
    except ImportError:
        return None
    folder = os.path.dirname(os.path.abspath(mod.__file__))
    why = stale_reason(getattr(mod, "SOURCE_DIGEST", ""), folder)
    if why is None:
        return mod
    if name not in _warned:
        _warned.add(name)
        sys.stderr.write(f"wildwatch: {os.path.join(folder, os.path.basename(mod.__file__))} {why}; using the "
                         f"plain-Python code (slower). Rebuild: {REBUILD}\n")
    return None


def _build_ext_class():
    from setuptools.command.build_ext import build_ext

    class BuildExt(build_ext):
        """setuptools' build_ext (Cython's when installed) that defines WW_SOURCE_DIGEST for every
        extension whose .pyx includes plain-Python files."""

        def build_extension(self, ext):
            for src in ext.sources:
                if src.endswith(".pyx"):
                    names = included_sources(src)
                    if names:
                        digest = source_digest(names, os.path.dirname(os.path.abspath(src)))
                        ext.define_macros = [m for m in ext.define_macros if m[0] != "WW_SOURCE_DIGEST"]
                        ext.define_macros.append(("WW_SOURCE_DIGEST", f'"{digest}"'))
            super().build_extension(ext)

    return BuildExt


def __getattr__(name):  # pyproject.toml's cmdclass: the class (and setuptools) only when building
    if name == "BuildExt":
        return _build_ext_class()
    raise AttributeError(name)

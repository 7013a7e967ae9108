"""Regexes compiled on first use, not at import.

The rule modules hold ~300 module-level regexes; compiling them all at import cost every start
(a one-line `wildwatch classify`) ~20M instructions, though most are read only by rules a listing
rarely reaches. `lazy_compile(pattern, flags)` stands in for `re.compile(pattern, flags)` at module
level: the same methods (search, match, finditer, ...), the pattern compiled the first time one is
looked up. After that the methods are plain attributes of the object (the compiled pattern's bound
methods): a call costs what a compiled pattern's does, with no check of its own.

Only for regexes used through their methods: a lazy pattern is no re.Pattern (re.sub(p, ...) and
isinstance checks want the compiled one: `.compiled`).
"""
from __future__ import annotations

import re

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class LazyPattern:
    """re.compile(pattern, flags) the first time any attribute but `pattern` is read."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern  # readable without compiling (other patterns are built from it)
        self._flags = flags

    def __getattr__(self, name: str):
        # reached only for an attribute not set yet: the first use (afterwards the instance has them)
        if name.startswith("__"):
            raise AttributeError(name)  # copy/pickle probes: no compile for them
        compiled = re.compile(self.pattern, self._flags)
        self.compiled = compiled
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        self.flags, self.groups, self.groupindex = compiled.flags, compiled.groups, compiled.groupindex
        return compiled if name == "compiled" else getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """A regex compiled when first used (module doc)."""
    return LazyPattern(pattern, flags)

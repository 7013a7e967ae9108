"""Regexes compiled on first use, not at import.

The rule modules hold ~300 module-level regexes; compiling them all at import cost every start
(a one-line `wildwatch classify`) ~20M instructions, though most are read only by rules a listing
rarely reaches. `lazy_compile(pattern, flags)` stands in for `re.compile(pattern, flags)` at module
level: the same methods (search, match, finditer, ...), the pattern compiled the first time one is
looked up. After that the methods are plain attributes of the object (the compiled pattern's bound
methods): a call costs what a compiled pattern's does, with no check of its own.

Compiled from the lexicon cache: re's compiler is Python (parse, then code generation), ~0.5 ms a
pattern, and a process meets ~100 of them in its first few hundred topical listings (about a quarter
of the instructions of classifying the dev set). `compiled_forms()` stores, for every lazy pattern
made by then, what re._compiler.compile hands to _sre.compile (the engine's code for it, as bytes),
checked equal to re.compile's Pattern (same flags, code and pattern); compiled.py keeps that in the
lexicon cache (its key names the Python and these sources) and `use_forms` hands it back at load.
A first use then builds the Pattern from its stored code in C; a pattern with no stored form (or a
form for another re engine: _sre.MAGIC) is compiled as usual. The Pattern is the same either way.

Only for regexes used through their methods: a lazy pattern is no re.Pattern (re.sub(p, ...) and
isinstance checks want the compiled one: `.compiled`).
"""
from __future__ import annotations

import re
from array import array

import _sre

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")
_ALL: list = []  # every lazy pattern made (compiled_forms reads them)
_FORMS: dict = {}  # (pattern, flags) -> its stored form (compiled_forms), from the lexicon cache
_CODE = "I" if array("I").itemsize == 4 else "L"  # _sre's code unit: 32 bits


class LazyPattern:
    """re.compile(pattern, flags) the first time any attribute but `pattern` is read."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern  # readable without compiling (other patterns are built from it)
        self._flags = flags
        _ALL.append(self)

    def __getattr__(self, name: str):
        # reached only for an attribute not set yet: the first use (afterwards the instance has them)
        if name.startswith("__"):
            raise AttributeError(name)  # copy/pickle probes: no compile for them
        form = _FORMS.get((self.pattern, int(self._flags))) if _FORMS else None
        compiled = _from_form(self.pattern, form) if form is not None else None
        if compiled is None:
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


def _from_form(pattern: str, form: tuple) -> re.Pattern | None:
    """The Pattern _sre.compile builds from a stored form, or None when the form is another engine's."""
    magic, flags, code, groups, groupindex, indexgroup = form
    if magic != _sre.MAGIC:
        return None
    try:
        return _sre.compile(pattern, flags, array(_CODE, code).tolist(), groups, dict(groupindex), tuple(indexgroup))
    except (TypeError, ValueError, RuntimeError, OverflowError):  # not this engine's code after all
        return None


def compiled_forms() -> dict:
    """{(pattern, flags): form} for every lazy pattern made so far: what re._compiler.compile hands
    to _sre.compile (plain data for the lexicon cache), kept only where the Pattern built from it is
    re.compile's (Pattern equality compares flags, code and pattern). {} on a Python whose re
    compiles otherwise."""
    try:
        from re import _compiler, _parser
    except ImportError:
        return {}
    out = {}
    for lazy in _ALL:
        pattern, flags = lazy.pattern, int(lazy._flags)
        if (pattern, flags) in out or not isinstance(pattern, str):
            continue
        try:
            p = _parser.parse(pattern, flags)
            code = array(_CODE, map(int, _compiler._code(p, flags))).tobytes()
            indexgroup = [None] * p.state.groups
            for k, i in p.state.groupdict.items():
                indexgroup[i] = k
            form = (_sre.MAGIC, int(flags | p.state.flags), code, p.state.groups - 1, dict(p.state.groupdict),
                    tuple(indexgroup))
            if _from_form(pattern, form) != re.compile(pattern, flags):
                continue
        except (AttributeError, TypeError, ValueError, OverflowError, re.error):
            continue
        out[(pattern, flags)] = form
    return out


def use_forms(forms: dict) -> None:
    """The stored forms (compiled_forms) to build lazy patterns from from now on."""
    _FORMS.update(forms)

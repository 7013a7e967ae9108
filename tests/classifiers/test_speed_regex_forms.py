"""lazy_regex's stored forms (issue 13, sp23): a rule module's regex built from the code the lexicon
cache stores for it is the Pattern re.compile makes (same flags, code and pattern: Pattern equality)
and answers the same; a form for another re engine, or a damaged one, falls back to re.compile."""
from __future__ import annotations

import re

import _sre

import classifiers.engine  # noqa: F401  (imports the rule modules: their lazy patterns exist)
from classifiers import lazy_regex
from classifiers.lazy_regex import LazyPattern, compiled_forms


def test_every_rule_regex_has_a_form_that_builds_re_compiles_pattern():
    forms = compiled_forms()
    made = {(p.pattern, int(p._flags)) for p in lazy_regex._ALL}
    assert len(forms) == len(made) > 150  # every lazy pattern of the rule modules, none left to re's compiler
    for (pattern, flags), form in forms.items():
        built = lazy_regex._from_form(pattern, form)
        assert built == re.compile(pattern, flags) and built.groupindex == re.compile(pattern, flags).groupindex


def test_a_lazy_pattern_built_from_its_form_answers_as_re_compile(monkeypatch):
    source = r"(?<![a-z])(?:ivory|象牙|ngà)(?P<rest>\w*)"
    for flags in (0, re.IGNORECASE):
        probe = LazyPattern(source, flags)
        form = compiled_forms()[(source, int(flags))]
        monkeypatch.setitem(lazy_regex._FORMS, (source, int(flags)), form)
        lazy, plain = LazyPattern(source, flags), re.compile(source, flags)
        assert lazy.compiled == plain and lazy.compiled is not plain  # built from the form, not re's cache
        for text in ["IVORY bangle", "old ivorys", "象牙手镯", "vòng ngà voi", "no match", "xivory"]:
            assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
            assert lazy.sub("#", text) == plain.sub("#", text)
        assert lazy.groupindex == plain.groupindex and probe.search("ivory")


def test_a_foreign_or_damaged_form_falls_back_to_re_compile(monkeypatch):
    source = r"(?:rhino|犀)\s?(?:horn|角)"
    LazyPattern(source)
    magic, flags, code, groups, groupindex, indexgroup = compiled_forms()[(source, 0)]
    for bad in [(magic + 1, flags, code, groups, groupindex, indexgroup),  # another re engine
                (magic, flags, code[:8], groups, groupindex, indexgroup)]:  # cut short
        monkeypatch.setitem(lazy_regex._FORMS, (source, 0), bad)
        lazy = LazyPattern(source)
        assert lazy.compiled == re.compile(source) and lazy.search("犀角")
    assert _sre.MAGIC == magic

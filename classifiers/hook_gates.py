"""Cheap preconditions of the rule hooks on the topical path (match_rules.after_rules).

Each hook is a Python call per topical listing, and most find nothing to do: their first lines test
for a word in the text or a kind of hit, and leave. A hook can declare that test where it is written:

    @needs(words=("bukan", "tidak"), hits=(("benign_context", "food"),))
    def my_rule(hits, t): ...

words: substrings of the normalised text; hits: (kind, cue) pairs, or a kind alone, of the listing's
hits. The hook can do something only where one of them is present (any one: declare only what is
necessary; a condition needing two things declares one). `needs` only sets an attribute: the hook is
called as before, by anyone.

A Gate built once from a chain of hooks finds, per listing, the hooks whose precondition holds in one
pass: one Aho-Corasick search of the text for all the hooks' words and one set of the hits' (kind, cue)
pairs, then a set test per hook; the chain calls a gated hook as `if hook in on: hook(...)`. A hook
with no declaration is always on. The hits gate reads the hits as they are when the gate is opened:
only hooks after which no earlier hook in the chain can make a hit of a needed kind or cue qualify
(dropping hits or setting negated/suppressed_by is fine: the hook still makes its own checks).
"""
from __future__ import annotations

try:  # the project's compiled automaton: ahocorasick_rs's answers over code points, without its UTF-8 copy
    from ._acfast import build as _automaton
except ImportError:
    from ahocorasick_rs import AhoCorasick, MatchKind

    def _automaton(words):
        return AhoCorasick(words, matchkind=MatchKind.Standard)


class Needs:
    __slots__ = ("words", "hits")

    def __init__(self, words, hits):
        self.words = frozenset(words)
        self.hits = frozenset(hits)


def needs(*, words=(), hits=()):
    """Declare on a hook the words or hits without which it does nothing (module doc)."""
    def declare(hook):
        hook.needs = Needs(words, hits)
        return hook
    return declare


class Gate:
    """The hooks of a chain whose declared precondition holds in one listing (module doc)."""

    def __init__(self, *hooks):
        words = sorted({w for h in hooks for w in _needs(h).words})
        index = {w: i for i, w in enumerate(words)}
        self._search = _automaton(words).find_matches_as_indexes if words else None
        self.hooks = tuple(hooks)
        self._always = frozenset(h for h in hooks if getattr(h, "needs", None) is None)
        # the other way round: the hooks each word opens, and each (kind, cue) or kind of hit
        by_word: list[set] = [set() for _ in words]
        by_hit: dict = {}
        for h in hooks:
            if getattr(h, "needs", None) is not None:
                for w in h.needs.words:
                    by_word[index[w]].add(h)
                for pair in h.needs.hits:
                    by_hit.setdefault(pair, set()).add(h)
        self._by_word = tuple(frozenset(s) for s in by_word)
        self._by_hit = {pair: frozenset(s) for pair, s in by_hit.items()}

    def open(self, t: str, hits: list) -> set:
        """The hooks to call for normalised text t and its hits: those always on, and those opened by
        a word found or a hit's (kind, cue) or kind (a union of a few small sets per listing, where a
        test per hook cost ~2 set tests each)."""
        on = set(self._always)
        if self._search is not None:
            by_word = self._by_word
            for k, _, _ in self._search(t, overlapping=True):
                on |= by_word[k]
        by_hit = self._by_hit
        for kind, cue in {(m.kind, m.cue) for m in hits}:
            got = by_hit.get((kind, cue))
            if got is not None:
                on |= got
            got = by_hit.get(kind)
            if got is not None:
                on |= got
        return on


def _needs(hook) -> Needs:
    return getattr(hook, "needs", None) or Needs((), ())


class AnyWord:
    """`AnyWord(words)(text)`: whether any of `words` is a substring of `text`, as
    `any(w in text for w in words)` answers, in one automaton pass (sp25: ~0.8 us where 20-odd `in`
    tests through a generator cost ~3 us a listing). The automaton is built on the first call."""
    __slots__ = ("words", "_search")

    def __init__(self, words):
        self.words = tuple(words)
        self._search = None

    def __call__(self, text: str) -> bool:
        search = self._search
        if search is None:
            search = self._search = _automaton(sorted(set(self.words))).find_matches_as_indexes
        try:
            return bool(search(text))
        except UnicodeEncodeError:  # a lone surrogate in a listing's raw field: the automaton reads UTF-8
            return any(w in text for w in self.words)

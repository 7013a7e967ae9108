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

from ahocorasick_rs import AhoCorasick, MatchKind


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
        self._search = AhoCorasick(words, matchkind=MatchKind.Standard).find_matches_as_indexes if words else None
        self._always = frozenset(h for h in hooks if getattr(h, "needs", None) is None)
        self._rows = tuple((h, frozenset(index[w] for w in _needs(h).words), _needs(h).hits)
                           for h in hooks if getattr(h, "needs", None) is not None)

    def open(self, t: str, hits: list) -> set:
        """The hooks to call for normalised text t and its hits."""
        found = {k for k, _, _ in self._search(t, overlapping=True)} if self._search is not None else ()
        seen = {(m.kind, m.cue) for m in hits}
        seen.update([kind for kind, _ in seen])  # a kind declared alone
        on = set(self._always)
        for hook, words, pairs in self._rows:
            if not (words.isdisjoint(found) and pairs.isdisjoint(seen)):
                on.add(hook)
        return on


def _needs(hook) -> Needs:
    return getattr(hook, "needs", None) or Needs((), ())

"""Small helpers over one text's list of hits, shared by the rules that drop hits."""
from __future__ import annotations

from typing import Callable


def drop_where(hits: list, drop: Callable) -> list:
    """`hits` without those `drop(m)` is true for, in order; the same list object when none is dropped
    (the common case: callers and caches compare by identity, and no copy is made)."""
    for i, m in enumerate(hits):
        if drop(m):
            return hits[:i] + [h for h in hits[i + 1:] if not drop(h)]
    return hits

"""Papers count for the list item they sit in (issue 12, q19: train_en10 0213, an aquarium clearance
"arwana super red 30cm with certificate chip, pakan, plus 1 ekor labi-labi moncong babi (no doc)").

A line that lists goods (inline_lots.is_list_line: four separators, a lot line, numbered lots) gives
each good its item; a certificate, licence or captive-bred paper in one item is that item's good's
paper. A paper is `remote` (features leave it out, as any word about another item of a long post) when
- its item names no live product of the line, and no item before it on the line does (a paper after a
  named animal in a later item is the animal's: "Ball python, female, CB, with breeder invoice"), and
- its item names something of its own (a look-alike or pet word, "budgies with closed rings", or two
  words or more beside the paper: "arwana super red 30cm with certificate chip"); a bare paper item
  ("CITES papers, invoice, ring number, African grey") lists the papers of the post's animal.
"""
from __future__ import annotations

import re

from .lazy_regex import lazy_compile
from .inline_lots import is_list_line, item_of

_PRODUCTS = ("name", "product_form", "code_word")
_WORD = lazy_compile(r"[^\W\d_]{3,}|[\u4e00-\u9fff]{2,}")
# words that say nothing of a good of their own beside a paper
_FILLERS = frozenset("with and the for has have all incl included including full its his her this that from "
                     "plus comes come có kèm theo đầy đủ và với dengan ada punya sudah lengkap dan juga "
                     "papers paper docs doc".split())
_OWN_WORDS = 2


def papers_of_items(hits: list, t: str) -> None:
    """Mark `remote` the papers of `hits` that sit in another list item than every live product named
    before them on their line (see module doc). `t`: the normalised text of `hits`."""
    papers = None
    live = None
    for m in hits:
        if m.kind == "legal_channel" and not m.remote:
            papers = [m] if papers is None else papers + [m]
        elif m.kind in _PRODUCTS and m.suppressed_by is None and not m.negated:
            live = [m] if live is None else live + [m]
    if papers is None or live is None:
        return  # the common case: no paper, or no product for it
    for p in papers:
        lo = t.rfind("\n", 0, p.n_start) + 1
        hi = t.find("\n", p.n_end)
        hi = len(t) if hi < 0 else hi
        on_line = [m for m in live if lo <= m.n_start < hi]
        if not on_line or any(m.n_start < p.n_start for m in on_line):
            continue  # no product on its line, or one named before it (item numbers only grow along a line)
        if not is_list_line(t[lo:hi]):
            continue  # prose: a paper speaks of the listing
        item = item_of(t, p.n_start)[1]
        if any(item_of(t, m.n_start)[1] <= item for m in on_line):
            continue  # its own item's product
        start, end = _bounds(t, lo, hi, item, p)
        own = any(start <= m.n_start and m.n_end <= end for m in hits if m.kind == "benign_context")
        words = _WORD.findall(t[start:p.n_start] + " " + t[p.n_end:end])
        if own or sum(1 for w in words if w not in _FILLERS) >= _OWN_WORDS:
            p.remote = True


def _bounds(t: str, lo: int, hi: int, item: int, p) -> tuple[int, int]:
    """Start and end of the paper's list item (item numbers only grow along a line: by bisection)."""
    a, b = lo, p.n_start  # first position of the item
    while a < b:
        mid = (a + b) // 2
        if item_of(t, mid)[1] < item:
            a = mid + 1
        else:
            b = mid
    start = a
    a, b = p.n_end, hi  # first position after the item
    while a < b:
        mid = (a + b) // 2
        if item_of(t, mid)[1] <= item:
            a = mid + 1
        else:
            b = mid
    return start, a

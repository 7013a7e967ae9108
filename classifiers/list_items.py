"""A media word that is one more item of a one-line list of goods (issue 12, train_en8: estate and
moving-out posts written as one paragraph: "Samsung TV $300, boxes of books, whole turtle shell
(hawksbill) $500, fishing rods and reels, ...").

lot_lists.frames_on_item_lines treats a frame word (books, posters, a record) on an item line of its
own in a list of goods as one more item; a list written on one line, its items separated by commas,
has no item lines, so "art books" five items away from the "elephant bone earrings" still framed the
whole post as media. Here an item of such a line (text between , ; 、 or a sentence end) that holds a
media word, is short (an item, not a clause of a news report), and names no product is `remote`
like any look-alike away from the product. Conservation words (customs, seized, reported) are left
alone: they frame news posts that list products with commas too.

What makes a line a list and which item a word sits in is inline_lots' item rule (q14); this module
only adds the media-word case, where a sentence end also closes an item (`sentence_ends`).
"""
from __future__ import annotations

import re

from .lazy_regex import lazy_compile
from .inline_lots import LIST_ITEMS, item_around, item_cuts

ITEM_CHARS = 40  # an item of a list is short; a longer stretch is a clause
_ITEM_CUES = frozenset(("media",))
# a product item that says what a book or magazine is about ("有一期讲象牙走私", "an issue about ivory")
_TALK = lazy_compile(r"讲|講|关于|關於|介绍|报道|報道|讲述|(?<![a-z])(?:about|featuring|covering|story of|issue on|article on|chapter on|episode on)(?![a-z])")


def media_items_in_one_line_lists(benign: list, live: list, t: str) -> None:
    """Mark `remote` the media words of `benign` that are a short item of their own on a description
    line listing goods (LIST_ITEMS or more separators), away from every product of `live`."""
    frames = [b for b in benign if b.cue in _ITEM_CUES and not b.given and not getattr(b, "remote", False)]
    if not frames or not live:
        return
    for b in frames:
        lo = t.rfind("\n", 0, b.n_start) + 1
        if lo == 0:
            continue  # the title says what the post is
        hi = t.find("\n", b.n_end)
        hi = len(t) if hi < 0 else hi
        line = t[lo:hi]
        if len(item_cuts(line, sentence_ends=True)) < LIST_ITEMS:
            continue
        start, end = item_around(line, b.n_start - lo, b.n_end - lo, sentence_ends=True)
        if end - start > ITEM_CHARS:
            continue
        if any(lo + start <= p.n_start < lo + end for p in live):
            continue
        if any(_TALK.search(_item_of(t, p.n_start)) for p in live):
            continue  # the product is what a listed book or magazine talks about
        b.remote = True


def _item_of(t: str, pos: int) -> str:
    """The list item (text between separators or sentence ends on its line) around position `pos` of `t`."""
    lo = t.rfind("\n", 0, pos) + 1
    hi = t.find("\n", pos)
    hi = len(t) if hi < 0 else hi
    cuts = [lo + c for c in item_cuts(t[lo:hi], sentence_ends=True)]
    start = max([c + 1 for c in cuts if c < pos], default=lo)
    end = min([c for c in cuts if c >= pos], default=hi)
    return t[start:end]

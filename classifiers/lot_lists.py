"""One wildlife line inside a long list of goods (issue 12: an estate or auction lot of 15 items,
a shop's post of everything in stock).

Two things let the many ordinary lines outvote the one that matters:
- the learned text part reads the first TEXT_CHARS characters, so fifteen lines of candlesticks
  and teapots feed it fifteen lines of ordinary words: in a list of goods it reads the title, the
  line that introduces the list and the lines that name a product (`focus`), which is what it reads
  of a listing of that item alone;
- a media or conservation word (postcards, a book, a record) counts for the whole post as its
  frame (news, a report): on an item line of its own in a list of goods it is one more item, not
  the post's frame (`item_line`, used by match_scope.scope_context).
"""
from __future__ import annotations

from .lexicon import PRODUCT_KINDS

LOT_LINES = 6  # description lines that make a list of goods
ITEM_CHARS = 80  # how long most of its lines are at most


def is_lot_list(t: str) -> bool:
    """Is normalised `t` (title, newline, description) a title over a list of goods: LOT_LINES or
    more non-empty description lines, most of them short?"""
    if t.count("\n") < LOT_LINES:
        return False
    lines = [line for line in t.split("\n")[1:] if line.strip()]
    if len(lines) < LOT_LINES:
        return False
    short = sum(1 for line in lines if len(line) <= ITEM_CHARS)
    return short * 4 >= len(lines) * 3


def focus(t: str, matches: list) -> str:
    """What the learned text part reads of normalised `t`: all of it, or of a list of goods the
    title, the first description line and the lines holding a product term (not denied, not
    covered). `matches`: the hits of `t` (their n_start/n_end index it)."""
    if not is_lot_list(t):
        return t
    spots = [m.n_start for m in matches
             if m.kind in PRODUCT_KINDS and m.suppressed_by is None and not m.negated and 0 <= m.n_start < len(t)]
    if not spots:
        return t
    lines = t.split("\n")
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    first_desc = next((i for i, line in enumerate(lines) if i and line.strip()), 1)
    keep = {0, first_desc}
    for s in spots:
        keep.add(_line_of(starts, s))
    if len(keep) >= len(lines):
        return t
    return "\n".join(lines[i] for i in sorted(keep) if i < len(lines))


def frames_on_item_lines(benign: list, live: list, t: str, frame_cues) -> None:
    """In a list of goods, a frame word (media, conservation: postcards, a book, a record) on an
    item line of its own (not the title, not the line that introduces the list, not a product's
    line) is one more item of the lot: `remote`, like any look-alike away from the product."""
    frames = [b for b in benign if b.cue in frame_cues and not b.given]
    if not frames:
        return
    if not is_lot_list(t):
        from .list_items import media_items_in_one_line_lists

        media_items_in_one_line_lists(frames, live, t)  # a list of goods written on one line
        return
    lines = t.split("\n")
    first_desc = next((i for i, text in enumerate(lines) if i and text.strip()), 1)
    taken = {0, first_desc} | {t.count("\n", 0, m.n_start) for m in live}
    for b in frames:
        if t.count("\n", 0, b.n_start) not in taken:
            b.remote = True


def _line_of(starts: list, pos: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo

"""A lot written on one line (issue 12: estate and garage-sale lots; "Lot: vase, brass bell, ivory-like
resin bangle, old coins"): each comma-separated item is its own thing.

lot_lists reads a list of goods written one item a line; sellers also write the whole lot on one line
after a lot word (Lot:, Bundle:, Job lot -, Estate lot:, Includes:, Lote:, Borong:). There a frame word
(coins, stamps, postcards, a book: media) on an item of its own is one more item of the lot, not the
post's frame (news, a report), and a negation reaches no further than its own item: "Lot: not ivory
(resin) bangle, tiger claw pendant" denies the bangle, not the claw. A legal material already
counts only for its own item (match_scope places the items of a line with four or more commas; a lot
word makes a line of three such a line too: `is_inline_lot`).

What an item of a list is, in one place (q14, issue 12; `is_list_line`, `item_index`): a line of a
post written one item a line (lot_lists), or on one line
- a segment between separators (, ; 、) of a line with LIST_ITEMS or more of them, or of a lot line;
- a numbered sentence of a line that is a run of NUMBERED_ITEMS or more numbered items ("Lot 1 Box
  of cutlery. Lot 2 Pair of brass candlesticks. ... Lot 5 Three carved ivory figures, 20th c."): the
  commas inside one lot do not split it, the lot numbers do.
A news report that lists products with commas is a list line too, but its frame words (conservation,
media) stay the post's frame unless the line is a lot (`is_inline_lot`) or an item line of a list of
goods (lot_lists): only look-alikes scope to their item there.
"""
from __future__ import annotations

import re

# a lot word at the start of a line, then up to a few words, then a colon or a dash
_LOT_HEAD = re.compile(
    r"(?:^|\n)\s*(?:estate |job |mixed |auction |garage sale |moving sale |box |whole )?"
    r"(?:lot|lots|bundle|contents|includes|items|lote|borong|set of items)\b[^,:：\n]{0,24}[:：\-–—]")
_SEPARATORS = ",;、"
LIST_ITEMS = 4  # separators on a line that make it a list of goods
NUMBERED_ITEMS = 3  # numbered items ("Lot 1 ... Lot 2 ... Lot 3") that make a line a run of lots
# an item number heading an item written inline: Lot 12, Lô 3, Item 4, #5; a bare number before a
# CJK word after a space or the line start (①②③ normalise to 1 2 3: "1不锈钢餐具 2铜座钟 3红木笔筒")
_NUMBERED = re.compile(r"(?<![\w])(?:lot|lô|item|no\.|#) ?(\d{1,3})(?![\d\w]|\.\d)"
                       r"|(?:^|(?<= ))(\d{1,3})(?=[\u4e00-\u9fff])")


def numbered_heads(line: str) -> list[int]:
    """Where the numbered items of a line that is a run of them start: item numbers counting up by
    one (Lot 1, Lot 2, Lot 3; 12, 13, 14), NUMBERED_ITEMS or more of them, else none. `line` is
    normalised (lower case)."""
    if len(line) < 30:
        return []
    heads, last = [], None
    for m in _NUMBERED.finditer(line):
        n = int(m.group(1) or m.group(2))
        if last is None or n == last + 1:
            heads.append(m.start())
            last = n
    return heads if len(heads) >= NUMBERED_ITEMS else []


def is_list_line(line: str) -> bool:
    """Does this line list several items: LIST_ITEMS separators, a lot line or a run of numbered items?"""
    if sum(line.count(c) for c in _SEPARATORS) >= LIST_ITEMS:
        return True
    return is_lot_line(line) or bool(numbered_heads(line))


def item_index(line: str, rel: int) -> int:
    """Which item of list line `line` holds position `rel`: the numbered item of a run of numbered
    items, else the separator-delimited segment."""
    heads = numbered_heads(line)
    if heads:
        return sum(1 for h in heads if h <= rel)
    head = line[:rel]
    return sum(head.count(c) for c in _SEPARATORS)


def _line_bounds(t: str, pos: int) -> tuple[int, int]:
    lo = t.rfind("\n", 0, pos) + 1
    hi = t.find("\n", pos)
    return lo, len(t) if hi < 0 else hi


def is_lot_line(line: str) -> bool:
    """Is this line a lot written on one line: a lot word heading it, three or more items?"""
    if sum(line.count(c) for c in _SEPARATORS) < 2:
        return False
    return _LOT_HEAD.match(line) is not None


def is_lot_run(line: str) -> bool:
    """A lot line, or a run of numbered lots written on one line."""
    return is_lot_line(line) or bool(numbered_heads(line))


def is_inline_lot(t: str, pos: int) -> bool:
    """Is the line holding `pos` a lot written on one line?"""
    lo, hi = _line_bounds(t, pos)
    return is_lot_run(t[lo:hi])


def item_of(t: str, pos: int) -> tuple[int, int]:
    """(line start, item number) of `pos` in its line."""
    lo, hi = _line_bounds(t, pos)
    return lo, item_index(t[lo:hi], pos - lo)


def other_items(t: str, a: int, b: int) -> bool:
    """Are positions a and b in different items of one lot line?"""
    if "\n" in t[min(a, b):max(a, b)] or not is_inline_lot(t, a):
        return False
    return item_of(t, a) != item_of(t, b)


def frames_on_inline_items(benign: list, live: list, t: str, frame_cues) -> None:
    """A frame word (media, conservation) on an item of a one-line lot that names no product of its
    own is one more item: `remote`, as lot_lists does for a list written one item a line."""
    frames = [b for b in benign if b.cue in frame_cues and not b.given and not b.remote]
    if not frames or not live:
        return
    for b in frames:
        if b.field == "category" or not is_inline_lot(t, b.n_start):
            continue
        where = item_of(t, b.n_start)
        if where[1] == 0 and numbered_heads(t[where[0]:_line_bounds(t, b.n_start)[1]]):
            continue  # the words before the first numbered item introduce the run: the post's frame
        if not any(item_of(t, m.n_start) == where for m in live):
            b.remote = True

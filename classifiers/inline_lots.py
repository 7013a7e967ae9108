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

The separator rule is the one item rule for pet_scope and list_items too (`item_spans`, `item_around`):
their differences are parameters, each with its reason.
"""
from __future__ import annotations

from .lazy_regex import lazy_compile
from bisect import bisect_left

# a lot word at the start of a line, then up to a few words, then a colon or a dash
_LOT_HEAD = lazy_compile(
    r"(?:^|\n)\s*(?:estate |job |mixed |auction |garage sale |moving sale |box |whole )?"
    r"(?:lot|lots|bundle|contents|includes|items|lote|borong|set of items)\b[^,:：\n]{0,24}[:：\-–—]")
# ， ； as written: pet_scope reads a field as written; the normalised text has , ; for them
_SEPARATORS = ",;、，；"
_CUT_SENTENCE = lazy_compile("[" + _SEPARATORS + r"]|[.!?](?= |$)")  # separators or a sentence end (list_items only)
_OPEN, _CLOSE = "([（【「“", ")]）】」”"
LIST_ITEMS = 4  # separators on a line that make it a list of goods
NUMBERED_ITEMS = 3  # numbered items ("Lot 1 ... Lot 2 ... Lot 3") that make a line a run of lots
# an item number heading an item written inline: Lot 12, Lô 3, Item 4, #5; a bare number before a
# CJK word after a space or the line start (①②③ normalise to 1 2 3: "1不锈钢餐具 2铜座钟 3红木笔筒")
_NUMBERED = lazy_compile(r"(?<![\w])(?:lot|lô|item|no\.|#) ?(\d{1,3})(?![\d\w]|\.\d)"
                          r"|(?:^|(?<= ))(\d{1,3})(?=[\u4e00-\u9fff])")


def _separators(s: str) -> int:
    """len(item_cuts(s)), counted in C: is_list_line runs on every line of a long topical post."""
    return sum(s.count(c) for c in _SEPARATORS)


_DIGIT = lazy_compile(r"\d")  # _NUMBERED's \d (str patterns: any Unicode digit)
# what each branch of _NUMBERED needs besides a digit: one of its item words, or a digit right before a
# CJK character, so at least before a non-ASCII one (a regex led by \d, which `re` skips to at C speed;
# _NUMBERED's lookbehinds get no such skip; a small range: compiling [\u4e00-\u9fff] costs ~9M
# instructions at start-up)
_ITEM_WORDS = ("lot", "lô", "item", "no.", "#")
_DIGIT_CJK = lazy_compile(r"\d[^\x00-\x7f]")


def numbered_heads(line: str) -> list[int]:
    """Where the numbered items of a line that is a run of them start: item numbers counting up by
    one (Lot 1, Lot 2, Lot 3; 12, 13, 14), NUMBERED_ITEMS or more of them, else none. `line` is
    normalised (lower case)."""
    if len(line) < 30 or _DIGIT.search(line) is None:
        return []  # both branches of _NUMBERED hold \d: a line with no digit is no run (one C scan)
    if not any(w in line for w in _ITEM_WORDS) and _DIGIT_CJK.search(line) is None:
        return []  # neither branch of _NUMBERED can match (test_speed_preconditions)
    heads, last = [], None
    for m in _NUMBERED.finditer(line):
        n = int(m.group(1) or m.group(2))
        if last is None or n == last + 1:
            heads.append(m.start())
            last = n
    return heads if len(heads) >= NUMBERED_ITEMS else []


def is_list_line(line: str) -> bool:
    """Does this line list several items: LIST_ITEMS separators, a lot line or a run of numbered items?"""
    if _separators(line) >= LIST_ITEMS:
        return True
    return is_lot_line(line) or bool(numbered_heads(line))


def item_index(line: str, rel: int) -> int:
    """Which item of list line `line` holds position `rel`: the numbered item of a run of numbered
    items, else the separator-delimited segment."""
    heads = numbered_heads(line)
    if heads:
        return sum(1 for h in heads if h <= rel)
    return _separators(line[:rel])  # the item_cuts before it, counted


def item_cuts(line: str, *, sentence_ends: bool = False, brackets: bool = False) -> list[int]:
    """Where the items of `line` end: at its separators (, ; 、). With `sentence_ends` a sentence end
    ends one too (list_items: a media word is a short item of its own, "... art books. Whole turtle
    shell"); with `brackets` no separator inside brackets does (pet_scope: "(ngủ ngày, mắt to tròn)"
    describes the one animal of its entry)."""
    if sentence_ends:
        return [m.start() for m in _CUT_SENTENCE.finditer(line)]
    if not brackets:
        return [i for i, ch in enumerate(line) if ch in _SEPARATORS]
    cuts, depth = [], 0
    for i, ch in enumerate(line):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch in _SEPARATORS and depth == 0:
            cuts.append(i)
    return cuts


def item_spans(text: str, *, by_line: bool = False, brackets: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each item of `text`: the stretches between `item_cuts`, or its lines with
    `by_line` (a post written one item a line, as lot_lists reads one)."""
    cuts = [i for i, ch in enumerate(text) if ch == "\n"] if by_line else item_cuts(text, brackets=brackets)
    starts = [0] + [c + 1 for c in cuts]
    return list(zip(starts, cuts + [len(text)]))


def item_number(spans: list[tuple[int, int]], pos: int) -> int:
    """Which of `spans` (from item_spans) holds position `pos`."""
    return bisect_left([e for _, e in spans], pos, hi=len(spans) - 1)


def item_around(line: str, start: int, end: int | None = None, *, sentence_ends: bool = False) -> tuple[int, int]:
    """(start, end) in `line` of the item holding line[start:end] (a word; `end` defaults to
    `start`): from the cut before it to the first cut at or after its end."""
    cuts = item_cuts(line, sentence_ends=sentence_ends)
    end = start if end is None else end
    return (max([c + 1 for c in cuts if c < start], default=0),
            min([c for c in cuts if c >= end], default=len(line)))


def _line_bounds(t: str, pos: int) -> tuple[int, int]:
    lo = t.rfind("\n", 0, pos) + 1
    hi = t.find("\n", pos)
    return lo, len(t) if hi < 0 else hi


def is_lot_line(line: str) -> bool:
    """Is this line a lot written on one line: a lot word heading it, three or more items?"""
    if _separators(line) < 2:
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

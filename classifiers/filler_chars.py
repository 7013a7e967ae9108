"""A filler character put inside a Chinese product name (issue 12, kind 4: writing tricks): 穿山一甲片,
象丶牙, 虎乀骨. The normaliser drops symbols between Chinese characters (象.牙) but these are Chinese
characters themselves, strokes mostly, so the name stays broken.

No table is built for it (start-up pays nothing): the pre-filter's squeezed form drops the stroke
fillers as it drops separators (normalize._squeeze_table), so a broken name passes it; only then,
for a text whose precise form names no product, `drop_fillers` looks for the lexicon's Chinese
product terms in the text with the fillers taken out, and takes out the fillers that stood inside one. 一 stays
in the squeezed form (the lexicon's 一红, 一黑 hold it): 穿山一甲 is read so only where the squeezed
form found a product already.

A radical or stroke from the CJK Radicals Supplement, Kangxi Radicals or CJK Strokes blocks typed between two
characters (象⺇牙, 犀⺌角, 穿⼁山甲; zh16-0082) is such a filler too: the normaliser folds it into the ideograph it
stands for (⺇ -> 𠘨, ⺌ -> 小), which then splits the word. Those are found on the text as written
(`has_radicals`, one regex scan only on a text that is not ASCII) and handed to drop_fillers by their position
in the normalised text; a radical that spells the word's own character (象⽛ -> 象牙) is read as it was: it is
only taken out where a product term spans it once it is gone.
"""
from __future__ import annotations

from array import array

from .lazy_regex import lazy_compile
from .normalize import is_cjk

# strokes sellers type as fillers, and 一, also a word (一只, 一角钱): a filler only where no measure
# word or number follows it
STROKES = "丶乀丿乛丨亅乚乁"
FILLERS = frozenset(STROKES + "一")
_AFTER_ONE = frozenset("个只条根块张对件片斤克点些样起次下般定直共角双套副把支枚颗串天年月位种份元毛分半百千万二三四五六七八九十")


_RADICAL_BLOCKS = "\u2e80-\u2eff\u2f00-\u2fdf\u31c0-\u31ef"
_RADICAL = lazy_compile("[" + _RADICAL_BLOCKS + "]")


def has_radicals(text: str) -> bool:
    """Whether text (as written) holds a character of the radical or stroke blocks."""
    return not text.isascii() and _RADICAL.search(text) is not None


def radical_positions(text: str, t: str, starts, ends) -> frozenset:
    """The positions in the normalised t of characters written as a radical or stroke (one for one)."""
    return frozenset(i for i in range(len(t)) if ends[i] - starts[i] == 1 and _RADICAL.match(text, starts[i]))


def has_strokes(t: str) -> bool:
    """Whether t holds a stroke filler (STROKES; not 一: most Chinese texts hold that)."""
    return ("丶" in t or "乀" in t or "丿" in t or "乛" in t or "丨" in t or "亅" in t or "乚" in t
            or "乁" in t)


def drop_fillers(find, t: str, starts, ends, is_product, marked: frozenset = frozenset()):
    """(t, starts, ends) with the fillers that stood inside a product term of the lexicon taken out
    (the normaliser's way with 象.牙: the word then segments and reads as written whole), or None.
    find(text): the precise automaton's (key, start, end) matches; is_product(key index): whether
    the key names a product; marked: positions in t that are fillers whatever they fold to (radicals)."""
    if marked:  # a radical a product term reads as its own character (象⽛ -> 象牙) is no filler
        marked = marked.difference(i for k, a, b in find(t) if b - a >= 2 and is_product(k) for i in range(a, b))
    kept: list[int] = []
    n = len(t)
    for i, ch in enumerate(t):
        if (ch in FILLERS or i in marked) and 0 < i < n - 1 and is_cjk(t[i - 1]) and is_cjk(t[i + 1]) \
                and t[i + 1] not in FILLERS and (i + 1) not in marked and not (ch == "一" and t[i + 1] in _AFTER_ONE):
            continue
        kept.append(i)
    if len(kept) == n:
        return None
    joined = "".join(t[i] for i in kept)
    inside: set[int] = set()  # the fillers a product term spans
    for k, a, b in find(joined):
        if b - a >= 2 and is_product(k):
            s, e = kept[a], kept[b - 1] + 1
            if e - s != b - a:
                inside.update(i for i in range(s, e) if (t[i] in FILLERS or i in marked) and i not in kept[a:b])
    if not inside:
        return None
    keep = [i for i in range(n) if i not in inside]
    return "".join(t[i] for i in keep), array("i", [starts[i] for i in keep]), array("i", [ends[i] for i in keep])

"""A quoted word inside a listed name (issue 12, kind 4): Tanduk "badak", Pangolin "skin" wallet,
“大花猫”的皮子, 穿山"甲", ngà 'voi'. The normaliser keeps quotation marks (they keep separate words
apart: 象牙“白”), so a name with one of its words in quotes is not the lexicon's key and the listing
reads as having no product at all. Here the product keys are looked for in the text with the quote
marks that stand at a word's edge taken out (an apostrophe inside a word, don't, stays), and a hit
counts only where a mark was inside it; the quoted word is a wink (the seller marks the word a
filter or a reader should not take literally), so such a term also gets a wink cue, as
writing_tricks does for a spelled-out name. The same pass sees through an animal emoji echoing the
character typed before it (熊🐻胆汁, 象🐘牙: the normaliser writes 熊熊胆汁, which word boundaries cut
as 熊熊/胆汁); writing_tricks already reads the emoji inside the name as a wink.

Hooked in the matcher at three places of one path: its ordinary-listing check (rejecter), the
topicality test (_scan_normalized) and the precise spans (_find). Only texts with such a mark pay
anything (a regex search over the text).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .lexicon import PRODUCT_KINDS, Entry

try:  # CPython stores a str holding a character above U+FFFF, and only such a str, 4 bytes a character
    from ._textfast import has_astral as _has_astral
except ImportError:
    def _has_astral(text: str) -> bool:
        return any(ord(c) > 0xFFFF for c in text)

QUOTE_MARKS = "'\"‘’“”「」『』«»`"
_APOSTROPHES = "'’"

_WINK = Entry(id=-1, term="quoted word in a name", category="none", kind="trade_cue", weight=0.5, cue="wink",
              label_hint=None, lang=None, source="generated: a quotation mark inside a lexicon product term",
              file="", line=0, variants=())

_search = None
_doubled = None


def _mark_search():
    global _search
    if _search is None:  # compiled on first use: no regex work at import
        _search = re.compile("[" + re.escape(QUOTE_MARKS) + "]").search
    return _search


def edge_marks(t: str) -> list[int]:
    """Offsets in t of the quote marks at a word's edge: every mark but an apostrophe between two
    letters (don't, it’s, tiger's)."""
    search = _mark_search()
    out: list[int] = []
    m = search(t)
    while m is not None:
        i = m.start()
        ch = t[i]
        if not (ch in _APOSTROPHES and 0 < i < len(t) - 1 and t[i - 1].isalpha() and t[i + 1].isalpha()
                and t[i - 1].isascii() and t[i + 1].isascii()):
            out.append(i)
        m = search(t, i + 1)
    return out


def without_marks(t: str, echoes=()) -> tuple[str, list[int]] | None:
    """(t with its edge quote marks (and the `echoes` offsets) taken out, the offset in t of each kept
    character), or None when t has no such mark."""
    marks = edge_marks(t) if _mark_search()(t) is not None else ()
    if not marks and not echoes:
        return None
    drop = set(marks) | set(echoes)
    kept = [i for i in range(len(t)) if i not in drop]
    return "".join(t[i] for i in kept), kept


def emoji_echoes(t: str, text: str, starts) -> list[int]:
    """Offsets in t of a character written out from an emoji that repeats the typed character before
    it (熊🐻 -> 熊熊, 象🐘牙): the emoji is decoration on the name, not a second animal."""
    global _doubled
    if _doubled is None:
        _doubled = re.compile(r"([\u3400-\u9fff])(?=\1)").finditer
    out = []
    for m in _doubled(t):
        i = m.start() + 1
        if ord(text[starts[i]]) > 0xFFFF and ord(text[starts[i - 1]]) <= 0xFFFF:
            out.append(i)
    return out


def quoted_spans(t: str, find, key_is_product: bytes, key_not_cover: bytes, spans: list,
                 text: str | None = None, starts=None) -> list:
    """`spans` (key index, start, end in t) with the product keys found across a quote mark added:
    `find` is the precise automaton's overlapping search. A hit counts where a mark was taken out
    inside it, it lies on one line and was not found as written, and no quoted word inside it is
    read already as written: a whole name in quotes (「象牙」印章, 'Hổ Cốt') or a quoted cover
    material ('bone' carving: the seller's claim, which cover_names weighs) is not a name cut by quotes.
    text, starts: the original text and the offset in it of each character of t, where an animal
    emoji may echo the character before it (熊🐻胆汁: t reads 熊熊胆汁, which word boundaries cut as
    熊熊/胆汁): such an echo is taken out as a mark is (q18, issue 12 kind 3)."""
    echoes = emoji_echoes(t, text, starts) if text is not None and starts is not None and _has_astral(text) else ()
    got = without_marks(t, echoes)
    if got is None:
        return spans
    joined, kept = got
    taken = {(s, e) for _, s, e in spans}
    extra = []
    marks = None
    for k, a, b in find(joined, overlapping=True):
        if not key_is_product[k]:
            continue
        s, e = kept[a], kept[b - 1] + 1
        if e - s == b - a or (s, e) in taken or "\n" in t[s:e]:
            continue
        if marks is None:
            marks = edge_marks(t)
            read = {(s1, e1) for k1, s1, e1 in spans if key_is_product[k1] or key_not_cover[k1] != 1}
        if any((p + 1, q) in read for p, q in zip(marks, marks[1:]) if p < e and q >= s):
            continue
        extra.append((k, s, e))
    if not extra:
        return spans
    return sorted(spans + extra, key=lambda sp: (sp[1], sp[2]))


def has_quoted_name(texts, squeeze, squeezed_find, strong) -> bool:
    """Whether one of `texts` names a product once its edge quote marks are taken out: what the
    matcher's compiled ordinary-listing check cannot see (it squeezes with the marks kept).
    strong: whether squeezed hits include a strong key."""
    for text in texts:
        if text.__class__ is not str or _mark_search()(text) is None:
            continue
        got = without_marks(text)
        if got is not None and strong(squeezed_find(squeeze(got[0]))):
            return True
    return False


def quoted_winks(hits: list, text: str) -> list:
    """`hits` with a wink cue added on each product term written with a quote mark inside it
    (Tanduk "badak", 穿山"甲"). `text`: the original text the hits' start/end point into."""
    extra = None
    for m in hits:
        if m.kind not in PRODUCT_KINDS or m.suppressed_by is not None:
            continue
        written = text[m.start:m.end]
        if _mark_search()(written) is None or not edge_marks(written):
            continue
        if extra is None:
            extra = []
        extra.append(replace(m, canonical=_WINK.term, kind="trade_cue", cue="wink", negated=False,
                             suppressed_by=None, weight=_WINK.weight, entry=_WINK))
    return hits + extra if extra else hits

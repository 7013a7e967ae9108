"""Writing tricks read on the normalised text where the word around a character decides (issue 12,
kind 4), after the normaliser and before the lexicon's automaton: marks typed as VIQR symbols
(nga` voi, o^ng: viqr_marks.py), OCR's lowercase l for a capital I in an all-caps word (lV0RY:
ocr_caps.py), a colour dot that stands in no goods word put back (● 尺码; ⚪料
stays 白料: colour_dots.py), a stroke typed inside a product name taken out (象丶牙: filler_chars.py).
Every text pays one chain of `in` checks; only a text holding one of those characters pays more.
"""
from __future__ import annotations

import re

from .colour_dots import has_dots, undo_bullets
from .filler_chars import drop_fillers, has_radicals, has_strokes, radical_positions
from .lazy_regex import lazy_compile
from .ocr_caps import read_caps_l
from .viqr_marks import GATE, read_marks

# a symbol VIQR types a mark with, right after a letter (compiled on first use)
_VIQR_AFTER_LETTER = lazy_compile("[A-Za-z][" + re.escape("".join(GATE)) + "]")


def tricky(text: str) -> bool:
    """Whether text holds any character read_tricks looks for (VIQR symbols, colour dots, strokes):
    a chain of `in` (memchr) is ~3x cheaper than one regex or set scan on a listing's text."""
    if "^" in text or "`" in text or "~" in text or "+" in text:
        return True
    return not text.isascii() and (has_dots(text) or has_strokes(text) or has_radicals(text))


def viqr_typed(text: str) -> bool:
    """Whether text holds, right after a letter, a symbol VIQR types a mark with and punctuation
    rarely uses (o^, a`, a~, u+)."""
    if not ("^" in text or "`" in text or "~" in text or "+" in text):
        return False
    return _VIQR_AFTER_LETTER.search(text) is not None


def read_tricks(text: str, t: str, starts, ends, find, is_product, key_pair):
    """(t, starts, ends) with the tricks above read, or None when there is none. text: the original;
    find(s): the precise automaton's overlapping (key, start, end) matches; is_product(key index);
    key_pair(two characters): whether a product term begins with them."""
    got = read_caps_l(text, t, starts, ends) if "l" in text else None  # lV0RY, TlGER: OCR's l for I (ocr_caps)
    if got is not None:
        t, starts, ends = got
    if not tricky(text):  # most texts hold none of the characters
        return got
    if viqr_typed(text):
        got = read_marks(text, t, starts, ends)
        if got is not None:
            t, starts, ends = got
    if has_dots(text):
        undone = undo_bullets(text, t, starts, ends, key_pair)
        if undone is not None:
            got = t, starts, ends = undone
    marked = radical_positions(text, t, starts, ends) if has_radicals(text) else frozenset()  # 象⺇牙
    if has_strokes(t) or marked:  # 象丿牙筷子: a stroke inside a name (一 only where no product was found: matcher)
        unbroken = drop_fillers(find, t, starts, ends, is_product, marked)
        if unbroken is not None:
            got = unbroken
    return got

"""OCR's lowercase l for a capital I inside an all-caps word (issue 12 kind 4, q25: train_en12 0051
"TlGER B0NE WlNE", 0082 "lV0RY P0WDER ... SHlP T0 CHlNA"): text lifted from a photo reads the capital I
as a lowercase l, as it reads O as 0 (which the normaliser's leetspeak already maps). Inside a word
written otherwise in capitals and digits only (at least two capitals), a lowercase l is no l: such a
word has no lowercase letter of its own. "500ml", "5l", "Lily", "iPhone" stay as written.

`read_caps_l` writes those l as i in the normalised text (one character for one: offsets unchanged).
Called from read_tricks on every text that reaches the precise matcher; the text is searched only if
it holds an l before an ASCII capital or digit (one compiled search of two characters).
"""
from __future__ import annotations

import re

from .lazy_regex import lazy_compile

# an l before a capital or digit: a pattern with a literal first character is searched fast (~2-3 us a
# listing; "[A-Z0-9]l" costs ~17 us: capitalised words put a capital before an l everywhere). A word whose
# only l is its last letter (THAl) is missed; every l of a word found is read
_NEXT_TO_CAPS = lazy_compile(r"l[A-Z0-9]")


def caps_l_words(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words of original text whose lowercase l stand for a capital I: ASCII
    capitals, digits and l only, at least 3 characters and 2 capitals."""
    out = []
    done = -1
    n = len(text)
    for m in _NEXT_TO_CAPS.finditer(text):
        a = m.start()
        if a < done:
            continue
        while a > 0 and text[a - 1].isascii() and text[a - 1].isalnum():
            a -= 1
        b = m.end()
        while b < n and text[b].isascii() and text[b].isalnum():
            b += 1
        done = b
        w = text[a:b]
        if len(w) >= 3 and sum(c.isupper() for c in w) >= 2 and all(c.isupper() or c.isdigit() or c == "l" for c in w):
            out.append((a, b))
    return out


def read_caps_l(text: str, t: str, starts, ends):
    """(t, starts, ends) with the l of caps_l_words read as i, or None when there is none."""
    words = caps_l_words(text)
    if not words:
        return None
    at = {i for a, b in words for i in range(a, b) if text[i] == "l"}
    chars = list(t)
    changed = False
    for j, c in enumerate(chars):
        if c == "l" and starts[j] in at:
            chars[j] = "i"
            changed = True
    return ("".join(chars), starts, ends) if changed else None

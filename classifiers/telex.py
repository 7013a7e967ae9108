"""Vietnamese as typed with Telex when the keyboard's conversion did not happen ("ngaf voi" for
ngà voi, "sowng" for sừng): the marks written as the letters Telex uses for them. Sellers
post such text when an input method is off or on purpose, and a keyword list with marks, or
folded without them, misses it. The forms are generated from the lexicon's own Vietnamese terms.

Telex: circumflex doubles the vowel (â aa, ê ee, ô oo), breve and horn add w (ă aw, ơ ow, ư uw),
đ is dd; the tone is one letter at the end of the syllable: sắc s, huyền f, hỏi r, ngã x, nặng j.
The normaliser collapses doubled Latin letters (aa -> a), so the lexicon's form and the seller's
text meet in the same normalised spelling.
"""
from __future__ import annotations

import unicodedata

_TONES = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
_SHAPES = {"\u0302": "double", "\u0306": "w", "\u031b": "w"}


_VIETNAMESE = frozenset("ăâđêôơưĂÂĐÊÔƠƯ")


def is_vietnamese(text: str) -> bool:
    """Letters only Vietnamese writes (ơ, ư, ă, đ... and the stacked marks of U+1EA0-U+1EF9): café
    or jalapeño get no Telex form."""
    return any(ch in _VIETNAMESE or "\u1ea0" <= ch <= "\u1ef9" for ch in text)


def telex(text: str) -> str | None:
    """The Telex typing of `text`, or None when it has no Vietnamese marks (nothing to generate)."""
    if text.isascii():
        return None
    out_words = []
    changed = False
    for word in text.split(" "):
        tone = ""
        letters = []
        for ch in word:
            if ch in "đĐ":
                letters.append("dd")
                changed = True
                continue
            base, *marks = unicodedata.normalize("NFD", ch)
            if not base.isascii():
                return None  # not Latin-script Vietnamese (CJK, other scripts): no Telex form
            piece = base
            for m in marks:
                if m in _TONES:
                    tone = _TONES[m]
                elif _SHAPES.get(m) == "double":
                    piece = base + base
                elif m in _SHAPES:
                    piece = base + "w"
                else:
                    return None  # a mark Vietnamese does not use: some other language
            changed = changed or bool(marks)
            letters.append(piece)
        out_words.append("".join(letters) + tone)
    return " ".join(out_words) if changed else None

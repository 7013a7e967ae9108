"""A material named in quotation marks ('bone', “白玉”, "special wood", 'sừng'): the quotes say it is
not that. The engine reads it as a cover name (its quoted_material); scoped_winks asks it of one text.
A module of its own so that both import it (scoped_winks is imported by the engine)."""
from __future__ import annotations

import re

from .dish_names import dish_quote
from .lazy_regex import lazy_compile
from .matcher import _ZH_NEGATORS, QUOTES

_ANY_QUOTE = lazy_compile("[" + re.escape("".join(sorted(QUOTES))) + "]")  # one scan instead of one per mark
QUOTED = lazy_compile(r"""(?:[‘“「『]|(?<![^\W_])["'])([^"'’”」』\n]{1,24})(?:[’”」』]|["'](?![^\W_]))""")
MATERIAL_MORPHEMES = ("料", "材", "骨", "角", "牙", "木", "玉", "石", "胶", "皮", "壳", "甲", "片", "粉", "bone", "horn",
                      "material", "resin", "wood", "plastic", "stone", "shell", "tooth", "teeth", "scale", "powder",
                      "jade", "tusk", "xương", "sừng", "ngà", "nhựa", "gỗ", "vảy", "bột", "đá")

try:
    from ._textfast import has_quote
except ImportError:
    def has_quote(text: str) -> bool:
        return _ANY_QUOTE.search(text) is not None


def quoted_in(texts) -> str | None:
    """The first material named in quotation marks in these texts (the engine's quoted_material)."""
    for text in texts:
        if not has_quote(text) or not opens_quote(text):  # _ANY_QUOTE.search, compiled
            continue
        for m in QUOTED.finditer(text):
            inner = m.group(1).strip().lower()
            if inner and len(inner.split()) <= 3 and not _is_denial(inner) and any(w in inner for w in MATERIAL_MORPHEMES) and names_material(inner) and not dish_quote(text.lower(), m.start()):
                return inner  # (chè "ngà voi": a dish's name, dish_names)
    return None


def _is_denial(inner: str) -> bool:
    """A quoted phrase that is a whole denial ('không phải ngà', "not ivory", “不是象牙”): the seller's own
    claim in quotes, read as the denial it is (the matcher negates through the quote), not as a
    material under a cover name (q35)."""
    first = inner.split()[0]
    return first in _DENIAL_WORDS or inner.startswith(_ZH_DENIALS)


_ZH_DENIALS = tuple(w for w in _ZH_NEGATORS if len(w) >= 2)  # 非 alone begins 非洲
_DENIAL_WORDS = frozenset(("not", "no", "non", "never", "isn't", "isnt", "không", "khong", "ko", "hok", "hông", "chẳng",
                           "chả", "chang"))
_CJK_MORPHEMES = tuple(w for w in MATERIAL_MORPHEMES if "\u4e00" <= w[0] <= "\u9fff")
_WORD_MORPHEMES = tuple(w for w in MATERIAL_MORPHEMES if w not in _CJK_MORPHEMES)


def names_material(inner: str) -> bool:
    """A material morpheme in a quoted phrase as a word of its own or a compound's last part: a Chinese
    one anywhere (白料, 牛骨); an English or Vietnamese one ending its word, with an -s/-es plural at most,
    and either starting it or after a part of three or more letters (bone, horns, tortoiseshell,
    gallstone), not inside another word (q27, train_en12 0042: the durian 'Black Thorn' is no horn, nor
    'Hornbill', 'Toothpaste' or ngày)."""
    for w in _CJK_MORPHEMES:
        if w in inner:
            return True
    for w in _WORD_MORPHEMES:
        i = inner.find(w)
        while i >= 0:
            b = i + len(w)
            p = i
            while p > 0 and inner[p - 1].isalpha():
                p -= 1
            q = b
            while q < len(inner) and inner[q].isalpha():
                q += 1
            if inner[b:q] in ("", "s", "es") and (i - p == 0 or i - p >= 3):
                return True
            i = inner.find(w, i + 1)
    return False


def opens_quote(text: str) -> bool:
    """Whether QUOTED can match in `text` at all: it starts at ‘ “ 「 『, or at a straight quote
    with no letter or digit before it (its lookbehind's class, any word character but _, is
    what str.isalnum() is true for).
    The apostrophes inside English words (don't, it's) open nothing: no regex scan for them."""
    if "“" in text or "‘" in text or "「" in text or "『" in text:
        return True
    for q in "'\"":
        i = text.find(q)
        while i > 0 and text[i - 1].isalnum():
            i = text.find(q, i + 1)
        if i >= 0:
            return True
    return False

"""Vietnamese teencode: the spelling young sellers (and sellers dodging a keyword filter) use on
Facebook, Zalo and TikTok, where a syllable-final "ng" is written "g" (hàng -> hàg, sừng -> sừg),
"ph" is "f", "qu" is "w" and a "c" before a vowel is "k" (cao -> kao). A keyword list with the
standard spelling misses "hàg trắg" and "sừg tê giác"; the forms are generated from the lexicon's
own Vietnamese terms (as telex.py does for Telex leftovers), never listed by hand.

Only terms of two syllables or more get a form: one short syllable in teencode is another word
or none (kọp, sừg alone name no product).
"""
from __future__ import annotations

import unicodedata

_VOWELS = frozenset("aeiouy")  # compared with the letter's base: ư is u, ơ is o


def _base(ch: str) -> str:
    return unicodedata.normalize("NFD", ch)[0].lower()


def _syllable(s: str, ng_only: bool) -> str:
    if len(s) > 2 and s.endswith("ng") and _base(s[-3]) in _VOWELS:
        s = s[:-2] + "g"
    if ng_only:
        return s
    if s.startswith("ph"):
        s = "f" + s[2:]
    elif s.startswith("qu") and len(s) > 2:
        s = "w" + s[2:]
    elif s.startswith("c") and len(s) > 1 and s[1] != "h" and _base(s[1]) in _VOWELS:
        s = "k" + s[1:]
    return s


def teencode_forms(text: str) -> list[str]:
    """Teencode spellings of a Vietnamese term: the -ng rule alone, and all rules together; []
    for a one-syllable term or when nothing changes."""
    words = text.split(" ")
    if len(words) < 2:
        return []
    out = []
    for ng_only in (True, False):
        form = " ".join(_syllable(w, ng_only) for w in words)
        if form != text and form not in out:
            out.append(form)
    return out

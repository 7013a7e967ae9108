"""A look-alike matched only because the normaliser writes a doubled letter once is another word (train_en18).

normalize.py writes a repeated Latin letter once (ivoryyy -> ivory, hornbill == hornbil), so a lexicon
variant with a double matches every word that differs from it by that double alone. Where both are
English words the seller wrote the other word: "Carton of 24" is no "cartoon" (a toy look-alike that
cleared a saiga cooling-water listing, en18-0105), "pots" no "potts". A scan of the lexicon finds some
sixty look-alike variants (toy, legal material, conservation...) holding a word whose fold is another English
word. So a benign look-alike hit whose written word is an English word, differs from the variant's word
only by a doubled letter, and whose variant word is an English word too, is dropped. Typos and stretched
spellings are kept: "cartooon" and "spott" are no English words, and a listed misspelling (typos.py forms)
is no English word either; nor is a British/American spelling pair another word (modelling clay written
modeling clay). Only look-alikes are dropped: a product term matched through a fold stays,
since a product's misspelt double (tigger, pangollin) is the seller's spelling of the product.
"""
from __future__ import annotations

import re

from .hit_lists import drop_where
from .hook_gates import needs

_WORD = re.compile(r"[a-z]+")
_DOUBLE = re.compile(r"([a-z])\1+")


def _fold(w: str) -> str:
    return _DOUBLE.sub(r"\1", w)


# British and American spellings of one word: modelling/modeling, labelled/labeled, traveller/traveler
_LL = re.compile(r"ll(?=(?:ing|ed|er|ers|ery)$)")


def _spelling(a: str, b: str) -> bool:
    """a and b are one word spelt the British and the American way (an l doubled before a suffix)."""
    return _LL.sub("l", a) == _LL.sub("l", b)


def _collides(m) -> bool:
    e = m.entry
    if e is None or not m.term.isascii():
        return False
    written = m.term.lower()
    variants = e.variants
    if written in variants or written == e.term.lower():
        return False
    ws = _WORD.findall(written)
    if not ws:
        return False
    folded = [_fold(w) for w in ws]
    for v in variants:
        if not v.isascii():
            continue
        vs = _WORD.findall(v.lower())
        if len(vs) != len(ws) or [_fold(w) for w in vs] != folded:
            continue
        pairs = [(a, b) for a, b in zip(ws, vs) if a != b]
        if not pairs:
            return False
        from .typos import english_words  # loaded only when a written word and a variant differ by a double
        known = english_words()
        return all(a in known and b in known and not _spelling(a, b) for a, b in pairs)
    return False


@needs(hits=("benign_context",))
def drop_folded_words(hits: list, t: str) -> list:
    """`hits` without the look-alikes whose written word is another English word (module doc)."""
    return drop_where(hits, lambda m: m.kind == "benign_context" and _collides(m))

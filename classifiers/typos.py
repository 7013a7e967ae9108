"""English misspellings of product words, generated instead of listed by hand.

Sellers misspell a product word on purpose (a keyword filter looks for the exact word) or by haste:
"elephnt", "pangolni", "hornbil", "ivroy". The forms follow two rules that cover most such typos:
two adjacent letters swapped, and one letter dropped. They are generated for the English words of
six letters or more in a strong product term (shorter words give forms that collide with other
words: "tiger" -> "tier", "tigr"...). Of "ivory" only the forms sellers write are kept (ivroy, ivry,
ivoyr): its other one-edit forms are names or other words (Ivor, vory).

A form that is itself an English word is never generated ("tigers" -> "tiger", "rhinos" ->
"rhino", "turtles" -> "turtle"): the word list is spaCy's English
lemma lookup table (spacy-lookups-data, a dependency already) plus the few words below.
"""
from __future__ import annotations

import re

from .lazy_regex import lazy_compile
from functools import lru_cache

MIN_LEN = 6
# terms of more words are spelled out in full by their shorter variants already ("rhino horn libation
# cup" has "rhino horn"); their typo forms would only grow the automaton
MAX_WORDS = 2
# of "ivory", only the misspellings sellers use; the other one-edit forms are words or names
IVORY_FORMS = ("ivroy", "ivry", "ivoyr")
# words the lookup table lacks (it lists inflected forms and their lemmas, not every word)
_EXTRA_WORDS = frozenset(
    "elepant pango tortoise tortoises hawks hornbills rhinoceroses pangolins elephants".split())
_WORD = lazy_compile(r"[a-z]+")


@lru_cache(maxsize=1)
def en_lemma_table() -> dict[str, str]:
    """spaCy's English lookup lemma table (spacy-lookups-data), read once per lexicon build: the
    word list here and the matcher's inflection table (match_tables.lemma_subset) both come from it."""
    import gzip
    import json

    from spacy_lookups_data import get_file

    with gzip.open(str(get_file("en_lemma_lookup.json.gz")), "rt", encoding="utf-8") as f:
        return json.load(f)


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Ordinary English word forms (about 60,000), lower case."""
    words = {w.lower() for pair in en_lemma_table().items() for w in pair if w.isalpha()}
    return frozenset(words | _EXTRA_WORDS)


def word_typos(word: str) -> list[str]:
    """One-edit misspellings of one English word: adjacent letters swapped, one letter dropped.
    Words shorter than MIN_LEN give none (except 'ivory'); forms that are English words are left out."""
    w = word.lower()
    if w == "ivory":
        return list(IVORY_FORMS)
    if len(w) < MIN_LEN or not w.isalpha() or not w.isascii():
        return []
    forms: list[str] = []
    # the first letter stays: sellers keep it (a word is read by its start), and forms without it
    # (ottos of pottos) are other strings more often than misspellings
    for i in range(1, len(w) - 1):
        if w[i] != w[i + 1]:
            forms.append(w[:i] + w[i + 1] + w[i] + w[i + 2:])
    for i in range(1, len(w)):
        if i and w[i] == w[i - 1]:
            continue  # dropping either letter of a double gives the same form, and the normaliser
            # already collapses doubles (hornbill == hornbil)
        forms.append(w[:i] + w[i + 1:])
    known = english_words()
    return [f for f in dict.fromkeys(forms) if f != w and f not in known]


def typo_variants(term: str) -> list[str]:
    """Misspelled forms of an English term, one word misspelled at a time:
    'elephant tusk' -> ['leephant tusk', ..., 'elephnt tusk', ...]. Non-ASCII terms give none."""
    t = term.lower()
    if not t.isascii() or len(t.split()) > MAX_WORDS:
        return []
    out: list[str] = []
    for m in _WORD.finditer(t):
        for form in word_typos(m.group()):
            out.append(t[:m.start()] + form + t[m.end():])
    return out


# a letter hidden behind a symbol (iv*ry, t*ger b*ne, rh*no h*rn): the reader fills it in, a keyword
# filter does not. Only '*' is generated: the normaliser keeps it inside a word, as it does '#' and '_',
# which sellers use far less (each mask character would add as many forms again).
MASK = "*"
_VOWELS = frozenset("aeiou")


def word_masks(word: str) -> list[str]:
    """A word of four or more letters with one vowel masked (t*ger, tig*r; the last letter stays:
    'tige*' hides nothing). The first letter stays too, as in word_typos: a word is read by its start."""
    w = word.lower()
    if len(w) < 4 or not w.isascii() or not w.isalpha():
        return []
    return [w[:i] + MASK + w[i + 1:] for i in range(1, len(w) - 1) if w[i] in _VOWELS]


def masked_variants(term: str, words: frozenset[str]) -> list[str]:
    """Forms of an English term of one or two words with a letter masked in one word or both:
    'tiger bone' -> ['t*ger bone', ..., 't*ger b*ne', ...]. Only words in `words` (English words and
    the lexicon's English names) are masked: a pinyin or Vietnamese spelling is no word a reader
    fills in."""
    parts = term.lower().split()
    if not term.isascii() or not 1 <= len(parts) <= MAX_WORDS:
        return []
    choices = [[p] + (word_masks(p) if p in words else []) for p in parts]
    out = [" ".join(c) for c in _product(choices)]
    return [f for f in out if MASK in f]


def short_word_typos(term: str) -> list[str]:
    """One-edit misspellings of a five-letter word inside a two-word term (rino horn, tigr bone):
    alone such forms are names or other words (Rino, tier), beside the other word of the term they
    are the product misspelled. Forms that are English words are left out, as in word_typos."""
    parts = term.lower().split()
    if not term.isascii() or len(parts) != 2:
        return []
    known = english_words()
    out: list[str] = []
    for k, p in enumerate(parts):
        if len(p) != MIN_LEN - 1 or not p.isalpha():
            continue
        forms = [p[:i] + p[i + 1] + p[i] + p[i + 2:] for i in range(1, len(p) - 1) if p[i] != p[i + 1]]
        forms += [p[:i] + p[i + 1:] for i in range(1, len(p)) if p[i] != p[i - 1]]
        for f in dict.fromkeys(forms):
            if f != p and f not in known:
                out.append(" ".join(parts[:k] + [f] + parts[k + 1:]))
    return out


def _product(choices: list[list[str]]) -> list[list[str]]:
    out: list[list[str]] = [[]]
    for options in choices:
        out = [o + [c] for o in out for c in options]
    return out

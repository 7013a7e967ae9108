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
_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def en_lemma_table() -> dict[str, str]:
    """spaCy's English lookup lemma table (spacy-lookups-data), read once per lexicon build: the
    word list here and the matcher's inflection table (matcher.lemma_subset) both come from it."""
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

"""A carving's subject is not the goods (issue 12 kind 7 false cancels; q13).

A look-alike word cancels a product only when it says what the item is. Two ways it does not:

- the subject of a carving: "carved koi, lotus and a small buddha", "雕的锦鲤", "khắc hình cá koi" name what
  the carving shows, not a pet for sale (koi, goldfish, parrot are the lexicon's pet look-alikes): a pet
  or toy word right after a carving word, in the same clause, is dropped;
- a seal called a stamp: "hanko stamps", "name stamps", "chop stamps" are personal seals (印章, a
  classic ivory form: domain.md section 3, hanko/inkan), not the postage stamps the media entry means:
  'stamp' after such a word is dropped as media.

Runs on the topical path only, on hits already found (no text is searched unless a carving or stamp
word is among them).
"""
from __future__ import annotations

import re

from .lazy_regex import lazy_compile

# a carving word and up to three short words (or 6 Chinese characters) before the subject, one clause
_CARVED = lazy_compile(r"(?:\bcarved|\bcarving(?:s)? of|\bhand-carved|\bsculpted|雕刻?(?:的|成|了)?|刻(?:的|成)|"
                        r"\bkhắc(?: hình)?|\bchạm(?: hình)?)\s*(?:[a-z'-]+\s+){0,3}$|雕刻?[^\n,，。;；]{0,6}$")
_SUBJECT_CUES = frozenset(("pet", "toy"))
_SEAL_BEFORE = lazy_compile(r"(?:\bhanko|\binkan|\bname|\bseal|\bchop|\bsignature|\bcustom|\bjapanese|\bchinese|\bjitsuin"
                             r"|\bengraved)\s*$")
_STAMP = lazy_compile(r"^stamps?$")


def carved_subjects(hits: list, t: str) -> list:
    """`hits` without the pet/toy words that are a carving's subject and the 'stamp' that is a seal."""
    drop = set()
    for m in hits:
        if m.kind != "benign_context" or m.negated:
            continue
        if m.cue in _SUBJECT_CUES:
            line = t.rfind("\n", 0, m.n_start) + 1
            before = t[max(line, m.n_start - 40):m.n_start]
            if _CARVED.search(before):
                drop.add(id(m))
        elif m.cue == "media" and _STAMP.match(t[m.n_start:m.n_end]):
            if _SEAL_BEFORE.search(t[max(0, m.n_start - 20):m.n_start]):
                drop.add(id(m))
    if not drop:
        return hits
    return [m for m in hits if id(m) not in drop]

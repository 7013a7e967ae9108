"""Vietnamese product names as sellers write them to pass a keyword filter, generated from the
lexicon's own multi-syllable Vietnamese terms (issue 12, writing tricks):

- a digit or symbol for a letter inside a short syllable ("ng@ v0i", "m4t g4u", "sung t3 giac"). The
  normaliser reads a look-alike digit as a letter only inside a Latin word of three letters or more
  (1vory): Vietnamese syllables are mostly shorter, and "A4", "i5", "4G", "m2" must stay as written.
  So the digit is not read anywhere: the term's own leet spellings become keys, and a short word with
  a digit counts only where the whole multi-syllable name it spells is written.
- the syllables spelled one letter at a time ("n g à v o i", "s ừ n g t ê"), which the normaliser
  joins into one run ("ngàvoi"), or written together in a hashtag (#sừngtê): the name written
  without its spaces.

Both are entries of their own (form "leet" / "joined"), of the source entry's category, kind and
weight, so the explanation says which name was spelled so.
"""
from __future__ import annotations

from itertools import product

# the look-alikes sellers type for a letter (the normaliser's LEET table, read backwards)
_LEET_FOR = {"a": ("4", "@"), "o": ("0",), "i": ("1",), "e": ("3",), "s": ("5", "$"), "t": ("7",)}
MAX_WORDS = 3  # a name of more syllables is spelled out in full by its shorter variants already
MIN_LETTERS = 4  # "t3 t3" (tê tê), "t3 tê": too little of the name is left to read it by
MIN_JOINED = 5  # "tete" is a word in other languages; "ngavoi", "sừngtê" are not
MIN_JOINED_UNMARKED = 7  # without its marks a short run is a word or a name elsewhere (sokhi, ngado)
MAX_DIGIT_WORDS = 3


def _base(ch: str) -> str:
    from .normalize import fold_diacritics

    return fold_diacritics(ch)


def _word_options(word: str) -> list[tuple[str, int]]:
    """(spelling, digits used) of one syllable: as written, each letter alone as its look-alike, and
    every such letter as its first look-alike (g1@c is rarer than g1ac, but m4t is all of 'mật')."""
    out = [(word, 0)]
    if len(word) > 3:  # a longer syllable with a digit is read by the normaliser already (g1ac, 7hật)
        return out
    spots = [(i, _LEET_FOR[_base(c)]) for i, c in enumerate(word) if _base(c) in _LEET_FOR]
    for i, subs in spots:
        for s in subs:
            out.append((word[:i] + s + word[i + 1:], 1))
    if len(spots) > 1:
        w = list(word)
        for i, subs in spots:
            w[i] = subs[0]
        out.append(("".join(w), len(spots)))
    return out


def leet_forms(variant: str) -> list[str]:
    """'nga voi' -> ['ng4 voi', 'ng@ voi', 'nga v0i', 'ng4 v0i', ...]: a Vietnamese name of two or
    three syllables with look-alike digits in one syllable or more. A syllable keeps a letter, and
    the name keeps MIN_LETTERS letters and more letters than digits."""
    words = variant.lower().split()
    if not 2 <= len(words) <= MAX_WORDS or not all(w.isalpha() for w in words):
        return []
    out = []
    for combo in product(*(_word_options(w) for w in words)):
        digits = sum(d for _, d in combo)
        if not digits:
            continue
        letters = sum(sum(c.isalpha() for c in w) for w, _ in combo)
        if letters < MIN_LETTERS or digits >= letters or not all(any(c.isalpha() for c in w) for w, _ in combo):
            continue
        if sum(d > 0 for _, d in combo) > MAX_DIGIT_WORDS:
            continue
        # a letter and a digit (m3, c4, t3) is a unit or a model number beside one other word (hàng m3 is
        # goods by the cubic metre): it reads as a syllable only inside a name of three
        if len(words) < 3 and any(d and len(w) == 2 for w, d in combo):
            continue
        out.append(" ".join(w for w, _ in combo))
    return out


def joined_form(variant: str) -> str | None:
    """'ngà voi' -> 'ngàvoi': a name of two or three syllables written without its spaces."""
    words = variant.lower().split()
    if not 2 <= len(words) <= MAX_WORDS or not all(w.isalpha() for w in words):
        return None
    joined = "".join(words)
    return joined if len(joined) >= (MIN_JOINED_UNMARKED if joined.isascii() else MIN_JOINED) else None


def add_vi_written_forms(entries: list, known: set[str], is_vi) -> None:
    """Append the leet and joined forms of the strong Vietnamese product names (weight >= 0.6) as
    entries of their own. `known`: normalised keys the lexicon has already (never taken again);
    `is_vi(entry, variant)`: a Vietnamese variant. An ASCII variant counts as Vietnamese when a
    marked variant of the same entry folds to it (nga voi of ngà voi)."""
    from dataclasses import replace

    from .lexicon import PRODUCT_KINDS
    from .normalize import fold_diacritics, normalize
    from .typos import english_words

    words = english_words()
    sources = [e for e in entries if e.kind in PRODUCT_KINDS and e.weight >= 0.6 and e.form is None
               and e.category != "none" and not e.needs_epithet]
    taken = set(known)
    for e in sources:
        marked = [v for v in e.variants if is_vi(e, v)]
        if not marked:
            continue
        folded = {fold_diacritics(v).lower() for v in marked}
        vi = list(dict.fromkeys(marked + [v for v in e.variants if v.isascii() and v.lower() in folded]))
        for form, make in (("leet", leet_forms), ("joined", lambda v: [j] if (j := joined_form(v)) else [])):
            forms = []
            for v in vi:
                for f in make(v):
                    k = normalize(f).text.strip()
                    if form == "leet" and k != f:
                        continue  # the normaliser reads it as something else (c@o -> co, as it joins t.ê)
                    if k in taken or (form == "joined" and (f in words or fold_diacritics(f) in words)):
                        continue
                    taken.add(k)
                    forms.append(f)
            if forms:
                entries.append(replace(e, id=len(entries), term=forms[0], cue=None, lang="vi",
                                       source=f"generated: {e.term} written {'with digits for letters' if form == 'leet' else 'without spaces'}",
                                       variants=tuple(forms), form=form))

"""Malay/Indonesian and Tagalog negators inside Southeast Asian English listings (issue 12: negation;
the en7 set's Malaysian, Indonesian and Filipino sellers: "real tiger claw, bukan resin", "Rhino horn?
Hindi po - carabao horn").

The compiled matcher knows the negators of Chinese, English and Vietnamese. Sellers in Malaysia,
Indonesia, Brunei and the Philippines write English mixed with their own "not": Malay/Indonesian
bukan (not, before a noun), tidak/tak (not), tiada/takde (there is none); Tagalog hindi (not), with its
polite particle po and a linker (hindi po, hindi ito, hindi ito ay, hindi tunay na), and walang (there
is no). A term right after one of them, in its clause, is denied as it would be after "not": a product
denied, or a legal material or replica denied (a wink, as "not resin"). A product asked about and
answered with one of them ("Rhino horn? Hindi po", "Gading? Bukan") is denied too (match_rules'
answered-no rule, with these words).

Only whole words count, and only right before the term (a particle or linker between): "Tak Sing" or
"Hindi songs" deny nothing. Runs in match_rules.after_rules for topical listings: a few substring
tests of the 28 characters before each product or look-alike material decide (a regex search of the
whole text cost ~30 µs a listing).
"""
from __future__ import annotations

import re

from .hook_gates import needs
from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS

# a negator, then its particles and linkers, right before the term (normalised text: lower case)
_BEFORE = lazy_compile(
    r"(?<![^\W\d_])(?:bukan|bukannya|tidak|tak|tiada|takde|hindi|walang)"
    r"(?: (?:po|ito|iyan|yan|ang|ng|na|ini|itu|ada|ada lagi|pakai|guna|mengandung|mengandungi|tunay na|totoong))*"
    r" ?(?:tunay na |totoong )?$")
_CUES = ("legal_material", "replica")
_BACK = 28  # characters back from the term, within its clause
_CLAUSE = lazy_compile(r"[,，。;；.!?！？\n:：()（）]")
# answered with a negator ("Rhino horn? Hindi po", "Gading? Bukan."): used by match_rules
ANSWERS = "hindi po|hindi|bukan|tidak|tak"


@needs(words=("tak", "bukan", "hindi", "tidak", "walang", "tiada"))  # hook_gates: nothing to do without its first line's negators
def negate_sea(hits: list, t: str) -> None:
    """Mark negated the product terms and look-alike materials right after a Malay/Indonesian or
    Tagalog negator. `hits`: the text's RawMatches; `t`: the normalised text."""
    # every test below is of a slice of `t`: a text holding none of the negators (most: Chinese,
    # Vietnamese, English) is done with six substring scans, not a slice and six scans per hit
    if not ("tak" in t or "bukan" in t or "hindi" in t or "tidak" in t or "walang" in t or "tiada" in t):
        return
    for m in hits:
        if m.negated or not (m.kind in PRODUCT_KINDS or (m.kind == "benign_context" and m.cue in _CUES)):
            continue
        before = t[max(0, m.n_start - _BACK):m.n_start]
        if not ("tak" in before or "bukan" in before or "hindi" in before or "tidak" in before
                or "walang" in before or "tiada" in before):  # the common case: a few short scans
            continue
        cut = [x.end() for x in _CLAUSE.finditer(before)]
        if cut:
            before = before[cut[-1]:]
        if _BEFORE.search(before):
            m.negated = True

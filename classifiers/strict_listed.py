"""Live animals whose papers a reviewer checks, whatever they are (issue 12 kind 6): CITES App I species
(Asian arowana, Siamese crocodile, macaws of Ara, slow lorises: commercial trade only from registered
breeding operations, CITES Art. VII.4) and every primate (the taxonomy lexicon lists the whole order:
all App II or I, and China class I/II, Viet Nam group IB/IIB). A papered App II pet is a pet sale
(feature_kinds._papered); these stay in review with their papers (legal_regime.paper_unchecked).

An App I animal with a CITES permit named is the exception (cites_permit_answers: Art. VII.4).
App I and the order come from the matched entry (taxonomy.yaml's `cites` and `taxon`); primate names
filed without a taxon (live_animals.yaml's 猕猴 group, vietnamese.yaml's khỉ đuôi lợn) by their head
word, the one the taxonomy's Primates entries use for "any monkey" (猴子/khỉ/monkey) and its kin.
"""
from __future__ import annotations

from .normalize import fold_diacritics

# head words of primate names, as the taxonomy's Primates common names write them (folded, lowercase):
# Vietnamese puts the head first (khỉ đuôi lợn, vượn đen), English and Chinese last (pet monkey, 猕猴)
_HEADS_VI = ("khi", "vuon", "vooc", "culi", "cu li", "cu ly", "culy", "cha va", "duoi uoi", "tinh tinh")
_HEADS_EN = ("monkey", "monkeys", "macaque", "macaques", "lemur", "lemurs", "loris", "lorises", "gibbon",
             "gibbons", "marmoset", "marmosets", "tamarin", "tamarins", "capuchin", "primate", "primates")
_HEADS_ZH = ("猴", "猿", "马骝", "馬騮")


_SEEN: dict[str, bool] = {}  # matched terms repeat: answered once (bounded)


def is_primate_name(term: str) -> bool:
    got = _SEEN.get(term)
    if got is None:
        got = _primate_name(term)
        if len(_SEEN) < 4096:
            _SEEN[term] = got
    return got


def _primate_name(term: str) -> bool:
    t = fold_diacritics(term.lower())
    if any(c in t for c in _HEADS_ZH):
        return True
    words = t.replace("-", " ").split()
    return bool(words) and (words[-1] in _HEADS_EN or any(t == h or t.startswith(h + " ") for h in _HEADS_VI))


def strict_listed(m) -> bool:
    """A live-animal hit of an App I species or a primate."""
    e = m.entry
    if e is None or m.category != "live_animal":
        return False
    return e.cites == "I" or is_primate(m)


def is_primate(m) -> bool:
    return (m.entry.taxon or "").startswith("Primates") or is_primate_name(m.term)


def cites_permit_answers(m, papers: list) -> bool:
    """An App I animal (not a primate) with a CITES permit or certificate named: bred in a registered
    operation, it is traded as App II is (CITES Art. VII.4: a captive-bred arowana with its chip and
    CITES papers); a chip, a farm paper or 'kèm giấy' alone is no such permit, the reviewer asks."""
    return not is_primate(m) and any(w in p.term.lower() for p in papers for w in _PERMIT_WORDS)


# a CITES permit as written (the lexicon's 'giấy cites' entry also holds 'có chip': the term, not the canonical)
_PERMIT_WORDS = ("cites", "进出口证明", "進出口證明")

"""Bear parts the house rule labels illegal, not suspicious (tests/data/README.md, first section: "Bear
bile: licensed drugs with an approval number are benign. Farm-claimed products without a licence are
suspicious. Whole wild gall bladders, 'wild' bile and paws are illegal").

Two kinds, each read on the hit and the words beside it in the normalised text:
- a paw (熊掌, bear paw, tay gấu, bàn chân gấu): no farm sells paws; a paw is a killed bear. A claw
  (móng tay gấu, bear claw) is not a paw: claws go by the learned label.
- a whole gall bladder said to be wild (野生整胆, mật gấu rừng nguyên túi, whole wild gall bladder): the
  wild word and the whole word both within the hit's own stretch of text. Farm bile is drawn, never
  sold whole; a wild word alone on a powder or a bottle is a seller's boast a reviewer weighs.

What leaves the learned label: a legal channel or a paper claimed (approval number, farm licence,
captive-bred: legal_regime's review), any benign context (a carving, a toy, a brand, a medicine), a
farm product named (mật gấu nuôi, 养殖), a post about the trade or an owner's question.

Runs in features.extract, only when a bear product matched (cat_bear); reads the listing's own title and
description at the hit's original offsets (the normalised text may be a list's focus, lot_lists.py).
"""
from __future__ import annotations

from .hook_gates import AnyWord
from .normalize import fold_diacritics

# a paw, as the hit's term is written (folded, lowercase); a claw or nail before it is no paw
_PAW = ("熊掌", "雄掌", "熊璋", "熊前掌", "熊后掌", "bear paw", "tay gau", "chan gau")
_CLAW_BEFORE = ("mong ", "móng ", "claw", "爪")
# the gall or bile itself (a paw, claw, skin or cub is not)
_GALL = ("胆", "膽", "gall", "bile", "mat gau", "mat 🐻", "hempedu", "empedu")
_WILD = ("wild", "野生", "野的", "纯野", "純野", "山里打", "山裡打", "rung", "hoang da", "forest bear", "from the forest")
_WHOLE = ("whole", "整个", "整個", "整只", "整隻", "整胆", "整膽", "原只", "原隻", "一整", "nguyen tui", "nguyen cai", "ca tui")
# a farm product named, not denied: the house rule's 'farm-claimed' kind (suspicious)
_FARM_CANON = ("mật gấu nuôi",)
_NEAR = 40  # characters read either side of the hit, within its line
_PRODUCT_KINDS = ("name", "code_word", "product_form")


def wild_bear_part(f: dict, why: dict, matches: list, listing) -> None:
    """Sets f["wild_bear_part"] (model.decide labels a flagged listing illegal) when a bear paw, or a
    whole gall bladder said to be wild, is named and nothing in the listing claims a legal source."""
    if f.get("paper_unchecked") or f.get("talk_about") or f.get("held_question"):
        return
    for k in f:
        if k.startswith(("legal_", "benign_")) and f[k]:
            return
    live = [m for m in matches if m.category == "bear" and m.kind in _PRODUCT_KINDS and m.suppressed_by is None
            and not m.negated and not (m.given or m.remote)]
    if not live or any(m.canonical in _FARM_CANON for m in live):
        return
    texts = {k: fold_diacritics(str(listing.get(k) or "").lower()) for k in ("title", "description")}
    hits = [m for m in live if m.field in texts and (_paw(m, texts[m.field]) or _wild_whole(m, texts[m.field]))]
    if hits:
        f["wild_bear_part"] = 1.0
        why["wild_bear_part"] = hits[:2]


def _paw(m, low: str) -> bool:
    term = fold_diacritics(m.term.lower())
    if not _ANY_PAW(term):
        return False
    before = low[max(0, m.start - 6):m.start]
    return not any(c in before or c in term for c in _CLAW_BEFORE)


def _wild_whole(m, low: str) -> bool:
    if not any(g in fold_diacritics(m.term.lower()) or g in m.canonical.lower() for g in _GALL):
        return False
    lo = max(0, m.start - _NEAR, low.rfind("\n", 0, m.start) + 1)
    nl = low.find("\n", m.end)
    hi = min(len(low), m.end + _NEAR, nl if nl >= 0 else len(low))
    near = low[lo:hi]
    return any(w in near for w in _WILD) and any(w in near for w in _WHOLE)


# sp25 (issue 13): each `any(w in text for w in WORDS)` above in one automaton pass (hook_gates.AnyWord)
_ANY_PAW = AnyWord(_PAW)

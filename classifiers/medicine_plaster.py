"""A medicated plaster, not plaster the replica material (q28, issue 12, train_en13 left for code).

'Plaster' is a medicine form in English TCM and pharmacy listings: a pain-relief patch (膏药, 贴膏,
'tiger bone plaster', 'rheumatism pain relief plaster', 'medicated plaster', 'capsicum plaster')
[S: tiger_leopard.yaml 虎骨膏药 entry; UNODC_BIGCATS 'tiger bone plaster']. The lexicon's replica
entry (人造毛: faux fur, foam, clay, plaster) reads it as the material of a cast or a prop, a benign
context that cleared a 'tiger bone' patch. A plaster with pain, patch or medicine words around it is
the patch. When the listing names the patch's own actives (camphor, menthol, methyl salicylate,
capsicum, borneol: 'Tiger Bone Plaster ... with camphor, menthol, capsicum') and claims no animal part as
an ingredient, the old formula's name is the patch's name: the hit is read as a medicine context (cue
medicine) instead. Otherwise ('contains tiger bone essence', or no actives named) its replica reading is
dropped and the product named on it is read as written.

What stays out: plaster as a material ('plaster cast of a tiger skull', 'plaster of Paris', 'plaster
statue', 'painted plaster bust') even beside a medicine word; a plaster with no medicine word near it.
Called from match_rules.after_rules for a replica hit written 'plaster(s)' only (plaster_reading).
"""
from __future__ import annotations

import re

from .lazy_regex import lazy_compile

# medicine words near the plaster (normalised text: doubled letters squeezed, 'muscle' stays)
_MEDICINE = lazy_compile(r"patch|\bpains?\b|painful|painkiller|relief|rheumat|arthrit|\bjoints\b|for (?:the )?joint|joint (?:pain|care|ache)|muscle|medicated|analgesic|sprain|backache|"
                          r"lumbago|bruise|膏药|膏藥|贴膏|貼膏|止痛|风湿|風濕|capsicum|herbal|\baches?\b")
# the material, right after the word: a cast, a figure, a mould
_MATERIAL_AFTER = lazy_compile(r"s? (?:cast|of paris|statue|figure|figurine|bust|mold|mould|model|replica|skul|"
                                r"sculpture|carving|head|mask|wal|ornament)\b")
_WINDOW = 60
# a medicated plaster's actives as labels list them
_ACTIVES = lazy_compile(r"camphor|menthol|methyl salicylate|salicylate|capsicum|capsaicin|borneol|eucalyptus|"
                         r"wintergreen|樟脑|樟腦|薄荷脑|薄荷腦|冰片|水杨酸甲酯|水楊酸甲酯|辣椒")
# a product word claimed as an ingredient: 'contains tiger bone', 'tiger bone essence', 含虎骨
_CLAIM_BEFORE = lazy_compile(r"(?:contains?|containing|made (?:with|from)|with real|with genuine|含有?|加入)\s?(?:real |genuine |pure )?$")
_CLAIM_AFTER = lazy_compile(r"\s?(?:essence|extract|powder|精华|成分|粉)")
_PRODUCTS = ("name", "product_form", "code_word")


def is_medicine_plaster(t: str, m) -> bool:
    """The replica hit m, written 'plaster' or 'plasters', is a medicated patch: a medicine word
    within ~60 characters and no material noun right after it. t: the normalised text."""
    word = t[m.n_start:m.n_end]
    if word not in ("plaster", "plasters"):
        return False
    if _MATERIAL_AFTER.match(t, m.n_end):
        return False
    return bool(_MEDICINE.search(t, max(0, m.n_start - _WINDOW), m.n_end + _WINDOW))


def plaster_reading(t: str, m, hits: list) -> str | None:
    """How to read the replica hit m: None (plaster the material, as matched), "medicine" (a patch whose
    actives are named and that claims no animal part) or "drop" (a patch: no look-alike)."""
    if not is_medicine_plaster(t, m):
        return None
    if _ACTIVES.search(t) is None:
        return "drop"
    for h in hits:
        if h.kind in _PRODUCTS and not h.negated and h.suppressed_by is None and (
                _CLAIM_BEFORE.search(t, max(0, h.n_start - 24), h.n_start) or _CLAIM_AFTER.match(t, h.n_end)):
            return "drop"
    return "medicine"

"""A food word that names a bone product's form (issue 12, kind: a product + a food/medicine form word).

Tiger bone is boiled down into a glue sold in blocks, the "cake" (domain.md: tiger bone glue/cake, WJC /
PanNature; 虎骨膏, cao hổ). "tiger bone cake", "lion bone cake": the lexicon's food look-alike word (cake,
listed for 虎皮蛋糕 and bear-paw biscuits) right after a bone product names what the bone was made into,
not a food: that food hit is dropped (and, once such a product is named, the food hit after a bare
"bone" too: "Bone cake from big cat"). Only right after the product term and only for a bone part: a
tiger-skin cake (虎皮蛋糕) or a cake shaped like a dog bone keeps its food reading.
"""
from __future__ import annotations

import re

from .hook_gates import needs
from .lazy_regex import lazy_compile

_BONE_END = ("bone", "bones", "骨", "xương", "xuong")
# the food word as written right after the product (one space at most): cake, cakes, bánh (cao bánh)
_FORM_WORD = lazy_compile(r" ?(?:cakes?|bánh|banh|饼|块)(?![a-zà-ỹ])")
_PRODUCT_KINDS = ("name", "code_word", "product_form")


@needs(hits=(("benign_context", "food"),))  # hook_gates: nothing to do without a food look-alike
def drop_bone_food(hits: list, t: str) -> list:
    """`hits` without the food hits that name a bone product's form (see module doc)."""
    food = [m for m in hits if m.kind == "benign_context" and m.cue == "food"]
    if not food:
        return hits
    products = [m for m in hits if m.kind in _PRODUCT_KINDS and m.suppressed_by is None and not m.negated
                and t[m.n_start:m.n_end].endswith(_BONE_END)]
    if not products:
        return hits
    # once a bone product is named, the bare "bone cake" further on is the same cake (the bare word is
    # read as a legal material otherwise)
    bare = [m for m in hits if m.kind == "benign_context" and m.cue == "legal_material" and not m.negated
            and t[m.n_start:m.n_end] in _BONE_END]
    gone = []
    for m in products + bare:
        w = _FORM_WORD.match(t, m.n_end)
        if w:
            gone += [id(f) for f in food if m.n_end <= f.n_start and f.n_end <= w.end()]
    return [m for m in hits if id(m) not in gone] if gone else hits

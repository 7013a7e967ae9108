"""A food word that names a bone product's form (issue 12, kind: a product + a food/medicine form word).

Tiger bone is boiled down into a glue sold in blocks, the "cake" (domain.md: tiger bone glue/cake, WJC /
PanNature; 虎骨膏, cao hổ). "tiger bone cake", "lion bone cake": the lexicon's food look-alike word (cake,
listed for 虎皮蛋糕 and bear-paw biscuits) right after a bone product names what the bone was made into,
not a food: that food hit is dropped (and, once such a product is named, the food hit after a bare
"bone" too: "Bone cake from big cat"). Only right after the product term and only for a bone part: a
tiger-skin cake (虎皮蛋糕) or a cake shaped like a dog bone keeps its food reading.

q49 (train_en16 0036: "tiger cake" over "Tiger bone cake/glue"): the glue made of the bone is sold in
cakes too (虎骨胶 cake, tiger glue cake), and a generic food word (cake, 饼干: a food look-alike of no
species) anywhere in the text that is one of the words of a named product's own phrase (tiger bone cake,
T-bone glue cake, or a glue or bone product with its form word after it) is that product said again,
not a food the listing sells: it is dropped too. Only for a product that names more than an animal
(weight 0.5 or more) and is not denied; a food look-alike of a species (花胶 beside 大花胶) stays for
the engine to weigh; a marble "tiger cake", tiger bread, tiger prawn cakes or a 老虎蛋糕 birthday cake
name no such product and keep their food reading.
"""
from __future__ import annotations

import re

from .hook_gates import needs
from .lazy_regex import lazy_compile

_BONE_END = ("bone", "bones", "骨", "xương", "xuong")
_GLUE_END = ("glue", "gelatin", "胶", "膠")  # q49: the glue boiled from the bone, in cakes too
# the food word as written right after the product (one space at most): cake, cakes, bánh (cao bánh)
_FORM_WORD = lazy_compile(r" ?(?:cakes?|bánh|banh|饼|块)(?![a-zà-ỹ])")
_PRODUCT_KINDS = ("name", "code_word", "product_form")


@needs(hits=(("benign_context", "food"),))  # hook_gates: nothing to do without a food look-alike
def drop_bone_food(hits: list, t: str) -> list:
    """`hits` without the food hits that name a bone product's form (see module doc)."""
    food = [m for m in hits if m.kind == "benign_context" and m.cue == "food"]
    if not food:
        return hits
    named = [m for m in hits if m.kind in _PRODUCT_KINDS and m.suppressed_by is None and not m.negated]
    products = [m for m in named if t[m.n_start:m.n_end].endswith(_BONE_END + _GLUE_END)]
    if not named:
        return hits
    # once a bone product is named, the bare "bone cake" further on is the same cake (the bare word is
    # read as a legal material otherwise)
    bare = [m for m in hits if m.kind == "benign_context" and m.cue == "legal_material" and not m.negated
            and t[m.n_start:m.n_end] in _BONE_END] if products else []
    gone = []
    phrases = [t[m.n_start:m.n_end] for m in named if m.weight >= 0.5]  # q49: the products' own phrases
    for m in products + bare:
        w = _FORM_WORD.match(t, m.n_end)
        if w:
            gone += [id(f) for f in food if m.n_end <= f.n_start and f.n_end <= w.end()]
            if m.weight >= 0.5 and m.kind in _PRODUCT_KINDS:
                phrases.append(t[m.n_start:w.end()])  # 虎骨胶 cake: the glue with its form word
    if phrases:  # q49: a generic food word that is one of a named product's words (module doc)
        gone += [id(f) for f in food if f.category == "none" and id(f) not in gone
                 and any(_word_in(t[f.n_start:f.n_end].strip(), p) for p in phrases)]
    return [m for m in hits if id(m) not in gone] if gone else hits


def _word_in(word: str, phrase: str) -> bool:
    """Whether `word` is one of the words of a longer `phrase` (a Chinese word: inside it; a Latin one:
    whole, or with a plural -s or -es after it: cake in tiger bone cakes)."""
    if not word or len(word) >= len(phrase):
        return False
    cjk = "\u3400" <= word[0] <= "\u9fff"
    i = phrase.find(word)
    while i >= 0:
        if cjk:
            return True
        b = i + len(word)
        if i == 0 or not phrase[i - 1].isalpha():
            for tail in ("", "s", "es"):
                e = b + len(tail)
                if phrase[b:e] == tail and (e == len(phrase) or not phrase[e].isalpha()):
                    return True
        i = phrase.find(word, i + 1)
    return False

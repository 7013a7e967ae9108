"""A bare 'bone' that is the part word of a code-named bone product (q40, en14: 'Bone glue / cake for
joints ... boiled from the king of the forest', 'Bone wine with the stripe king').

The lexicon reads a bare "bone" as a legal material (ox bone, camel bone: the carver's look-alike of
ivory). Right before a product form of the bone trade (glue, wine, liquor, tonic, paste, jelly, cake,
powder, pills, plaster) and in a text that names a big cat or a bear by a code word or name, it says
what the named animal's bone was made into (tiger bone glue / wine: domain.md), not which legal
material a carving is: that legal-material hit is dropped. Once such a glue is named, the food word
cake in the text is the glue's cake (bone_food_forms reads "bone cake" the same way).

When the product form itself is named (tiger glue, cao hổ = 虎骨胶; tiger bone wine), a bare bone anywhere
in the text is that product's bone too (q48, en15-0085: 'tiger glue block 100g, bone from a whole animal
boiled 3 days').

What stays out: bone broth, bone china, bone glue for woodworking and any bone product with no such
animal named (nothing to be the part of); an animal denied or covered (a brand, a toy) names nothing.
"""
from __future__ import annotations

from .hook_gates import needs
from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS

# animals whose bone the trade boils or steeps (tiger bone glue and wine, leopard and lion bone, bear bone)
_BONE_ANIMALS = ("tiger", "leopard", "bear")
_BARE = ("bone", "bones")
# the product form right after the bare bone word (one space, a hyphen or none)
_FORM_AFTER = lazy_compile(r"[ -]?(glue|wine|liquor|spirits?|tonic|paste|jelly|gelatine?|cakes?|powder|pills?|plaster|balm)"
                           r"(?![a-z])")
_GLUE_FORMS = ("glue", "jelly", "gelatin", "cake", "paste")
_CAKE = ("cake", "cakes")


@needs(hits=(("benign_context", "legal_material"),))  # hook_gates: nothing to do without a legal material
def drop_part_bone(hits: list, t: str) -> list:
    """`hits` without the bare-bone legal materials that are a named animal's bone product (module doc),
    and, when that product is the glue, without the food hits of its cake."""
    bare = [m for m in hits if m.kind == "benign_context" and m.cue == "legal_material" and not m.negated
            and t[m.n_start:m.n_end] in _BARE]
    if not bare:
        return hits
    if not any(m.kind in PRODUCT_KINDS and m.category in _BONE_ANIMALS and m.suppressed_by is None and not m.negated
               for m in hits):
        return hits
    gone = set()
    glue = False
    # the bone product itself named (tiger glue = 虎骨胶, cao hổ, tiger bone wine): every bare bone
    # of the text is that product's bone ('tiger glue block, bone from a whole animal boiled 3 days')
    named = any(m.kind == "product_form" and m.category in _BONE_ANIMALS and "骨" in m.canonical
                and m.suppressed_by is None and not m.negated for m in hits)
    for m in bare:
        w = _FORM_AFTER.match(t, m.n_end)
        if named and not w:
            gone.add(id(m))
        elif w:
            gone.add(id(m))
            glue = glue or w.group(1).startswith(_GLUE_FORMS)
    if not gone:
        return hits
    if glue:
        gone.update(id(m) for m in hits if m.kind == "benign_context" and m.cue == "food" and t[m.n_start:m.n_end] in _CAKE)
    return [m for m in hits if id(m) not in gone]

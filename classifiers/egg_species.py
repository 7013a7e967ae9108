"""A species named with its eggs keeps its strength (q48, live2-0134: 'Trứng vẹt xám có phôi').

The generic parrot-egg entry (鹦鹉蛋: trứng vẹt, parrot eggs; label_hint suspicious) is a qualifier in
front of the words it starts: the matcher lets a hinted term that begins before a product term and
ends inside it cover that term (猛犸象牙 + 象牙吊坠 is mammoth). An egg word is no such qualifier: the
eggs are the animal (WPL Art. 2 and CITES count eggs as specimens), so the species named after
'trứng vẹt' (vẹt xám = the African grey, App I) is the species whose eggs are sold, and keeps its own
weight beside the egg entry.

What stays out: a species covered by anything other than an egg entry (a look-alike, a brand, another
qualifier) stays covered; the egg entry alone (trứng vẹt, no species) is unchanged.
"""
from __future__ import annotations

from .hook_gates import needs
from .lexicon import PRODUCT_KINDS

# the egg entries' canonical names end with 蛋 (鹦鹉蛋, 海龟蛋, 龟蛋)
_EGG = "蛋"


@needs(words=("蛋", "trứng", "egg"))  # hook_gates: an egg entry has one of these words
def uncover_egg_species(hits: list) -> None:
    """Species hits covered only by an egg entry that starts before them are uncovered (module doc)."""
    eggs = [b for b in hits if b.kind in PRODUCT_KINDS and b.canonical.endswith(_EGG) and not b.negated
            and b.suppressed_by is None]
    if not eggs:
        return
    for m in hits:
        if m.suppressed_by is None or not m.suppressed_by.endswith(_EGG) or m.kind not in PRODUCT_KINDS:
            continue
        if any(b.canonical == m.suppressed_by and b.category == m.category
               and b.n_start < m.n_start < b.n_end <= m.n_end for b in eggs):
            m.suppressed_by = None

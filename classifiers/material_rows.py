"""The material row of an attribute table says what the item is made of (issue 12, q25: train_zh11 0016,
"仿古 象 牙 色 印章" over "材质：象 牙（老料） 产地：非洲").

Shop and marketplace listings carry attribute tables (品名：/材质：/规格：/产地：, Material:/Origin:,
Chất liệu:/Xuất xứ:). When the material row names a product outright (材质：象牙, Material: ivory,
Chất liệu: ngà voi), a colour or replica word elsewhere in the listing (象牙色 in the title, 仿古, "not
ivory-coloured resin") describes the look or the style, not the material the row declares: those
look-alikes are `remote` (features leave them out), as a look-alike about another item is. A look-alike
inside the row itself ("材质：仿象牙树脂", "Material: ivory-colour resin") is the row's own declaration
and stays; so does any look-alike when the row names no product (材质：树脂, Material: bone). A product word
a colour or a style/replica word made remote so covered (仿古 right before it) (象 牙 in 象 牙 色) is named again: the colour that names the product names
the material (as feature_kinds._colour_named reads 象牙白 beside a denied cover).

Runs in match_rules.after_rules; reads the text only when it holds a colon and a material-row label.
"""
from __future__ import annotations

import re

from .hook_gates import needs
from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS

_LABELS = ("材质", "材料", "材 质", "material", "chất liệu", "chat lieu")
_ROW = lazy_compile(r"(?:材质|材料|材 质|(?<![a-z])materials?|chất liệu|chat lieu) ?[:：] ?")
_COVERS = ("colour", "replica")


@needs(words=_LABELS)  # hook_gates: nothing to do without a material-row label
def material_row_products(hits: list, t: str) -> None:
    """Mark `remote` the colour and replica look-alikes outside an attribute table's material row
    that names a product (not covered, not denied) in the normalised text t."""
    if ":" not in t or not any(w in t for w in _LABELS):  # a row needs its colon (normalised ：)
        return
    rows = []
    for r in _ROW.finditer(t):
        end = t.find("\n", r.end())
        rows.append((r.end(), len(t) if end < 0 else end))
    if not rows:
        return
    declared = [m for m in hits if m.kind in PRODUCT_KINDS and m.suppressed_by is None and not m.negated
                and any(a <= m.n_start < b for a, b in rows)]
    if not declared:
        return
    named = [(a, b) for a, b in rows if any(a <= m.n_start < b for m in declared)]
    colours = None
    for m in hits:
        if m.kind == "benign_context" and m.cue in _COVERS and not m.negated and not any(
                a - 8 <= m.n_start < b for a, b in named):
            m.remote = True
            colours = [m] if colours is None else colours + [m]
    if colours:  # 象牙色 / 仿古 over 材质：象牙: the colour names the material, the style word a style
        _colours_name_material(hits, colours, declared)
        for m in hits:
            if m.kind in PRODUCT_KINDS and m.suppressed_by is not None and any(
                    c.canonical == m.suppressed_by and (c.n_start <= m.n_start and m.n_end <= c.n_end
                                                        or (m.replica and c.n_end == m.n_start)) for c in colours):
                m.suppressed_by = None
                m.replica = False


def _colours_name_material(hits: list, colours: list, declared: list) -> None:
    """A colour word of the row's product's own group that holds no product hit (象牙色 whole, where the
    lexicon keeps only the longer colour) names the declared material: it becomes that product's name."""
    for c in colours:
        if c.cue != "colour":
            continue
        row = next((m for m in declared if m.category == c.category), None)
        if row is None or any(m.kind in PRODUCT_KINDS and m.field == c.field and c.n_start <= m.n_start < c.n_end
                              for m in hits):
            continue
        c.kind, c.cue, c.remote, c.entry, c.canonical = row.kind, None, False, row.entry, row.canonical
        c.weight = row.weight

"""A legal material inlaid with the product is the piece's other material, not its cover (vi15:
train_vi15-0024 "dĩa ngà voi khảm xà cừ ... dĩa gỗ khảm xà cừ và ngà voi", an ivory plate inlaid with
mother of pearl).

Antique furniture, plates, boxes and canes join materials by inlay: a body of one (gỗ gụ, rosewood, 红木)
inlaid with another (xà cừ, ngà, mother of pearl, ivory, 螺钿, 象牙), often several at once. Where the legal
material is the body or a second inlay and the product is the other side of the inlay, read as what the
piece is made of it cleared the ivory named beside it as a declared legal material. Here a legal material
and a product term in one clause, at most _GAP characters apart, with an inlay word (khảm, cẩn, inlaid,
inlay, 镶, 嵌) between them or inside the material's own term (khảm xà cừ), or a bare conjunction between
them under an inlay word just before (khảm xà cừ và ngà), lose the legal material.

Stay out: a legal material inlaid alone (tranh khảm xà cừ), a product denied or covered (khảm xà cừ, không
phải ngà; màu ngà), a replica named anywhere in the text (khảm xà cừ và nhựa giả ngà: the declared
imitation keeps its whole context), words of two sentences. Runs in match_rules.after_rules, beside
container_materials.
"""
from __future__ import annotations

from .hit_lists import drop_where
from .hook_gates import needs
from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS

_INLAY_WORDS = ("khảm", "kham", "cẩn", "inlai", "inlay", "镶", "嵌")
_INLAY = lazy_compile(r"(?:khảm|kham|cẩn|(?<![a-z])inlaid|(?<![a-z])inlays?|镶|嵌)")
# a bare conjunction between the two materials (nothing else: "xà cừ, không phải ngà" is a denial)
_JOIN = lazy_compile(r"\s?(?:,|&|\+|、|和|与|及|(?:và|va|and|with)(?![a-zà-ỹ]))\s?")
_BREAK = lazy_compile(r"[.!?。！？\n;；]")
_GAP = 40  # characters between the material and the product
_REACH = 24  # characters back from a joined pair for the inlay word


@needs(words=_INLAY_WORDS)  # hook_gates: nothing to do without an inlay word
def drop_inlaid_materials(hits: list, t: str) -> list:
    """`hits` without the legal materials inlaid with a product term (module doc)."""
    if any(m.kind == "benign_context" and m.cue == "replica" for m in hits):
        return hits
    products = [m for m in hits if m.kind in PRODUCT_KINDS and not m.negated and m.suppressed_by is None]
    if not products:
        return hits

    def inlaid_with_product(m) -> bool:
        if m.kind != "benign_context" or m.cue != "legal_material":
            return False
        own = _INLAY.search(t, m.n_start, m.n_end) is not None  # khảm xà cừ: the inlay word is the term's
        for p in products:
            if p.n_start >= m.n_end:
                first, gap = m, t[m.n_end:p.n_start]
            elif m.n_start >= p.n_end:
                first, gap = p, t[p.n_end:m.n_start]
            else:
                continue
            if len(gap) > _GAP or _BREAK.search(gap):
                continue
            if own or _INLAY.search(gap):
                return True
            if _JOIN.fullmatch(gap) and _INLAY.search(t, max(0, first.n_start - _REACH), first.n_start):
                return True
        return False

    return drop_where(hits, inlaid_with_product)

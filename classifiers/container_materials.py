"""A material that names the item's case, not the item (issue 12, false clears).

"穿山甲标本 玻璃罩", "pangolin taxidermy under a glass dome", "tủ kính trưng bày": glass, acrylic or crystal
right before a container noun (罩, 柜, case, dome, display box) or, in Vietnamese word order, right
after one (hộp kính, tủ kính, lồng kính) is what the specimen is kept in. Read as the item's material
it would clear the listing as a glass ornament; it says nothing of what is inside, so the hit is dropped.
The same holds for glass eyes (玻璃眼; not Vietnamese mắt kính, a spectacle lens): a taxidermy mount's or
a doll's eyes are a part set into the item, never what the item is made of.
"""
from __future__ import annotations

import re

from .hit_lists import drop_where
from .hook_gates import needs
from .lazy_regex import lazy_compile

_CUES = ("legal_material", "replica")
# the see-through materials a display case is made of (normalised: glass is glas); a box of rosewood is
# the item itself ("rosewood box with ivory inlay"), a glass box shows what is inside
_SEE_THROUGH = frozenset("glas glass acrylic perspex plexiglas lucite crystal 玻璃 有机玻璃 亚克力 水晶 kính kinh mica".split()) | {"thủy tinh", "thuỷ tinh", "thuy tinh"}
# a container noun right after the material (zh: no space; en: one word between at most, glass display case)
_AFTER = lazy_compile(
    r"\s?(?:罩|柜|展示柜|展柜|盒|框|箱|瓶|缸|钟罩|眼|"
    r"(?:display\s)?(?:case|cases|dome|domes|cloche|cabinet|box|frame|jar|bottle|cover|tank|showcase|vitrine)|eyes?)(?![a-z])")
# Vietnamese: the container first (hộp kính, tủ kính trưng bày, lồng kính, bình thủy tinh)
_BEFORE = lazy_compile(r"(?:^|[^a-zà-ỹ])(?:hộp|hop|tủ|tu|lồng|long|bình|binh|khung|chụp|chup|hũ|hu)\s$")


# any legal material right before a stand noun names what the item stands on ("carved ivory tusk on
# teak stand", "figures on wood stands", "on a rosewood base"): the stand's wood or brass is not the
# item's material (en8). Only where no replica material is named: a declared resin or faux piece keeps
# its whole context (its legal stand is how the craft contrasts real and fake).
_STAND = lazy_compile(r"\s?(?:display\s)?(?:stand|stands|base|bases|plinth|plinths|socle)(?![a-z])")


def _on_a_stand(m, t: str, hits: list) -> bool:
    return m.cue == "legal_material" and _STAND.match(t, m.n_end) is not None and not any(
        h.kind == "benign_context" and h.cue == "replica" for h in hits)


@needs(hits=[("benign_context", c) for c in _CUES])  # hook_gates: nothing to do without a legal or replica material
def drop_container_materials(hits: list, t: str) -> list:
    """`hits` without the legal or replica materials that name a container or a stand (see module doc)."""
    return drop_where(hits, lambda m: m.kind == "benign_context" and m.cue in _CUES and (
        t[m.n_start:m.n_end] in _SEE_THROUGH and (_AFTER.match(t, m.n_end) or _BEFORE.search(t, max(0, m.n_start - 8), m.n_start))
        or _on_a_stand(m, t, hits)))

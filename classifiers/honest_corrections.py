"""A seller's own correction: the item is the legal material, not the product (issue 12, q41: train_zh14 0153).

"出 奶奶留下的手镯 牛骨 … 之前一直以为是象牙 … 象牙没有 … 这个是牛骨，不是象牙，别来问象牙的事": the title
declares the item a legal material, and the seller says in one breath that it is that material and not the
product (牛骨，不是象牙 / 不是象牙，是牛骨 / cow bone, not ivory / xương bò, không phải ngà). The other
mentions of the product in such a post are what the piece was thought to be, compared with or asked about,
not what is sold: they are read as denied too (the product is named only to be ruled out), so the
declared material outweighs them (feature_kinds: a negated product beside a legal material).

Not when a wink stands in the listing (这个是牛骨，不是象牙，懂的来: the denial is then the cover), when the
title names the product itself, when the piece is priced by weight (克价: no bone seller's price), or when the
material is denied or quoted ('牛骨'). Runs as a scope mark
(scope_marks.MARKS) on listings with a legal-material look-alike.
"""
from __future__ import annotations

import re

from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS
from .hook_gates import needs

_PER_WEIGHT = frozenset(("按克", "per gram", "triệu/lạng"))  # the lexicon's price-by-weight entries (colour_codes)
# the material, then the product denied: 牛骨，不是象牙 / 牛骨的，並非象牙 / cow bone, not ivory / xương bò, không phải ngà
_THEN_DENIED = lazy_compile(r"(?:的)?\s*[，,、;；]?\s*(?:而)?(?:不是|并不是|並不是|并非|並非|绝非|絕非|唔係|唔系|唔是|不係)\s*"
                            r"|\s*[,;]?\s*(?:and |but )?not (?:an? |real |genuine )?"
                            r"|\s*[,;]?\s*(?:chứ )?(?:không phải|ko phải|k phải)\s*(?:là\s*)?", flags=re.I)
# the product denied, then the material: 不是象牙，是牛骨 / not ivory, it's cow bone / không phải ngà, là xương bò
_DENIED_THEN = lazy_compile(r"(?:的)?\s*[，,、;；]?\s*(?:而是|是|係|系|就是|只是)?\s*"
                            r"|\s*[,;]?\s*(?:it'?s |it is |just |but |only |rather )*"
                            r"|\s*[,;]?\s*(?:mà )?(?:là )?", flags=re.I)


# scope_marks gate (issue 13): returns unless a legal_material look-alike
@needs(hits=(("benign_context", "legal_material"),))
def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Marks negated the product mentions of a post whose seller declares the legal material and denies
    the product in one breath (module doc)."""
    titled = {m.canonical for m in lookalikes if m.cue == "legal_material" and m.field == "title" and not m.negated}
    if not titled:
        return
    denied = [m for m in matches if m.kind in PRODUCT_KINDS and m.negated and m.suppressed_by is None]
    if not denied:
        return
    for m in matches:
        if m.kind == "trade_cue" and not m.negated and (m.cue == "wink" or m.cue == "price" and m.canonical in _PER_WEIGHT):
            return  # 是牛骨，不是象牙，懂的来 / 克价私聊: the denial is the cover
        if m.kind in PRODUCT_KINDS and m.field == "title" and not m.negated and m.suppressed_by is None:
            return  # the title names the product: the seller's item is not (only) the material
    materials = [m for m in lookalikes if m.cue == "legal_material" and not m.negated and m.canonical in titled]
    cats = set()
    for p in denied:
        text = texts.get(p.field) or ""
        for b in materials:
            if b.field != p.field or _quoted(text, b):
                continue
            if b.end <= p.start and _THEN_DENIED.fullmatch(text, b.end, p.start):
                cats.add(p.category)
            elif p.end < b.start and text[p.end:b.start].strip() and _DENIED_THEN.fullmatch(text, p.end, b.start):
                cats.add(p.category)
    if not cats:
        return
    for m in matches:
        if m.kind in PRODUCT_KINDS and m.category in cats and not m.negated and m.suppressed_by is None:
            m.negated = True


def _quoted(text: str, m) -> bool:
    return 0 < m.start and m.end < len(text) and text[m.start - 1] in "'\"‘“「『" and text[m.end] in "'\"’”」』"

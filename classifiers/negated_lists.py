"""A negation that lists several products covers them all (issue 12, negation; q9 kind 4).

"We never sell ivory, rhino horn, or pangolin scales", "không bán ngà voi, sừng tê, vảy tê tê",
"本店不卖象牙、犀角、穿山甲片": the compiled matcher negates the term right after the negation word; the
items listed after it are as denied as the first. A shop pledge of this kind is no offer.

A hit is denied with the one before it when nothing but list punctuation and a conjunction stands
between them and it names another product (a different category): "không phải ngà giả, ngà thật"
repeats the same product to correct it, and stays as written. English sellers put a trade verb between
the negation and the list ("never sell", "do not stock"), further back than the matcher's window: such
a verb phrase right before a product negates it too.
"""
from __future__ import annotations

import re

from .lexicon import PRODUCT_KINDS

# what may stand between two items of one list: punctuation, spaces and a conjunction (en/vi/zh)
_LIST_GAP = re.compile(
    r"^[\s,，、;/&+]*(?:(?:or|and|nor|and/or|hay|hoặc|hoac|và|va|cùng|hay là|或|或者|和|及|与|跟|以及)[\s,，、]*)?$")
# an English negated trade verb right before the first item (normalised text: doubled letters single,
# 'sell' is 'sel')
_EN_NEG_VERB = re.compile(
    r"(?:^|[^a-z'])(?:never|not|don't|dont|do not|does not|doesn't|won't|will not|wil not|no longer|cannot|can't)"
    r"\s+(?:(?:ever|knowingly)\s+)?(?:sel|sels|buy|trade|trade in|stock|cary|deal in|ship|ofer|list|acept)\s+(?:any\s+)?$")


def negate_listed(hits: list, t: str) -> None:
    """Mark as negated the products listed after a negated product (see module doc). `hits`: the
    text's RawMatch list, by start; `t`: the normalised text."""
    products = [m for m in hits if m.kind in PRODUCT_KINDS]
    if len(products) < 1:
        return
    for m in products:
        if not m.negated and _EN_NEG_VERB.search(t, max(0, m.n_start - 40), m.n_start):
            m.negated = True
    if len(products) < 2:
        return
    # the longest hit at each start is the list item (rhino horn, not horn)
    items: list = []
    for m in products:
        if items and m.n_start < items[-1][-1].n_end:
            items[-1].append(m)  # overlaps the item before: the same item
        else:
            items.append([m])
    for prev, cur in zip(items, items[1:]):
        if not any(p.negated for p in prev) or any(c.negated for c in cur):
            continue
        gap = t[max(p.n_end for p in prev):cur[0].n_start]
        if "\n" in gap or not _LIST_GAP.match(gap):
            continue
        if {c.category for c in cur} & {p.category for p in prev if p.negated}:
            continue  # the same product again: a correction (không phải ngà giả, ngà thật)
        for c in cur:
            c.negated = True

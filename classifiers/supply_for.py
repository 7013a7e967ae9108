"""Food or supplies for the species named after 'for' (q48, live2-0175: 'Cám viên cho vẹt lớn (macaw, vẹt
xám, cockatoo) 1kg').

A pet-supply word (seed mix, pellets, cám, thức ăn, cage, 饲料, 鸟粮, 笼) followed by 'for' (cho, dành cho,
适合, 适用) and a list of species says which animals eat or use the goods: the species are the buyers'
pets, not the item. The lexicon's supply phrase covers only the word it ends with ('cám viên cho vẹt'
covers vẹt); the species listed after it ('macaw, vẹt xám, cockatoo', 'large parrots such as African
grey, macaw') are covered too, one after the other while nothing but separators, 'and/như/such as' and
size or group words stand between them.

What stays out: a species outside that list (a second sentence selling the bird, 'tặng kèm vẹt xám con',
'bán vẹt xám, cám cho vẹt'), a supply word with no 'for' after it, and any denied species.
"""
from __future__ import annotations

from .hook_gates import needs
from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS

SUPPLIES = "supplies for (q48)"  # suppressed_by of a species a supply is for
# a supply word (as normalised: repeated letters are one, seed = sed, food = fod), then within the clause
# a 'for' word; the list starts after it
_SUPPLY_FOR = lazy_compile(
    r"(?:cám|thức ăn|hạt giống|hạt|sed mix|seds?|fod|pelets?|fed|treats?|vitamins?|lồng|cages?|đồ chơi|toys?"
    r"|饲料|鸟粮|粮|营养|保健品|笼子?|玩具)[^\n.。;；!?！？]{0,24}?(?:dành cho|cho|for|适合|适用于|适用|喂)")
# what may stand between the 'for' word and a species, or between two species of the list
_FILLER = lazy_compile(
    r"(?:[\s,、，/()（）:：&+]|như|like|such as|e\.g\.?|including|các|loại|giống|cỡ|lớn|vừa|nhỏ|large|big|medium"
    r"|small|parrots?|birds?|chim|vẹt|大型|中型|小型|鹦鹉|如|例如|比如|等|và|and|or|hoặc|和|及|与)*")


@needs(words=("cho", "for", "适合", "适用", "喂"))  # hook_gates: the list needs a 'for' word
def cover_supply_species(hits: list, t: str) -> None:
    """Species listed after a supply word and 'for' are covered by the supply (module doc)."""
    prods = None
    for s in _SUPPLY_FOR.finditer(t):
        if prods is None:
            prods = sorted((m for m in hits if m.kind in PRODUCT_KINDS and m.category == "live_animal"
                            and not m.negated), key=lambda m: m.n_start)
            if not prods:
                return
        pos = s.end()
        for m in prods:
            if m.n_end <= pos:
                continue
            if m.n_start < pos:  # inside the supply phrase or the previous item: part of the list already
                pos = max(pos, m.n_end)
                continue
            if not _FILLER.fullmatch(t, pos, m.n_start):
                break
            if m.suppressed_by is None:
                m.suppressed_by = SUPPLIES
            pos = m.n_end

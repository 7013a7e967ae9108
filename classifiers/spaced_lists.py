"""A one-line list of goods cut by spaced slashes, dashes, pluses or bars: each item is its own (q50, issue 12).

Moving and garage-sale posts write their goods on one line as "toys - tools - lamps - ivory bangle (real,
grandma's) - clothes - books", "玩具一箱 / 树脂摆件 / 穿山甲鳞片一小包 / 台灯 / 衣服" or "đồ chơi + gấu bông + vảy
tê tê khô + đèn bàn". inline_lots cuts items at , ; 、 only (a bare '/' or '-' joins words: stuffed/taxidermy,
T-bone), so the toys and lamps of such a line read as what the product is. Here a line with SPACED_CUTS or
more spaced cuts (' / ', ' - ', ' + ', ' | ', ' – ') is a list when GOODS_ITEMS or more of its other items
hold a goods look-alike (toys, tools, lamps, clothes: cues in _GOODS_CUES): those look-alikes, in items of
their own away from the product's item, are `remote`.

What stays: an attribute line of one item ('pangolin / plush toy / 30cm / soft / $5': one look-alike item,
no list of goods), a bare material or replica word (the piece's own: 'tiger claw pendant / resin / 5cm';
one whose item names a thing, 树脂摆件, resin figurines, is goods of its own), a
look-alike in the product's own item ('pangolin plush / 30cm'), conservation words (frames). A media word
(books, DVDs) in an item of its own on such a list is one more item too.
Runs in scope_marks on topical listings with a look-alike only; a description with no spaced cut leaves at
the first check.
"""
from __future__ import annotations

from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS
from .title_lists import THINGS

_CUT = lazy_compile(r" [/\-+|–—] ")
_MARKS = (" / ", " - ", " + ", " | ", " – ", " — ")
SPACED_CUTS = 3  # spaced cuts (four items) on a line
GOODS_ITEMS = 2  # other items holding a goods look-alike that make the line a list of goods
_GOODS_CUES = frozenset(("toy", "other", "fashion", "vehicle", "food", "digital"))
# what else is one more item of such a list (books, DVDs: list_items reads them so on comma lists); not
# counted towards GOODS_ITEMS
_ITEM_CUES = _GOODS_CUES | {"media"}
_MATERIAL_CUES = frozenset(("replica", "legal_material"))  # goods only when their item names a thing (树脂摆件)


def _cuts(line: str) -> list[tuple[int, int]]:
    """(start, end) of the items of `line` between its spaced cuts."""
    spans, lo = [], 0
    for m in _CUT.finditer(line):
        spans.append((lo, m.start()))
        lo = m.end()
    spans.append((lo, len(line)))
    return spans


def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Marks remote the goods look-alikes of other items of a spaced one-line list that names a product."""
    desc = texts.get("description") or ""
    if not any(c in desc for c in _MARKS):
        return  # the everyday case leaves here
    goods = [b for b in lookalikes if b.field == "description" and (b.cue in _ITEM_CUES or b.cue in _MATERIAL_CUES)
             and not (b.negated or b.remote or b.given)]
    if not goods:
        return
    live = [m for m in matches if m.kind in PRODUCT_KINDS and m.field == "description"
            and m.suppressed_by is None and not m.negated]
    if not live:
        return
    for m in live:
        lo = desc.rfind("\n", 0, m.start) + 1
        hi = desc.find("\n", m.start)
        hi = len(desc) if hi < 0 else hi
        spans = _cuts(desc[lo:hi])
        if len(spans) <= SPACED_CUTS:
            continue
        spans = [(lo + a, lo + b) for a, b in spans]
        own = next((s for s in spans if s[0] <= m.start < s[1]), None)
        if own is None or not (own[0] <= m.end <= own[1]):
            continue  # the product across a cut: no item reading
        others = {}
        for b in goods:
            s = next((s for s in spans if s[0] <= b.start and b.end <= s[1]), None)
            if s is None or s == own:
                continue
            if b.cue in _MATERIAL_CUES and not any(w in desc[s[0]:s[1]].lower() for w in THINGS):
                continue  # a bare material: the piece's own ('tiger claw pendant / resin / 5cm')
            others.setdefault(s, []).append(b)
        if sum(1 for bs in others.values() if any(b.cue != "media" for b in bs)) < GOODS_ITEMS:
            continue  # one look-alike item: an attribute of the one item
        for bs in others.values():
            for b in bs:
                b.remote = True

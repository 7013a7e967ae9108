"""A title that lists the goods of a multi-item post names other items, not the product (q50, issue 12).

A yard-sale, moving-sale, estate-clearance or shop-restock post often sums its goods up in its title
("Big yard sale — household, tools, decor, something for everyone", "Garage sale: toys, resin
figurines, clothes", "Thanh lý nhà: đồ chơi, đèn, quần áo", "清仓：毛绒玩具、树脂摆件、台灯") and names the
wildlife item on a description line of its own ("a pangolin, stuffed/taxidermy, from my late uncle's
Africa trip, in a glass case"). match_scope keeps every title look-alike as what the item is (a
title usually names the one item sold), so 'tools' and 'toys' of the title's list covered the pangolin
of another line. Here a title look-alike is `remote` when it is one item of a list in the title (three
or more items after or before a head such as 'Moving sale:'), no product is named in the title, and the
description names the product among other goods (three or more lines, or a list line of a long one).

What stays the post's frame:
- a look-alike in the title's head, not its list ('Toy shop — plush, puzzles, figures': the shop);
- an item naming a shop (toy store, 玩具店, cửa hàng đồ chơi) or a bare material or replica word
  ('Film props, replicas, costumes'; 'resin, hand-painted, set of 4': the pieces' material);
- a list all of one toy or replica kind ('Plush, soft toys, puzzles'): a shop of one kind of goods;
- a conservation word (news, a report frame the post wherever they stand); a pet (pet_scope reads lists of
  animals: 'Dế, sâu gạo, sâu super cho bò sát' are feeders for the reptiles named below).
The product's own item keeps its look-alike (match_scope places description look-alikes by line and
item): 'pangolin plush toy' on its line stays covered.

Runs in scope_marks on topical listings with a look-alike only; a title with fewer than two separators
leaves at the first check.
"""
from __future__ import annotations

from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS

# what separates the items of a title's list (as written: full-width forms too)
_CUT = lazy_compile(r"[,;、，；/&+]| and | và |和|及")
# what ends a title's head ('Moving sale:', 'Yard sale —', 'Thanh lý -', '【清仓】')
_HEAD = lazy_compile(r"[:：|｜【】\[\]]| [—–-] |[—–]")
_SEPARATOR_CHARS = ",;、，；/&+和及"
_ITEMS = 3  # items that make a title a list of goods
_DESC_LINES = 3  # description lines that make a multi-item post
_LIST_SEPARATORS = 4  # separators on a description line that make it a list of goods (inline_lots.LIST_ITEMS)
_LONG = 120  # characters of a one-line description that lists goods: a long post, not a caption
_MATERIAL_CUES = frozenset(("replica", "legal_material"))
_KEEP_CUES = frozenset(("conservation", "pet"))  # a frame; pets are pet_scope's (a list of animals)
# look-alikes that are a thing of their own in an item (a toy, a lamp, clothes): beside a material
# ('resin figurines') they make the material that thing's
_GOODS_CUES = frozenset(("toy", "other", "fashion", "vehicle", "food", "digital", "pet"))
_SHOP = ("shop", "store", "boutique", "店", "铺", "舖", "cửa hàng", "tiệm")
_ONE_KIND = frozenset(("toy", "replica"))
# things a material is made into ('resin figurines', 树脂摆件, tượng nhựa): the material is that item's
THINGS = ("figurine", "figure", "statue", "ornament", "gnome", "carving", "摆件", "擺件", "工艺品", "工藝品",
           "公仔", "手办", "雕", "tượng", "mô hình", "đồ trang trí")


def _items(part: str) -> list[tuple[int, int]]:
    """(start, end) of the items of a title part, cut at its separators."""
    spans, lo = [], 0
    for m in _CUT.finditer(part):
        spans.append((lo, m.start()))
        lo = m.end()
    spans.append((lo, len(part)))
    return [(a, b) for a, b in spans if part[a:b].strip()]


def _list_part(title: str) -> tuple[int, list[tuple[int, int]]] | None:
    """The part of `title` that lists goods (between head marks, with _ITEMS or more items): its offset
    and its items' spans in the title, or None."""
    bounds = [0] + [x for m in _HEAD.finditer(title) for x in (m.start(), m.end())] + [len(title)]
    best = None
    for i in range(0, len(bounds), 2):
        lo, hi = bounds[i], bounds[i + 1]
        items = _items(title[lo:hi])
        if len(items) >= _ITEMS and (best is None or len(items) > len(best[1])):
            best = (lo, [(lo + a, lo + b) for a, b in items])
    return best


def _multi_item(desc: str, live: list) -> bool:
    """Does the description name the product among other goods: _DESC_LINES or more lines, or in a
    long one the product on a line listing goods?"""
    if sum(1 for line in desc.split("\n") if line.strip()) >= _DESC_LINES:
        return True
    if len(desc) < _LONG:
        return False
    for m in live:
        lo = desc.rfind("\n", 0, m.start) + 1
        hi = desc.find("\n", m.start)
        line = desc[lo:] if hi < 0 else desc[lo:hi]
        if sum(line.count(c) for c in ",;、，；") >= _LIST_SEPARATORS:
            return True
    return False


def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Marks remote the look-alikes of a title's list of goods when the product is named only on a
    description line among other goods. lookalikes: the benign-context matches."""
    titled = [b for b in lookalikes if b.field == "title" and not (b.negated or b.remote or b.given)]
    if not titled:
        return
    title = texts.get("title") or ""
    if sum(title.count(c) for c in _SEPARATOR_CHARS) + title.count(" and ") + title.count(" và ") < _ITEMS - 1:
        return  # no list in the title: the everyday case leaves here
    live = [m for m in matches if m.kind in PRODUCT_KINDS and m.suppressed_by is None and not m.negated]
    if not live or any(m.field != "description" for m in live):
        return  # nothing named, or the title names it (then its look-alikes say what it is)
    found = _list_part(title)
    if found is None or not _multi_item(texts.get("description") or "", live):
        return
    _, items = found
    listed = []
    for b in titled:
        span = next((s for s in items if s[0] <= b.start and b.end <= s[1]), None)
        if span is None or b.cue in _KEEP_CUES:
            continue  # in the title's head, or across items: the post's frame
        item = title[span[0]:span[1]].lower()
        if any(w in item for w in _SHOP):
            continue  # a toy store, 玩具店: what the post is
        if b.cue in _MATERIAL_CUES and not any(w in item for w in THINGS) and not any(
                o is not b and o.cue in _GOODS_CUES and span[0] <= o.start and o.end <= span[1] for o in titled):
            continue  # a bare material or replica word: the pieces' material, the post's declaration
        listed.append(b)
    if not listed:
        return
    cues = {b.cue for b in listed}
    if len(cues) == 1 and cues <= _ONE_KIND:
        return  # plush, soft toys, puzzles: a shop of one kind of goods
    for b in listed:
        b.remote = True

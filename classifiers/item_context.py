"""A look-alike on one item of a list line is about that item, even in a short post (q17, issue 12).

match_scope keeps a look-alike to its own item of a list line only in a long post (3+ lines or 5+
sentences), and only around a named product. Two kinds of list slip through:
- a short post whose one description line is the list: "本地咖啡、燕窝、沉香，还有山甲鳞少少": the
  coffee and the agarwood are other goods, not what the scales are;
- a product described, not named, as one item of a moving-out list: "电饭煲一个；儿童自行车一辆；
  一块黄皮红心的小牌子，雕着鹤": the bicycle and the children's goods are other items, not the plaque.
Both use inline_lots' item rule (is_list_line, item_of). A look-alike becomes `remote` only when its
line lists goods (a list line enumerating with 、/; twice or more, or a lot), another item of that same line holds the product (named or described), and its
own item holds none: "象牙手镯，牛骨的" (no list) and a look-alike on a line of its own are left alone.
Frames (news, media) are not items here: match_scope and inline_lots decide those.

q37: a short comma list is a list of goods too when the look-alike's own item is a thing sold: a look-alike
that is goods itself (a toy, a pet, a dish) or one beside a form word of its own item (ox bone comb, lược
xương bò): "resin figurines, ox bone comb, ivory bangle, pm me", "leopard geckos, ball pythons, star
tortoise". A look-alike item of bare words ("tiger claw pendant, resin, 5cm": the pendant's material) names
no thing and stays with the post; one the product word is part of (牛骨仿象牙筷子) is the product's own item.
"""
from __future__ import annotations

from .inline_lots import is_list_line, is_lot_run, item_cuts, item_of

# separators that enumerate (、 ; ；): prose with commas ("captive bred, 4 yrs, male, ~12cm") lists
# nothing, a run of them does (咖啡、燕窝、沉香; 书架两个；自行车一辆；)
_ENUMERATORS = "、;；"
# look-alikes that are a thing sold themselves (plush tiger, leopard geckos, 虎皮青椒, candles), not a material or
# colour that may describe another item's piece
_GOODS_CUES = frozenset(("toy", "pet", "food", "fashion"))
_LIST_CUTS = 2  # separators (three items) that make a line of goods items a list


def _line(t: str, pos: int) -> str:
    lo = t.rfind("\n", 0, pos) + 1
    hi = t.find("\n", pos)
    return t[lo:] if hi < 0 else t[lo:hi]


def _goods_line(line: str) -> bool:
    """A line that lists goods: one enumerating with 、/; at least twice (three goods named one after
    another: 咖啡、滴漏壶、还有穿山甲甲片, even with fewer separators than a list line has: q23), or a list
    line (inline_lots) with many commas, or a lot."""
    if sum(line.count(c) for c in _ENUMERATORS) >= 2:
        return True
    return is_list_line(line) and (line.count(",") >= 6 or is_lot_run(line))


def _goods_item(b, things: list, t: str, lo: int, item: int) -> bool:
    """Is the item of look-alike `b` a thing sold: `b` is goods itself, or a form word or goods look-alike
    of `things` lies in its item outside `b` (ox bone comb, resin figurines)?"""
    if b.cue in _GOODS_CUES:
        return True
    return any((f.n_end <= b.n_start or f.n_start >= b.n_end) and item_of(t, f.n_start) == (lo, item)
               for f in things)


def lookalikes_on_other_items(benign: list, anchors: list, t: str, keep=frozenset(), forms=()) -> None:
    """Mark `remote` each look-alike of `benign` (not given, not remote, cue not in `keep`) that sits on
    a list line in an item of its own while another item of that line holds one of `anchors` (the
    product's words: named terms or descriptors). `forms` (form words: comb, bangle) make a short comma
    line a list where the look-alike's item is a thing sold (q37)."""
    if not benign or not anchors:
        return
    benign = [b for b in benign if not (b.given or b.remote or b.cue in keep)]
    if not benign:
        return
    things = list(forms) + [b for b in benign if b.cue in _GOODS_CUES]
    where = {}  # line start -> items holding an anchor
    for a in anchors:
        lo, item = item_of(t, a.n_start)
        where.setdefault(lo, set()).add(item)
    for b in benign:
        lo, item = item_of(t, b.n_start)
        held = where.get(lo)
        if not held or item in held:
            continue
        line = _line(t, b.n_start)
        if not _goods_line(line) and not (len(item_cuts(line)) >= _LIST_CUTS and _goods_item(b, things, t, lo, item)):
            continue
        b.remote = True

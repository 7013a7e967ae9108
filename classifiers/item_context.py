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
"""
from __future__ import annotations

from .inline_lots import is_list_line, is_lot_run, item_of

# separators that enumerate (、 ; ；): prose with commas ("captive bred, 4 yrs, male, ~12cm") lists
# nothing, a run of them does (咖啡、燕窝、沉香; 书架两个；自行车一辆；)
_ENUMERATORS = "、;；"


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


def lookalikes_on_other_items(benign: list, anchors: list, t: str, keep=frozenset()) -> None:
    """Mark `remote` each look-alike of `benign` (not given, not remote, cue not in `keep`) that sits on
    a list line in an item of its own while another item of that line holds one of `anchors` (the
    product's words: named terms or descriptors)."""
    if not benign or not anchors:
        return
    benign = [b for b in benign if not (b.given or b.remote or b.cue in keep)]
    if not benign:
        return
    where = {}  # line start -> items holding an anchor
    for a in anchors:
        lo, item = item_of(t, a.n_start)
        where.setdefault(lo, set()).add(item)
    for b in benign:
        lo, item = item_of(t, b.n_start)
        held = where.get(lo)
        if not held or item in held or not _goods_line(_line(t, b.n_start)):
            continue
        b.remote = True

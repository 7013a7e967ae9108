"""Which look-alikes and cues speak of the product (matcher.scope_context): a look-alike given
with a named product is an extra, a food word after an eating word is an animal's diet, and in a
long post a look-alike or cue counts only near a product of its own line. Runs for every topical
listing.

Plain Python, and compiled as it is: classifiers/_match_scope.pyx includes this file, and
matcher.py uses the compiled copy when it is built (rebuild the extensions after editing this
file; tests compare the two over every demo, dev and unseen listing). So no `from __future__`
import here (an included file cannot have one), and no Cython-only syntax.
"""
import re

from .lexicon import PRODUCT_KINDS
from .inline_lots import frames_on_inline_items, is_list_line, item_index
from .item_context import lookalikes_on_other_items
from .lot_lists import frames_on_item_lines
from .declared_materials import declared_of_item
from .normalize import normalize

# what ends a clause: negations, buying words and gift markers reach no further back
CLAUSE_BREAK = set("，。！？；：、,.;:?!\n()（）【】|/")
_CLAUSE_BREAK = CLAUSE_BREAK

# "Given with": a gift marker before a look-alike says it is an extra, not what the item is
# (象牙手镯 送 毛绒玩具, vòng ngà tặng kèm gấu bông, comes with a free plush toy)
_GIFT_ZH = ("附送", "附赠", "赠送", "加送", "还送", "另送", "赠品", "送", "赠", "附")
_GIFT_ZH_NOT = ("送货", "送到", "送达", "配送", "运送", "快送", "送礼", "送人", "附近", "附件", "附加费", "赠送运费", "送的", "赠的")
_GIFT_LATIN = ("comes with", "come with", "coming with", "free gift", "with free", "with a free", "plus free",
               "plus a free", "bonus", "includes", "including", "included", "gift", "free",
               "tặng kèm", "kèm theo", "quà tặng", "tặng thêm", "tặng", "kèm", "tang kem", "kem theo", "qua tang")
_GIFT_RE = None
_GIFT_BACK_ZH, _GIFT_BACK_LATIN = 8, 28  # characters back from the look-alike, within its clause
# what ends a sentence or a line: a context word counts for the product of its own line in a long post
_SENTENCE_BREAK = re.compile(r"[。！？!?；;]|\.(?= |$)")
_SHORT_LINES, _SHORT_SENTENCES = 3, 5  # title + a short description: everything in it is about one item
# context that describes the title's item wherever it stands in its description (made of resin)
_MATERIAL_CUES = frozenset(("replica", "legal_material"))
# cues about the listing as a whole wherever they stand (a wink, a tell, no papers); a form is no cue
_LISTING_CUES = frozenset(("form", "wink", "quality", "no_papers"))
# look-alikes that can be an object given with the item (a toy, a resin stand, a bag)
_GIVEN_CUES = frozenset(("toy", "replica", "legal_material", "other", "fashion", "food", "pet", "vehicle", "digital"))
# what the post is (a warning, a report, a question to a museum): about all of it, wherever it stands
_POST_CUES = frozenset(("conservation", "media"))
_LOOK_ALIKE_CUES = frozenset(("colour", "idiom", "brand", "toy", "place", "vehicle", "fashion"))
# what a described item's list does not scope: frames, and pets (pet_scope.py decides a list of animals)
_NOT_ITEMS = _POST_CUES | frozenset(("pet",))
# q24: look-alikes that name an item of their own (a dish, everyday goods): on a list they are that item's
_OWN_ITEM_CUES = frozenset(("other", "food"))


def _gift_re():
    global _GIFT_RE
    if _GIFT_RE is None:
        words = sorted({normalize(w).text for w in _GIFT_LATIN}, key=len, reverse=True)
        _GIFT_RE = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, words)) + r")(?![\w])")
    return _GIFT_RE


def _given(t: str, start: int) -> bool:
    """A gift marker right before `start`, in its clause (送 一个 毛绒玩具; tặng kèm gấu bông)."""
    lo = start
    while lo > 0 and start - lo < _GIFT_BACK_LATIN and (t[lo - 1] not in _CLAUSE_BREAK or t[lo - 1] in ":："):
        lo -= 1
    seg = t[lo:start]
    zh = seg[-_GIFT_BACK_ZH:]
    for w in _GIFT_ZH:
        i = zh.find(w)
        if i >= 0 and not any(zh.startswith(x, i) or zh.startswith(x, max(0, i - 1)) for x in _GIFT_ZH_NOT):
            return True
    return _gift_re().search(seg) is not None


_EATS_ZH = ("吃", "喂", "食")
# weaning onto pellets: a young animal learning to eat them (a hand-fed chick or cub sold)
_EATS_RE = re.compile(r"(?<![\w])(?:eats|eat|eating|fed|feeds|feed|feeding|diet|wean|weans|weaning|weaned|ăn|an|cho ăn|thích ăn)"
                      r"(?: [\w]+)?\W*$")


_EATS_LIST_ZH = 8  # characters back over a list of foods in one clause (吃葵花籽和水果, 喂虫子、苹果)


def _eats(t: str, start: int) -> bool:
    """An eating word right before a food word (吃水果, ăn trái cây, eats fresh fruit), or before a list
    of foods in its clause (吃葵花籽和水果): the animal's diet."""
    seg = t[max(0, start - 16):start]
    if any(w in seg[-3:] for w in _EATS_ZH) or _EATS_RE.search(seg) is not None:
        return True
    zh = seg[-_EATS_LIST_ZH:]
    for i in range(len(zh) - 1, -1, -1):
        if zh[i] in _CLAUSE_BREAK and zh[i] != "、":
            return False
        if zh[i] in _EATS_ZH:
            return True
    return False


def _covers_its_own(benign: list, covered: list, live: list, t: str) -> None:
    """q24: on a list line (a menu, a stock list), an everyday-goods or dish look-alike that covers an
    animal word of its own (rắn hổ mang over hổ, the cobra dish) has explained that word: it is that
    item's name, not what the other named products are (tê tê hấp sả on the same menu). Marked
    `remote` when a named product stands outside it and its line lists goods."""
    for b in benign:
        if b.cue not in _OWN_ITEM_CUES or b.remote or b.given:
            continue
        if not any(b.n_start <= c.n_start and c.n_end <= b.n_end for c in covered):
            continue
        if not any(m.n_end <= b.n_start or m.n_start >= b.n_end for m in live):
            continue
        lo = t.rfind("\n", 0, b.n_start) + 1
        hi = t.find("\n", b.n_start)
        if is_list_line(t[lo:] if hi < 0 else t[lo:hi]):
            b.remote = True


def scope_context(hits: list, t: str) -> None:
    """Which look-alikes and cues speak of the product: a look-alike given with a named product
    (送/tặng kèm/comes with) is an extra, not what the item is (`given`); in a long post (a list of
    things for sale) a look-alike counts only for a product of its own line (or the title's), and
    when every product term is covered, a cue only near one of them (`remote`). Runs for every
    topical listing: the common cases (no look-alike, a short post) leave early."""
    live = []
    covered = []
    benign = []
    cues = False
    for m in hits:
        k = m.kind
        if k in PRODUCT_KINDS:
            if m.suppressed_by is None and not m.negated:
                live.append(m)
            elif m.suppressed_by is not None:
                covered.append(m)
        elif k == "benign_context":
            if not m.negated:
                benign.append(m)
        elif k == "trade_cue":
            cues = True
    if not benign and (live or not cues):
        return  # nothing a look-alike could explain away, no cue to place
    if live and benign:
        pets = [b for b in benign if b.cue == "pet"]
        if pets:  # a weak name the same words as a legal pet's name (sóc bay in sóc bay úc) is the pet
            for m in live:
                if m.weight < 0.5:
                    b = next((b for b in pets if b.n_start <= m.n_start and m.n_end <= b.n_end), None)
                    if b is not None:
                        m.suppressed_by = b.canonical
            live = [m for m in live if m.suppressed_by is None]
    # a pet food eaten (Geoclemys ... eating pellets, 开食吃饲料) is the diet of the animal sold, as a food is
    foods = [b for b in benign if b.cue == "food" or b.cue == "pet"]
    if foods and (any(m.category == "live_animal" for m in live)
                  or any(m.kind == "trade_cue" and m.cue == "live" for m in hits)):
        for b in foods:
            if _eats(t, b.n_start):
                b.diet = True
    if not live:  # described, not named, as one item of a list line: the other items' look-alikes are theirs
        descs = [m for m in hits if m.kind == "descriptor" and m.suppressed_by is None and not m.negated]
        lookalikes_on_other_items(benign, descs, t, _NOT_ITEMS)
        if descs:  # a book or magazine that is one more item of the list (旧杂志若干) frames nothing
            frames_on_item_lines(benign, descs, t, _POST_CUES)
    if not live and not covered:  # a look-alike that swallowed the animal word whole (象牙白 沙发)
        covered = [b for b in benign if b.cue in _LOOK_ALIKE_CUES]
        if not covered:
            return
    if live:
        first = min(p.n_end for p in live)
        for b in benign:
            if b.cue in _GIVEN_CUES and b.n_start >= first and _given(t, b.n_start):
                b.given = True
        if covered:
            _covers_its_own(benign, covered, live, t)
        places_for = [b for b in benign if not b.given and b.cue not in _POST_CUES]
        frames_on_item_lines(benign, live, t, _POST_CUES)  # postcards, item 6 of a house-clearance lot
        frames_on_inline_items(benign, live, t, _POST_CUES)  # "Lot: vase, ivory netsuke, old coins"
        # a list of goods, even in a short post (咖啡、燕窝、沉香，还有山甲鳞): each look-alike is its own
        # item's, unless the title names the product (then the first description line describes it)
        nl0 = t.find("\n")
        if not any(m.n_start < nl0 for m in live):
            forms = [m for m in hits if m.kind == "trade_cue" and m.cue == "form"]  # ox bone comb: a thing sold
            lookalikes_on_other_items(places_for, live, t, forms=forms)
    else:
        if not cues or any(m.kind == "descriptor" for m in hits):
            return  # described, not named: its cues are spread over the post
        places_for = [m for m in hits if m.kind == "trade_cue" and m.cue not in _LISTING_CUES]
    if not places_for or ("\n" not in t and len(t) < 80):
        return  # a title and a one-line description
    lines = t.split("\n")
    n_lines = sum(1 for line in lines if line.strip())
    # a line that lists goods (sập gụ 25tr, tủ chè 18tr, ..., đũa ngà): each item is its own place
    listing = [is_list_line(line) for line in lines]  # inline_lots: what an item of a list is
    if (n_lines < _SHORT_LINES and not (len(t) >= 60 and any(listing[1:]))
            and len(_SENTENCE_BREAK.findall(t)) < _SHORT_SENTENCES):
        return
    from bisect import bisect_right
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    nl = [s - 1 for s in starts[1:]]

    def where(m):
        line = bisect_right(nl, m.n_start)
        if not listing[line]:
            return line, 0
        return line, item_index(lines[line], m.n_start - starts[line])

    # the title is line 0 (the engine joins title and description with a newline); its first
    # description line says what the title's item is
    first_desc = next((i for i, line in enumerate(lines) if i and line.strip()), 1)

    def near(a, b) -> bool:
        """The same line (a paragraph speaks of one thing; of a list line, the same item), or the
        title and its first description line."""
        (la, ca), (lb, cb) = a, b
        return (la == lb and ca == cb) or ({la, lb} == {0, first_desc} and not title_item_named)

    title_item_named = False
    if live:
        places = [where(p) for p in live]
        # a first description line that lists goods and names the product in a later item, not its
        # first (a shop's stock: arowana, goldfish, ..., star kachua): that item is the title's, the
        # others are other goods; a line that opens with the product describes it (prose with commas)
        title_item_named = (listing[first_desc] and any(pl[0] == first_desc and pl[1] >= 2 for pl in places)
                            and not any(pl[0] == first_desc and pl[1] == 0 for pl in places))
        title_named = any(pl[0] == 0 for pl in places)
        for b in places_for:
            wb = where(b)
            if wb[0] == 0 or (title_named and b.cue in _MATERIAL_CUES):
                continue  # the title's words say what the item is; a material describes the title's item
            if not any(near(pl, wb) for pl in places):
                if b.cue in _MATERIAL_CUES and declared_of_item(b, t, live):
                    continue  # 牙雕笔筒，骆驼骨的: the piece's own material, not another item
                b.remote = True
        return
    # every product term covered (象牙白 沙发): a cue on another line is about something else
    places = [where(p) for p in covered]
    for m in places_for:
        if not any(near(pl, where(m)) for pl in places):
            m.remote = True

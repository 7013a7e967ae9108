"""A dish's nickname in quotes right after a dish word (q44, train_vi14 0208: chè "ngà voi", xôi "ngà voi",
món "tay gấu", 招牌菜“熊掌”, a dessert called 'ivory'): the quotes give the name of the dish, not a cover for
the product. A product term in quotes (alone or with a word or two) right after a dish or food head word
(chè, xôi, bánh, món, 菜, 甜品, dessert, soup; the head's own words between: chè bột lọc "ngà voi"; a
naming word: gọi là, 叫, called) is covered as a dish name, and the quoted phrase is no quoted material
(quoted_materials.quoted_in asks dish_quote).

Stay out: a trade cue for the product anywhere (a wink, secrecy, no papers, wild, a quality or material
tell, a price by weight, an origin, a buying word) or the same product named outside such quotes: then the
quotes may be the cover they usually are ('hàng "ngà voi" thật, ib'). 'món' is also an item (món hàng,
món đồ) and 'dish' a plate: those two heads need a meal word in the text (ăn, tiệc, quán, 菜单, menu...).
Wine, glue and tonic (rượu, cao, 酒) are no dish heads, and a glue cake (bánh cao) or a label (ghi 'hổ cốt') no
dish: the product itself; nor jelly ('jelly' material is a hornbill casque code).
"""
from __future__ import annotations

from .hook_gates import needs
from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS

DISH = "dish name (món \"…\")"
_OPEN = "'\"‘“「『«"
_CLOSE = "'\"’”」』»"
_STOPS = frozenset(".,!?;:，。！？；：、…\n()（）[]【】/|")
# a Vietnamese or English head, then up to three of the dish's own words or a naming word
_WORD_HEAD = lazy_compile(
    r"(?<![^\W\d_])(chè|xôi|món|bánh|canh|lẩu|gỏi|nộm|kem|thạch|súp|mứt|kẹo|bún|phở|nem|dish|dessert|cake|soup|pudding|"
    r"pastry|pastries|cookies?|candy|sweets?|snacks?|dumplings?)((?: [^\W\d_]+){0,3}) ?$")
_CJK_HEAD = lazy_compile(r"(?:菜|菜品|菜式|点心|點心|甜品|甜点|甜點|糕|汤|湯|羹|小吃|饼|餅|糖水|粥)"
                         r"(?:名|名叫|叫|叫做|名为|名為|称为|稱為|是)? ?[:：]? ?$")
# words after a head that make it something else: món hàng (an item), bánh xe (a wheel), bánh cao (a glue
# cake, vi10-0157: 2 bánh cao đen ghi 'hổ cốt'), a label written on it (ghi, đề, marked: the quote is the label)
_NOT_DISH_WORDS = frozenset(("hàng", "đồ", "xe", "lái", "này", "đó", "kia", "nào", "of", "made", "from", "cao", "xương",
                             "cốt", "rượu", "ghi", "đề", "nhãn", "chữ", "tem", "in", "labelled", "labeled", "marked",
                             "written", "glue", "bone", "wine", "tonic"))
_LOOSE_HEADS = frozenset(("món", "dish"))
_MEAL = lazy_compile(r"(?<![^\W\d_])(?:ăn|tiệc|quán|nhà hàng|thực đơn|menu|nấu|đặt món|restaurant|meal|dinner|"
                     r"recipe)(?![^\W\d_])|菜单|菜單|餐厅|餐廳|饭店|飯店|酒楼|酒樓")
_TRADE_CUES = frozenset(("wink", "secrecy", "no_papers", "wild", "quality", "price", "origin", "demand"))
_BACK = 40


def dish_quote(s: str, o: int) -> bool:
    """Whether the quote mark at s[o] opens a dish name: right after a dish head word (module doc).
    s: lower-case text (normalised, or a field as written)."""
    before = s[max(0, o - _BACK):o]
    got = _WORD_HEAD.search(before)
    if got is not None:
        if any(w in _NOT_DISH_WORDS for w in got.group(2).split()):
            return False
        return got.group(1) not in _LOOSE_HEADS or _MEAL.search(s) is not None
    return _CJK_HEAD.search(before) is not None


def _quote_around(t: str, start: int, end: int) -> int:
    """The offset of the quote mark that opens a short quoted phrase holding t[start:end], or -1."""
    o = -1
    for i in range(start - 1, max(-1, start - 13), -1):
        c = t[i]
        if c in _OPEN:
            o = i
            break
        if c in _STOPS or c in _CLOSE:
            return -1
    if o < 0:
        return -1
    for i in range(end, min(len(t), end + 12)):
        c = t[i]
        if c in _CLOSE:
            return o
        if c in _STOPS:
            return -1
    return -1


@needs(words=tuple(_OPEN))  # hook_gates: no quote mark, no quoted name
def cover_dish_names(hits: list, t: str) -> None:
    """Cover as a dish name each product term quoted right after a dish word, unless a trade cue or the
    product named outside such quotes stands in the text (module doc)."""
    dishes = None
    for m in hits:
        if m.kind in PRODUCT_KINDS and m.suppressed_by is None and not m.negated:
            o = _quote_around(t, m.n_start, m.n_end)
            if o >= 0 and dish_quote(t, o):
                dishes = [m] if dishes is None else dishes + [m]
    if dishes is None:
        return
    for m in hits:
        if m.kind == "trade_cue" and m.cue in _TRADE_CUES and not m.negated and not any(
                d.n_start <= m.n_start and m.n_end <= d.n_end for d in dishes):
            return  # 'hàng "ngà voi" thật', a price by the gram: the quotes may be a cover
        if m.kind in PRODUCT_KINDS and m.suppressed_by is None and not m.negated and m not in dishes and not any(
                d.n_start < m.n_end and m.n_start < d.n_end for d in dishes):
            return  # a product named plainly elsewhere
    for m in dishes:
        m.suppressed_by = DISH

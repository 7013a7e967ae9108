"""A legal look-alike the seller offers as an item of its own, beside the product (vi15 0047, 0120).

A legal material, medicine or replica covers a product term when it says what the piece is (buffalo horn
bangle, cao ngựa bạch). A seller who offers the product and names the look-alike as another item does not
say that: as the cheaper alternative with its own price or an 'also have' ("sừng trâu em bán 200k thôi",
"also have buffalo horn ones for $30", 另有水牛角的 200一串), or as one more item of a list of the
product's kind ("cao hổ, cao khỉ, cao trăn, cao ngựa bạch"). Such a look-alike is marked `remote`, like a
look-alike about another item of a long post (feature_kinds skips it), where:

- a product is named firmly (weight >= 0.75, not denied, not covered, not the look-alike's own words),
  outside the look-alike's clause (or, for a list, as another item of the same list);
- offered apart: an 'also/còn có/另有' word just before the look-alike in its clause, or a price of its own
  right after it (200k, $30, 200一串: the product is priced apart or not at all); or a list item: the
  look-alike and a product term next to each other with only a comma, 、, 'and/và/和' between (after the
  first item's own price or weight: "tiger claw 5tr, buffalo horn comb"), on a line
  holding three or more such items or a firm product next to it. 'or/hoặc/或' is the seller's doubt, not a
  list, and keeps the cover.

Nothing changes where the product is denied or covered (the honest buffalo-horn seller writing "không phải
sừng tê"), where the look-alike is the only thing offered, or where a likeness word joins the two.
"""
from __future__ import annotations

from .hook_gates import needs
from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS

_CUES = ("legal_material", "medicine", "replica")
_FIRM = 0.75
_BREAK = lazy_compile(r"\n|[。！？!?；;]|\.(?=\s|$)")
_COMMA = lazy_compile(r"[,，、:：]")
# an 'also have' word just before the look-alike in its clause
_ALSO = lazy_compile(r"(?:(?<![a-z])(?:also (?:have|got|sell|selling|do|carry|stock)|we also have|i also have|"
                     r"cheaper option|cheaper ones?|budget option)(?: the| some| a few)?"
                     r"|còn có|cũng có|có cả|bên em có|shop có thêm|ngoài ra có|另有|也有|还有|還有|另外有|也卖|也賣|"
                     r"另外还有|另外還有)\s?[:：]?\s?$")
# its own price right after it: (ones/cái/的) (em bán/giá/only/for) amount
_OWN_PRICE = lazy_compile(r"\s?(?:ones?|pieces?|cái|loại|的|款)?\s?,?\s?(?:(?:em|shop|mình|bên em)?\s?(?:bán|giá|chỉ|có)|"
                          r"(?:only|just|for|at|from|is|are|go for|goes for)|便宜|只要|才|售|卖|賣)?\s?(?:only |just )?"
                          r"(?:[$£€¥₱]\s?\d|rm\s?\d|\d[\d,.]*\s?(?:k|tr|triệu|nghìn|ngàn|đ|usd|dollars?|rm|元|块|塊|蚊|一串|一条|一條)"
                          r"(?![a-z]))")
# between two items: a separator, after the first item's own price or weight if it has one (tiger claw 5tr,)
_LIST_GAP = lazy_compile(r"(?:\s?(?:[$£€¥]\s?\d[\d,.]*|\d[\d,.]*\s?(?:k|tr|triệu|usd|rm|元|块|塊|kg|g|gr|lạng|斤|两|克))"
                         r"(?![a-z]))?\s?(?:[,，、/&+]|and|và|和|及)\s?")
_LIKE = lazy_compile(r"(?<![a-z])(?:like|looks|style|imitat\w*|faux|giống|như|kiểu|仿|像|似)(?![a-z])")


@needs(hits=[("benign_context", c) for c in _CUES])  # hook_gates: nothing to do without a look-alike
def mark_offered_alternatives(hits: list, t: str) -> list:
    """Mark `remote` the look-alikes of `hits` offered as items of their own beside a firmly named
    product (module doc); returns `hits`."""
    products = [m for m in hits if m.kind in PRODUCT_KINDS and not m.negated and m.suppressed_by is None]
    firm = [m for m in products if m.weight >= _FIRM]
    if not firm:
        return hits
    for m in hits:
        if (m.kind != "benign_context" or m.cue not in _CUES or m.negated or m.given
                or getattr(m, "remote", False)):
            continue
        a = max((g.end() for g in _BREAK.finditer(t, 0, m.n_start)), default=0)
        g = _BREAK.search(t, m.n_end)
        b = g.start() if g else len(t)
        others = [p for p in firm if p.n_end <= m.n_start or p.n_start >= m.n_end]
        if not others:
            continue
        if _apart(m, t, a, b, others) or _list_item(m, t, products, firm):
            m.remote = True
    marked = [m for m in hits if m.kind == "benign_context" and m.cue in _CUES and getattr(m, "remote", False)]
    for m in hits:  # buffalo horn comb: 'horn comb' is the same item as the 'buffalo horn' marked
        if (m.kind == "benign_context" and m.cue in _CUES and not getattr(m, "remote", False)
                and any(m.n_start < o.n_end and o.n_start < m.n_end for o in marked)):
            m.remote = True
    return hits


def _apart(m, t: str, a: int, b: int, others: list) -> bool:
    """An 'also have' before the look-alike, or a price of its own after it in a clause (to a comma)
    without the product; no likeness word in the sentence."""
    if _LIKE.search(t, a, b):
        return False
    if _ALSO.search(t, max(a, m.n_start - 24), m.n_start):
        return True  # the 'also' word itself sets the look-alike apart from the product
    a = max([a] + [g.end() for g in _COMMA.finditer(t, a, m.n_start)])
    g = _COMMA.search(t, m.n_end, b)
    b = g.start() if g else b
    if any(a <= p.n_start < b for p in others):
        return False  # "rhino horn bangle buffalo horn 200k": no item of its own
    return _OWN_PRICE.match(t, m.n_end, min(b, m.n_end + 30)) is not None


def _list_item(m, t: str, products: list, firm: list) -> bool:
    """The look-alike next to a product term in a list (a separator only between them), on a line with
    three or more such items, or next to a firm product."""
    lo = t.rfind("\n", 0, m.n_start) + 1
    hi = t.find("\n", m.n_end)
    hi = len(t) if hi < 0 else hi
    row = sorted((p for p in products if lo <= p.n_start and p.n_end <= hi), key=lambda p: p.n_start)
    before = [p for p in row if p.n_end <= m.n_start]
    after = [p for p in row if p.n_start >= m.n_end]
    near = []
    if before and _LIST_GAP.fullmatch(t, before[-1].n_end, m.n_start):
        near.append(before[-1])
    if after and _LIST_GAP.fullmatch(t, m.n_end, after[0].n_start):
        near.append(after[0])
    if not near:
        return False
    return any(p in firm for p in near) or len({p.n_start for p in row}) >= 2

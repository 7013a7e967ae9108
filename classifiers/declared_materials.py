"""A legal material counts for the piece it is declared of (issue 12, q19: kind "a declared legal
material cancels a product it should not").

A legal material (bone, 骆驼骨, chất xương) excuses a product only as the material OF that piece:
- a generic part word (bone, 骨头, 骨质, xương) that names no source animal, in a listing that names a
  product of that part ("Leopard the bone ... leopard bone", "tiger bone wine, made with bone", "chất
  xương hổ"), is the product's own part, not another material: the hit is dropped (`drop_restated_parts`,
  match_rules.after_rules). Only a firm product whose part word follows its animal (leopard bone,
  虎骨, xương hổ) restates it: "bone netsuke" (the cover word for an ivory netsuke) does not;
- a material declared of the piece in a clause of its own (牙雕笔筒，骆驼骨的; netsuke, made of bone;
  mình nghĩ chất xương) is no item of a list: it speaks of the product before it on its line, whatever
  the commas make of the line (`declared_of_item`, match_scope.scope_context). A lot line's other item
  (inline_lots.other_items) stays another item;
- a Vietnamese legal-material phrase whose last word begins a product term (lược sừng tê giác: a comb
  of rhino horn) is qualified by the words after it: the product stands (`material_named_after`).
"""
from __future__ import annotations

import re

from .lazy_regex import lazy_compile
from .telex import is_vietnamese

# generic material words that name a part and no animal (as normalised), with the part they name
_BARE = {"bone": "bone", "bones": "bone", "骨": "骨", "骨头": "骨", "骨质": "骨", "骨制": "骨", "xương": "xương",
         "xuong": "xương", "chất xương": "xương", "chất liệu xương": "xương", "làm từ xương": "xương",
         "làm bằng xương": "xương"}
_PRODUCT = ("name", "product_form", "code_word")
_FIRM = 0.5  # a product named at least this firmly restates its part; a vague code word does not


def _restates(p: str, part: str) -> bool:
    """Does product text `p` (normalised) name `part` after its animal: leopard bone, 虎骨酒, xương hổ?"""
    if part == "骨":
        i = p.find("骨")
        return i > 0
    if part == "xương":
        return p.startswith("xương ") or " xương " in p
    return re.search(r"\S \b" + part + r"s?\b", p) is not None


def drop_restated_parts(hits: list, t: str) -> list:
    """`hits` without the generic part words (bone, 骨头, chất xương) that restate a named product's
    part; a product such a word covered by overlapping it (chất xương | xương hổ) is named again."""
    bare = None
    for m in hits:
        if m.kind == "benign_context" and m.cue == "legal_material" and not m.negated and t[m.n_start:m.n_end] in _BARE:
            bare = [m] if bare is None else bare + [m]
    if bare is None:
        return hits  # the common case: no generic part word
    gone = []
    for b in bare:
        part = _BARE[t[b.n_start:b.n_end]]
        for m in hits:
            covered = m.suppressed_by == b.canonical and m.n_start < b.n_end and b.n_start < m.n_end
            if m.kind in _PRODUCT and not m.negated and m.weight >= _FIRM and (m.suppressed_by is None or covered) and (
                    _restates(t[m.n_start:m.n_end], part)):
                if id(b) not in gone:
                    gone.append(id(b))
                if m.suppressed_by is not None:
                    m.suppressed_by = None
    return [m for m in hits if id(m) not in gone] if gone else hits


def material_named_after(hits: list, t: str) -> list:
    """`hits` with a Vietnamese legal-material look-alike that only takes the first word of a
    product term running on past it (lược sừng | sừng tê giác, lược sừng "lạ"; q42: or a product quoted right
    after it, lược sừng 'tê giác', and unmarked text, luoc sung te giac; Vietnamese puts the
    head first, so the words after the shared one say which horn) dropped, and that product no
    longer covered by it (nor read beside a legal material) (the resolver lets a look-alike that takes a term's first character cover
    it, right for Chinese: 水牛角 | 角手串), with the product terms inside it given way to it."""
    named = None
    for b in hits:
        if b.kind != "benign_context" or b.cue != "legal_material" or b.negated:
            continue
        for m in hits:
            # Vietnamese letters in the phrase: English puts the material first too (cow horn | horn bangle);
            # q42: or both Vietnamese entries, written without marks (luoc sung "te", luoc sung te giac)
            if (m.kind in _PRODUCT and m.suppressed_by in (None, b.canonical) and not m.negated and (
                    b.n_start < m.n_start < b.n_end < m.n_end or _quoted_after(b, m, t)) and (
                    is_vietnamese(t[b.n_start:m.n_end]) or (_vi(b) and _vi(m)))):
                m.suppressed_by = None
                named = [(b, m)] if named is None else named + [(b, m)]
    if named is None:
        return hits  # the common case
    gone = {id(b) for b, _ in named}
    for _, m in named:  # sừng tê inside sừng tê giác: as the resolver drops a term inside a live one
        for x in hits:
            if (x is not m and x.kind in _PRODUCT and m.n_start <= x.n_start and x.n_end <= m.n_end
                    and (x.n_start, x.n_end) != (m.n_start, m.n_end)):
                gone.add(id(x))
    return [x for x in hits if id(x) not in gone]


_QUOTES = "'\"‘’“”«»`"


def _vi(m) -> bool:
    return m.entry is not None and m.entry.lang == "vi"


def _quoted_after(b, m, t: str) -> bool:
    """q42: product m in quotes right after legal-material phrase b (lược sừng 'tê giác', lược sừng "lạ"): the
    quoted words say which horn, with a wink; the phrase is no declared material of the piece."""
    gap = t[b.n_end:m.n_start]
    return (0 < len(gap) <= 3 and not gap.strip(" " + _QUOTES) and gap.strip(" ") != ""
            and m.n_end < len(t) and t[m.n_end] in _QUOTES)


# a material declared of the piece in a clause of its own: nothing before it in its clause but a
# copula or material head (是, 就是, made of, chất liệu, it's), maybe after "I think"; or 的/做的/材质 after it
_LEAD_IN = r"(?:(?:i think|probably|mình nghĩ|chắc là|chắc|其实|应该|估计) ?)?"
_HEAD = (r"(?:是|就是|都是|材质是?|材质为|材料是?|用的是|用|made of|made from|carved from|carved of|carved in|"
         r"material:?|material is|it's|its|it is|all|chất liệu là|chất liệu|chất là|chất|là|làm từ|làm bằng|toàn)")
_CLAUSE_HEAD = lazy_compile(_LEAD_IN + _HEAD + r"? ?")  # fullmatch: all there is before it in its clause
# 的 at its clause's end (骆驼骨的，), not before a noun (骆驼骨的笔筒: another item)
_TAIL_AFTER = lazy_compile(r" ?(?:的|做的|雕的|制的|材质|料的|material)(?=[,;、。!?！？；. \n]|$)")
_DECLARING_HEADS = ("chất ", "chất liệu ", "làm từ ", "làm bằng ")
_CLAUSE_END = lazy_compile(r"[,;、。!?！？；]|\. ")


def declared_of_item(b, t: str, live: list) -> bool:
    """Is look-alike material `b` declared of a product of `live` named before it on its line, in a
    clause of its own (，骆驼骨的，; , made of bone; , chất xương)? Then it is no list item of its own
    ("tượng Phật bằng bột đá" is the statue's material, another item). `t`: the normalised text."""
    lo = t.rfind("\n", 0, b.n_start) + 1
    before = [p for p in live if lo <= p.n_end <= b.n_start]
    if not before:
        return False  # no product before it on its line
    cuts = [m.end() for m in _CLAUSE_END.finditer(t, lo, b.n_start)]
    head = t[cuts[-1] if cuts else lo:b.n_start].strip()
    if not cuts or _CLAUSE_HEAD.fullmatch(head) is None:
        return False  # the material of a noun of its own clause, or no clause of its own
    if not (head or t.startswith(_DECLARING_HEADS, b.n_start) or _TAIL_AFTER.match(t, b.n_end)):
        return False  # a bare material in a list (", bone, wood,") may be an item of its own
    from .inline_lots import other_items

    # the nearest product before it; on a lot line it must be the same item
    p = max(before, key=lambda p: p.n_end)
    return not other_items(t, p.n_start, b.n_start)

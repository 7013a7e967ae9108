"""Initials the lexicon lists by hand (issue 12, kind: two-letter initials outside the generated set).

The generator (lexicon._generate_forms) makes two-letter pinyin initials only of the strongest names
(weight >= 0.9): two letters collide with everyday abbreviations. XY (象牙, xiang ya) is left out so,
although sellers write it as they write XJ (犀角) and CSJ (穿山甲) (domain.md: pinyin initials, IFAW
2014). A code_word entry marked `initials: true` is matched as the generated ones are (in capitals,
next to Chinese text: match_rules._initials_written) and, being two letters of a weaker name, counts
only where a trade cue stands in the same text (收 XY 整支 ... 私我; XY 手镯 克价私). What else the letters
are (an XY axis, XY平台, XY染色体) is listed as benign context that covers them.

Vietnamese initials (nv = ngà voi) are written in lower case among Latin words, and bare nv is
nhân viên (staff): a `lang: vi` entry counts where a count or weight of the goods follows it, a
number and a unit of tusks, pieces or weight (nv 1 đôi, nv 2 cây, nv 3 lạng, nv 1kg), as staff
are never counted so (cần 2 nv, nv 2 ca; 1 cây số is a kilometre).

q34: sellers break the letters up to dodge filters (S.T.G., S T G, ＳＴＧ, N.V); the normaliser joins
them back (letter_joins.join_spaced_letters, NFKC), and a closing bracket ([STG] 2 khúc), a piece word
(STG nguyên chiếc 1.8kg, S.T.G. tips 2 pieces) or an amount before the letters (1 cặp NV) may stand
between them and the count. Initials written apart AND counted need no other trade cue: the break-up
is the dodge. A company's dotted letters (P.S. Ltd, Philips N.V.) are no product.
"""
from __future__ import annotations

from .lazy_regex import lazy_compile


def is_listed(e) -> bool:
    """A hand-listed initials entry (the generated ones name their source 'generated: ...')."""
    return e.form == "initials" and not e.source.startswith("generated")


def written_apart(raw: str) -> bool:
    """The hit was written with dots, spaces or full-width letters between (S.T.G, S T G, ＳＴＧ)."""
    return any(c in ". " or "\uff01" <= c <= "\uff5e" for c in raw)


_COMPANY = lazy_compile(r"\.? ?(?:ltd|co\b|corp|inc\b|llc|jsc|gmbh|group|company|limited)")


def company_letters(t: str, end: int, text: str, start: int, raw_end: int) -> bool:
    """Dotted letters that name a company: a legal form after them (P.S. Ltd) or, after N.V.-style
    letters, a capitalised name right before them (Philips N.V.)."""
    if _COMPANY.match(t, end):
        return True
    if raw_end - start > 4:  # S.T.G: three letters are no company form (N.V., B.V., S.A.)
        return False
    words = text[max(0, start - 24):start].split()
    before = words[-1] if words else ""
    return len(before) > 1 and before[:1].isupper() and before[1:].islower() and before.isascii() and before.isalpha()


def has_trade_cue(hits: list) -> bool:
    """Whether a trade cue (price, contact, demand, secrecy, form, quality...) stands in the text, not denied."""
    return any(m.kind == "trade_cue" and not m.negated for m in hits)


# q34: a number and a unit of tusks, pieces or weight; English units too, as mixed posts write them
# (S.T.G. tips 2 pieces, 320g): grams only after two digits (5g is the network)
_AMOUNT = (r"(?:\d+(?:[.,]\d+)?|một|mot|hai|ba|bốn|bon|năm|nam|mấy|may|vài|vai) ?"
           r"(?:đôi|doi|cặp|cap|cây|cay|khúc|khuc|chiếc|chiec|lạng|lang|kg|ký|ky|kí|ki|gam|gram"
           r"|pieces|piece|pcs|pc|pairs|pair)(?![^\W\d_])(?! số| so\b)|\d{2,}(?:[.,]\d+)? ?(?:g|gr)(?![^\W\d_])")
# q34: what the goods are, between the initials and the amount (STG nguyên chiếc 1.8kg, tips 2 pieces)
_PIECE = (r"(?: (?:nguyên |nguyen )?(?:chiếc|chiec|khúc|khuc|cây|cay|chóp|chop|mẩu|mau|lát|lat)"
          r"| nguyên| nguyen| (?:whole |raw )?tips?| whole| raw)?")
# the amount after the initials (a closing bracket or a piece word may stand between), or right before them;
# compiled the first time a Vietnamese initials entry is found
_COUNTED_AFTER = lazy_compile(r"[\])】」]?" + _PIECE + r" ?(?:" + _AMOUNT + ")")
_COUNTED_BEFORE = lazy_compile(r"(?:^|[^\w.,])(?:" + _AMOUNT + r") ?[\[(【「]?$")


def counted(t: str, end: int, start: int | None = None, dotted: bool = False) -> bool:
    """Whether the normalised text `t` goes on after a Vietnamese initials hit (ending at `end`) with
    a number and a unit of tusks, pieces or weight: ' 1 đôi', ' 2 cây', ' 3 lạng', ' 1kg', ' một cặp';
    a closing bracket ([stg] 2 khúc) or a piece word (stg nguyên chiếc 1.8kg) may stand between.
    With `start`, an amount right before the hit counts too (1 cặp nv, 2 khúc stg). A dot after
    the hit is passed over only where the initials were written dotted (S.T.G. 2 pieces): after
    bare letters it ends a sentence (gặp nv. 2 cặp vợ chồng)."""
    if dotted and t.startswith(".", end):
        end += 1
    if _COUNTED_AFTER.match(t, end) is not None:
        return True
    return start is not None and _COUNTED_BEFORE.search(t[max(0, start - 24):start]) is not None

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
"""
from __future__ import annotations

import re


def is_listed(e) -> bool:
    """A hand-listed initials entry (the generated ones name their source 'generated: ...')."""
    return e.form == "initials" and not e.source.startswith("generated")


def has_trade_cue(hits: list) -> bool:
    """Whether a trade cue (price, contact, demand, secrecy, form, quality...) stands in the text, not denied."""
    return any(m.kind == "trade_cue" and not m.negated for m in hits)


_COUNTED: list = []  # the pattern, compiled the first time a Vietnamese initials entry is found


def counted(t: str, end: int) -> bool:
    """Whether the normalised text `t` goes on after a Vietnamese initials hit (ending at `end`) with
    a number and a unit of tusks, pieces or weight: ' 1 đôi', ' 2 cây', ' 3 lạng', ' 1kg', ' một cặp'."""
    if not _COUNTED:
        _COUNTED.append(re.compile(
            r" ?(?:\d+(?:[.,]\d+)?|một|mot|hai|ba|bốn|bon|năm|nam|mấy|may|vài|vai) ?"
            r"(?:đôi|doi|cặp|cap|cây|cay|khúc|khuc|chiếc|chiec|lạng|lang|kg|ký|ky|kí|ki|gam|gram)(?![^\W\d_])(?! số| so\b)"))
    return _COUNTED[0].match(t, end) is not None

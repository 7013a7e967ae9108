"""A legal material named only as a guess or a yardstick is not the piece's material (q54; train_trap1
0093, train_en18 0114, train_zh18 0114).

"Inlay is 'old white material', heavier than normal camel bone, grain lines visible", "material unclear -
bone or other", 家里找到的 白色 有纹路 比塑料重 不知道是什么 当骨头卖: the seller names a legal material
(camel bone, bone, 牛骨, xương trâu) only to measure the piece against it (heavier / denser than, 比...重,
nặng hơn), as one guess among others (bone or other, 是骨头还是别的, không biết là xương gì) or as the word it
will be sold under (当骨头卖, sold as bone). Domain.md section 3 names weight and grain as the tells that part
ivory from bone, and 'bone' as the commonest cover (benign_context.yaml's 牛骨 note, BBC_BOVINE): such a
look-alike does not say what the piece is, so it is marked remote (it no longer clears the listing) and the
tells beside it are read as they are. Only where the listing names a product or form (a code word, a
netsuke): a listing with none reads the look-alike as its only subject, and a material in quotes ("Listed
as 'cow bone'") is read as a wink already (negated_benign_material); both are left as they are.

Only where an ivory tell stands in the text (grain, weight, yellowing, warmth, an unknown material:
white_tells._TELLS without its weak trade kinds). The guessed material's other mentions go with it (a
"Camel bone box" whose inlay is "heavier than normal camel bone": the box is the yardstick's, not the
piece's); another legal material declared plainly (a yak bone mala ... heavier than camel bone) stays. Runs as a scope mark
(scope_marks.MARKS) on listings with a legal-material look-alike.
"""
from __future__ import annotations

import re

from .hook_gates import needs
from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS

# the yardstick before the material: heavier than normal camel bone, 比普通骆驼骨, nặng hơn xương trâu
_BEFORE = lazy_compile(
    r"(?:(?:heavier|denser|harder|weightier|whiter|colder|smoother|finer)\s+than\s+(?:an?\s+|the\s+|any\s+)?"
    r"(?:(?:normal|regular|ordinary|usual|common|plain|typical|modern|standard)\s+)?"
    r"|比(?:普通|一般|正常|平常|常见|寻常)?的?"
    r"|(?:nặng|cứng|chắc|mịn|trắng)\s+hơn\s+(?:(?:loại|đồ|hàng)\s+)?(?:(?:thường|bình thường)\s+)?"
    r"|(?:không biết|ko biết|k biết|chẳng biết|không rõ)\s+(?:là\s+|có phải\s+)?"
    r"|(?:说不清|说不好|分不清|不知道|不确定|看不出)(?:是|它是)?"
    r"|当(?:成|作)?|(?:并|绝对|肯定)?不是|(?:definitely\s+|certainly\s+)?not\s+|không phải(?:\s+là)?\s+"
    r"|(?:sold|listed|labell?ed)\s+as\s+|or\s+)$", flags=re.I)
# the guess or the yardstick after the material: bone or other, 骨头还是别的, 比...重, xương gì, 当骨头卖
_AFTER = lazy_compile(
    r"^(?:\s*(?:or|/)\s*(?:other|something else|not|whatever|similar)\b"
    r"|\s*(?:or|/)\s*(?:ivory|plastic|resin|celluloid)\b|\s*\?"
    r"|头?(?:还是|或者|或是)(?:别的|其他|其它|什么|啥|象牙|塑料|树脂)|(?:要|还要|更)?(?:重|沉|密|硬|白)|头?(?:卖|来卖)"
    r"|\s+(?:gì|hay\s+(?:gì|ngà|nhựa|sừng|cái khác|thứ khác)|hoặc\s+(?:gì|ngà|nhựa|thứ khác)))", flags=re.I)
_WINDOW = 40
# the seller does not know the material, in words white_tells' unknown-material tell lacks
_UNKNOWN = lazy_compile(r"material (?:is )?(?:unclear|unknown|uncertain)|not sure (?:what|of the) material|"
                        r"không (?:biết|rõ) (?:là )?(?:chất|chất liệu|làm bằng) gì|"
                        r"(?:不知道|说不清|说不好|分不清|看不出)(?:是)?(?:什么|啥|骨头还是)", flags=re.I)


@needs(hits=(("benign_context", "legal_material"),))
def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Marks remote a legal material named as a guess, a yardstick or the cover it is sold as (module doc)."""
    cands = [m for m in lookalikes if m.cue == "legal_material" and not m.negated and not m.remote]
    if not cands or not any(m.kind in PRODUCT_KINDS and not m.negated for m in matches) or not _told(texts):
        return
    named = set()
    for m in cands:
        if guessed(texts.get(m.field) or "", m.start, m.end):
            named.add(m.term.lower())
    guessed_terms = named
    # 'cow bone' in quotes is a wink already; the material measured against is no declaration anywhere
    if guessed_terms and not any(m.quoted for m in cands if m.term.lower() in guessed_terms):
        for m in cands:
            if m.term.lower() in guessed_terms:
                m.remote = True


def guessed(text: str, start: int, end: int) -> bool:
    """Whether the material at text[start:end] is named as a guess, a yardstick or a cover (module doc);
    white_tells asks it of the materials it reads beside a white form."""
    return (_BEFORE.search(text[max(0, start - _WINDOW):start]) is not None
            or _AFTER.search(text[end:end + _WINDOW]) is not None)


def _told(texts: dict) -> bool:
    """Whether an ivory tell of a material kind (not only a trade word) stands in the listing."""
    from .white_tells import _TELLS, _WEAK  # (white_tells imports guessed from here)
    t = " ".join(v for v in texts.values() if isinstance(v, str)).lower()
    return _UNKNOWN.search(t) is not None or any(rx.search(t) is not None for rx in _TELLS[:-_WEAK])

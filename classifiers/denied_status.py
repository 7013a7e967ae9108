"""A protected status denied is no conservation talk (q26, issue 12 kind 6).

'猛犸象为已灭绝物种，不属于保护动物，可放心购买', '本品不属于国家重点保护动物', '並不屬於保育類': a seller's
reassurance that the item is of no protected species. The conservation look-alike inside it (保护动物,
保育类, 野生动物保护) weighs heavily against a listing, as news, warnings and rescue stories use it; here
the seller denies it. The matcher negates a term only right after its negator (不是保护动物, 非保护动物);
'不属于' and a rank between (国家, 重点, 一级) stand further back. Such a denial is marked negated: the word
no longer frames the listing. It is no trade cue either: sellers of legal cordyceps, rosewood and
buffalo horn write the same sentence, so it stays neutral (data helper d-long2 tried it as a wink and
flagged three of them).

What stays out: a question whether an animal is protected (是不是保护动物, 属不属于保护动物: an A-not-A
question keeps its frame); the status stated (属于国家二级保护动物); a denial in another clause
(不属于我的，是保护动物).
Runs in engine.raw_matches beside the other look-alike marks (scope_marks), on the original text
(simplified or traditional), before thread_replies reads the frames.
"""
from __future__ import annotations

from .lazy_regex import lazy_compile
from .hook_gates import needs

# a character that ends a clause: a denial reaches no further back
_BREAKS = "，。！？；：、,.;:?!\n()（）【】|/"
_BACK = 12  # characters back from the status word

# the negations and the first characters they start with (a cheap test before the regex)
_NEG_FIRST = "不並并非绝絕未没沒唔"
# a denial of belonging right before a status word, with a rank or qualifier between (国家, 重点,
# 一级, 受, 野生, 的): 不属于, 并不属于, 不是, 并非, 不算, 不在, 不涉及, 未列入, 没有列入, 唔係, 唔屬於
_DENIAL = lazy_compile(
    r"(?P<neg>(?:并|並)?不(?:属于|屬於|属|屬|是|算|在|涉及|归|歸|列入)|(?:并|並|绝|絕)?非|未(?:被)?列入"
    r"|(?:没|沒)(?:有)?(?:被)?列入|唔(?:属于|屬於|系|係|算))"
    r"(?:国家|國家|国家级|國家級|重点|重點|一级|一級|二级|二級|一类|一類|二类|二類|受|野生|珍稀|濒危|瀕危|任何|什么|什麼)*"
    r"(?:的)?$")


# scope_marks gate (issue 13): acts only on a conservation look-alike
@needs(hits=(("benign_context", "conservation"),))
def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Marks negated the conservation look-alikes that a seller's denial of belonging stands before.
    lookalikes: the benign-context matches."""
    for m in lookalikes:
        if m.cue != "conservation" or m.negated:
            continue
        text = texts.get(m.field) or ""
        lo = max(0, m.start - _BACK)
        back = text[lo:m.start]
        if not any(c in _NEG_FIRST for c in back):
            continue
        for i in range(len(back) - 1, -1, -1):
            if back[i] in _BREAKS:
                back = back[i + 1:]
                break
        found = _DENIAL.search(back.replace(" ", ""))
        if found is None:
            continue
        squeezed = back.replace(" ", "")
        at = found.start("neg")
        if at > 0 and squeezed[at - 1] == squeezed[at + 1:at + 2]:
            continue  # 是不是保护动物, 属不属于: a question, not a denial
        m.negated = True

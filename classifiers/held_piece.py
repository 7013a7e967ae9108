"""An owner's question about a piece with the tells of a prohibited material (q17, issue 12).

The conservation frame (怎么处理, 不打算卖, 要不要上交, is it legal to keep) reads a post that asks
instead of offering as talk about the trade: news, warnings, "what do I do with grandpa's gift". That
is right when nothing in it is described. A poster who holds a piece (买了个手把件, 家里有, I have,
mình có) and describes it with the tells of ivory or horn (交叉纹, heavier than bone, Schreger lines)
is asking about a piece of a prohibited material in hand, which a reviewer should see: the question
words are no frame then. Marked `remote` (skipped by the features, as a word about another item is),
so the tells and cues count as in any other listing, and `held` (features: held_question): a flag
goes to review as suspicious, not illegal (an owner asking is no seller).
Only when every conservation word asks (no report or warning word), and a form word (the piece), a
tell of a species group (two tells without a form word) and an owner's word (_OWNER) are there.
"""
from __future__ import annotations

import re

from .lazy_regex import lazy_compile
from .hook_gates import needs

# an owner's word (compiled on first use: a conservation word, a form and a tell matched first)
_OWNER = lazy_compile(
    # zh: I bought / I have / at home there is / handed down / given to me
    r"我(?:买|收|淘|拿|有(?!.{0,3}(?:问题|問題|疑问|疑問))|得|继承|繼承|買)|买了(?:个|一|只|块)|買了(?:個|一|隻|塊)|家里(?:有|留)|家裡(?:有|留)"
    r"|屋企有|祖传|祖傳|传下来|傳下來|留下(?:来|來)?的|送我的|送给我|送給我|我手上|我這|我这"
    # en
    r"|\b(?:i|we) (?:have|bought|got|own|inherited|picked up|was given|were given)\b"
    r"(?! (?:a |an |some |few |two )?(?:question|query|doubt|idea|concern)s?\b)"  # I have a question: no piece
    r"|\bmy (?:grand\w+|late|dad|father|mother|mum|mom|uncle|aunt)\b"
    # vi
    r"|\b(?:mình|tôi|em|nhà mình|nhà tôi) (?:có|mua|được tặng|được cho)\b", re.IGNORECASE)


# the conservation words that ask about one's own piece (lexicon canonicals: 想问下 = is it legal / help
# identify / 求鉴定, 可以吃吗 = what do I do with it), and the poster's "not selling" (filed under 怎么举报);
# a report or a warning word (举报, 避坑, 科普, 提醒大家) keeps the post a report whatever it holds
_ASKING = frozenset(("想问下", "可以吃吗"))
_NOT_SELLING = frozenset(("不打算卖", "不打算賣", "本人不卖", "本人不賣", "不卖东西", "不賣東西"))


def _asks(m) -> bool:
    return m.canonical in _ASKING or m.term in _NOT_SELLING


def _tell(m) -> bool:
    """A tell of a species group: a quality cue of a category (交叉纹, Schreger lines) or a descriptor."""
    if m.category == "none" or m.negated or m.suppressed_by is not None or m.remote:
        return False
    return m.kind == "descriptor" or (m.kind == "trade_cue" and m.cue == "quality")


# scope_marks gate (issue 13): returns unless a conservation look-alike
@needs(hits=(("benign_context", "conservation"),))
def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Marks the conservation words remote when the poster asks about a piece they hold that shows the
    tells of a protected species group."""
    frames = [m for m in lookalikes if m.cue == "conservation" and not m.remote and not m.negated]
    if not frames or not all(_asks(m) for m in frames):
        return
    tells = sum(1 for m in matches if _tell(m))
    if not tells or (tells < 2 and not any(m.kind == "trade_cue" and m.cue == "form" for m in matches)):
        return  # a piece: a form word (手把件, bangle) with a tell, or two tells describing it
    if not any(_OWNER.search(texts.get(f) or "") for f in ("title", "description")):
        return
    for m in frames:
        m.remote = m.held = True

"""A product a viewer or commenter asks for and the host turns down is declined, not offered (q39).

Live-stream transcripts and shop threads carry the buyers' questions with the seller's answers:
'弹幕：有穿山甲吗 / 主播：那个不能卖，抓到要坐牢的', '弹幕：那个甲片管用吗 / 主播：你说的那个，现在不能用了，
违法的，不要买', 'Viewer: do you have ivory? / Host: no, we don't sell that', 'Bình luận: có vòng ngà voi
không shop / Chủ kênh: hàng cấm, shop không bán đâu'. The product word is the viewer's, and the host's
next answer refuses it: it is what the stream does not sell, as '不含穿山甲' is (the product's matches in
the request, and the same product named again in the refusal, are negated; the request's descriptors,
下奶 in '下奶的那个有吗', are marked remote). The host goes on selling honey or herbs.

What stays out: a refusal that is a cover for an off-air sale (a contact, wink, secrecy or price cue in
the host's answer: '直播间不能说那个，懂的私我', 'can't say here, DM'); an answer that is no refusal
('有的', '没有问题', 'no problem', 'không có gì', '没有现货' = not in stock, 'hết hàng'); a refusal by another
viewer (a bystander's warning is no seller's answer: thread_replies reads those); the product named in the
title or in the host's own lines (not asked by another voice) stays as it is.
Runs in engine.raw_matches after the scope marks, on descriptions with three lines or more, a product
word and a refusal word; the reply heads are read (thread_replies.replies) only then.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .hook_gates import AnyWord
from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS
from .thread_replies import OP, replies

# substrings one of which a refusal holds (the cheap test before any regex; lower-cased text)
_HINTS = ("不能", "不卖", "不賣", "没有", "沒有", "没得", "沒得", "违法", "違法", "犯法", "不要买", "不要買", "别买", "別買",
          "别问", "別問", "禁止", "坐牢", "保护动物", "保護動物", "不做", "不碰", "sorry", "nope", "don't", "do not", "illegal",
          "banned", "can't", "cannot", "không", "ko ", "hàng cấm", "cấm", "đừng", "vi phạm", "phạm pháp")
# a refusal at the start of the host's answer (its first 40 characters): what the host does not sell or
# says must not be bought; not a bare 'no' (the answer to 'is it fake?'), not '不违法', 'not illegal'
_REFUSAL = lazy_compile(
    r"不能(?:卖|賣|用|买|買|吃|碰|做)|不(?:卖|賣|做|碰|经营|經營)(?![假仿])|[没沒](?:有|得)(?![问問]题|[现現]货|事|[违違]法|犯法)"
    r"|(?<![不没沒])(?:违法|違法|犯法)|不要(?:买|買)|[别別](?:买|買|问|問)|禁止|坐牢|判刑|保护动物|保護動物"
    r"|\b(?:don't|do not|we never|never) (?:sell|have|carry|stock|buy)|\bsorry,? no\b|\bnope\b"
    r"|\bnot for sale\b|(?<!not )\billegal\b|\bbanned\b|\b(?:can't|cannot|can not) (?:sell|be sold)|\bnot allowed\b"
    r"|\b(?:không|ko|k) (?:bán|có(?! gì| chi)|được bán)|hàng cấm|cấm (?:bán|mua)|đừng mua|(?<!không )(?:vi phạm|phạm pháp)",
    re.I)
# an answer that opens with a yes: the host has it, whatever 'not' follows (有的，不卖假货; yes, never sell fakes)
_YES = lazy_compile(r"(?:有的|有啊|有货|有貨|有呀|是的|当然|當然|yes\b|yeah\b|yep\b|sure\b|of course|có nha|có ạ|có nhé|dạ có|còn\b)",
                    re.I)
# an off-air offer inside the refusal: the cue kinds that only a seller gives
_OFFER_CUES = frozenset(("contact", "wink", "secrecy", "price"))
_WITHIN = 3  # the host's answer: the first host reply among the next three replies
_HEAD_SPAN = 40  # the refusal opens the answer


def mark(matches: list, texts: dict) -> None:
    """Negates the products a non-host voice asks for when the host's next answer refuses them."""
    desc = texts.get("description") or ""
    if desc.count("\n") < 2:
        return
    asked = [m for m in matches if m.field == "description" and m.kind in PRODUCT_KINDS and not m.negated
             and m.suppressed_by is None and not m.remote]
    if not asked:
        return
    low = desc.lower()
    if not _ANY_HINTS(low):
        return
    parts = replies(desc)
    if parts is None:
        return
    starts = [p[0] for p in parts]

    def part(start: int) -> int:
        return bisect_right(starts, start) - 1

    declined: dict[int, int] = {}  # request part -> the host's refusing answer
    for m in asked:
        i = part(m.start)
        if i in declined or parts[i][2] in (OP, None):
            continue
        j = next((k for k in range(i + 1, min(i + 1 + _WITHIN, len(parts))) if parts[k][2] == OP), None)
        if j is None:
            continue
        s, e, _ = parts[j]
        body = desc[s:e]
        colon = max(body.find(":"), body.find("："))  # the answer after its head
        rest = body[colon + 1:]
        lead = colon + 1 + len(rest) - len(rest.lstrip())
        if _YES.match(body, lead):
            continue  # 有的，不卖假货: the host has it
        said = [(s + r.start(), s + r.end()) for r in _REFUSAL.finditer(body, lead)]
        if not said or said[0][0] >= s + lead + _HEAD_SPAN:
            continue
        if any(c.kind == "trade_cue" and c.cue in _OFFER_CUES and s <= c.start < e and c.field == "description"
               and not c.negated and not any(a <= c.start < b for a, b in said) for c in matches):
            continue  # 不能说，懂的私我: the refusal hides an offer ('hàng cấm, không bán' is its own wink word)
        declined[i] = j
    if not declined:
        return
    answers = {j: i for i, j in declined.items()}
    cats = {m.category for m in asked if part(m.start) in declined}
    for m in matches:
        if m.field != "description":
            continue
        i = part(m.start)
        if i in declined:
            if m.kind in PRODUCT_KINDS:
                m.negated = True
            elif m.kind == "descriptor":
                m.remote = True  # 下奶的那个: what the viewer asked for, described
        elif i in answers and m.kind in PRODUCT_KINDS and m.category in cats:
            m.negated = True  # 穿山甲不能卖: the host names what they refuse


# sp25 (issue 13): each `any(w in text for w in WORDS)` above in one automaton pass (hook_gates.AnyWord)
_ANY_HINTS = AnyWord(_HINTS)

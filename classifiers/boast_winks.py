"""A quality boast is no wink (q23, issue 12 kind 3, the look-alike side of 你们懂).

"你懂的 / 你们懂 / 大家懂的" stand for the material a seller will not name (一块老白象牌子，有鱼鳞纹那种，
你们懂), and beside a legal material they read as a cover story (牛骨的，你懂的). Sellers of ordinary goods
say the same words after a quality noun: "品质你懂的", "质量你们懂", "做工大家都懂": the buyer knows the
shop's quality, nothing is left unnamed. So a 懂 wink right after a quality noun is dropped.

What stays a wink: the same words after anything else (纹路自己看，你们懂; 不能直接写，你们懂的), and after
a price (价格你懂的: the price is what a wink hides as often as the material).
Runs in engine.raw_matches on topical listings; it reads the text only where a 懂 wink was matched.
"""
from __future__ import annotations

# quality nouns a boast follows (as written: simplified and traditional)
_QUALITY = ("品质", "质量", "品質", "質量", "效果", "味道", "做工", "成色", "口感", "性价比", "性價比", "服务", "服務",
            "信誉", "信譽", "手艺", "手藝")
_BETWEEN = "都也 "  # 品质大家都懂: the wink's term starts at 大家, 都 may stand before 懂


def drop(matches: list, texts: dict) -> None:
    """Removes the 懂 winks (你懂的, 你们懂, 大家懂的) that follow a quality noun."""
    boasts = None
    for m in matches:
        if m.cue == "wink" and "懂" in m.term and m.kind == "trade_cue":
            before = (texts.get(m.field) or "")[max(0, m.start - 6):m.start].rstrip(_BETWEEN)
            if before.endswith(_QUALITY):
                boasts = boasts or set()
                boasts.add(id(m))
    if boasts:
        matches[:] = [m for m in matches if id(m) not in boasts]

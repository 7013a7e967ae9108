"""A white or black dot written for the colour in a goods word (issue 12, kind 4: writing tricks):
⚪料 手镯 is 白料 (ivory), ⚫角 is 黑角 (rhino horn), as 🔴 stands for 红. The normaliser writes the
dots out as their colours (normalize.EMOJI_WORDS), so the pre-filter and the lexicon see 白料;
`undo_bullets` puts a dot back where it stands for no colour: a bullet or a mark before anything
but a goods character (● 尺码齐全, ○ 私聊), and drops it, as the normaliser drops any symbol there,
inside a name it masks (象●牙, 犀○角: the two sides make a product term on their own).
"""
from __future__ import annotations

from array import array

DOTS = {"⚪": "白", "○": "白", "◯": "白", "⚫": "黑", "●": "黑"}
# what a colour code is the colour of: raw stock, goods, horn, tusk, slices (白料 白货 黑角 白牙 白片)
GOODS = frozenset("料货角牙片")


def has_dots(text: str) -> bool:
    return "⚪" in text or "⚫" in text or "○" in text or "◯" in text or "●" in text  # (DOTS; `in` is cheapest)


def undo_bullets(text: str, t: str, starts, ends, joins_key):
    """(t, starts, ends) with each written-out dot that stands in no goods word put back as it was
    written (or dropped inside a masked name), or None when every dot is a colour.
    joins_key(two_chars): whether the characters either side of a dot begin a product term."""
    out = None
    for i, ch in enumerate(t):
        if ch not in "白黑":
            continue
        src = starts[i]
        dot = text[src] if ends[i] - src == 1 else ""
        if DOTS.get(dot) != ch:
            continue
        nxt = t[i + 1] if i + 1 < len(t) else ""
        prev = t[i - 1] if i > 0 else ""
        if nxt in GOODS and not joins_key(prev + nxt):
            continue  # ⚪料, 收⚫角: the colour code
        if out is None:
            out = list(t)
        out[i] = "" if nxt in GOODS else dot  # 象●牙 reads 象牙; a bullet stays a bullet
    if out is None:
        return None
    keep = [k for k, c in enumerate(out) if c]
    return "".join(out), array("i", [starts[k] for k in keep]), array("i", [ends[k] for k in keep])

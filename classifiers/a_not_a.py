"""A Chinese A-not-A question is no warning (q20, issue 12 kind 3).

Chinese asks yes/no by saying a verb, 不/没, and the verb again: 要不要买 (buy or not), 买不买, 能不能卖
(can it be sold), 有没有. The matcher reads the 不 of such a question as a negation: the warning
look-alike 不要买 ("don't buy", a conservation word) matches inside 要不要买, so a buyer weighing an
offer of 老犀 reads as a campaign. Here a look-alike that begins with the negator of an A-not-A
question is dropped: a buyer's question is not a warning.

What stays out: a plain warning (不要买象牙，没有买卖就没有杀害: the character before 不 is not the
verb after it); a warning beside the question (买不买？不要买: the second 不要买 stands alone).
Products denied after 是不是 (是不是象牙？) are left denied: an identification question with no offer
would otherwise read as a named product (left to the lead, see the q20 report).
Runs in engine.raw_matches beside the other look-alike marks (on listings with a look-alike only).
"""
from __future__ import annotations

_NEG = "不没沒唔冇"  # the negators of an A-not-A question (Cantonese 唔, 冇 too: 要唔要買)


def _asks(text: str, i: int) -> bool:
    """The negator at text[i] stands between a character and the same character (要不要, 是不是)."""
    return 0 < i < len(text) - 1 and text[i] in _NEG and text[i - 1] == text[i + 1] and text[i - 1] > "\u2e80"


def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Drops look-alikes that begin inside an A-not-A question. lookalikes: the benign-context matches."""
    dropped = {id(m) for m in lookalikes if m.term[:1] in _NEG and _asks(texts.get(m.field) or "", m.start)}
    if dropped:
        matches[:] = [m for m in matches if id(m) not in dropped]
        lookalikes[:] = [m for m in lookalikes if id(m) not in dropped]

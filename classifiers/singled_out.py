"""One piece of a replica lot singled out as the real one (issue 12, train_trap1 0150).

"Mixed lot of figures, mostly plastic. The white elephant is the real stuff, heavy, carved": the replica
word speaks of the rest of the lot (mostly plastic, five are resin, the others are resin, 其他都是树脂,
còn lại là nhựa), and a wink in the listing (the real stuff, 懂的来) singles out one piece as what it is
not. The replica look-alikes of such a listing (the title's 'Resin … collection' too) are marked remote: it no longer clears the listing, so the wink and the
tells beside it are read as they are. A brand look-alike that is the subject of the wink's sentence ("the
white elephant is the real stuff") is the piece, not the gift-exchange game, and is marked remote too.

Only where a replica word follows a lot quantifier and a wink cue stands in a sentence that names the
piece white (white is the ivory code, domain.md section 2.1): a plain resin lot ("lot of 12 figures, mostly resin") has no wink and keeps its look-alike; a
seller who calls the whole lot "the real deal" without a quantifier before the replica keeps it too; and a lot whose real piece is boxwood, porcelain or a branded toy ("the two kings are the
real deal, hand-carved boxwood") names no white piece. Runs as a scope mark (scope_marks.MARKS) on listings with a replica look-alike.
"""
from __future__ import annotations

import re

from .lazy_regex import lazy_compile
from .hook_gates import needs

# a lot quantifier right before the replica word: the replica is the rest of the lot, not every piece
_REST = lazy_compile(
    r"(?:\b(?:mostly|mainly|largely|the rest (?:are|is)|the others (?:are|is)|others are|all (?:the )?others (?:are|is)|"
    r"all but one (?:are|is)|(?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:of them )?are|most (?:of them )?are)"
    r"(?: (?:just|only|cheap|plain|made of|in))*"
    r"|(?:大部分|大多|其余|其他|其它|别的|剩下的)(?:都|的)?(?:是|为)?"
    r"|\b(?:còn lại|phần lớn|mấy cái kia|mấy con kia)(?: đều)?(?: là)?(?: bằng)?)\s*$",
    flags=re.I)
# the singled-out piece is white (the ivory colour code, domain.md section 2.1) in the wink's sentence
_WHITE = lazy_compile(r"\bwhite\b|白|\btrắng\b", flags=re.I)
_SENTENCE_END = lazy_compile(r"[.!?。！？;；\n]")
# the brand word as the subject of the wink: "the white elephant is the real stuff"
_IS_THE_ONE = lazy_compile(r"\s*(?:one\s*)?,?\s*(?:is|=)\s+(?:the\s+)?real\b", flags=re.I)


# scope_marks gate (issue 13): acts only on a replica look-alike
@needs(hits=(("benign_context", "replica"),))
def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Marks remote the replica words of a lot whose wink singles out one piece (module doc)."""
    if not any(m.kind == "trade_cue" and m.cue == "wink" and not m.negated and _white_sentence(texts, m)
               for m in matches):
        return
    replicas = [m for m in lookalikes if m.cue == "replica" and not m.negated and not m.remote]
    if not any(_REST.search((texts.get(m.field) or "")[max(0, m.start - 40):m.start]) for m in replicas):
        return
    for m in replicas:  # "Resin Buddha collection x6 … Five are resin": the title's resin is the lot's too
        m.remote = True
    for m in lookalikes:
        if m.cue == "brand" and not m.remote and _IS_THE_ONE.match(texts.get(m.field) or "", m.end):
            m.remote = True


def _white_sentence(texts: dict, m) -> bool:
    """Whether the sentence holding match m names a white piece."""
    text = texts.get(m.field) or ""
    ends = [e.start() for e in _SENTENCE_END.finditer(text)]
    start = max([e + 1 for e in ends if e < m.start], default=0)
    end = min([e for e in ends if e >= m.end], default=len(text))
    return bool(_WHITE.search(text, start, end))

"""The lamp or loupe of an authenticity test is the seller's tool, not the item sold (lead, session 13).

The lexicon reads lamps, lights and tools as everyday goods (benign 'other': a night light, a tool set). Right
after a test the seller describes ('blue-white fluorescence under UV lamp', 'checked under a UV torch',
'紫外灯下 … 台灯', 'soi đèn UV'), the lamp is what the piece was tested with: it names no other goods and no
longer covers the product the test speaks of (train_en14's 'Antique card case, white … fluorescence under UV
lamp, 96g' fell from 0.60 to 0.58 with the session-13 model because 'lamp' read as the goods).

What stays out: a lamp sold ('UV lamp for nails', 'night light, 5 W'): no test cue touches it.
Runs in scope_marks on topical listings with a look-alike only.
"""
from __future__ import annotations
from .hook_gates import needs

_TOOLS = ("lamp", "light", "torch", "flashlight", "loupe", "灯", "燈", "手电", "手電", "放大镜", "đèn")
_GAP = 3  # characters between the test cue's end and the tool word (' a ', '的')


# scope_marks gate (issue 13): acts only on a look-alike of cue other
@needs(hits=(("benign_context", "other"),))
def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Marks remote a tool look-alike right after a test cue. lookalikes: the benign-context matches."""
    tests = [m for m in matches if m.kind == "trade_cue" and m.cue == "quality" and not m.negated
             and m.canonical == "火烧针验"]
    if not tests:
        return
    for b in lookalikes:
        if b.cue != "other" or b.negated or b.remote:
            continue
        term = b.term.lower()
        if not any(w in term for w in _TOOLS):
            continue
        if any(t.field == b.field and 0 <= b.start - t.end <= _GAP for t in tests):
            b.remote = True

"""A colour reading denied: the colour compound names the material (issue 12, q32: train_adv1 0154).

A colour named after a product (象牙白, 象牙色, ivory white, màu ngà) covers the product word inside it:
an ivory-white wardrobe is no ivory. A seller who writes the compound and then says the colour is not
what is meant ("不是颜色哈，是真料", "it's not the colour, it's the real thing": the lexicon's wink cue
不是颜色 / not the colour) takes that cover away himself: the compound names the material, as a denied
look-alike does (不是树脂象牙). So where such a denial of the colour sense stands in the same text, the
colour look-alikes (cue 'colour') no longer cover the product word inside them, and no longer count as a
benign colour context (remote, as material_rows.py does for a colour outside a material row).

Where the compound is written whole (the segmenter keeps no 象牙 inside 象牙白), the compound itself
becomes a code word of its product. A legal material or a replica named in the text (不是颜色，是亚克力的)
says what the colour is on: nothing is lifted then.

The wink is only a denial of the colour sense where it ends its clause (不是颜色，是材质 / 不是颜色哈): in
"不是颜色问题" or "不是颜色深的那种" it is about something else, and the cover stays. A denial that is
itself negated or asked about changes nothing. Runs in match_rules.after_rules; nothing to do unless the
wink was found (a lexicon hit).
"""
from __future__ import annotations

from dataclasses import replace

from .lexicon import PRODUCT_KINDS
from .lazy_regex import lazy_compile

DENIAL = "不是颜色"  # the lexicon's wink entry (config/keywords/trade_cues.yaml): its term
# what may follow the denial for it to end its clause: a mark, a particle, the claim that follows (是…)
_ENDS = frozenset(" ，,。.;；!！~～:：)）\n哈啊呀哦喔啦嘛的是，")


# the entry also holds "the platform won't let me post it" (平台不让发): a wink, but no colour sense denied
_COLOUR_WORDS = lazy_compile(r"颜色|顏色|色|colou?r")


def _ends_clause(t: str, end: int) -> bool:
    return end >= len(t) or t[end] in _ENDS or t.startswith((" it", "it", " but", " -", " —"), end)


def lift_denied_colours(hits: list, t: str) -> None:
    """Colour look-alikes in `hits` stop covering the product words inside them where the text denies
    the colour sense (module doc). t: the normalised text the hits' offsets point into."""
    if not any(m.kind == "trade_cue" and m.cue == "wink" and not m.negated and m.canonical == DENIAL
               and _ends_clause(t, m.n_end) and _COLOUR_WORDS.search(t, m.n_start, m.n_end) for m in hits):
        return
    colours = [m for m in hits if m.kind == "benign_context" and m.cue == "colour" and not m.negated]
    if not colours or any(m.kind == "benign_context" and m.cue in ("legal_material", "replica") and not m.negated
                          for m in hits):
        return  # (不是颜色，是亚克力的: the seller names what the colour is on)
    covered = [m for m in hits if m.kind in PRODUCT_KINDS and m.suppressed_by is not None and any(
        c.canonical == m.suppressed_by and c.n_start <= m.n_start and m.n_end <= c.n_end for c in colours)]
    for c in colours:
        if any(c.n_start <= m.n_start and m.n_end <= c.n_end for m in covered):
            c.remote = True
        elif c.category != "none":
            # 象牙白 written whole (the segmenter keeps no 象牙 inside it): the compound itself names the
            # material, as a code word of the colour's own product
            e = _named_entry(c.entry)
            c.kind, c.cue, c.entry, c.canonical, c.weight = e.kind, None, e, e.term, e.weight
    for m in covered:
        m.suppressed_by = None


NAMED_WEIGHT = 0.6  # as strong as a colour code with its trade cues (code_keys.CODE_WEIGHT)
_NAMED: dict = {}


def _named_entry(colour):
    """The code-word entry a colour compound reads as once its colour sense is denied (cached by term)."""
    e = _NAMED.get(colour.term)
    if e is None:
        e = _NAMED[colour.term] = replace(colour, kind="code_word", cue=None, weight=NAMED_WEIGHT,
                                          file="classifiers/denied_colour.py", line=0)
    return e

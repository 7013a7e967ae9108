"""How eggs to hatch are packed and checked is no look-alike (q45, train_live1 0101).

'Fertile hyacinth macaw eggs … shipped in foam, candled', '金刚鹦鹉受精蛋 泡沫箱发货 照蛋有血丝', 'trứng vẹt
có phôi, đóng hộp xốp': fertile eggs travel in foam or polystyrene and are checked against a candle's
light. The lexicon files foam (泡沫, xốp) as a replica material (foam figurines, faux fur) and a candle
(蜡烛, nến) as a home-goods item, so the egg listing reads as a replica. Where the text sells eggs to
hatch (an egg word and a fertile/candling/incubation word: fertile, candled, incubat, hatch, 受精, 照蛋,
孵, có phôi, ấp, soi trứng), those packing and candling look-alikes are dropped: they are how the eggs
are handled, not what the item is.

What stays out: foam or candle words in a listing with no hatching word (foam eggs for crafts, a candle
shaped like an egg); other look-alikes (a toy, 仿真, plush) are kept, so a foam toy egg stays a toy.
Runs in engine.raw_matches after the scope marks, on listings with a replica or home-goods look-alike
whose term is one of these words; a cheap substring test comes before the regex.
"""
from __future__ import annotations

from .lazy_regex import lazy_compile

# the look-alike terms that packing and candling use (lower case, as matched)
_JARGON = ("foam", "styrofoam", "polystyrene", "polyfoam", "泡沫", "泡沫箱", "泡沫塑料", "xốp", "hộp xốp", "mút xốp",
           "candle", "candles", "candled", "candling", "蜡烛", "蠟燭", "nến")
_CUES = ("replica", "fashion", "other")
# eggs sold to hatch: an egg word and a fertility, candling or incubation word
_EGG = ("egg", "蛋", "卵", "trứng", "trung")
_HATCH = lazy_compile(r"fertile|fertili[sz]ed|candl|incubat|hatch|受精|照蛋|孵|có phôi|co phoi|\bấp\b|soi trứng|soi trung")


def drop(matches: list, texts: dict) -> list:
    """The matches without the packing and candling look-alikes of a hatching-egg listing (module doc)."""
    jargon = [m for m in matches if m.kind == "benign_context" and m.cue in _CUES and not m.negated
              and m.term.lower() in _JARGON]
    if not jargon:
        return matches
    text = f"{texts.get('title') or ''}\n{texts.get('description') or ''}".lower()
    if not any(w in text for w in _EGG) or _HATCH.search(text) is None:
        return matches
    gone = {id(m) for m in jargon}
    return [m for m in matches if id(m) not in gone]

"""The trade's three colour codes listed together in English (q40, en14 0069).

"Have all three: black, red, white. Beads, cups, bangles. Prices by gram. Only verified members.": white =
ivory, black = rhino horn, red = hornbill casque (domain.md section 3, EIA "Seeing red"). Each colour
alone is any shop's word; the three listed together with a price by the gram are the trade's. Called by
code_keys.key_rules when the lexicon's key (config/keywords/ivory.yaml, term "black, red, white")
is found; a text topical only through a dropped key reads as it did without it.
"""
from __future__ import annotations

from .code_keys import (_BY_GRAM, _COLOUR_HEADER, _PER_WEIGHT, _WHITE_MATERIAL, _entry, _sized_res, _whole_res,
                        _without)
from .lazy_regex import lazy_compile

# q40 (en14 0069): the trade's three colours listed together in English ("Have all three: black, red, white.
# Beads, cups, bangles. Prices by gram. Only verified members."): the lexicon's key (config/keywords/ivory.yaml,
# term "black, red, white", every order) reads as the three codes (white = ivory, black = rhino horn, red =
# hornbill casque: domain.md section 3) only where the text prices by the gram and holds one more trade tell
# (private contact or secrecy, an Asian buyer or a source market, members only), no colour header and no
# goods or material named (T-shirts in black, red, white; seed beads or paint by the gram): dropped otherwise.
_THREE = (("white", "白"), ("black", "黑"), ("red", "红"))
_MEMBERS = lazy_compile(r"\b(?:verified|trusted|vip|known) (?:members?|buyers?|clients?)(?: only)?\b|\bmembers only\b|\binvite only\b")
_CRAFT = lazy_compile(r"\b(?:seed|glas+|crystals?|acrylic|miyuki|toho|delica|czech|yarn|thread|flos+|sequins?|glit+er|pigments?|"
                      r"dyes?|inks?|paints?|clay|fondant|sprinkles|candy|candles?|wax|sand|beans?|pep+er|tea|spices?|"
                      r"feathers?|hair|wigs?|extensions?|tiles?|fabric|leather|vinyl|filament|pla|abs)\b")


def three_codes(hits: list, threes: list, t: str, text: str, make) -> list:
    """The three-colour keys read as the three codes, or dropped (see the comment above)."""
    gone = {id(m) for m in threes}
    cues = [m for m in hits if m.kind == "trade_cue" and not m.negated]
    by_gram = any(m.cue == "price" and m.canonical in _PER_WEIGHT for m in cues) and _BY_GRAM.search(t) is not None
    if not by_gram or _COLOUR_HEADER.search(t) or _CRAFT.search(t) or _WHITE_MATERIAL.search(t) or _whole_res()[3].search(t):
        return _without(hits, gone)
    if any(m.kind == "benign_context" and not m.negated for m in hits):
        return _without(hits, gone)
    buyer, _, private, _, _ = _sized_res()
    told = (any(m.cue in ("contact", "secrecy", "origin") for m in cues) or private.search(t) is not None
            or buyer.search(t) is not None or _MEMBERS.search(t) is not None)
    if not told:
        return _without(hits, gone)
    added = []
    for m in threes:
        for word, code in _THREE:
            i = t.find(word, m.n_start, m.n_end)
            j = text.lower().find(word, m.start, m.end)
            if i >= 0:
                added.append(make(_entry(code), text[j:j + len(word)] if j >= 0 else word, (i, i + len(word)),
                                  (j, j + len(word)) if j >= 0 else (m.start, m.end)))
    rest = [m for m in hits if id(m) not in gone]
    return rest + added


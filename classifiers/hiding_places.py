"""Where the goods are hidden is not what they are (train_en17, false clears).

"20 claws, big cat ... Ship worldwide hidden in toy boxes", "scales packed inside coffee bags", "藏在玩具里寄",
"giấu trong gấu bông": a seller who promises to hide the goods inside ordinary things names those things
as the hiding place. Read as the listing's goods, the toy, food, clothes or replica word clears a trade
listing as a toy shop or a grocer; it says only how the parcel passes customs (domain.md: couriers and
concealment in shipments). So a benign look-alike of those kinds right after a hiding verb and a
preposition (hidden in, concealed inside, stuffed into, tucked among; 藏在/夹在/混在; giấu trong/nhét vào),
in the same clause and at most two words after it, is dropped. Media, conservation, colours, idioms,
pets, places, medicines and software are never hiding places and are kept; so is the look-alike where
no hiding verb stands before it ("plush tiger in a gift box", "Easter eggs in the garden").
"""
from __future__ import annotations

from .hit_lists import drop_where
from .hook_gates import needs
from .lazy_regex import lazy_compile

# the kinds of look-alike that can be a hiding place (an object or a packet, not a topic)
_CUES = frozenset(("toy", "food", "fashion", "replica", "legal_material", "other", "vehicle"))
# a hiding verb, an optional object and a preposition, then up to two words before the look-alike; the
# normalised text writes a doubled letter once (hiden, stufed, smugled)
_HIDDEN_BEFORE = lazy_compile(
    r"(?:(?<![a-z])(?:hid+en|hide|hides|hid|hiding|conceal(?:ed|s|ing)?|stuf+ed|tucked|smug+led|disguised|"
    r"packed|wrapped|sewn)\s(?:them\s|it\s|the goods\s|everything\s)?"
    r"(?:in|inside|into|within|among|amongst|under|between|behind|as)\s"
    r"(?:(?:the|a|an|some|our|kids|kid's|children's|ordinary|normal|other)\s)?(?:[a-z'-]+\s){0,2}"
    r"|(?:藏在|藏进|藏于|夹在|夹带在|混在|塞在|塞进|伪装成)[^，。！？；,.!?;\n]{0,8}"
    r"|(?<![a-zà-ỹ])(?:giấu|giau|nhét|nhet|kẹp|kep)\s(?:trong|vào|vao)\s(?:[a-zà-ỹ]+\s){0,2})$")
# 'packed', 'wrapped' and 'sewn' hide only with 'inside'/'into' (packed in a gift box is plain shipping)
_PLAIN_PACKING = lazy_compile(r"(?<![a-z])(?:packed|wrapped|sewn)\s(?:them\s|it\s)?"
                              r"(?:in|under|between|behind|as|among)\s")
_REACH = 48


def _hidden_in(m, t: str) -> bool:
    a = max(0, m.n_start - _REACH)
    g = _HIDDEN_BEFORE.search(t, a, m.n_start)
    return g is not None and not _PLAIN_PACKING.match(t, g.start())


@needs(words=("hid", "conceal", "stuf", "tucked", "smug", "disguised", "inside", "into", "藏", "夹", "混在",
              "塞", "伪装", "giấu", "giau", "nhét", "nhet", "kẹp", "kep"))
def drop_hiding_places(hits: list, t: str) -> list:
    """`hits` without the look-alikes that name where the goods are hidden (module doc)."""
    return drop_where(hits, lambda m: m.kind == "benign_context" and m.cue in _CUES and not m.negated
                      and _hidden_in(m, t))

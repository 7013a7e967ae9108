"""A colour named after another material is a colour, not that material (q12, issue 12).

"Rượu màu hổ phách" (amber-coloured liquor), "酒色琥珀色", "amber-coloured", "jade-green": the
look-alike material (amber, jade) names the colour of something else in the listing; it says nothing
about what the item is. Such a look-alike keeps covering the word inside it (hổ in hổ phách stays no
tiger) but no longer counts as a benign context of the listing, so it cannot cancel a product named
beside it (tiger-bone liquor whose wine is amber-coloured). The look-alike colour entries themselves
(màu ngà, 象牙白, ivory white: cue 'colour') are left alone: they are the colour look-alikes.

The same flag as a look-alike word in a long post away from the product (RawMatch.remote): a context
word about another thing. Runs in scope_marks on topical listings with a look-alike only.
"""
from __future__ import annotations

from .normalize import fold_diacritics
from .hook_gates import needs

# a colour word right before the material: Vietnamese màu + noun (màu hổ phách = amber-coloured); in
# English a colour word before a material is the material's colour ('ivory colour acrylic' is acrylic)
_BEFORE = ("mau",)
# the look-alikes that name a material or a thing a colour is named after (amber, jade, woods),
# not a replica or a toy, which say what the item is
_MATERIAL_CUES = ("other", "legal_material")
# a colour word right after it (琥珀色, amber-coloured, amber colour, jade green)
_AFTER = ("色", "colour", "color", "-colour", "-color", "coloured", "colored", "-coloured", "-colored", "tone",
          "-tone", "green", "-green", "yellow", "-yellow")


def _colour_phrase(text: str, start: int, end: int) -> bool:
    raw = text[max(0, start - 10):start].lower()
    before = fold_diacritics(raw).rstrip(" :") if "m" in raw else ""  # màu / mau: no other word to fold for
    for w in _BEFORE:
        if before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalpha()):  # màu, not 'tamau'
            return True
    after = text[end:end + 10].lower().lstrip(" ")
    return after.startswith(_AFTER)


# scope_marks gate (issue 13): acts only on a look-alike of cue _MATERIAL_CUES
@needs(hits=(("benign_context", "other"), ("benign_context", "legal_material")))
def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Marks look-alike materials (amber, jade, woods: cue other or legal_material) named as a colour as remote."""
    for m in lookalikes:
        if m.cue in _MATERIAL_CUES and not m.remote:
            text = texts.get(m.field) or ""
            if _colour_phrase(text, m.start, m.end):
                m.remote = True

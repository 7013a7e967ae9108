"""A toy word that is the head noun of a matched product is that product's form, not a toy (train_en18).

"Ivory figurines from grandparents", "tiger claw figure", "ivory model ship": the product entry
(ivory figurine) already read the whole phrase, and the toy look-alike list also holds 'figurine',
'figure' and 'model' (plush toys and collectible figures). Read twice, the head noun counts both as
the carving sold and as a toy that clears it. Carvings are called figurines as often as toys are
(benign_context.yaml's own note on the entry), so a toy look-alike lying wholly inside a product
term's span (its last word taken whole, so the plural 'figurines' lies inside 'ivory figurine'),
is dropped: the product term said what the figure is made of.
A toy word outside the product term ("resin figurine of an elephant with ivory tusks", "plush
pangolin") is kept, and so is every other look-alike kind (a colour, a replica word, a brand).
"""
from __future__ import annotations

from .hit_lists import drop_where
from .hook_gates import needs
from .lexicon import PRODUCT_KINDS
from .normalize import is_latin_letter


def _word_end(t: str, end: int) -> int:
    """end moved past the Latin letters that finish the word it stops in (figurine|s); Chinese has no
    spaces, so a product there (穿山甲) is never stretched over the next word (毛公仔)."""
    n = len(t)
    while end < n and is_latin_letter(t[end]):
        end += 1
    return end


@needs(hits=(("benign_context", "toy"),))
def drop_product_heads(hits: list, t: str) -> list:
    """`hits` without the toy look-alikes inside a product term's own span (module doc)."""
    spans = [(m.n_start, _word_end(t, m.n_end)) for m in hits
             if m.kind in PRODUCT_KINDS and m.suppressed_by is None and not m.negated]
    if not spans:
        return hits
    return drop_where(hits, lambda m: m.kind == "benign_context" and m.cue == "toy" and any(
        a <= m.n_start and m.n_end <= b and (b - a) > (m.n_end - m.n_start) for a, b in spans))

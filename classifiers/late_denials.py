"""A denial written after the thing denied ("Goat horn this is not.") denies it as "not goat horn" does
(q54; train_en18 0104).

The matcher reads English negation before the word (not ivory, no bone). Sellers also write the denial's
other word order, the noun first and the verb after, closing the sentence: "Goat horn this is not.",
"Cow bone, it isn't.", "Resin these are not!". A look-alike so denied is denied as the matcher's own
negation would mark it (and a denied look-alike material reads as a wink: features' negated benign
material), not a declaration of what the piece is.

Only where the denial follows the look-alike at once (a comma at most between) and ends its sentence
(., !, ;, a line end): "Goat horn it is not cheap", "Goat horn? It is not." (an answer, read by the
asked-and-answered rule) and "cow bone, this is not for sale" stay as they are. Runs as a scope mark
(scope_marks.MARKS) on listings with a look-alike; the cheap test is the word " not" in a field.
"""
from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_LATE = lazy_compile(
    r"\s*,?\s*(?:this|it|that|these|they|those)\s+(?:is|are|was|were)\s*(?:n['’]?t|\s+not)"
    r"|\s*,?\s*(?:this|it|that|these|they|those)\s*(?:isn['’]?t|aren['’]?t|wasn['’]?t|ain['’]?t)",
    flags=re.I)
_CLOSE = lazy_compile(r"\s*(?:[.!;…]|\s[-–—]\s|,\s*(?:but|it['’]?s|this is|they are|these are)\b|$|\n)", flags=re.I)


def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Marks negated a look-alike followed by its own late denial (module doc)."""
    if not any(" not" in v or "n't" in v or "n’t" in v for v in texts.values() if isinstance(v, str)):
        return
    for m in lookalikes:
        if m.negated:
            continue
        text = texts.get(m.field) or ""
        d = _LATE.match(text, m.end)
        if d is not None and _CLOSE.match(text, d.end()) is not None:
            m.negated = True

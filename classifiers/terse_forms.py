"""A product or code word and its form a word apart in a terse title (q37, issue 12).

feature_kinds' `name_with_form` pairs a name with the form it is sold in when they touch (象牙 手镯,
ivory bangle). A terse title of a few words, nothing in the description, speaks of one item: "海鹤 正红
蛋面" is the casque (code word 海鹤) cut as a cabochon, the colour grade standing between. Here the form
counts a word or two after the name (a gap of at most TERSE_GAP characters, no separator in it), in a
title of at most TERSE_TITLE characters with an empty description, and no look-alike in the title (仿,
resin, a colour compound: then it is no longer plainly the product).
"""
from __future__ import annotations

from .lexicon import PRODUCT_KINDS

TERSE_TITLE = 24  # characters: a title of a few words
TERSE_GAP = 6  # characters between the name and its form: a grade or colour word
_BREAKS = frozenset(",，、;；。.!?！？|/\n()（）【】[]")


def form_apart(f: dict, why: dict, matches: list, listing) -> None:
    """Sets `name_with_form` for a live name (weight 0.5+) and a form word a word apart after it in a
    terse title with no description."""
    if "name_with_form" in f or not listing:
        return
    title = listing.get("title") or ""
    if len(title) > TERSE_TITLE or (listing.get("description") or "").strip():
        return
    in_title = [m for m in matches if m.field == "title"]
    if any(m.kind == "benign_context" for m in in_title):
        return
    forms = [m for m in in_title if m.kind == "trade_cue" and m.cue == "form"]
    if not forms:
        return
    names = [m for m in in_title if m.kind in PRODUCT_KINDS and m.kind != "product_form" and m.weight >= 0.5
             and m.suppressed_by is None and not m.negated]
    pairs = [n for n in names for fm in forms if 1 < fm.start - n.end <= TERSE_GAP
             and not any(c in _BREAKS for c in title[n.end:fm.start])]
    if pairs:
        f["name_with_form"] = 1.0
        why["name_with_form"] = pairs

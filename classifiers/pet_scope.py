"""A pet word covers its own item, not the whole list (q12, issue 12).

feature_kinds lets a legal pet named in a listing (hamster, thỏ Hà Lan, 仓鼠) excuse the looks and
habits described in it: they describe the pet. In a list of animals sold one by one (a pet auction, a
shop's new arrivals) that is wrong for an entry of its own, with its own price, that describes an
unnamed animal two or more ways: "1 bé 'cún lười' (ngủ ngày, mắt to tròn, leo cây chậm) 1tr8" next to
hamsters and rabbits is a slow loris described, not one more pet. Then the pets are words about the
other items (RawMatch.remote, as a look-alike in a long post away from the product), and the
description counts as described-not-named.

Items (inline_lots' item rule, `item_spans`): the lines of a post of three or more lines; otherwise
the entries between commas, semicolons and 、 outside brackets (a bracket belongs to its entry). Only
when pets are named in two or more items (a list of animals), and the described item names no pet and
carries its own price. Runs in scope_marks on topical listings with a pet and two or more
descriptors only. The fields are read as written (m.start), not normalised.

q37: an animal described, not named, as one entry of a line that lists pets ("2 leopard geckos, 1 ball
python, and one of the special ones, star pattern shell, no papers"), in a post that says the animals come
without papers: the pets name the other entries of the line, not the described one (pets in two or more
entries of the line, the described entry names no pet). A pet needs no papers; a list that says so of an
unnamed animal withholds its name. Entries here are a line's entries (bracket kept with its entry).
"""
from __future__ import annotations

import re

from .lazy_regex import lazy_compile
from .inline_lots import item_number, item_spans
from .hook_gates import needs

# a price of its own: 1tr8, 200k, 3 triệu, 50元, £300, $20, 1.500.000đ
_PRICE = lazy_compile(r"(?i)(?:\d[\d.,]*\s*(?:k\b|tr\d*\b|triệu|trieu|đ\b|d\b|vnd|元|块|rmb|usd|eur)|[$£€¥]\s*\d)")


def _items(text: str) -> list[tuple[int, int]]:
    """(start, end) of each item of a field: its lines when it has three or more, else its entries."""
    return item_spans(text, by_line=text.count("\n") >= 2, brackets=True)


# cues that say the animal comes without papers (no papers, 没证, không giấy)
_UNPAPERED = frozenset(("no_papers",))


def _entries(text: str) -> list[tuple[int, int]]:
    """(start, end) of the entries of each line of a field (a line's separators cut it; brackets kept)."""
    out, lo = [], 0
    for line in text.split("\n"):
        out += [(lo + s, lo + e) for s, e in item_spans(line, brackets=True)]
        lo += len(line) + 1
    return out


def _unpapered_entry(matches: list, texts: dict, pets: list, descs: list) -> bool:
    """Is an animal described in an entry of its own on a line whose other entries name pets (two or
    more), in a post that says it comes without papers?"""
    if not any(m.kind == "trade_cue" and m.cue in _UNPAPERED and not m.negated for m in matches):
        return False
    spans = {f: _entries(texts.get(f) or "") for f in ("title", "description")}
    pet_items = {(m.field, item_number(spans[m.field], m.start)) for m in pets if m.field in spans}
    if len(pet_items) < 2:
        return False
    lines = {}
    for f, i in pet_items:
        s = spans[f][i][0]
        lines.setdefault((f, texts[f].rfind("\n", 0, s)), set()).add(i)
    for m in descs:
        if m.field not in spans or m.category != "live_animal":
            continue
        i = item_number(spans[m.field], m.start)
        held = lines.get((m.field, texts[m.field].rfind("\n", 0, m.start)))
        if held and len(held) >= 2 and i not in held:
            return True
    return False


# scope_marks gate (issue 13): returns unless a pet look-alike
@needs(hits=(("benign_context", "pet"),))
def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Marks the pet words remote when a separately priced item of a list of animals describes an
    unnamed animal two or more ways and names no pet. lookalikes: the benign-context matches."""
    pets = [m for m in lookalikes if m.cue == "pet" and not m.remote]
    if not pets:
        return
    descs = [m for m in matches if m.kind == "descriptor" and m.suppressed_by is None and not m.remote]
    if descs and _unpapered_entry(matches, texts, pets, descs):
        for m in pets:
            m.remote = True
        return
    if len(descs) < 2:
        return
    spans = {f: _items(texts.get(f) or "") for f in ("title", "description")}
    pet_items = {(m.field, item_number(spans[m.field], m.start)) for m in pets if m.field in spans}
    if len(pet_items) < 2:
        return  # one pet item: the post is about that pet, its description is the pet's
    described: dict[tuple, set] = {}
    for m in descs:
        if m.field in spans:
            described.setdefault((m.field, item_number(spans[m.field], m.start)), set()).add(m.canonical)
    for (field, i), found in described.items():
        if len(found) < 2 or (field, i) in pet_items:
            continue
        s, e = spans[field][i]
        if _PRICE.search(texts[field], s, e):
            for m in pets:
                m.remote = True
            return

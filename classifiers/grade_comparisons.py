"""A protected product named only as others' word or a grade for a legal item the seller declares (q53;
train_en17 "Left for code" 4, en17-0123).

"Fish maw 'Totoaba-grade' look, actually Indian croaker … some sellers call it 'totoaba grade', but this is
croaker", "buffalo horn cup, some call it rhino-style, but it is buffalo", "người ta gọi là bong bóng sủ vàng
nhưng thực ra là bong bóng cá đường", "有人叫它金钱鳘级别，其实是黄花胶": the product's name stands only in a
naming frame of other people (some call it, so-called, gọi là, 号称, 有人叫) or as a grade or style (X-grade,
X style, X级), and the seller then declares what the item is after a contrast (actually, but this is, thực ra,
其实) with a legal look-alike of the product's own group (fish maw for the totoaba, buffalo horn for the rhino,
bone for ivory). That is honest_corrections' denial said as a comparison: the product is named to be ruled
out, so its mentions are read as denied (feature_kinds: a negated product beside a legal material).

Not when any mention of the product stands outside such a frame, when a wink or a price by weight stands in
the listing, when the declaration after the contrast is quoted or winked at (actually it is 'croaker' ;)),
or when the legal look-alike is quoted ('fish maw') or denied. Runs as a scope mark
(scope_marks.MARKS) on listings with a legal-material or food look-alike.
"""
from __future__ import annotations

import re

from .hook_gates import AnyWord, needs
from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS

_PER_WEIGHT = frozenset(("按克", "per gram", "triệu/lạng"))  # the lexicon's price-by-weight entries (colour_codes)
_QUOTES = "'\"‘’“”「」『』"
# others' naming right before the product: some call it 'X', so-called X, gọi là X, 号称X, 有人叫它X
_CALLED_BEFORE = lazy_compile(
    r"(?:\bcall(?:s|ed)? (?:it|them|this|these)|\bso-?called|\bknown as|\bmarketed as|\bsold as|\blabell?ed as|"
    r"gọi là|kêu là|gọi nó là|号称|號稱|叫它|叫做|叫作|称为|稱為|说是|說是|所谓|所謂)\s*[" + _QUOTES + r"]?\s*$", flags=re.I)
# a grade or style right after the product: X-grade, X grade, X-style, X级, loại như X
_GRADE_AFTER = lazy_compile(
    r"\s*[" + _QUOTES + r"]?\s*-?\s*(?:grade|quality|style|standard|class|level|look|type)\b|\s*[" + _QUOTES + r"]?\s*(?:级|級|级别|級別|等级|風格|风格)",
    flags=re.I)
# the contrast that introduces the seller's own declaration
_CONTRAST = lazy_compile(
    r"\b(?:actually|in fact|in reality|really it'?s|but (?:this|it|these|mine|ours) (?:is|are)|but it'?s|"
    r"but they'?re|but really)\b|thực ra|thật ra|thực chất|nhưng (?:đây|cái này|hàng này|hàng em|thật ra) là|"
    r"其实|其實|实际上|實際上|实际是|實際是|但这|但這", flags=re.I)
# the declaration quoted or winked at: actually it is 'croaker', thực ra là "cá đường" 😉
_WINKED = lazy_compile(r"[^.,;!?。，；！？\n]{0,16}(?:['\"‘“「『][^\s]|;\)|😉|😏|😜|\(wink\)|wink)")
_WORDS = ("grade", "call", "so-called", "so called", "known as", "marketed", "sold as", "label", "style",
          "gọi là", "kêu là", "号称", "號稱", "叫", "称为", "稱為", "说是", "說是", "所谓", "所謂", "级", "級", "风格", "風格")
_ANY_WORD = AnyWord(_WORDS)  # one automaton pass a field for the 25 `in` tests (sp25, issue 13)


@needs(hits=(("benign_context", "legal_material"), ("benign_context", "food")))
def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Marks negated the product mentions of a listing that names the product only as others' word or a grade
    and declares a legal look-alike of its group after a contrast (module doc)."""
    if not (_ANY_WORD((texts.get("title") or "").lower()) or _ANY_WORD((texts.get("description") or "").lower())):
        return
    products = [m for m in matches if m.kind in PRODUCT_KINDS and not m.negated and m.suppressed_by is None]
    if not products:
        return
    for m in matches:
        if m.kind == "trade_cue" and not m.negated and (m.cue == "wink" or m.cue == "price" and m.canonical in _PER_WEIGHT):
            return  # "some call it ivory, but it's 'bone' 😉": the comparison is the cover
    cats = {m.category for m in products}
    for cat in cats:
        mine = [m for m in products if m.category == cat]
        if not all(_framed(texts.get(m.field) or "", m) for m in mine):
            continue
        legal = [b for b in lookalikes if b.category == cat and b.cue in ("legal_material", "food") and not b.negated
                 and not _quoted(texts.get(b.field) or "", b)]
        if not legal:
            continue
        said = [g for f in ("title", "description") for g in _CONTRAST.finditer(texts.get(f) or "")]
        if not said or any(_WINKED.match(g.string, g.end()) for g in said):
            continue  # "but actually it is 'croaker' ;)": the declaration in quotes or with a wink is the cover
        for m in mine:
            m.negated = True


def _framed(text: str, m) -> bool:
    """The mention stands in others' naming frame or as a grade (module doc)."""
    return bool(_CALLED_BEFORE.search(text, max(0, m.start - 24), m.start)) or bool(_GRADE_AFTER.match(text, m.end))


def _quoted(text: str, m) -> bool:
    return 0 < m.start and m.end < len(text) and text[m.start - 1] in _QUOTES and text[m.end] in _QUOTES

"""Writing tricks the normaliser undoes, kept as evidence (issue 12, kind 4: obfuscating symbols,
spacing). The normaliser joins a word spelled out letter by letter (I-V-O-R-Y, W.H.I.T.E, r h 1 n o)
and drops a symbol put inside a Chinese word (象.牙, 犀*角) so the lexicon finds it; but the spelling
out is itself the wink, a seller dodging a keyword filter. `spelled_out` adds, for each product term
that was written so, a wink cue on the same span, so the scorer sees it and the explanation names it
in the seller's own writing.

Only lexicon product terms count (names, code words, product forms; not a look-alike that covers
them): an acronym (U.S.A., A.K.A., D.I.Y), a size or a model number is no lexicon term and stays
neutral. A drug approval number spaced the same way (国 药 准 字 beside 熊 胆 粉: a licensed box read off a
photo) says the spacing is the text's, not the seller's: no wink then. Runs for every topical listing after match_rules.after_rules (matcher.Matcher._find).
"""
from __future__ import annotations

import re

from .lazy_regex import lazy_compile
from .filler_chars import STROKES
from .lexicon import PRODUCT_KINDS, Entry

_STROKES = frozenset(STROKES)

# three or more single letters or digits, one separator style between them (I-V-O-R-Y, w.h.i.t.e,
# r h 1 n o, P 4 N G 0 L 1 N), standing as a word of its own
_SPELLED = lazy_compile(r"(?<![^\W_])[^\W_]([ .\-·*_~+/|•])[^\W_](?:\1[^\W_])+(?![^\W_])")
# a symbol or run of symbols between two Chinese characters (象.牙, 犀*角, 虎-骨); a space alone is
# ordinary typing
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_BROKEN = lazy_compile(f"[{_CJK}][^\\w\\s{_CJK}，。！？；：、,;:?!()（）【】\\[\\]《》<>“”\"'‘’「」]{{1,3}}(?=[{_CJK}])")

_WINK = Entry(id=-1, term="spelled out", category="none", kind="trade_cue", weight=0.5, cue="wink", label_hint=None,
              lang=None, source="generated: a lexicon product term spelled out or broken by symbols", file="", line=0,
              variants=())


def spelled_out(hits: list, text: str) -> list:
    """`hits` with a wink cue added on each product term written spelled out or broken by symbols
    (see module doc). `text`: the original text the hits' start/end point into."""
    extra = None
    for m in hits:
        if m.kind not in PRODUCT_KINDS or m.suppressed_by is not None or m.end - m.start < 3:
            continue
        written = text[m.start:m.end]
        if _STROKES.isdisjoint(written):
            if written.isalpha() or (written.count(" ") < 2 and written.replace(" ", "").isalnum()):
                continue  # only letters, digits and at most one space: neither search below can match
            if not (_spelled_run(written) or _CJK_BROKEN.search(written)):
                continue
        elif not any(c in _STROKES and 0 < i < len(written) - 1 for i, c in enumerate(written)):
            continue  # a stroke typed as a filler inside the name (象丶牙: filler_chars.py) is a wink too
        wink = _copy_as_wink(m)
        if extra is None:
            extra = []
        extra.append(wink)
    if extra and _spaced_approval(hits, text):
        return hits  # 国 药 准 字 / 熊 胆 粉: a drug box read from a photo, spaced throughout, not a wink (q25)
    return hits + extra if extra else hits


def _spaced_approval(hits: list, text: str) -> bool:
    """A drug approval number written spaced out as well (国 药 准 字 Z 1 2 3...): the spacing is how the
    text was read off a licensed drug's box, the product's spacing with it is no filter dodge."""
    for m in hits:
        if m.kind == "legal_channel" and m.cue == "drug_approval" and not m.negated and _spelled_run(text[m.start:m.end]):
            return True
    return False


def _spelled_run(written: str) -> bool:
    """A run of >= 3 single letters/digits in one separator style, at least one a letter."""
    for r in _SPELLED.finditer(written):
        if any(c.isalpha() for c in r.group(0)):
            return True
    return False


def _copy_as_wink(m):
    cls = type(m)
    return cls(term=m.term, canonical="spelled out", category=m.category, kind="trade_cue", field=m.field,
               start=m.start, end=m.end, cue="wink", negated=False, suppressed_by=None, weight=_WINK.weight,
               entry=_WINK, n_start=m.n_start, n_end=m.n_end)

"""An imitation word bound to the product (issue 12, kind: 仿玳瑁 手镯, "玳瑁手镯 仿的", "vòng ngà giả").

An imitation word (仿, 仿的, 仿制, 树脂仿, imitation, faux, giả: the lexicon's benign_context entries with
cue `replica` whose text says imitation; a replica material alone, resin or plaster, is not enough) written right before or right after a product term, with nothing but a space or a comma
between them, says what that product is: an imitation of it, as 玳瑁色 says a colour (domain.md:
tortoiseshell-coloured plastic is allowed; "faux ivory" is what the item is, unless it is a cover word
used with a wink). The product term is then covered by the replica word (suppressed_by), as a longer
look-alike phrase covers it. Not when the replica word is denied (不是仿的), quoted ('faux', “仿”: the
quotes are the wink) or when a wink stands anywhere in the text (仿的 😉 懂的来).
"""
from __future__ import annotations

import re

from .hook_gates import needs
from .lazy_regex import lazy_compile

_PRODUCT_KINDS = ("name", "code_word", "product_form")
_GAP = lazy_compile(r"[\s,，、\-–—:：/()（）]{0,3}")
_NEAR = 4  # characters at most between the product and the replica word
# an imitation word in the replica hit as written: a replica material alone (resin, plaster) may be
# another thing the product is sold with (虎骨膏 plasters: a medicated plaster, not a plaster cast)
_IMITATION = lazy_compile(r"仿|假|人造|imitation|faux|fake|replica|repro|simulated|artificial|giả|nhân tạo|nhan tao")


@needs(hits=(("benign_context", "replica"),))  # hook_gates: nothing to do without a replica look-alike
def cover_bound_imitations(hits: list, t: str) -> None:
    """Set suppressed_by on product hits that a replica word right beside them says are imitations."""
    replicas = [m for m in hits if m.kind == "benign_context" and m.cue == "replica" and not m.negated
                and not getattr(m, "quoted", False) and _IMITATION.search(t, m.n_start, m.n_end)]
    if not replicas:
        return
    for m in hits:
        if m.kind == "trade_cue" and m.cue == "wink" and not m.negated:
            return
    for m in hits:
        if m.kind not in _PRODUCT_KINDS or m.suppressed_by is not None or m.negated:
            continue
        for r in replicas:
            if r.n_start < m.n_end and m.n_start < r.n_end:
                continue  # overlapping: the lexicon's own cover rule decides (longer covers shorter)
            if m.n_end <= r.n_start <= m.n_end + _NEAR:
                gap = t[m.n_end:r.n_start]
            elif r.n_end <= m.n_start <= r.n_end + _NEAR:
                gap = t[r.n_end:m.n_start]
            else:
                continue
            if _GAP.fullmatch(gap) and not _quoted_around(t, r):
                m.suppressed_by = r.canonical
                break


def uncover_winked_replicas(hits: list) -> None:
    """A replica word right before the product (faux ivory, 仿象牙: the matcher's replica prefix) covers
    it as the bound imitation above does, and like it not when a wink stands in the text: "listed as
    faux", "the real deal", 懂的来 take the replica claim back (a cover for the filter, the truth for the
    buyer: domain.md, 'faux ivory' as a cover word). The product then counts as named. Not when the
    text also says plainly what the piece is made of (plastic pieces, resin, cow bone): then "the real
    deal" praises an honest imitation."""
    covered = [m for m in hits if m.replica and m.suppressed_by is not None and not m.negated
               and m.kind in _PRODUCT_KINDS]
    if not covered or not any(m.kind == "trade_cue" and m.cue == "wink" and not m.negated for m in hits):
        return
    claims = {m.suppressed_by.lower() for m in covered}
    for m in hits:
        if (m.kind == "benign_context" and m.cue in ("replica", "legal_material") and not m.negated
                and not getattr(m, "quoted", False) and m.canonical.lower() not in claims
                and m.term.lower() not in claims):
            return  # a material named besides the replica word itself
    for m in covered:
        m.replica = False
        m.suppressed_by = None


def _quoted_around(t: str, r) -> bool:
    """The replica word in quotation marks as written (normalised text): 'faux', “仿”."""
    before = t[r.n_start - 1:r.n_start] if r.n_start else ""
    after = t[r.n_end:r.n_end + 1]
    return bool(before) and before in "'\"‘“「『" and bool(after) and after in "'\"’”」』"

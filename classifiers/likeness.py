"""'Not like plastic' denies the replica as 'not plastic' does (q12, issue 12).

A seller who writes that the piece smells, feels or looks "không như nhựa / không giống nhựa / chẳng
giống nhựa" (not like plastic), or "unlike resin", denies the replica material exactly as "không phải
nhựa" does: a tell of the real thing, which the matcher already reads for 不像塑料 and "not plastic".
The Vietnamese and English comparison forms are marked negated here (feature_kinds then reads a
denied replica as a wink, and a declared legal material with only the replica denied as an honest
seller: sừng trâu, mùi không như nhựa). Runs in scope_marks on topical
listings with a look-alike only.
"""
from __future__ import annotations

from .normalize import fold_diacritics

# the comparison words right before the material, as written without tone marks
_NOT_LIKE = ("khong nhu", "khong giong", "chang giong", "chang nhu", "ko nhu", "ko giong", "k nhu", "k giong",
             "khac han", "khac voi", "not like", "unlike", "nothing like")
_CUES = ("replica", "legal_material")
_HINTS = ("như", "nhu", "giống", "giong", "like", "khác", "khac")  # one of these before: worth folding


def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Marks replica and legal-material look-alikes right after a 'not like' word as negated."""
    for m in lookalikes:
        if m.cue in _CUES and not m.negated:
            raw = (texts.get(m.field) or "")[max(0, m.start - 14):m.start].lower()
            if not any(h in raw for h in _HINTS):
                continue
            before = fold_diacritics(raw).rstrip()
            for w in _NOT_LIKE:
                if before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalpha()):
                    m.negated = True
                    break

"""A maw word and a Mexican origin in one sentence: the totoaba told by where it comes from (issue 12,
kind 3; train_en11 0205, "the dried maw that costs more than gold, only from Mexico").

The lexicon lists the phrasings (maw from mexico, mexican maw, 墨西哥花胶, bóng cá mễ); a seller who puts
words between the two ("the dried maw ... only from Mexico", "swim bladder, big size, Mexico origin")
is missed. domain.md (totoaba): the swim bladder of the Gulf of California's totoaba is the only maw
traded by its Mexican origin; croaker maw from elsewhere is legal food (花胶 as the lexicon's food cue).
So a maw or swim-bladder word and the country named as the goods' source (from Mexico, Mexico origin,
来自墨西哥; not 'flew to Mexico', nor the adjective 'Mexican', which is a cuisine: Mexican restaurant,
fish maw soup) in the same sentence, and nothing saying the maw is farmed
or of a legal species, read as a totoaba code word; the maw's own food cue in that sentence is dropped.
Runs only where the lexicon found the Mexican origin cue and no totoaba name (most texts: one test).
"""
from __future__ import annotations

import re

from .lexicon import Entry

ORIGIN = "墨西哥"  # the lexicon's Mexican origin cue (config/keywords/totoaba.yaml)
WEIGHT = 0.6  # as the lexicon's "'money' maw" beside a Mexican origin
_ENTRY: list = []
_RES: list = []


def _res() -> tuple:
    if not _RES:
        _RES.append(re.compile(r"(?<![a-z])(?:maws?|swim ?blad+ers?|fish blad+ers?|air blad+ers?|buches?|blad+ers?)(?![a-z])|"
                               r"花胶|鱼胶|鱼肚|鱼鳔|鱼泡|鳔|bong bóng cá|bóng cá"))
        _RES.append(re.compile(r"(?<![a-z])(?:farmed|farm[- ]raised|aquaculture|cultured|croaker|cod|hake|basa|pangasius|"
                               r"legal species|not from mexico|no totoaba|not totoaba|avoid|ban+ed|il+egal)(?![a-z])|养殖|鳕鱼|巴西|"
                               r"mexican"))
        _RES.append(re.compile(r"\n|[。！？!?；;]|\.(?=\s|$)"))
        # the country as the goods' source: from / ex / product of / origin before it, origin after it
        _RES.append(re.compile(r"(?:(?<![a-z])(?:from|ex|of|origin|made in|caught in|sourced in|imported from)\s?[:：]?\s?(?:the\s)?"
                               r"|来自|产地[:：]?|产自|原产|直发)$"))
        _RES.append(re.compile(r"\s?(?:origin|sourced|caught|source|direct|来的|货|产|直发)"))
    return tuple(_RES)


def _entry() -> Entry:
    if not _ENTRY:
        _ENTRY.append(Entry(
            id=-1, term="maw from mexico", category="totoaba", kind="code_word", weight=WEIGHT, cue=None,
            label_hint=None, lang="en", source="EIA_TOTOABA (domain.md: totoaba maw traded by its Mexican origin)",
            file="classifiers/maw_origin.py", line=0, variants=("maw from mexico",)))
    return _ENTRY[0]


def maw_origin(hits: list, t: str, make) -> list:
    """`hits` with a totoaba code word added where a maw word and the Mexican origin share a sentence
    (module doc). make(entry, term, t_span): a RawMatch for the maw word's span."""
    origins = [m for m in hits if m.kind == "trade_cue" and m.canonical == ORIGIN and not m.negated]
    if not origins or any(m.category == "totoaba" and m.kind in ("name", "code_word") for m in hits):
        return hits
    maw, doubt, breaks, source_before, source_after = _res()
    for o in origins:
        written = t[o.n_start:o.n_end]
        if "mexican" in written:
            continue
        if not (written.startswith("from") or source_before.search(t, max(0, o.n_start - 16), o.n_start)
                or source_after.match(t, o.n_end)):
            continue  # flew to Mexico: a place, not where the goods come from
        a = max((g.end() for g in breaks.finditer(t, 0, o.n_start)), default=0)
        g = breaks.search(t, o.n_end)
        b = g.start() if g else len(t)
        if doubt.search(t, a, b):
            continue
        w = maw.search(t, a, b)
        if w is None:
            continue
        food = {id(m) for m in hits if m.kind == "benign_context" and m.category == "totoaba"
                and a <= m.n_start < b}
        kept = [m for m in hits if id(m) not in food]
        return kept + [make(_entry(), t[w.start():w.end()], w.span())]
    return hits

"""One filler character inside a Chinese product name (issue 12 kind 4, writing tricks; q13).

Sellers break a name the filter knows with an inserted symbol (象*牙, 犀.角: the squeezed form takes
the symbol out) or, where a symbol would be stripped, with one ordinary character: 穿山一甲片, 玳x瑁
(domain.md design note 2: "strip inserted symbols and spaces"; the same trick with a hanzi). This
module reads that form on the topical path only (a text some other product term or cue made topical;
the ordinary path is untouched): a lexicon product key of three or more Chinese characters (a name,
product form or code word of weight >= 0.5) written with exactly one extra Chinese character at an
inner split counts as that key, unless

- the two halves are both ordinary words (犀牛|角, 老虎|骨: 犀牛的角 and 老虎排骨 are phrases, not a
  broken name; an "ordinary word" is a jieba dictionary word of log-frequency above -13.5, or one
  common character),
- the filler forms an ordinary word with the character beside it, or a dictionary word with a whole
  half (老虎排骨: 排骨), or
- an end of the match runs on into an ordinary word (犀角 梳 水牛角: 水牛), or
- the name is found as written anyway (then the precise pass has it already).

The hit keeps its entry's kind and weight: the trick is a wink, not a weaker name.
"""
from __future__ import annotations

from ahocorasick_rs import AhoCorasick, MatchKind

from .normalize import is_cjk

MIN_LEN = 3
MIN_WEIGHT = 0.5
ORDINARY_LOGP = -13.5
_PRODUCT = ("name", "product_form", "code_word")
_NOT_FILLER = frozenset("，。、；：？！")


def build(keys: list[str], ids: list[tuple], entries) -> dict:
    """An automaton of the left halves of every inner split of every qualifying key (module doc), and for
    each left half: first character of the right half -> [(right half, entry id)], longest first."""
    out: dict[str, dict[str, dict[str, list[tuple[str, int]]]]] = {}
    for k, eids in zip(keys, ids):
        if len(k) < MIN_LEN or not all(is_cjk(c) for c in k):
            continue
        best = max((i for i in eids if entries[i].kind in _PRODUCT and entries[i].weight >= MIN_WEIGHT),
                   key=lambda i: entries[i].weight, default=None)
        if best is None:
            continue
        for s in range(1, len(k)):
            out.setdefault(k[0], {}).setdefault(k[:s], {}).setdefault(k[s], []).append((k[s:], best))
    lefts, nexts = [], []
    for by_left in out.values():  # the longest right half first (穿山一甲片 is 穿山甲片, not 穿山甲)
        for left, by_next in by_left.items():
            for cands in by_next.values():
                cands.sort(key=lambda rc: -len(rc[0]))
            lefts.append(left)
            nexts.append(by_next)
    return {"lefts": lefts, "nexts": nexts, "automaton": AhoCorasick(lefts, matchkind=MatchKind.Standard) if lefts else None}


def _ordinary(word: str, dictionary) -> bool:
    got = dictionary.get(word)
    return bool(got) and got[0] and got[1] is not None and got[1] > ORDINARY_LOGP


def _word(word: str, dictionary) -> bool:
    got = dictionary.get(word)
    return bool(got) and bool(got[0])


def filler_names(hits: list, t: str, norm, table: dict, entries, dictionary, make) -> list:
    """`hits` with the names written with one filler character added (module doc). make(entry, n_span,
    text_span): a RawMatch."""
    if not table or table["automaton"] is None:
        return hits
    taken = {(m.n_start, m.n_end) for m in hits}
    added = []
    n = len(t)
    nexts = table["nexts"]
    for k, i, j in table["automaton"].find_matches_as_indexes(t, overlapping=True):
        if j + 2 > n:
            continue
        left = t[i:j]
        cands = nexts[k].get(t[j + 1])
        if not cands:
            continue
        filler = t[j]
        if not is_cjk(filler) or filler in _NOT_FILLER:
            continue
        found = None
        for right, eid in cands:
            if not t.startswith(right, j + 1):
                continue
            if _ordinary(left, dictionary) and _ordinary(right, dictionary):
                continue  # 犀牛|角: 犀牛的角 is a phrase
            if (_ordinary(left[-1] + filler, dictionary) or _ordinary(filler + right[0], dictionary)
                    or _word(left + filler, dictionary) or _word(filler + right, dictionary)):
                continue  # the filler belongs to a word with a half (老虎排骨: 排骨)
            end = j + 1 + len(right)
            if (end < n and _ordinary(t[end - 1:end + 1], dictionary)) or (
                    i > 0 and _ordinary(t[i - 1:i + 1], dictionary)):
                continue  # a half runs on into a word (犀角梳水牛角: 水牛)
            if (i, end) in taken:
                continue
            found = (eid, end)
            break
        if found is not None:
            eid, end = found
            taken.add((i, end))
            added.append(make(entries[eid], (i, end), norm.span(i, end)))
    return hits + added if added else hits

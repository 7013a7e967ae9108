"""A colour word in quotation marks as the cover code of raw goods (issue 12, kind 4: writing tricks):
几根“大白”，原支的; 「白的」老挂件 日本回流; 2 pcs "white stuff" raw. Quoting an everyday word is how
a seller points at its other meaning (domain.md: white = ivory, black = rhino horn, 白料/白货), but
colours are quoted for clothes, paint and phones too. So the quoted colour codes the lexicon lists
(config/keywords, q15) count only with a raw-form word (原支, 整根, 原料, raw, whole) or an origin
(非洲, 日本回流, Africa) near them and no goods of another kind next to them (衬衫, 油漆, 手机,
大白 the toy, paint, phone); else
they are dropped, and a text topical only through them reads as it did without them.
"""
from __future__ import annotations

import re

from .colour_codes import _without

# the lexicon's quoted colour-code entries (their terms)
QUOTED_TERMS = frozenset(('"大白"', '"黑的"'))
NEAR = 24  # characters of the normalised text either side of the quoted word
NEXT_TO = 8  # ...and where the goods a colour describes stand (“白的”衬衫, 'the white' phone case)
_raw: list = []  # the patterns, compiled the first time a quoted colour is found


def _patterns():
    if not _raw:
        _raw.append(re.compile(
            r"原支|整支|整根|原根|原料|原牙|带尖|原皮|毛料|\b(?:raw|whole|uncut|full tusks?)\b"
            r"|非洲|坦桑|肯尼亚|莫桑比克|尼日利亚|刚果|日本回流|海外回流|香港回流|\b(?:africa|african|tanzania|kenya|mozambique|nigeria)\b"))
        _raw.append(re.compile(
            r"衣服|上衣|大衣|毛衣|睡衣|内衣|衫|裤|裙|鞋|帽|袜|漆|涂料|手机|壳|猫|狗|布料|纸|墙|瓷砖|玩具|玩偶|公仔|娃娃|兔|鲨|菜|糖|"
            r"\b(?:shirts?|t-shirts?|dress|shoes|paint|phones?|case|cats?|dogs?|fabric|tiles?|wall|toys?|plush|dolls?|sharks?)\b"))
    return _raw


def quoted_codes(hits: list, t: str) -> list:
    """`hits` with each quoted colour code kept only beside a raw-form or origin word and no other
    goods (module doc). t: the normalised text the hits' n_start/n_end point into."""
    quoted = [m for m in hits if m.kind == "code_word" and m.entry is not None and m.entry.term in QUOTED_TERMS]
    if not quoted:
        return hits
    raw, other = _patterns()
    gone = set()
    for m in quoted:
        a = max(0, t.rfind("\n", 0, m.n_start) + 1, m.n_start - NEAR)
        b = t.find("\n", m.n_end)
        b = min(len(t) if b < 0 else b, m.n_end + NEAR)
        near = t[a:m.n_start] + " " + t[m.n_end:b]
        next_to = t[max(a, m.n_start - NEXT_TO):m.n_start] + " " + t[m.n_end:min(b, m.n_end + NEXT_TO)]
        if raw.search(near) is None or other.search(next_to) is not None:
            gone.add(id(m))
    return _without(hits, gone) if gone else hits

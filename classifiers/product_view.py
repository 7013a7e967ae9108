"""EXPERIMENT (q21): what the learned text part reads of a listing where a product term matched."""
from __future__ import annotations

import os
import re

from .lexicon import PRODUCT_KINDS
from .normalize import is_cjk

VARIANT = os.environ.get("Q21_VARIANT", "none")
TOKEN = "ʘ"
_WORD = re.compile(r"[^\W\d_]+")
_PARTS_LATIN = frozenset(
    "claw claws talon talons tooth teeth fang fangs tusk tusks bone bones skull skin skins pelt pelts hide hides "
    "fur scale scales horn horns casque shell shells bile gall whisker whiskers penis "
    "sừng ngà xương da vảy móng nanh răng mật cao bột vuốt mai".split())
_PARTS_CJK = frozenset("骨角牙皮甲鞭胆爪鳞片粉膏须齿壳酒胶")


def _norm_parts():
    from .normalize import normalize
    return frozenset(normalize(w).text for w in _PARTS_LATIN) | _PARTS_LATIN


_PN = []


def view(t: str, found: list, animals=()) -> str:
    if VARIANT == "none":
        return t
    live = [m for m in found if m.kind in PRODUCT_KINDS and m.suppressed_by is None and not m.negated
            and 0 <= m.n_start < m.n_end <= len(t)]
    if VARIANT.endswith("_strong"):
        live = [m for m in live if m.weight >= 0.75]
    if not live:
        return t
    chars = list(t)
    mode = VARIANT.split("_")[0]
    if not _PN:
        _PN.append(_norm_parts())
    parts = _PN[0]
    for m in live:
        a, b = m.n_start, m.n_end
        if mode in ("blank", "tok"):
            first = True
            for i in range(a, b):
                if chars[i] != "\n":
                    chars[i] = TOKEN if (mode == "tok" and first) else " "
                    first = False
                else:
                    first = True
        elif mode == "animal":  # only the animal word(s) of the span: keep the part words
            seg = t[a:b]
            for w in _WORD.finditer(seg):
                word = w.group(0)
                s, e = a + w.start(), a + w.end()
                if is_cjk(word[0]):
                    i = s
                    while i < e:  # CJK: mask the run of non-part characters
                        if word[i - s] in _PARTS_CJK:
                            i += 1
                            continue
                        j = i
                        while j < e and word[j - s] not in _PARTS_CJK:
                            j += 1
                        chars[i] = TOKEN
                        for k in range(i + 1, j):
                            chars[k] = " "
                        i = j
                elif word in animals or (word not in parts and len(seg) <= 24 and "," not in seg):
                    chars[s] = TOKEN
                    for k in range(s + 1, e):
                        chars[k] = " "
    return "".join(chars)


def spans(t: str, found: list) -> tuple:
    """noneg: the normalised text of each live product span."""
    if VARIANT not in ("noneg", "noneg_strong", "nonegnb", "noneg_f", "noneg_fnb", "noneg_fh"):
        return ()
    if VARIANT in ("nonegnb", "noneg_fnb") and any(m.kind == "benign_context" and not m.negated for m in found):
        return ()
    out = []
    for m in found:
        if (m.kind in PRODUCT_KINDS and m.suppressed_by is None and not m.negated and 0 <= m.n_start < m.n_end <= len(t)
                and (VARIANT != "noneg_strong" or m.weight >= 0.75)):
            sp = t[m.n_start:m.n_end]
            if sp not in out:
                out.append(sp)
    return tuple(out)


def span_ids(t: str, spans: tuple, bits: int) -> set:
    from .textgrams import grams
    out = set()
    for sp in spans:
        if sp in t:
            out.update(grams(sp, bits))
    return out


def cond(f: dict) -> bool:
    """noneg_f: a product named, not denied, no look-alike, no talk about the trade."""
    return (max(f.get("name", 0.0), f.get("product_form", 0.0), f.get("code_word", 0.0)) >= 0.5
            and not f.get("negated_product") and f.get("talk_about", 0.0) < 0.6
            and not any(v for k, v in f.items() if k.startswith("benign_")))

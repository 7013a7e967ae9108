"""The forest rangers as a paper's issuer (issue 12 kind 6): "xác nhận nguồn gốc trước 1990 của kiểm lâm",
"có giấy kiểm lâm", "sổ theo dõi do hạt kiểm lâm cấp". The lexicon files "kiểm lâm" as a news/report
context (benign conservation: rangers seize, arrest, are called); inside a seller's paper claim it
names who issued the paper, so the hit becomes that paper, filed as the lexicon files a farm's
ranger registration ("đăng ký với kiểm lâm": benign legal_material): on a prohibited product it is a
claim for a reviewer to check (legal_regime.paper_unchecked), on farmed stock a farm paper.

Not where the rangers act or are called in the same clause (thu giữ, bắt, phát hiện, báo kiểm lâm,
giao nộp): a report stays a report.

Runs in match_rules.after_rules only for a conservation hit naming the rangers.
"""
from __future__ import annotations

import re

from .lazy_regex import lazy_compile
from .normalize import fold_diacritics

_RANGER = "kiem lam"
# a paper word before the rangers in their clause (matched without tone marks)
_PAPER_BEFORE = lazy_compile(r"\b(?:giay|so|xac nhan|chung nhan|dang ky|dang ki|ho so|ma so|co dau|con dau|"
                              r"phieu|bien ban ban giao|cap phep|giay phep)\b")
# the rangers act, are called or take the goods: news or a report, not a paper
_ACTS = ("thu giu", "tich thu", "bat ", "bat giu", "phat hien", "bao kiem lam", "bao cho kiem lam", "goi kiem lam",
         "giao nop", "xu phat", "kiem tra", "vay bat", "khoi to", "duong day nong")
_STOPS = ",.;!?\n"


def is_ranger_word(term: str) -> bool:
    return _RANGER in fold_diacritics(term.lower())


def ranger_papers(hits: list, t: str) -> None:
    """Turn the rangers named as a paper's issuer in normalised text t into that paper."""
    folded = fold_diacritics(t)
    for m in hits:
        start = max(folded.rfind(c, 0, m.n_start) for c in _STOPS) + 1
        ends = [i for i in (folded.find(c, m.n_end) for c in _STOPS) if i >= 0]
        clause = folded[start:min(ends) if ends else len(folded)]
        if any(a in clause for a in _ACTS):
            continue
        if _PAPER_BEFORE.search(folded, max(start, m.n_start - 50), m.n_start):
            m.cue = "legal_material"

"""A seller's own "can't take it through customs" (issue 12 kind 2): "can't bring it through customs",
"không mang qua hải quan được", "过不了海关所以在这边出". The customs word the lexicon files as a
seizure-news context (benign conservation) is here why the piece is sold where it is: a trade fact
that the piece cannot travel legally, read as secrecy (as d-zh8's "skip customs / 包过关" are).

Not a warning to buyers ("tourists can't bring ivory through customs", "du khách ... sẽ bị tịch thu"):
a clause addressed to others or saying what happens at the border stays news/PSA; nor someone else's
word ("the shop said we can't...", "nghe nói không mang qua hải quan được") or a question about it.

Runs in match_rules.after_rules only for a conservation hit naming customs (one search of its clause).
"""
from __future__ import annotations

from .lazy_regex import lazy_compile
from .unheld_papers import is_hearsay

_CUSTOMS = ("customs", "hải quan", "hai quan", "海关", "海關")
# a carrying verb denied before the customs word (doubled letters are single in normalised text: cary)
_BEFORE = lazy_compile(r"(?:can't|cant|cannot|can not|couldn't|couldnt|won't|wont|not able to|unable to|not alowed to)"
                      r"(?: \S+){0,3}? (?:take|bring|get|cary|ship|send|fly|move)\b.{0,20}?\b(?:through|thru|past|via|across)"
                      r"(?: the)? $"
                      r"|(?<!\S)(?:không|ko|k|khong|hok|chẳng|chang) (?:thể |the )?(?:mang|đem|dem|xách|xach|chở|gửi|gui|đưa|dua|qua)"
                      r"(?: \S+){0,3}? ?(?:qua|về|ve|đi|di)? ?$"
                      r"|(?:过不了|过不去|带不过|带不了|带不走|不能带|没法带|没办法带|不好带|過不了|過不去|帶不過|帶不了|不能帶|沒法帶)(?:过|過)?$")
# or a refusal after it: "customs won't let me take it", "hải quan không cho mang", "海关不让带 / 海关过不了"
_AFTER = lazy_compile(r"^(?: won't| wont| will not| doesn't| dont| don't) (?:let|alow)"
                     r"|^ (?:không|ko|k|khong) (?:cho|qua được|qua duoc)"
                     r"|^ ?(?:不让带|不讓帶|过不了|過不了|过不去|過不去|不给过|不給過)")
# a clause addressed to others or telling what happens at the border: a warning, not a seller's excuse
_WARNING = ("you ", "your ", "tourist", "traveler", "visitor", "wil be seized", "confiscat", "du khách", "bạn ",
            "các bạn", "tịch thu", "bị phạt", "游客", "旅客", "你们", "会被没收", "會被沒收", "被没收", "罚款")
_STOPS = ",.;!?，。；！？\n"


def is_customs_word(term: str) -> bool:
    low = term.lower()
    return any(w in low for w in _CUSTOMS)


def seller_customs(hits: list, t: str) -> None:
    """Turn the customs conservation hits of a seller's "can't take it through customs" into secrecy cues."""
    before_re, after_re = _BEFORE.search, _AFTER.search
    for m in hits:
        start = max(t.rfind(c, 0, m.n_start) for c in _STOPS) + 1
        ends = [i for i in (t.find(c, m.n_end) for c in _STOPS) if i >= 0]
        end = min(ends) if ends else len(t)
        clause = t[start:end]
        if any(w in clause for w in _WARNING) or is_hearsay(t[start:m.n_start]):
            continue
        if t.startswith(("?", "？"), end):  # "can I ship it through customs?": a question, not an excuse
            continue
        if before_re(t[start:m.n_start]) or after_re(t[m.n_end:end]):
            m.kind, m.cue = "trade_cue", "secrecy"

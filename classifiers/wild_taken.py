"""A live animal said to be caught in the wild (issue 12 kind 2): "bắt ngoài rừng nên chưa có sổ",
"bắt được ở rẫy mía", "山上抓的", "caught it in the forest". The lexicon lists the set phrases (bắt rừng,
山上抓的, wild caught: trade_cues 'wild'); the words between verb and place vary too much for entries
(ngoài/trong/ở/trên/từ, được/đc, 刚/昨天), so here a pattern marks the listing's live-animal names
`wild`, and feature_kinds counts them as a wild origin and as "no papers": a wild-taken animal has
none (Decree 06/2019, WPL Art. 28: only registered captive stock is sold).

Runs in match_rules.after_rules only when a live-animal name is matched (one lazily compiled search).
Unmarked Vietnamese counts only with a preposition between (bat rung alone is bật rung, vibrate).
"""
from __future__ import annotations

from .lazy_regex import lazy_compile

_PLACES_VI = r"(?:rừng|núi|rẫy|nương|suối|đồng|hang|tự nhiên)"
_WILD = lazy_compile(r"\bbắt (?:được |đc |dc |đuợc )?(?:ngoài |trong |ở |trên |từ |tại |ngoai |trong |o |tren |tu )?" + _PLACES_VI
                     + r"|\bbat (?:duoc |dc )?(?:ngoai|trong|o|tren|tu) (?:rung|nui|ray|nuong|suoi)\b"
                     + r"|\bbẫy (?:được |đc )?(?:ngoài |trong |ở |trên )?(?:rừng|núi|rẫy)"
                     + r"|(?:山上|山里|山裡|野外|林子里|树林里|田里|河里|溪里|地里)(?:刚|剛|自己|昨天)?(?:抓|捉|捕|逮|套|掏)(?:的|到|来|來|回)"
                     + r"|\b(?:caught|trapped|captured|netted) (?:it |them |him |her )?(?:in|from|out of|on) (?:the )?"
                       r"(?:wild|forest|jungle|woods|bush|mountains?|hils?|fields?|river)\b")
# one of the verbs in the text, or the pattern cannot match (plain `in` tests first)
_VERBS = ("bắt", "bat ", "bẫy", "抓", "捉", "捕", "逮", "套", "掏", "caught", "trapped", "captured", "netted")


def mark_wild_taken(hits: list, t: str) -> bool:
    """Mark `wild` the live-animal names of normalised text t when it says the animal was caught in the
    wild; returns whether it did."""
    if not any(v in t for v in _VERBS):
        return False
    if _WILD.search(t) is None:
        return False
    for m in hits:
        if m.category == "live_animal" and m.kind == "name" and not m.negated and m.suppressed_by is None:
            m.wild = True
    return True

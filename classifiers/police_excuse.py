"""A seller's own "police check strict, so private deal" (mx3, kind: enforcement named as the reason
for secrecy; train_mx3: "Very expensive fish, police check strict so private deal").

The lexicon files police words (police, 公安, 警方, công an) as seizure-news context (benign
conservation). A seller who says the police are checking hard *and therefore* deals privately
(inbox, PM, 私聊, nhắn riêng) is telling buyers the goods cannot be sold openly: a secrecy cue, as
customs_excuse.py reads "can't take it through customs". Sellers writing to Chinese buyers in English
(machine-translated 最近查得严，私聊) and Vietnamese sellers ("dạo này công an gắt nên ib") both write it.

Not news or a warning: the sentence must hold the police word, a strictness word after it
(check strict, checking, tight, 查得严, gắt, căng) and a private-dealing word; a sentence that reports an
arrest or seizure, warns others (report, 举报, bắt giữ, you will) or is someone else's word stays news.
Runs in match_rules.after_rules only for a conservation hit naming the police.
"""
from __future__ import annotations

from .lazy_regex import lazy_compile
from .unheld_papers import is_hearsay

_POLICE = ("police", "cops", "警方", "公安", "警察", "công an", "cong an", "cảnh sát", "canh sat")
# strictness after the police word, a few words on (normalised text: lower case, simplified)
_STRICT = lazy_compile(r"^.{0,20}?(?:(?<![a-z])(?:check|checks|checking|strict|stricter|tight|tighter|everywhere|"
                       r"watching|crackdown|raid|raids)(?![a-z])|查得严|查得紧|查的严|查得很严|查得很紧|查得太严|严查|"
                       r"风声紧|盯得紧|(?<!\S)(?:gắt|gat|căng|cang|siết|siet|làm gắt|lam gat|truy quét|truy quet)(?!\S))")
# private dealing in the same sentence
_PRIVATE = lazy_compile(r"(?<![a-z])(?:private deal|private only|privately|in private|private sale|inbox|pm|dm|"
                        r"discreet|whatsapp|wechat|telegram|ib|zalo|nhắn riêng|nhan rieng|inbox riêng)(?![a-z])|"
                        r"私聊|私下|私信|私我|加微信|微信聊|私人交易|不公开")
# a report, arrest or warning in the sentence: news or a public service post, not the seller's excuse
_NEWS = ("report", "arrest", "seize", "seized", "jail", "you wil", "举报", "抓", "判", "查获", "bắt", "bat giu",
         "tịch thu", "khởi tố", "báo cáo")
_STOPS = ".!?。！？\n;；"


def is_police_word(term: str) -> bool:
    low = term.lower()
    return any(w in low for w in _POLICE)


def seller_police(hits: list, t: str) -> None:
    """Turn the police conservation hits of a seller's "police strict, so deal privately" into secrecy cues."""
    for m in hits:
        start = max(t.rfind(c, 0, m.n_start) for c in _STOPS) + 1
        ends = [i for i in (t.find(c, m.n_end) for c in _STOPS) if i >= 0]
        end = min(ends) if ends else len(t)
        sentence = t[start:end]
        if any(w in sentence for w in _NEWS) or is_hearsay(t[start:m.n_start]):
            continue
        if _STRICT.search(t[m.n_end:end]) and _PRIVATE.search(sentence):
            m.kind, m.cue = "trade_cue", "secrecy"

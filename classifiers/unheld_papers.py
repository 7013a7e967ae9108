"""Papers the seller does not hold (issue 12 kind 2): a paper someone ELSE says exists ("前主人说有证",
"the breeder said it has CITES", "nghe nói có giấy") or one the seller says they never got ("证件我没拿到",
"never got them", "chưa nhận được giấy") is no paper shown. The hit stays (it is still a paper claim
for legal_regime and the model), marked `unheld`, and live_papers._not_pending treats it as pending:
a live listed animal offered with it stays in review, as with 证在办 / CITES permit pending.

Runs in match_rules.after_rules only when the text has a legal-channel hit, and reads the text only
when one of the marker words is in it (one lazily compiled search).
"""
from __future__ import annotations

from .lazy_regex import lazy_compile

# someone else's word, before the paper in its clause: 前主人说有证, 听说有证, "the breeder said it has
# CITES", "was told it has papers", "nghe nói có giấy", "người bán bảo là có giấy" (a 说 right before the
# paper or after a third party: 说明/说一下 are the seller's own)
_HEARSAY = lazy_compile(r"听说|聽说|据说|據说|说是|(?:前主人|原主人|上家|卖家|賣家|朋友|别人|人家|老板|场家|繁殖场)说(?!明)|说(?=有)"
                        r"|\b(?:said|told me|was told|supposedly|apparently|heard)\b"
                        r"|\bnghe (?:noi|nói|đâu|dau)\b|\b(?:bảo|nói) là\b|\b(?:chủ cũ|người bán|chu cu) (?:nói|bảo|noi)\b")
# the paper not in hand, after it in its sentence (a comma does not end it): 证件我没拿到, never got them
_NOT_HELD = lazy_compile(r"没拿到|沒拿到|没收到|沒收到|没给我|沒給我|还没给|還沒給|拿不到|不在我(?:手|这)"
                         r"|\bnever (?:got|received|saw|been given) (?:them|it|those|the|any|my|her|his)\b|\b(?:didn't|didnt|did not|haven't|havent|have not)"
                         r" (?:get|got|received|receive|see)\b|\bnot (?:received|in hand|with me)\b|\bdon't have them\b"
                         r"|\bchưa (?:nhận|lấy|cầm|được đưa|có trong tay)|\bchua (?:nhan|lay|cam|duoc dua|co trong tay)"
                         r"|\bkhông nhận được|\bkhong nhan duoc")
# one of these in the text, or that pattern cannot match (plain `in` tests, cheaper than the searches;
# each pattern its own: a 给 or "not " alone needs no hearsay search of the whole text)
_HEARSAY_HINTS = ("说", "said", "told", "supposedly", "apparently", "heard", "nghe", "là", "chủ cũ", "người bán",
                  "chu cu")
_NOT_HELD_HINTS = ("拿", "收到", "给", "給", "不在我", "never", "didn", "did not", "haven", "have not", "not ",
                   "don't have", "chưa", "chua", "không nhận", "khong nhan")
_HINTS = _HEARSAY_HINTS + _NOT_HELD_HINTS
_STOPS = "。.!?！？;；\n"
_CLAUSE = ",，:：" + _STOPS


def _no_match(*_args):
    return None


def is_hearsay(before: str) -> bool:
    """Someone else's word in this text before a claim (前主人说, the breeder said, nghe nói)."""
    return any(h in before for h in _HEARSAY_HINTS) and _HEARSAY.search(before) is not None


def mark_unheld(hits: list, t: str) -> None:
    """Mark `unheld` the legal-channel hits of normalised text t that someone else vouches for or the
    seller says they never got (marked and unmarked Vietnamese are both in the patterns: no folding)."""
    hearsay, not_held = _HEARSAY.search, _NOT_HELD.search
    if not any(h in t for h in _HEARSAY_HINTS):
        hearsay = _no_match  # it cannot match here, nor in any part of t
    if not any(h in t for h in _NOT_HELD_HINTS):
        not_held = _no_match
    if hearsay(t) is None and not_held(t) is None:
        return
    for m in hits:
        if m.kind != "legal_channel":
            continue
        start = max(t.rfind(c, 0, m.n_start) for c in _CLAUSE) + 1
        ends = [i for i in (t.find(c, m.n_end) for c in _STOPS) if i >= 0]
        end = min(ends) if ends else len(t)
        if hearsay(t, start, m.n_start) or not_held(t, m.n_end, end):
            m.unheld = True

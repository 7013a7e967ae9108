"""A paper denied is no paper (q29, train_vi12 'left for code': hông có giấy tờ, chưa có giấy, không có
giấy CITES): the seller says the animal or piece has none, which is a no-papers cue, not a paper claim.

The lexicon files many such phrases, but not all as no-papers cues, and the paper inside them as a paper:
- a legal channel or a paper phrase filed as a benign context (giấy tờ, giấy CITES, giấy phép trại nuôi)
  that the matcher read as negated (không có giấy tờ, no CITES permit, without papers), or that follows a
  word the matcher does not read as a negator on its own (chưa có = not yet, southern hổng có, không cần
  = no need): it becomes a no-papers cue, its span taken back over the negating words;
- a secrecy cue that is a paper denied (không có giấy, chưa có giấy, k có giấy, 无来源证明) beside a live
  animal: a no-papers cue (the entries lump them with hàng lậu and ship kín, which stay secrecy); beside a
  piece or product, a denied paper is a secrecy cue, as the lexicon files không có giấy;
- a paper asked about and not answered yes ("Papers? Let's talk privately", "Giấy tờ? ib") is no paper claim;
- a paper that starts inside such a phrase (có giấy tờ in hổng có giấy tờ, có giấy, in chưa có giấy,) is
  the phrase's own word and goes.
What stays: "no CITES needed / required" (a keeper's note on an App II animal, not a paper missing), a
synthetic or a drug registration denied (không phải tổng hợp; no approval number is a medicine question),
and every refusal (không mua hàng không có giấy tờ): paper_claims.papers_in_denials turns those down after.

Runs in match_rules.after_rules, before its pass over the hits, only when a legal channel, a secrecy cue
or a legal-material context was found (a generator over the hits decides).
"""
from __future__ import annotations

import re

from .hook_gates import AnyWord, needs
from .lazy_regex import lazy_compile
from .normalize import fold_diacritics

# words of a paper (lowercase, without tone marks): the paper phrases the benign contexts file
_PAPER = ("giay", "ho so", "cites", "证", "證", "paper", "permit", "licen", "certif", "document")
_ANY_PAPER = AnyWord(_PAPER)  # one automaton pass for the `in` tests (sp25, issue 13)
# a paper denied as written at the start of a secrecy cue (folded): không/ko/k/kh/hk có giấy, chưa có giấy, 无...证
_DENIED_START = ("khong ", "ko ", "k ", "kh ", "hk ", "hok ", "hong ", "chua ", "无", "没", "冇", "no ", "without ")
# words before a paper that deny it and that the matcher does not read alone (folded, in t): not yet,
# southern no, no need
_BEFORE = lazy_compile(r"(?:^|[\s,.;:(])((?:chưa|chua|hổng|hong|hông|không|khong|ko|k|kh|hk|hok|chẳng|chả)"
                        r"(?: (?:hề|he|có|co|cần|can|được|duoc|đủ|du|làm|lam|xin|cấp|cap))*) $")
# a paper said not to be needed (the species needs none): no missing paper
_NEEDED_AFTER = (" needed", " required", " necessary", " not needed", " not required", " cần thiết", "需要", "必要")
_SKIP_CUES = ("synthetic", "drug_approval")
# a paper asked about, not claimed ("Papers? Let's talk", "Giấy tờ? inbox"), unless answered yes
_ASKED = lazy_compile(r" ?[?？]")
_YES = lazy_compile(r" ?[?？]+ ?(?:yes|yep|yeah|sure|of course|full|có|co|đủ|du|đầy đủ|day du|有|齐全|齊全)(?![a-zà-ỹ])")
_LIVE_CUES = ("live",)
# papers as documents (a captive-bred claim asked about, "Farmed? unknown", is an origin in doubt: it stays)
_DOCUMENTS = ("certificate", "licence", "exemption")


def _paper(term: str) -> bool:
    low = fold_diacritics(term.lower())
    return _ANY_PAPER(low)


# hook_gates: after_rules calls it only beside one of these hits (its own test there, after the drops); a
# listing that had none when the gate opened skips that test over every hit
@needs(hits=("legal_channel", ("trade_cue", "secrecy"), ("benign_context", "legal_material")))
def deny_papers(hits: list, t: str, text: str) -> list:
    """The hits with denied papers made no-papers cues (see module doc). `t`: the normalised text,
    `text`: the field as written (for the span taken back over the negator)."""
    phrases = []
    # a live animal's papers denied are a no-papers cue; a piece's stay what the lexicon files them as
    # (secrecy: không có giấy beside ngà, as beside any other goods)
    alive = any(m.category == "live_animal" or (m.kind == "trade_cue" and m.cue in _LIVE_CUES) for m in hits)
    denied_cue = "no_papers" if alive else "secrecy"
    for m in hits:
        if alive and m.kind == "trade_cue" and m.cue == "secrecy" and _paper(m.term) and fold_diacritics(
                m.term.lower()).startswith(_DENIED_START):
            m.cue = "no_papers"
        if m.kind == "trade_cue" and (m.cue == "no_papers" or (m.cue == "secrecy" and _paper(m.term))) and not m.negated:
            phrases.append(m)
    drop = None
    for m in hits:
        if not ((m.kind == "legal_channel" and m.cue not in _SKIP_CUES) or (
                m.kind == "benign_context" and m.cue == "legal_material" and _paper(m.term))):
            continue
        if any(p.n_start <= m.n_start < p.n_end for p in phrases):  # có giấy tờ in hổng có giấy tờ
            drop = [m] if drop is None else drop + [m]
            continue
        if m.kind == "legal_channel" and m.cue in _DOCUMENTS and not m.negated and _ASKED.match(t, m.n_end) and not _YES.match(
                t, m.n_end):
            drop = [m] if drop is None else drop + [m]  # "Papers? Let's talk privately": asked, not claimed
            continue
        before = _BEFORE.search(t, max(0, m.n_start - 24), m.n_start)
        if not (m.negated or before) or t.startswith(_NEEDED_AFTER, m.n_end):
            continue
        if before is not None:
            _take_back(m, before.group(1), text)
        m.kind, m.cue, m.negated = "trade_cue", denied_cue, False
        phrases.append(m)
    if drop:
        hits = [m for m in hits if m not in drop]
    return hits


def _take_back(m, words: str, text: str) -> None:
    """Widen m's span back over the negating words when the written text has them right before it."""
    n = len(words.split())
    head = text[:m.start]
    found = re.search(r"(\S+(?:\s+\S+){%d})\s+$" % (n - 1), head)
    if found is None or fold_diacritics(found.group(1).lower()).split() != fold_diacritics(words).split():
        return
    m.start = found.start(1)
    m.n_start -= len(words) + 1
    m.term = text[m.start:m.end]

"""An owner's own legality worry or question in Vietnamese is an asking frame (q42, session 13;
train_adv2 0233).

The lexicon reads vi phạm pháp luật, phạm pháp, hàng cấm and kiểm lâm as conservation words: news,
warnings, a call to the rangers. A poster who holds a piece and writes "em không muốn vi phạm pháp
luật", "em sợ vi phạm pháp luật", "bán thì có vi phạm pháp luật không", "cần giấy gì ở kiểm lâm không
ạ?" asks about the law for their own piece, as "có phạm pháp không" (the lexicon's 想问下 asking entry)
does. Such a word is re-filed under that asking entry, so held_piece (a piece in hand with tells: at
most review) and offered_piece (an offer received, "có người trả 7 triệu": review at least) read it
as they read the other asking words, instead of taking the post for talk about the trade.

A conservation word counts when, in its clause, a worry stands right before it (không muốn, sợ, ngại,
lo, tránh; maybe with bị) or the clause asks (có ... không/chưa, a question particle or '?' closing the
clause), and the post speaks in the first person (em, mình, tôi, tui, nhà em). What stays out: a
warning or news ("buôn bán ngà là vi phạm pháp luật, hãy báo kiểm lâm"): no worry, no question, or
no first person; the rangers acting (báo/gọi kiểm lâm, kiểm lâm bắt): a report.
Runs with the look-alike scope marks (scope_marks.MARKS), before held_piece, on conservation
look-alikes written in Latin letters only.
"""
from __future__ import annotations

from .lazy_regex import lazy_compile
from .normalize import fold_diacritics
from .hook_gates import needs

ASKING = "想问下"  # the lexicon's asking entry (held_piece._ASKING)
_STOPS = ",.;!\n"  # a clause ends here; '?' is kept in the clause: it asks
# right before the word in its clause: a worry of the poster's (folded, lower case)
_WORRY = lazy_compile(r"\b(?:khong muon|ko muon|k muon|chang muon|so|ngai|lo|lo la|tranh|e)(?: (?:bi|la|minh|em))? ?$")
# the clause asks: có/có bị ... không/chưa, or a question particle or '?' at its end
_ASKS_BEFORE = lazy_compile(r"\b(?:co|co bi|co phai|bi|lieu|can|phai)\b")
_ASKS_END = lazy_compile(r"(?:\b(?:khong|ko|k|hok|hong|chua|a|ah|nhi|vay|ha|sao|the nao|gi)\b ?\??|\?) ?$")
_FIRST_PERSON = lazy_compile(r"\b(?:em|minh|toi|tui|nha em|nha minh|nha toi)\b")
# the rangers acting or called: a report, not a question about one's own piece
_ACTS = ("bao kiem lam", "bao cho kiem lam", "goi kiem lam", "kiem lam bat", "kiem lam thu", "bi bat", "to giac",
         "thu giu", "tich thu", "bat giu")


def _latin(term: str) -> bool:
    return any("a" <= c <= "z" for c in term.lower())


# scope_marks gate (issue 13): returns unless a conservation look-alike
@needs(hits=(("benign_context", "conservation"),))
def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Re-files a Vietnamese conservation word inside the poster's own legality worry or question under
    the asking entry. lookalikes: the benign-context matches."""
    frames = [m for m in lookalikes if m.cue == "conservation" and not m.negated and m.canonical != ASKING
              and _latin(m.term)]
    if not frames:
        return
    folded = {}
    for m in frames:
        text = texts.get(m.field) or ""
        f = folded.get(m.field)
        if f is None:
            f = folded[m.field] = fold_diacritics(text.lower())
            if len(f) != len(text):
                f = folded[m.field] = ""  # offsets would not be the text's
        if not f or not any(_FIRST_PERSON.search(fold_diacritics((texts.get(k) or "").lower()))
                            for k in ("title", "description")):
            continue
        start = max(f.rfind(c, 0, m.start) for c in _STOPS) + 1
        ends = [i for i in (f.find(c, m.end) for c in _STOPS + "?") if i >= 0]
        end = min(ends) + 1 if ends else len(f)  # a closing '?' stays in the clause
        clause = f[start:end]
        if any(a in clause for a in _ACTS):
            continue
        before, after = f[start:m.start], f[m.end:end]
        if _WORRY.search(before) or (_ASKS_END.search(after.rstrip(_STOPS)) and (
                _ASKS_BEFORE.search(before) or after.rstrip().endswith("?"))):
            m.canonical = ASKING

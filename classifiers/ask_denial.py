""""Don't ask for X" denies X (q17, issue 12: negation; zh8-0134 "唔係金錢鰵…唔好問金錢鰵，冇").

A seller who has none of a product says so by telling buyers not to ask for it: Cantonese 唔好問 X (normalised
不好问), 别问/不要问/咪问 X, English "don't ask for X", Vietnamese "đừng hỏi X". The matcher's negators reach
one character back (不是树脂), so the second mention after 唔好問 reads as offered. A product term right after
such a phrase, in its clause, is denied, as after "not".

Stay out: "别问象牙哪来的", "don't ask where the ivory is from": a question word right after the term makes the
phrase a secret about the product (where from, how, real or not), not a denial. Runs in
match_rules.after_rules for topical listings; a substring test of the text decides first.
"""
from __future__ import annotations

from .hook_gates import needs
from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS

_ASK_WORDS = (r"(?:不好|别|不要|咪|莫|不使|唔好)问(?:有无|有没有|有冇)?"
              r"|(?<![\w])(?:don'?t|do not|dont|pls don'?t|please don'?t) ask(?: me)?(?: for| about)?(?: any)?"
              r"|(?<![\w])(?:đừng|dung|đừng có|dung co) (?:hỏi|hoi)(?: mua)?")
_SECRET_AFTER = ("哪", "怎么", "来源", "出处", "真假", "是不是", "从哪", " where", " how", " from", " ở đâu", " nguồn",
                 " real", " thật")
_BACK = 16  # characters back from the term
_ASK = lazy_compile(r"(?:" + _ASK_WORDS + r") ?$")


@needs(words=("问", "ask", "hỏi", "hoi"))  # hook_gates: nothing to do without its first line's ask words
def negate_asked(hits: list, t: str) -> None:
    """Mark negated the product terms right after "don't ask (for)" (唔好問, 别问, đừng hỏi)."""
    if "问" not in t and "ask" not in t and "hỏi" not in t and "hoi" not in t:
        return
    for m in hits:
        if m.negated or m.kind not in PRODUCT_KINDS:
            continue
        before = t[max(0, m.n_start - _BACK):m.n_start]
        if not ("问" in before or "ask" in before or "hỏi" in before or "hoi" in before):
            continue
        if _ASK.search(before) is None:
            continue
        after = t[m.n_end:m.n_end + 6]
        if after.startswith(_SECRET_AFTER) or after.lstrip().startswith(tuple(w.strip() for w in _SECRET_AFTER)):
            continue  # 别问象牙哪来的, don't ask where it's from: a secret, not a denial
        m.negated = True

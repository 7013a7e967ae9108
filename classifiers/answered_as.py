"""A look-alike asked and answered 'no, it is X' with a space for the comma: X is affirmed, not denied (q52).

train_live3 0045 '食蟹獴？不 是水獺寶寶' (a crab-eating mongoose? No, an otter baby): the seller raises a
look-alike a buyer might think of, answers a bare 不, and names the animal after it. Written with a comma
(？不，是水獭宝宝) the matcher reads it so; written with a space, the normaliser joins 不 是 into the negator 不是
(as it joins 象 牙), and the otter read as denied. Here a product term the matcher negated is affirmed again
when, in the text as written, it follows a question mark, a bare 不/唔 and whitespace before 是/係/就是 (an
optional opening quote): the question's answer, not a denial of the term. "X？不是Y" written without the
space, "不是水獭" anywhere else, and "X? No, Y" (read so already) are left as they are.
Hooked from match_rules.after_rules after deny_asked_names; gated on a question mark.
"""
from __future__ import annotations

from .hook_gates import needs
from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS

_ANSWER = lazy_compile(r"[?？]\s*(?:不|唔)\s+(?:是|係|系|就是)\s*[\"'“‘「]?\s*$")
_BACK = 16  # how far before the term the question mark may stand


@needs(words=("?", "？"))  # hook_gates: nothing asked, nothing answered
def affirm_answered(hits: list, text: str) -> None:
    """Un-negates the product terms named as the answer after '？不 是' (module doc)."""
    for m in hits:
        if not m.negated or m.kind not in PRODUCT_KINDS or not 0 < m.start <= len(text):
            continue
        lo = max(0, m.start - _BACK)
        before = text[lo:m.start]
        if ("不" in before or "唔" in before) and _ANSWER.search(text, lo, m.start):
            m.negated = False

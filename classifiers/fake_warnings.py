"""A seller's warning against counterfeits is no conservation talk (issue 12, session 11).

"虎骨酒 老酒 — 假酒请勿购买，我家正宗": "fake liquor, don't buy it; ours is the genuine one". The don't-buy
phrase (请勿购买, 不要购买, don't buy, đừng mua) that conservation posts use to tell readers to leave a
product alone is here aimed at fakes of the seller's own goods: a boast of authenticity. So a
conservation hit whose words say "don't buy" and that stands right after a fake word in its clause
(假酒 / 假货 / 仿品 / fake ones / hàng giả) is dropped, when the text also boasts its own goods as genuine
(正宗, 保真, 真品, the real thing, hàng thật): a news post that warns of fake ivory and says do not buy any
makes no such claim and keeps its frame.
"""
from __future__ import annotations

import re

from .hit_lists import drop_where
from .hook_gates import needs
from .lazy_regex import lazy_compile

# a fake word, then at most a few characters of the same clause, ending where the don't-buy phrase starts
_FAKE_BEFORE = lazy_compile(r"(?:假|仿|山寨|(?<![a-z])(?:fakes?|counterfeits?|replicas?)(?![a-z])|hàng giả|đồ giả)[^。！？.!?;；\n]{0,16}$")
_GENUINE = lazy_compile(r"正宗|正品|保真|真品|真货|真的|(?<![a-z])(?:genuine|authentic|the real (?:thing|one|deal)|ours is real)(?![a-z])|"
                         r"hàng thật|hàng chuẩn|bao thật")
_DONT_BUY = ("购买", "买", "buy", "mua")


@needs(hits=(("benign_context", "conservation"),))  # hook_gates: nothing to do without a conservation phrase
def drop_fake_warnings(hits: list, t: str) -> list:
    """`hits` without conservation don't-buy phrases aimed at fakes (module doc)."""
    genuine = None

    def aimed_at_fakes(m) -> bool:
        nonlocal genuine
        return (m.kind == "benign_context" and m.cue == "conservation" and any(w in t[m.n_start:m.n_end] for w in _DONT_BUY)
                and _FAKE_BEFORE.search(t, max(0, m.n_start - 24), m.n_start) is not None
                and (genuine := genuine if genuine is not None else _GENUINE.search(t) is not None))

    return drop_where(hits, aimed_at_fakes)

"""Goods announced without a name are explained by the goods the post does name (q12, issue 12).

'Hàng rừng mới về, ib' (forest goods just in, DM) and 'cao xương con to' (bone glue of a big
animal) name no product: the lexicon reads them as weak code words sent to review (label hint
suspicious, weight below 0.5) when a trade or contact cue stands with them. A post that names what
the forest goods are, as food (măng khô, nấm hương, mật ong rừng: benign food contexts), has said
what it sells: the weak code word is then dropped (suppressing it would still count as wildlife
evidence: 'a product covered'), and the post is read as the food post it is.
Runs in scope_marks on topical listings with a look-alike only.
"""
from __future__ import annotations

from .hook_gates import needs


def _withheld(m) -> bool:
    e = m.entry
    return (m.kind == "code_word" and m.category == "other_wildlife" and m.weight < 0.5
            and e is not None and e.label_hint == "suspicious")


# scope_marks gate (issue 13): acts only with a food look-alike
@needs(hits=(("benign_context", "food"),))
def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Drops the withheld-goods code words when the listing names a food. lookalikes: the
    benign-context matches."""
    if any(m.cue == "food" and not m.negated and not m.remote for m in lookalikes) \
            and any(_withheld(m) for m in matches):
        matches[:] = [m for m in matches if not _withheld(m)]

"""A cabinet, drawer or box the goods were kept in is where they come from, not the item sold (lead, session 13).

The lexicon reads old pharmacy cabinets (老药柜, 药柜, 百子柜, 药斗) as a look-alike: a listing that sells the
cabinet names the TCM materials on its drawers as history. When the text says the goods were kept IN it
('鲮鲤甲 老药材 … 老家药柜里留下来的，一小包，约100克，便宜处理', '抽屉里翻出来的几片', 'found in my grandpa's
medicine cabinet'), the cabinet is the goods' provenance: the look-alike no longer covers the product.

What stays out: the cabinet itself sold or described ('老药柜 一个，抽屉上写着犀角 虎骨'), an empty one
('药柜里面早就空了': no keeping or finding verb after the locative).
Runs in scope_marks on topical listings with a look-alike only; the regexes compile on first use.
"""
from __future__ import annotations

from .hook_gates import AnyWord
from .lazy_regex import lazy_compile

_CONTAINERS = ("柜", "櫃", "箱", "抽屉", "抽屜", "盒", "匣", "斗", "cabinet", "drawer", "chest", "trunk")
_ANY_CONTAINERS = AnyWord(_CONTAINERS)  # one automaton pass for the `in` tests (sp25, issue 13)
# right after the look-alike: a locative, then within a few characters a verb of keeping or finding
_KEPT_ZH = lazy_compile(r"^(?:子)?(?:里|裡|内|內|中)(?:面|头|頭)?[^。，,；;！!？?\n]{0,6}?"
                        r"(?:留|放|存|收|藏|翻|找|剩|拿|掏|发现|發現|搜)")
_KEPT_EN = lazy_compile(r"(?i)\b(?:found|kept|stored|left|sat|sitting|were|was) (?:in|inside) (?:\w+'s |my |our |the |an? |his |her )"
                        r"(?:old |late |grandpa's |grandfather's )?(?:\w+ )?$")


def _kept(m, text: str) -> bool:
    term = m.term.lower()
    if not _ANY_CONTAINERS(term):
        return False
    if _KEPT_ZH.search(text[m.end:m.end + 12]) is not None:
        return True
    return (any(w in term for w in ("cabinet", "drawer", "chest", "trunk"))
            and _KEPT_EN.search(text[max(0, m.start - 60):m.start]) is not None)


def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Marks remote a container look-alike the goods were kept in. lookalikes: the benign-context matches."""
    for m in lookalikes:
        if m.negated or m.remote:
            continue
        text = texts.get(m.field) or ""
        if _kept(m, text):
            m.remote = True

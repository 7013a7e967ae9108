"""A licensed bear-bile drug with its approval number written out (q28, issue 12, train_en13 left for code).

Farmed bear bile is a licensed drug ingredient in China: eye drops, capsules and pills carry the
NMPA approval number, 国药准字 + a letter (Z: Chinese medicine, H: chemical, S, B, J, F, T) + 8 digits,
printed on the box [S: bear.yaml 熊胆粉 entry 'legal only as a licensed drug (国药准字)'; LABELING: bear
bile, licensed drugs with an approval number are benign]; Hong Kong registers proprietary Chinese
medicines as HKC-12345. A seller who writes that number out ('approval no. 国药准字Z20050337',
'批准文号：国药准字Z22020520') names the licence, not just the word for it: the bile names beside it (熊胆,
bear bile, the pinyin 'Xiong Dan' that the lexicon also reads as the homophone code 雄胆) are that
drug's, and are covered (`suppressed_by` LICENSED), as a registered herbal supplement's keywords are
(herbal_keyword_titles).

Only the bile forms a licence can cover (the bear entries a licensed drug may hold, label_hint
suspicious: 熊胆, 熊胆粉, bear bile, 熊胆丸); nothing is covered when the listing also names a form no
licence covers (wild bile, a whole gall bladder, paws: no hint, weight >= 0.7), winks, keeps a secret,
says there are no papers or that the bile is wild, or when the number is only the word (国药准字 with
no number: the matcher's own benign context and legal channel weigh it as before). Viet Nam's farm
registrations (số đăng ký beside mật gấu) are papers a reviewer checks (legal_regime), not covered here.
Called from match_rules.after_rules when a medicine context or a drug-approval channel matched.
"""
from __future__ import annotations

import re

from .lazy_regex import lazy_compile

LICENSED = "licensed drug with its approval number"
_PRODUCTS = ("name", "product_form", "code_word")
_DOUBT_CUES = ("wink", "secrecy", "no_papers", "wild")
# the approval word, then the number: a letter and 8 digits (normalised text: 'approval' -> 'aproval')
_NUMBER = lazy_compile(
    r"(?:国药准字|國藥準字|批准文号|批准文號|(?<![a-z])(?:ap?roval|reg(?:istration)?\.?) ?(?:no\.?|number|#))"
    r" ?[:：#.]? ?(?:国药准字|國藥準字)? ?[hzsbjtf] ?-? ?(?:19|20)\d{6}(?!\d)"
    r"|(?<![a-z])hkc ?- ?\d{5}(?!\d)")


# q47 (zh16-0024): a box resold unopened whose approval number the seller points to on it ('国药准字号在盒子上，未拆封',
# '药店买的，没拆过，批准文号看图') is the licensed drug as much as a number written out: the approval word, a sealed
# word and where it was bought (a pharmacy, a hospital's or a doctor's prescription, the receipt)
_APPROVAL = lazy_compile(r"国药准字|國藥準字|批准文号|批准文號")
_SEALED = lazy_compile(r"未拆封|未开封|未開封|没拆|沒拆|没开封|沒開封|未拆|原封|塑封|未用过|未用過|全新未|冇拆|未开盒|未開盒")
_BOUGHT = lazy_compile(r"药店|藥店|药房|藥房|大药|医院开|醫院開|医生开|醫生開|处方|處方|小票|发票|發票|收据|收據")


def sealed_box(t: str) -> bool:
    """Whether t resells a licensed drug's sealed box: approval word, sealed, bought at a pharmacy (above)."""
    return _APPROVAL.search(t) is not None and _SEALED.search(t) is not None and _BOUGHT.search(t) is not None


def cover_numbered_drugs(hits: list, t: str) -> None:
    """Cover the bear-bile names of a listing that writes out a drug approval number (module doc).
    `t`: the normalised title, a newline, the description."""
    bile = []
    for m in hits:
        if m.negated:
            continue
        if m.kind == "trade_cue" and m.cue in _DOUBT_CUES:
            return
        if m.kind in _PRODUCTS and m.suppressed_by is None:
            if m.category != "bear" or m.entry.label_hint != "suspicious":
                return  # wild bile, a gall bladder, paws, or another group's product: no licence covers it
            bile.append(m)
    if not bile or (_NUMBER.search(t) is None and not sealed_box(t)):
        return
    for m in bile:
        m.suppressed_by = LICENSED

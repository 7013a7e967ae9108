"""A generic part word sold by weight from Africa: the product told by where it comes from and how it is
sold (q43; train_en15 0212 "Grade A medicine powder from Africa, 10g sealed ... whole pieces. Price per
gram", train_mx1 0235 "Mozambique 直发 牙 ... fresh cut, 2.4kg each").

domain.md (rhino horn, ivory; TRAFFIC 2015 "African materials"): the horn and ivory bought in Viet Nam and
China come from African range states and are priced by the gram or sold as raw pieces by weight; sellers
drop the product name and keep the part ("medicine", "horn", 牙, "teeth", sừng). The lexicon names the
fixed phrases (非洲牙, 非洲料); a seller who writes the part, the origin and the weight apart is missed.

So where the lexicon found an African source cue (from Africa, Mozambique, 莫桑比克, hàng châu phi) and no
product is named, a generic part word within WINDOW characters of it, and a gram price or a weight of
the goods (per gram, 克价, 10g, 2.4kg, 3 lạng) within WINDOW characters of the part, read as a code word:
a medicine or horn word as rhino horn, a tooth or tusk word as ivory. What stays out: a legal horn or
tooth named near it (kudu, buffalo, 水牛, trâu, warthog, hippo, mammoth, resin), any look-alike the
lexicon found (a toy, a brand, a registered medicine, news), a part word inside another word (牙膏, 牙科,
toothbrush), and posts with no weight or gram price (an African drum, "medicine from Africa" in a story).
Runs only where the lexicon found an African origin cue and no named product (most texts: one test).
"""
from __future__ import annotations

from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS, Entry

# the lexicon's African source cues (trade_cues.yaml, vietnamese.yaml)
ORIGINS = frozenset(("非洲来的", "非洲", "在非洲工作", "hàng châu phi", "hàng phi", "xklđ angola"))
WINDOW = 120  # characters between the origin and the part, and between the part and the weight
WEIGHT = 0.6  # as the lexicon's 非洲料 ('African materials')
_PRICE = frozenset(("按克", "per gram"))  # the lexicon's gram-price cues (canonicals)
_RHINO = lazy_compile(r"(?<![a-z])(?:medicines?|horns?)(?![a-z])|药材|药粉|角粉|角片|整角|原角|thuốc|bột sừng|sừng")
# the normaliser writes teeth as teth (repeated letters), tooth as toth
_IVORY = lazy_compile(r"(?<![a-z])(?:te{1,2}th|to{1,2}th|tusks?)(?![a-z])|răng|"
                      r"(?<![假种種洗刷补補拔镶鑲蛀护護象猛犸獁玛瑪狼虎熊狗猪豬鱼魚鲨鯊])牙(?![膏刷科齿齒签簽医醫线線疼痛龈齦套])")
# a legal or other species' horn or tooth, or a replica, near the part word: not the coded product
# (as normalised: a repeated letter is written once, buffalo as bufalo, sheep as shep)
_DOUBT = lazy_compile(r"(?<![a-z])(?:kudu|buf+alo|cow|cat+le|ox|ankole|watusi|nguni|goat|she+p|ram|antelope|impala|"
                      r"oryx|gemsbok|springbok|wildebe+st|eland|warthog|hip+o|hip+opotamus|walrus|mam+oth|shark|"
                      r"crocodile|croc|resin|replica|fake|faux|plastic|dental|dentist|denture|baby|to+th ?brush|"
                      r"to+th ?paste|herbal|vitamin|capsules?|tablets?)(?![a-z])|水牛|牦牛|牛角|羊角|疣猪|河马|猛犸|"
                      r"树脂|仿|假|牙医|牙科|trâu|bò|dê|cừu|nhựa|giả|heo rừng|cá sấu")
_AMOUNT = lazy_compile(r"\d+(?:[.,]\d+)?\s?(?:kg|kgs|g|gr|gram|grams|公斤|千克|克|斤|两|kí|ký|lạng|gam|lang)(?![a-z])")
_ENTRIES: dict = {}


def _entry(category: str) -> Entry:
    got = _ENTRIES.get(category)
    if got is None:
        got = _ENTRIES[category] = Entry(
            id=-1, term="african part by weight", category=category, kind="code_word", weight=WEIGHT, cue=None,
            label_hint=None, lang="en",
            source="TRAFFIC2015 (domain.md: African horn and ivory priced by the gram or sold raw by weight)",
            file="classifiers/origin_parts.py", line=0, variants=("african part by weight",))
    return got


def origin_parts(hits: list, t: str, make) -> list:
    """`hits` with a rhino-horn or ivory code word added on a generic part word beside an African source
    cue and a weight or gram price (module doc). make(entry, term, t_span): a RawMatch on the part word."""
    origins = [m for m in hits if m.kind == "trade_cue" and m.canonical in ORIGINS and not m.negated]
    if not origins:
        return hits
    for m in hits:
        if m.kind in PRODUCT_KINDS and m.category != "none" and not m.negated:
            return hits  # a product is named: nothing hidden to read
        if m.kind == "benign_context" and not m.negated:
            return hits  # a look-alike says what the item is
    prices = [m for m in hits if m.kind == "trade_cue" and m.canonical in _PRICE and not m.negated]
    for o in origins:
        a, b = max(0, o.n_start - WINDOW), min(len(t), o.n_end + WINDOW)
        for pattern, category in ((_RHINO, "rhino_horn"), (_IVORY, "ivory")):
            for w in pattern.finditer(t, a, b):
                if o.n_start <= w.start() < o.n_end:
                    continue  # inside the origin phrase itself
                lo, hi = max(0, w.start() - WINDOW), min(len(t), w.end() + WINDOW)
                if _DOUBT.search(t, max(0, w.start() - 40), min(len(t), w.end() + 40)):
                    continue
                weighed = any(lo <= p.n_start < hi for p in prices) or _AMOUNT.search(t, lo, hi) is not None
                if weighed:
                    return hits + [make(_entry(category), t[w.start():w.end()], w.span())]
    return hits

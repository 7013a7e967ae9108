"""One-character pangolin codes in a traditional-medicine offer (issue 12, q27: train_zh12 0023, 0210).

In the TCM trade pangolin scales are 甲片 / 炮甲 / 山甲片, and sellers who will not write the name cut it to
one character: 片 (the scales), 粉 (scale powder), 甲 ("[出] 片 粉 各若干，中药用途自己懂，先款"; a remedy
"里有一味叫“甲”，炮过的"; domain.md section 3: 甲片, pangolin scales sold for 通乳/下奶 remedies). Each
character alone is everyday (茶片, 面粉, 指甲, 药片, 甲方), so:
- the lexicon's key is the TCM context (config/keywords/pangolin.yaml, q27: term 中药用途; 中药, 入药, 偏方,
  炮制, 炮过, 通乳, 药用; 下奶 and 催奶 are descriptors of their own), a weak code word that makes the text topical;
- it is kept, as the code 甲片 on the character, only where 片 / 粉 / 甲 stands alone as the seller wrote it
  (after a line start, a space, a mark, a quotation mark or 出/有/收/叫; before a space, a mark, a quotation
  mark, 子, 都, 各, 和, a digit or a weight: not 茶片, 面粉, 指甲, 每次2片, 粉色, 甲方) within WINDOW characters of
  the TCM word, and the text offers it (a price, contact, sale or secrecy cue, or 出/有货/都有/先款/私/包邮/
  顺丰/要的), and no product is named (then the name speaks), no look-alike or legal material explains the
  text and no drug approval number (国药准字) stands;
- dropped otherwise, and a text topical only through it reads as it did without it.
"""
from __future__ import annotations

import re

from .lazy_regex import lazy_compile
from .lexicon import Entry

TCM_KEY = "中药用途"  # the lexicon entry's term (config/keywords/pangolin.yaml, q27)
WINDOW = 60  # characters of the text between the TCM word and the code
CODE_WEIGHT = 0.6  # as code_keys.CODE_WEIGHT: a code with its trade cues
_BEFORE = frozenset(" \t\n,，。;；:：、|/【】[]()（）“”\"'‘’「」『』出有收叫")
_CODE = lazy_compile(r"[片粉甲](?=$|[\s,，。;；:：、|/【】\[\]()（）“”\"'‘’「」『』子都各和跟同\d斤克两])")
_OFFER = lazy_compile(r"出|有货|都有|先款|私|包邮|顺丰|要的|价格|价钱|多少钱|现货|量大|克价|按克|[\d一二三四五六七八九十]\s?(?:斤|克|两)")
_APPROVAL = ("准字", "批准文号")
_ENTRY: list = []


def _entry() -> Entry:
    if not _ENTRY:
        _ENTRY.append(Entry(
            id=-1, term="甲片", category="pangolin", kind="code_word", weight=CODE_WEIGHT, cue=None, label_hint=None,
            lang="zh", source="domain.md section 3 (甲片, TCM remedies); q27: one-character code in a TCM offer",
            file="classifiers/tcm_codes.py", line=0, variants=("片", "粉", "甲")))
    return _ENTRY[0]


def tcm_codes(hits: list, keys: list, t: str, text: str, make, without_) -> list:
    """`hits` with the TCM-context keys replaced by a code hit on a bare 片/粉/甲 (module doc), or dropped.
    make(entry, term, t_span, text_span): a RawMatch; without_(hits, ids): code_keys._without."""
    gone = {id(m) for m in keys}

    def without(hits: list, gone: set) -> list:
        return keep_lookalikes(hits, gone, without_)
    for m in hits:
        if id(m) in gone:
            continue
        if m.kind in ("name", "code_word", "product_form") and m.suppressed_by is None and not m.negated:
            return without(hits, gone)  # a product named: the name speaks
        if m.kind == "benign_context" and not m.negated and m.cue != "conservation":
            return without(hits, gone)
        if m.kind == "legal_channel" and any(w in m.term for w in _APPROVAL):
            return without(hits, gone)
    offered = _OFFER.search(text) is not None or any(
        m.kind == "trade_cue" and not m.negated and m.cue in ("contact", "price", "sale", "secrecy") for m in hits)
    if not offered:
        return without(hits, gone)
    found = None
    for g in _CODE.finditer(text):
        i = g.start()
        if i > 0 and text[i - 1] not in _BEFORE:
            continue
        if any(abs(i - m.start) <= WINDOW for m in keys):
            found = g
            break
    if found is None:
        return without(hits, gone)
    c = found.group(0)
    k = text.count(c, 0, found.start())  # the same occurrence in the normalised text
    n = -1
    for _ in range(k + 1):
        n = t.find(c, n + 1)
        if n < 0:
            return without(hits, gone)
    rest = [m for m in hits if id(m) not in gone]
    return rest + [make(_entry(), c, (n, n + 1), (found.start(), found.end()))]


def keep_lookalikes(hits: list, gone: set, without) -> list:
    """`hits` without the dropped keys; where a look-alike or legal material stands among the rest (水牛角
    片 中药: the text was topical through a name it swallowed, 犀角 in 犀角代用品) the rest is kept as it is,
    else code_keys._without's rule (nothing left when the text was topical only through the keys)."""
    rest = [m for m in hits if id(m) not in gone]
    if any(m.kind == "benign_context" and not m.negated for m in rest):
        return rest
    return without(hits, gone)

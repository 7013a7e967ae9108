"""'Not like plastic' denies the replica as 'not plastic' does (q12, issue 12).

A seller who writes that the piece smells, feels or looks "không như nhựa / không giống nhựa / chẳng
giống nhựa" (not like plastic), or "unlike resin", denies the replica material exactly as "không phải
nhựa" does: a tell of the real thing, which the matcher already reads for 不像塑料 and "not plastic".
The Vietnamese and English comparison forms are marked negated here (feature_kinds then reads a
denied replica as a wink, and a declared legal material with only the replica denied as an honest
seller: sừng trâu, mùi không như nhựa). Runs in scope_marks on topical
listings with a look-alike only.

A pet named as a size or likeness reference (q35): "rabbit-sized", "as big as a hamster", "looks like
a kitten", "cỡ con hamster", "to bằng con thỏ", "跟兔子差不多大", "像仓鼠", "比仓鼠大一点" measure or
picture the animal sold by the pet; they do not name it. mark_sizes marks such a pet word remote, so
the pet neither excuses the looks and habits described nor clears the listing. A pet named plainly
elsewhere in the listing (a real rabbit sale) still counts, and a toy's or cage's own words still
clear it.
"""
from __future__ import annotations

from .lazy_regex import lazy_compile
from .normalize import fold_diacritics
from .hook_gates import AnyWord, needs

# the comparison words right before the material, as written without tone marks
_NOT_LIKE = ("khong nhu", "khong giong", "chang giong", "chang nhu", "ko nhu", "ko giong", "k nhu", "k giong",
             "khac han", "khac voi", "not like", "unlike", "nothing like")
_CUES = ("replica", "legal_material")
_HINTS = ("như", "nhu", "giống", "giong", "like", "khác", "khac")  # one of these before: worth folding


# scope_marks gate (issue 13): acts only on a look-alike of cue _CUES
@needs(hits=(("benign_context", "replica"), ("benign_context", "legal_material")))
def mark(matches: list, texts: dict, lookalikes: list) -> None:
    """Marks replica and legal-material look-alikes right after a 'not like' word as negated."""
    for m in lookalikes:
        if m.cue in _CUES and not m.negated:
            raw = (texts.get(m.field) or "")[max(0, m.start - 14):m.start].lower()
            if not _ANY_HINTS(raw):
                continue
            before = fold_diacritics(raw).rstrip()
            for w in _NOT_LIKE:
                if before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalpha()):
                    m.negated = True
                    break


# the reference words around a pet word, as written (lowercased); the article or counter between
_EN_BEFORE = lazy_compile(
    r"(?:\bsize of|\bsized like|\bas (?:big|small|large|tiny|little|fat|heavy|long) as|"
    r"\b(?:bigger|smaller|larger|tinier) than|\b(?:looks?|looking|just|kinda|kind of|sort of|much) like|"
    r"\bsimilar to|\bresembl\w*)\s+(?:(?:an?|the|one|small|little|big|large|young|baby|grown|adult)\s+)*$")
_EN_AFTER = lazy_compile(r"(?:\s*-\s*|\s+)sized\b|\s*-\s*size\b|\s+size\b(?!\s*(?:[:\d]|[sml]\b|xl|small|medium|large|mini))")
_VI_BEFORE = lazy_compile(r"(?:\bcỡ|\bbằng|\bgiống như|\bgiống hệt|\bgiống|\bnhư|\bkích thước)\s+"
                           r"(?:(?:1|một|con|chú|bé|em|cỡ)\s+)*$")
_VI_GIONG = lazy_compile(r"\bgiống\s+(?:(?:1|một|cỡ)\s+)*$")  # giống mèo: a breed, unless 'con' follows
_ZH_BEFORE = lazy_compile(r"(?:像|如|似|比|跟|和|与|同)(?:一只|一个|只|个|小)?$")
_ZH_AFTER = ("一样", "一般", "差不多", "那么", "这么", "大小", "般大", "似的")
_ZH_BIGGER = ("大", "小", "还大", "还小", "略大", "稍大", "略小", "稍小")
_HINTS_BEFORE = ("size", "as ", "than", "like", "similar", "resembl", "cỡ", "bằng", "giống", "như", "kích", "像", "如",
                 "似", "比", "跟", "和", "与", "同")


# scope_marks gate (issue 13): acts only on a pet look-alike
@needs(hits=(("benign_context", "pet"),))
def mark_sizes(matches: list, texts: dict, lookalikes: list) -> None:
    """Marks a pet look-alike remote when its word is a size or likeness reference for the animal
    described ("rabbit-sized", "cỡ con hamster", "跟兔子差不多大"), not the animal offered."""
    for m in lookalikes:
        if m.cue != "pet" or m.remote or m.quoted:
            continue
        text = texts.get(m.field) or ""
        before = text[max(0, m.start - 24):m.start].lower()
        after = text[m.end:m.end + 12].lower()
        if _is_reference(before, after):
            m.remote = True


def _is_reference(before: str, after: str) -> bool:
    if _EN_AFTER.match(after) or after.startswith(("大小", "般大", "那么大", "这么大")):
        return True
    if not any(h in before for h in _HINTS_BEFORE):
        return False
    if _EN_BEFORE.search(before):
        return True
    if _VI_BEFORE.search(before) and not _VI_GIONG.search(before) and not before.rstrip().endswith("cũng như"):
        return True
    z = _ZH_BEFORE.search(before)
    if not z:
        return False
    head = z.group()[0]
    if head in "像如似":
        return True
    if head == "比":
        return after.startswith(_ZH_BIGGER)
    return after.startswith(_ZH_AFTER)  # 跟/和/与/同 兔子: a likeness only with 一样/差不多 after


# q41 (train_zh14 0027): a product word as the likeness of a look-alike's namesake: "熊掌豆腐 … 形似熊掌"
# (the tofu is shaped like a bear's paw), "象牙白衣柜，颜色像象牙", "虎皮青椒 皮皱得像虎皮"
_ZH_LIKE = lazy_compile(r"(?:形似|形如|状似|状如|酷似|神似|貌似|好像|很像|就像|长得像|長得像|样子像|樣子像|形状像|形狀像|颜色像|顏色像|"
                         r"看起来像|看起來像|像)(?:一只|一隻|一个|一個|只|隻|个|個)?\s?$")
_EN_LIKE = lazy_compile(r"(?:\blooks? like|\blooking like|\bshaped like|\bresembl\w*)\s+(?:an?\s+|the\s+)?$")
_VI_LIKE = lazy_compile(r"(?:\bgiống như|\bgiống hệt|\bgiống|\bhình|\btrông như)\s+(?:(?:cái|con|một|1)\s+)*$")
_LIKE_HINTS = ("像", "似", "如", "like", "resembl", "giống", "hình", "như")


def mark_named_likeness(matches: list, texts: dict, lookalikes: list) -> None:
    """A product word right after a likeness word (形似, 像, looks like, giống) is the picture of a
    look-alike named in the listing that holds the same word (熊掌豆腐: a dish shaped like a bear's paw),
    not a product offered: it is covered by that look-alike, as inside the look-alike's own name."""
    covers = [m for m in lookalikes if not m.negated]
    if not covers:
        return
    for p in matches:
        if p.kind not in ("name", "code_word", "product_form") or p.negated or p.suppressed_by is not None:
            continue
        text = texts.get(p.field) or ""
        before = text[max(0, p.start - 12):p.start].lower()
        if not _ANY_LIKE_HINTS(before):
            continue
        if not (_ZH_LIKE.search(before) or _EN_LIKE.search(before) or _VI_LIKE.search(before)):
            continue
        word = text[p.start:p.end].lower()
        for b in covers:
            if word and word in (texts.get(b.field) or "")[b.start:b.end].lower() and not (
                    b.field == p.field and b.start <= p.start and p.end <= b.end):
                p.suppressed_by = b.canonical
                break


# q47 (zh16-0027): a trade cue anywhere that says the product itself may be on offer after all
_DISH_DOUBTS = frozenset(("wink", "secrecy", "no_papers", "wild", "quality", "price", "origin", "demand"))
_FIELD_ORDER = {"title": 0, "description": 1}


# scope_marks gate (issue 13): returns unless a food look-alike
@needs(hits=(("benign_context", "food"),))
def mark_dish_mentions(matches: list, texts: dict, lookalikes: list) -> None:
    """A dish named once (熊掌豆腐, 虎皮青椒) covers the later short mentions of the product word its name
    holds ('名字叫熊掌其实是煎豆腐', '这道熊掌外酥里嫩'): the listing goes on about its dish. Only food look-alikes,
    only mentions after the dish's name and written exactly as inside it (真熊掌, 野生熊掌 are other words),
    and not when any trade cue of the product (a wink, secrecy, wild, a quality, a price by weight, a
    buying word) stands in the listing: then the dish may be the cover."""
    dishes = [m for m in lookalikes if m.cue == "food" and not m.negated]
    if not dishes:
        return
    for m in matches:
        if m.kind == "trade_cue" and m.cue in _DISH_DOUBTS and not m.negated:
            return
    for p in matches:
        if p.kind not in ("name", "code_word", "product_form") or p.negated or p.suppressed_by is not None:
            continue
        word = (texts.get(p.field) or "")[p.start:p.end].lower()
        if not word:
            continue
        order = _FIELD_ORDER.get(p.field, 2)
        for b in dishes:
            b_order = _FIELD_ORDER.get(b.field, 2)
            if b.category == p.category and word in (texts.get(b.field) or "")[b.start:b.end].lower() and (
                    b_order < order or (b_order == order and b.end <= p.start)):
                p.suppressed_by = b.canonical
                break


# sp25 (issue 13): each `any(w in text for w in WORDS)` above in one automaton pass (hook_gates.AnyWord)
_ANY_HINTS = AnyWord(_HINTS)
_ANY_LIKE_HINTS = AnyWord(_LIKE_HINTS)

"""A negation that lists several products covers them all (issue 12, negation).

"We never sell ivory, rhino horn, or pangolin scales", "không bán ngà voi, sừng tê, vảy tê tê",
"本店不卖象牙、犀角、穿山甲片": the compiled matcher negates the term right after the negation word; the
items listed after it are as denied as the first. A shop pledge of this kind is no offer.

A hit is denied with the one before it when nothing but list punctuation and a conjunction stands
between them and it names another product (a different category): "không phải ngà giả, ngà thật"
repeats the same product to correct it, and stays as written. English sellers put a trade verb between
the negation and the list ("never sell", "do not stock"), further back than the matcher's window: such
a verb phrase right before a product negates it too.
"""
from __future__ import annotations

import re

from .hook_gates import needs
from .lazy_regex import lazy_compile
from .inline_lots import is_inline_lot
from .lexicon import PRODUCT_KINDS

# what may stand between two items of one list: punctuation, spaces and a conjunction (en/vi/zh)
_LIST_GAP = lazy_compile(
    r"^[\s,，、;/&+]*(?:(?:or|and|nor|and/or|hay|hoặc|hoac|và|va|cùng|hay là|或|或者|和|及|与|跟|以及)[\s,，、]*)?$")
# an English negated trade verb right before the first item (normalised text: doubled letters single,
# 'sell' is 'sel')
_EN_NEG_VERB = lazy_compile(
    r"(?:^|[^a-z'])(?:never|not|don't|dont|do not|does not|doesn't|won't|will not|wil not|no longer|cannot|can't)"
    r"\s+(?:(?:ever|knowingly)\s+)?(?:sel|sels|buy|trade|trade in|stock|cary|deal in|ship|ofer|list|acept)\s+(?:any\s+)?$")

# a literal every branch of _EN_NEG_VERB's negation holds (never; not, cannot, do/does not, will/wil not;
# don't, doesn't, won't, can't; dont; no longer): tests/classifiers/test_speed_preconditions.py checks it against the regex
_EN_NEG_WORDS = ("not", "n't", "never", "dont", "no longer")


def _has_neg_word(t: str) -> bool:
    """any(w in t for w in _EN_NEG_WORDS) without a generator (this runs for every topical listing)."""
    for w in _EN_NEG_WORDS:
        if w in t:
            return True
    return False


def negate_listed(hits: list, t: str) -> None:
    """Mark as negated the products listed after a negated product (see module doc). `hits`: the
    text's RawMatch list, by start; `t`: the normalised text."""
    products = [m for m in hits if m.kind in PRODUCT_KINDS]
    if len(products) < 1:
        return
    # every branch of _EN_NEG_VERB holds one of _EN_NEG_WORDS as written: a text with none of them
    # (most texts: Chinese, Vietnamese, English with no negation) needs no regex search per product
    # (each holds an n: a one-character test first, cheap where `t` is not ASCII)
    if "n" in t and _has_neg_word(t):
        for m in products:
            if not m.negated and _EN_NEG_VERB.search(t, max(0, m.n_start - 40), m.n_start):
                m.negated = True
    if len(products) < 2:
        return
    for m in products:
        if m.negated:
            break
    else:
        return  # nothing negated: no list to carry a negation along
    # the longest hit at each start is the list item (rhino horn, not horn)
    items: list = []
    for m in products:
        if items and m.n_start < items[-1][-1].n_end:
            items[-1].append(m)  # overlaps the item before: the same item
        else:
            items.append([m])
    for prev, cur in zip(items, items[1:]):
        if not any(p.negated for p in prev) or any(c.negated for c in cur):
            continue
        gap = t[max(p.n_end for p in prev):cur[0].n_start]
        if "\n" in gap or not _LIST_GAP.match(gap):
            continue
        if {c.category for c in cur} & {p.category for p in prev if p.negated}:
            continue  # the same product again: a correction (không phải ngà giả, ngà thật)
        if is_inline_lot(t, cur[0].n_start):
            continue  # "Lot: vase, no ivory, tiger claw": a lot's items are separate things (inline_lots)
        for c in cur:
            c.negated = True


# --- a buyer asking for the colour code by denying the legal materials ---
# "Looking to buy bangles, the white kind, not wood or plastic", "Cần mua vòng loại trắng, không phải gỗ
# hay nhựa", "求购手镯，要白的，不要木头塑料的": white is the trade's colour code for ivory (EIA "Seeing red";
# 白料, 新京报 2019); a buyer who wants a jewellery form in white and rules out the legal white materials
# asks for the one that is not legal. Alone a colour kind is everyday talk (the white kind of sneakers).
_COLOUR = lazy_compile(r"white|black|trắng|đen|白|黑")
_DENIAL_BEFORE = lazy_compile(r"(?:not|no|never|không phải|không|ko phải|ko|chẳng phải|不要|不是|不|非)[\s,，、]*$")
_WINK_DENIAL = lazy_compile(r"(?:không|ko|not|no|不是|不要)(?![a-zà-ỹ])")
_LEGAL_CUES = ("legal_material", "replica")
COLOUR_ASKED_WEIGHT = 0.6
# the lexicon's colour kinds (ivory.yaml): everyday words for a colour, no code at all unless asked so
COLOUR_KIND_TERMS = frozenset(("the white kind",))


@needs(hits=("code_word",))  # hook_gates: nothing to do without a colour code word
def colour_code_asked(hits: list, t: str) -> None:
    """Raise a weak colour-code word (the white kind, loại trắng, 要白的) to COLOUR_ASKED_WEIGHT and mark it
    asked for when the text has a buying word, a jewellery or carving form and a denied legal material."""
    colours = [m for m in hits if m.kind == "code_word" and not m.negated and m.weight < COLOUR_ASKED_WEIGHT
               and _COLOUR.search(m.canonical)]
    if not colours:
        return
    kinds = [m for m in colours if m.canonical in COLOUR_KIND_TERMS]
    if not (any(m.kind == "trade_cue" and m.cue == "demand" and not m.negated for m in hits)
            and any(m.kind == "trade_cue" and m.cue == "form" for m in hits)):
        for m in kinds:  # a colour kind without a buyer of a jewellery form: the white kind of table
            m.suppressed_by = "a colour kind, no jewellery asked for"
        return
    denied = [m for m in hits if (m.kind == "benign_context" and m.cue in _LEGAL_CUES and (
        m.negated or _DENIAL_BEFORE.search(t, max(0, m.n_start - 12), m.n_start) or _denied_in_clause(t, m.n_start)))
        # a wink that is itself the denial (không phải gỗ, not wood)
        or (m.kind == "trade_cue" and m.cue == "wink" and _WINK_DENIAL.match(t, m.n_start, m.n_end))]
    if not denied:
        for m in kinds:
            m.suppressed_by = "a colour kind, no legal material denied"
        return
    for m in colours:
        m.weight = COLOUR_ASKED_WEIGHT
        m.demand = True
    for m in denied:  # the buyer turns the material down (不要木头塑料的): it covers nothing
        if m.kind == "benign_context":
            m.negated = True
    for m in hits:  # the legal materials listed after the denial are denied with it (not wood or plastic)
        if m.kind == "benign_context" and m.cue in _LEGAL_CUES and not m.negated and any(
                d.n_start < m.n_start and _LIST_GAP.match(t[d.n_end:m.n_start]) for d in denied):
            m.negated = True


def _denied_in_clause(t: str, start: int) -> bool:
    """A Chinese denial earlier in the clause (不要木头塑料的: 塑料 after 不要 and another material)."""
    a = max(0, start - 8)
    clause = re.split(r"[,，。;；!！?？\n]", t[a:start])[-1]
    return "不要" in clause or "不是" in clause


# --- a rule that prohibits a list (q26, issue 12: negation over a list in event rules) ---
# "No star or radiated tortoises at this show", "No sale of wild-caught protected species", "本展会禁止带入象牙、
# 犀角制品", "Nghiêm cấm mua bán rùa sao, rùa ba gờ": an expo's, a market's or a group's rules name what may
# not be brought or sold. The matcher negates a term only right after its negator; here the head of a rule
# ('No' opening a sentence, 'No sale of', 禁止/严禁 with its verb, cấm) stands before a list whose first
# words are no lexicon term (star ... or radiated tortoises) or before a trade verb (sale of). What the
# rule names is denied, every item of its list too (whatever their category: a rule lists one kind of
# animal as often as several). A seller's 'No lowballers, ivory bangle $500' or 'No papers or receipts for
# this ivory' keeps its product: an English rule's list is a few words joined by or/and right before the
# term, and an English 'No' counts only where a sentence opens.
# English: 'no' (after 'strictly' too) where a sentence or line opens, then 'sale of', 'any'; found by
# str.find of 'no ' and a look at what stands before it (a regex with a look-behind at every position of
# every English text cost ~15 µs a listing)
_RULE_EN = lazy_compile(r"no (?:(?:sale|sales|seling|sel|trade|trading|buying) (?:of|in) )?(?:any )?")
_OPENS = "\n.!?;:•("  # what stands before a sentence's first word (spaces, dashes and bullets skipped)
_RULE_ZH = lazy_compile(r"(?:禁止|严禁|谢绝|请勿)(?:携带|带入|带进|带|出售|售卖|销售|买卖|交易|展示|展出|摆卖|入场|进场)*")
_RULE_VI = lazy_compile(r"(?<![\w])(?:nghiêm cấm|cấm|nghiem cam)(?: (?:mua bán|mua ban|mua|bán|ban|mang|đem|dem|"
                         r"trao đổi|trao doi|kinh doanh|trưng bày|trung bay))* ")
# between a rule's head and the first item: nothing, a few words joined by a conjunction (star or | Indian
# star or), or in Chinese a few characters (禁止在本群发布)
_RULE_GAP = lazy_compile(r"^(?:|(?:[\w-]+[ ,]+){1,3}(?:or|and|nor|&|/|hay|hoặc|và) (?:[\w-]+ )?|[\u4e00-\u9fff]{1,6})$")
# a literal every match of each rule's head holds: a text with none of them needs no regex search
_RULE_WORDS = ((_RULE_ZH, ("禁止", "严禁", "谢绝", "请勿")), (_RULE_VI, ("cấm", "nghiem cam")))
_NOT_RULED = ("contact", "price")  # 'No DMs, call me', 'no lowball offers': a seller's terms, no rule
_RULE_STOP = ".;!?\n"  # a rule's scope ends with its sentence


@needs(words=("no ",) + tuple(w for _, words in _RULE_WORDS for w in words))  # hook_gates: nothing to do without a rule head's word
def negate_ruled(hits: list, t: str) -> None:
    """Mark negated the products and trade cues a rule prohibits, and the items listed after them (see
    above). `hits`: the text's RawMatch list, by start; `t`: the normalised text."""
    heads = _english_heads(t) if "no " in t else []
    for rule, words in _RULE_WORDS:
        if any(w in t for w in words):
            heads.extend(rule.finditer(t))
    if not heads:
        return
    items = [m for m in hits if m.kind in PRODUCT_KINDS or (m.kind == "trade_cue" and m.cue not in _NOT_RULED)]
    for head in heads:
        end = head.end()
        if end == head.start():
            continue
        stop = min((i for i in (t.find(c, end) for c in _RULE_STOP) if i >= 0), default=len(t))
        inside = [m for m in items if end <= m.n_start < stop]
        if not inside:
            continue
        first = min(m.n_start for m in inside)
        if not _RULE_GAP.match(t[end:first]):
            continue
        last = None
        for m in inside:  # by start: the first item, then every product joined to it by a list gap
            if last is not None and m.n_start >= last and (
                    m.kind not in PRODUCT_KINDS or not _LIST_GAP.match(t[last:m.n_start])):
                break
            m.negated = True
            last = m.n_end if last is None else max(last, m.n_end)


def _english_heads(t: str) -> list:
    """The English rule heads of `t`: 'no ' where a sentence or line opens, as _RULE_EN matches there."""
    heads = []
    i = t.find("no ")
    while i >= 0:
        j = i
        while j > 0 and t[j - 1] in " -*":
            j -= 1
        if t.endswith("strictly", 0, j):
            j -= 8
            while j > 0 and t[j - 1] in " -*":
                j -= 1
        if j == 0 or t[j - 1] in _OPENS:
            heads.append(_RULE_EN.match(t, i))
        i = t.find("no ", i + 3)
    return heads

"""A colour word in quotation marks as the cover code of raw goods (issue 12, kind 4: writing tricks):
几根“大白”，原支的; 「白的」老挂件 日本回流; 2 pcs "white stuff" raw. Quoting an everyday word is how
a seller points at its other meaning (domain.md: white = ivory, black = rhino horn, 白料/白货), but
colours are quoted for clothes, paint and phones too. So the quoted colour codes the lexicon lists
(config/keywords, q15) count only with a raw-form word (原支, 整根, 原料, raw, whole) or an origin
(非洲, 日本回流, Africa) near them and no goods of another kind next to them (衬衫, 油漆, 手机,
大白 the toy, paint, phone); else
they are dropped, and a text topical only through them reads as it did without them.

q22: the trade's cues need not stand next to the quoted word. In a chat or a freight offer ('white'
200kg ... per kg USD, DM; Lagos to 广州, 鳞片 scales, 'white stuff', 包清关) the code is kept where the
same text holds two of: a source-market origin (Africa, Mozambique, Lagos: the lexicon's origin cues),
a weight or a price by weight (200kg, per kg, 克价), private contact (DM, 私聊, the lexicon's contact
and secrecy cues), a promise to get goods through customs (包清关, customs clearance included), another
tell of a wildlife product (鳞片 scales: the lexicon's descriptors); the goods guard next to it still
holds ('white' 50kg sugar, a 'white' shirt). The bare quoted colours ('white', 'black': config/keywords,
q22) count only so, and only standing as the goods sold by weight: at the start of an item and followed
by a bulk weight that ends it (, 'white' 200kg,), since sellers of shoes, phones, hair and gowns from
Lagos or Nairobi quote their colours ('white' colourway, 'black' 128GB, Brazilian 'black' 1kg bundles).
"""
from __future__ import annotations

from .lazy_regex import lazy_compile
from .code_keys import _COLOUR_HEADER, _WHITE_MATERIAL, _sized_res, _without

# the lexicon's quoted colour-code entries (their terms)
QUOTED_TERMS = frozenset(('"大白"', '"黑的"', '"white"', '"black"'))
BARE_TERMS = frozenset(('"white"', '"black"'))  # the bare quoted colours (q22): only with two trade cues
NEAR = 24  # characters of the normalised text either side of the quoted word
NEXT_TO = 8  # ...and where the goods a colour describes stand (“白的”衬衫, 'the white' phone case)
# the patterns below are compiled the first time a quoted colour is found
# a raw-form word or an origin near the quoted word
_RAW_FORM = lazy_compile(
    r"原支|整支|整根|原根|原料|原牙|带尖|原皮|毛料|\b(?:raw|whole|uncut|full tusks?)\b"
    r"|非洲|坦桑|肯尼亚|莫桑比克|尼日利亚|刚果|日本回流|海外回流|香港回流|\b(?:africa|african|tanzania|kenya|mozambique|nigeria)\b")
# goods of another kind right next to the quoted word (衬衫, 油漆, 手机, 大白 the toy)
_OTHER_GOODS = lazy_compile(
    r"衣服|上衣|大衣|毛衣|睡衣|内衣|衫|裤|裙|鞋|帽|袜|漆|涂料|手机|壳|猫|狗|布料|纸|墙|瓷砖|玩具|玩偶|公仔|娃娃|兔|鲨|菜|糖|"
    r"\b(?:shirts?|t-shirts?|dress|shoes|paint|phones?|case|cats?|dogs?|fabric|tiles?|wall|toys?|plush|dolls?|sharks?)\b")
# q22: what else a quoted colour is sold as by weight (sugar, rice, flour, cement, sand, paper...), named
# anywhere near the quoted word (NEAR): 'white' 50kg sugar bags
_BULK_GOODS = lazy_compile(
    r"大米|面粉|白糖|砂糖|食盐|水泥|沙子|石材|棉花|黄豆|茶叶|\b(?:sugar|rice|flour|salt|cement|sand|gravel|stone|marble|quartz|cot+on|"
    r"beans?|tea|cof+e+|pep+er|sesame|cashews?|paper|pulp|resin|plastic|granules?|pel+ets?|scrap|wine|chocolate|"
    r"chickens?|onions?|garlic|sorghum|maize|corn|cas+ava)\b")
# a source-market origin, a weight, a customs promise (see the module doc; the normalised text writes a
# doubled letter once: salaam as salam, coffee as cofe)
_SOURCE_MARKET = lazy_compile(
    r"非洲|坦桑|肯尼亚|莫桑比克|尼日利亚|刚果|喀麦隆|加蓬|安哥拉|津巴布韦|乌干达|拉各斯|蒙巴萨|\b(?:africa|african|tanzania|"
    r"kenya|mozambique|nigeria|congo|cameroon|gabon|angola|zimbabwe|uganda|zambia|lagos|mombasa|dar es sala+m|"
    r"kinshasa|maputo|luanda|douala|entebe+|kampala)\b")
_BY_WEIGHT = lazy_compile(r"\d\s?(?:kgs?|kilos?|公斤|斤|克|g)(?![a-z])|\bper (?:kg|kilo|gram)\b|/\s?kg\b|按克|按斤|克价|论斤")
_CUSTOMS_PROMISE = lazy_compile(r"包清关|清关包|包过关|customs clearance (?:included|incl|guarante+d|ok)|clearance included|"
                                r"we clear customs|clear(?:ing)? customs for you")


def quoted_codes(hits: list, t: str) -> list:
    """`hits` with each quoted colour code kept only beside a raw-form or origin word and no other
    goods (module doc). t: the normalised text the hits' n_start/n_end point into."""
    quoted = [m for m in hits if m.kind == "code_word" and m.entry is not None and m.entry.term in QUOTED_TERMS]
    if not quoted:
        return hits
    cued = None  # the trade cues anywhere in the text (q22), worked out once and only if needed
    gone = set()
    for m in quoted:
        a = max(0, t.rfind("\n", 0, m.n_start) + 1, m.n_start - NEAR)
        b = t.find("\n", m.n_end)
        b = min(len(t) if b < 0 else b, m.n_end + NEAR)
        near = t[a:m.n_start] + " " + t[m.n_end:b]
        next_to = t[max(a, m.n_start - NEXT_TO):m.n_start] + " " + t[m.n_end:min(b, m.n_end + NEXT_TO)]
        if _OTHER_GOODS.search(next_to) is not None or _BULK_GOODS.search(near) is not None:
            gone.add(id(m))
            continue
        if m.entry.term in BARE_TERMS and _material_with_grain(hits, t, m):
            continue  # q40: a solid piece of the 'white', engine-turning visible: the material, with its grain
        if m.entry.term in BARE_TERMS and not _sold_by_weight(t, m):
            gone.add(id(m))  # 'white' colourway, Brazilian 'black' 1kg bundles, 'black' 128GB: a colour
            continue
        if m.entry.term not in BARE_TERMS and _RAW_FORM.search(near) is not None:
            continue
        if cued is None:
            cued = _trade_cues(hits, t)
        if not cued:
            gone.add(id(m))
    return _without(hits, gone) if gone else hits


def _trade_cues(hits: list, t: str) -> bool:
    """Whether the text holds two of the trade's cues anywhere (module doc, q22), one of them about where
    the goods come from or how they travel (a source-market origin, a customs promise, another wildlife
    tell): a weight and a DM alone are any shop's ('white' 2kg, DM), and so is a colour list (Colour:)."""
    if _COLOUR_HEADER.search(t):
        return False
    cues = [m for m in hits if m.kind == "trade_cue" and not m.negated]
    source = (_SOURCE_MARKET.search(t) is not None or any(m.cue == "origin" for m in cues)) + (
        _CUSTOMS_PROMISE.search(t) is not None) + any(m.kind == "descriptor" and not m.negated for m in hits)
    if not source:
        return False
    return source + (_BY_WEIGHT.search(t) is not None) + (
        any(m.cue in ("contact", "secrecy") for m in cues) or _private(t)) >= 2


_ITEM_START = frozenset(",，。.:：;；!！?？、-–—•*")
_BY_WEIGHT_AFTER = lazy_compile(r"\s?\d+(?:\.\d+)?\s?(?:kgs?|kilos?|公斤|斤|tons?|tonnes?|吨)(?:\s*(?:$|[\n,，。.;；!！)]|and\b|还有|plus\b))")


def _sold_by_weight(t: str, m) -> bool:
    """A bare quoted colour stands as the goods itself, sold by weight: at the start of an item (after a
    line start or a mark, not after a word it would describe: Brazilian 'black') and followed by a bulk
    weight that ends the item ('white' 200kg, ...; not 'black' 1kg bundles)."""
    before = t[t.rfind("\n", 0, m.n_start) + 1:m.n_start].rstrip()
    if before and before[-1] not in _ITEM_START:
        return False
    return _BY_WEIGHT_AFTER.match(t, m.n_end) is not None


def _private(t: str) -> bool:
    return _sized_res()[2].search(t) is not None


# q40 (en14 0068): the quoted colour as what a piece is made of ('a solid piece of the 'white'', 'tip of the
# 'white'', 'carved from 'white''), in a text that also names ivory's grain (engine turning, Schreger lines,
# cross-hatching: the lexicon's ivory quality cues and descriptors): a handle or carving of the material, not
# a colour ('available in 'white'' stays a colour: only 'of' and 'from' make it a material)
# the grain as written where the lexicon reads no cue (engine-turning, hyphenated: guilloché silver is engine-turned
# too, so the word counts only here, beside the quoted material)
_GRAIN = lazy_compile(r"\bengine[- ]turn|\bschreger|\bcross-?hatch|\bgrain\b|\blines (?:on|at|in) the (?:end|base|cut)")
# a material a piece is made of, named anywhere (metal mounts and collars are fittings: only in the sentence)
_BODY_MATERIAL = lazy_compile(r"\b(?:wood(?:en)?|maple|oak|walnut|beech|birch|teak|bamboo|resin|plastic|acrylic|celluloid|"
                              r"bakelite|bone|horn|antler|stone|marble|glass|ceramic|porcelain|jade|shell|corian|micarta)\b")
_SHADE = lazy_compile(r"\b(?:shades?|colou?rs?|tones?|hues?|tints?) of(?: the)? ?$")
_PHRASE_END = lazy_compile(r"\s*(?:$|[,.;:!?)\n\-–—]|(?:with|and|from|in|on|for)\b)")
_MATERIAL_BEFORE = lazy_compile(r"(?:\b(?:of|from|out of)(?: the| solid| real| old)?|\bcarved in(?: the)?) ?$")


def _material_with_grain(hits: list, t: str, m) -> bool:
    """A bare quoted colour named as a piece's material, with an ivory grain tell in the text: it ends its
    phrase (not the 'white' oak, the 'white' collection), is no shade of a colour, and no other material
    is named in its sentence (a wood stain's grain, a silver case's engine turning)."""
    if not _MATERIAL_BEFORE.search(t, max(0, m.n_start - 16), m.n_start) or _SHADE.search(
            t, max(0, m.n_start - 24), m.n_start):
        return False
    if not _PHRASE_END.match(t, m.n_end):
        return False
    a = max(t.rfind(c, 0, m.n_start) for c in ".!?\n") + 1
    b = min((i for i in (t.find(c, m.n_end) for c in ".!?\n") if i >= 0), default=len(t))
    if _WHITE_MATERIAL.search(t, a, b) or _BODY_MATERIAL.search(t):
        return False
    return _GRAIN.search(t) is not None or any(h.category == "ivory" and not h.negated and (
        (h.kind == "trade_cue" and h.cue == "quality") or h.kind == "descriptor") for h in hits)


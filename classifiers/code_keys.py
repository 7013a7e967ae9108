"""The special colour-code keys' rules: each lexicon key that stands for a colour or piece code is kept as its
code (raised to CODE_WEIGHT, or read as the code's word) only where its trade cues stand, and dropped otherwise.

Called by colour_codes.colour_codes (key_rules) before it looks for bare colours: the code pairs after a
buying word (收：甲、角、红、白), white pieces by the gram, the sized codes (long white, short black), the
whole-piece keys (整支白的, 一块料白的), and the keys whose rules live in their own modules (colour_goods,
colour_lists, tcm_codes). Also what every colour-code rule shares: the entry a code reads as (_entry) and
_without (a text topical only through a dropped key reads as it did without it: no hits at all).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS as _PRODUCT_KINDS, TOPICAL_CUES, Entry
from .colour_goods import GOODS_KEY, colour_goods
from .tcm_codes import TCM_KEY, keep_lookalikes, tcm_codes
from .whole_piece_tells import anatomy_kinds, more_tells, pointer_colour

# colour / piece code -> (category, the lexicon's code word it stands for)
_CODES = {"白": ("ivory", "白料"), "黑": ("rhino_horn", "黑料"), "红": ("hornbill", "红料"), "紅": ("hornbill", "红料"),
          "片": ("pangolin", "甲片")}
THREE_KEY = "black, red, white"  # q40: the three colour codes listed in English (colour_lists.py)
CODE_WEIGHT = 0.6  # a colour code with its trade cues: as strong as a colour code asked for (negated_lists)
_PER_WEIGHT = frozenset(("按克", "per gram", "triệu/lạng"))  # the lexicon's price-by-weight entries
_COLOUR_HEADER = lazy_compile(r"颜色|顏色|色号|配色|色系|可选色|colou?rs?\b|màu")
_WEIGHT = lazy_compile(r"\d\s?(?:斤|两|克|公斤|kg|g)(?![a-z])|[一二两三四五六七八九十半]\s?(?:斤|两)")
_ENTRIES: dict[str, Entry] = {}


def _code_entry(key: str, code: str, table: dict, source: str) -> Entry:
    """The lexicon-like entry a code reads as (cached by key): its product from `table`."""
    e = _ENTRIES.get(key)
    if e is None:
        category, canonical = table[code]
        e = _ENTRIES[key] = Entry(
            id=-1, term=canonical, category=category, kind="code_word", weight=CODE_WEIGHT, cue=None,
            label_hint=None, lang="zh", source=source, file="classifiers/colour_codes.py", line=0,  # (the entry point)
            variants=(code,))
    return e


def _entry(code: str) -> Entry:
    return _code_entry(code, code, _CODES, "EIA_RED; BJNEWS2019 (domain.md: colour codes with trade cues)")


def _coded(hits: list, terms) -> list:
    """The code-word hits whose lexicon term is one of `terms` (each special colour-code key has its rule)."""
    return [m for m in hits if m.kind == "code_word" and m.entry is not None and m.entry.term in terms]


def key_rules(hits: list, t: str, text: str, make) -> list:
    """`hits` with each special key checked by its rule (kept as its code, or dropped; module doc).
    make(entry, term, t_span, text_span): a RawMatch."""
    pairs = _coded(hits, (CODE_PAIR,))
    if pairs:
        hits = _code_lists(hits, pairs, t, text, make)
    whites = _coded(hits, (WHITE_PIECES,))
    if whites:
        hits = _white_pieces(hits, whites, t)
    sized = _coded(hits, SIZED_CODES)
    if sized:
        hits = _sized_codes(hits, sized, t)
    wholes = _coded(hits, WHOLE_KEYS)
    if wholes:
        hits = _whole_codes(hits, wholes, t)
    goods = _coded(hits, (GOODS_KEY,))
    if goods:  # q41: 长期收：白的、黑的; 白的还有两件…黑的没了; 白的那个（你们知道的） (colour_goods.py)
        hits = colour_goods(hits, goods, t, _without, lambda g, c: _as_code(hits, [g], c))
    threes = _coded(hits, (THREE_KEY,))
    if threes:  # q40: black, red, white ... prices by gram (colour_lists.py)
        from .colour_lists import three_codes
        hits = three_codes(hits, threes, t, text, make)
    tcm = _coded(hits, (TCM_KEY,))
    if tcm:  # q27: 片 / 粉 / 甲 alone in a TCM offer (tcm_codes.py)
        hits = tcm_codes(hits, tcm, t, text, make, _without)
    return hits


# q13: a list of one-character codes after a buying or selling word (长期收：甲、角、红、白; 收 角同片).
# Each code alone is an everyday character; two or more of them standing alone as a list, right after
# 收/求购/出 on the same line, is the trade's shorthand (domain.md section 3; design note 1: codes with a
# trade cue). The lexicon's pair keys (config/keywords/pangolin.yaml, "甲、角") make such a text topical.
CODE_PAIR = "甲、角"
_LIST_CODES = {"甲": ("pangolin", "甲片"), "片": ("pangolin", "甲片"), "角": ("rhino_horn", "犀角"),
               "牙": ("ivory", "象牙"), "白": ("ivory", "白料"), "黑": ("rhino_horn", "黑料"), "红": ("hornbill", "红料")}
_CODE_LIST = lazy_compile(r"([甲角片牙白黑红])((?:(?:[、,/和同跟]|及)[甲角片牙白黑红]){1,6})")
# a buying or selling word just before the list on its line (收: / 求购 / 有冇人收 / 出)
_TRADE_BEFORE = lazy_compile(r"(?:收|求购|求|回收|收购|出|卖|售)[^\n]{0,3}$")
_STANDS_AFTER = lazy_compile(r"$|[\s,，。.;；:：!！?？、)）]|都|各|老|新|等|均|皆|啊|呀|吗|嗎|么")


def _code_lists(hits: list, pairs: list, t: str, text: str, make) -> list:
    """The pair keys checked: kept as one code hit per listed code where the list stands alone after a
    buying or selling word on its line (module doc; q13), dropped otherwise."""
    added = []
    seen = set()
    for m in pairs:
        line0 = t.rfind("\n", 0, m.n_start) + 1
        for g in _CODE_LIST.finditer(t, line0, t.find("\n", m.n_end) if "\n" in t[m.n_end:] else len(t)):
            if not (g.start() <= m.n_start < g.end()) or g.start() in seen:
                continue
            before = t[line0:g.start()]
            if before and not (before[-1] in " :：,，、" or before.endswith(("收", "求购", "收购", "回收", "出", "卖"))):
                continue  # 指甲、角质: the first code is the end of a word
            if not _TRADE_BEFORE.search(before.rstrip(" :：")):
                continue
            if not _STANDS_AFTER.match(t, g.end()):
                continue  # 片、角钢: the last code begins a word
            seen.add(g.start())
            for i in range(g.start(), g.end()):
                c = t[i]
                if c in _LIST_CODES and (i == g.start() or t[i - 1] in "、,/和同跟及"):
                    e = _list_entry(c)
                    added.append(make(e, c, (i, i + 1), _orig(text, m, i, c)))
    rest = _without(hits, {id(m) for m in pairs})
    return rest + added if added else rest


def _orig(text: str, m, i: int, c: str) -> tuple:
    """The original span of the code at normalised offset i: where the seller wrote it near the pair hit's
    own offset (spaces and marks may differ between the two texts; 紅 for 红)."""
    guess = m.start + (i - m.n_start)
    best = None
    for j in range(max(0, guess - 12), min(len(text), guess + 13)):
        if text[j] == c or (c == "红" and text[j] == "紅"):
            if best is None or abs(j - guess) < abs(best - guess):
                best = j
    return (best, best + 1) if best is not None else (m.start, m.end)


def _list_entry(code: str) -> Entry:
    return _code_entry("list:" + code, code, _LIST_CODES,
                       "EIA_RED; BJNEWS2019 (domain.md: one-character codes listed after 收)")


# q13: white pieces / blanks / offcuts (miếng trắng, khúc trắng): the colour code with a piece word; the
# lexicon's key (config/keywords/ivory.yaml) counts only with a price by weight and no material named
WHITE_PIECES = "white pieces"
_WHITE_MATERIAL = lazy_compile(r"\b(?:gold|silver|jade|resin|plastic|acrylic|porcelain|ceramic|marble|quartz|shell|"
                                r"pearl|chess|puzzle|lego|wood|stone|glas+|paper|fabric|felt|cloth(?:es|ing)?|shirts?|bales?|"
                                r"linen|cotton|towels?|laundry)\b|nhựa|ngọc|vàng trắng|bạc|đá|gỗ|sứ|quần áo|vải")
# priced by the gram (or its Vietnamese units), not by the kilo as clothing bales and scrap are
_BY_GRAM = lazy_compile(r"gram|/\s?g\b|\bper g\b|\bgam\b|克|lạng|\bchỉ\b")


def _white_pieces(hits: list, whites: list, t: str) -> list:
    """The white-pieces keys kept (raised to a code) where the text prices by weight and names no other
    material or goods; dropped otherwise."""
    cues = [m for m in hits if m.kind == "trade_cue" and not m.negated]
    per_weight = any(m.cue == "price" and m.canonical in _PER_WEIGHT for m in cues)
    if per_weight and _BY_GRAM.search(t) and not _WHITE_MATERIAL.search(t) and not any(
            m.kind == "benign_context" and not m.negated for m in hits):
        for m in whites:
            m.weight = CODE_WEIGHT
        return hits
    return _without(hits, {id(m) for m in whites})


def _without(hits: list, gone: set) -> list:
    """`hits` without those whose id() is in `gone`; nothing at all when no product term and no topical
    cue is left: the text was topical only through what was dropped, and reads as it did without it."""
    rest = [m for m in hits if id(m) not in gone]
    if any(m.kind in _PRODUCT_KINDS or m.cue in TOPICAL_CUES for m in rest):
        return rest
    return []


# q18: a colour or size code sold by weight to an Asian buyer, in the languages of the source markets
# ("long white"/"short black" per kg, French "dents blanches", Portuguese "dentes grandes"/"corno negro",
# 白的小件 brought from Viet Nam: en10, zh9). The lexicon's keys (config/keywords/ivory.yaml and
# rhino_horn.yaml, term "long white" / "short black") count only with two of three trade cues: an Asian
# buyer or a trade origin, a weight (per kg, 18kg), private contact; and only where the code stands as
# the goods itself (a word after it is the goods the colour describes: long white dress) and no other
# material or benign goods is named (white dresses, whitening toothpaste, a black horn comb of cow horn).
SIZED_CODES = frozenset(("long white", "short black"))


@lru_cache(maxsize=1)
def _sized_res() -> tuple:
    """(Asian buyer, weight, private, goods word after the code, purpose before it): compiled on first use."""
    buyer = re.compile(r"asia(?:n|tique|tico|ática)s?\b|\bchin(?:a|ese|ois|oise|ês|esa|eses|eses)\b|"
                       r"vietnam(?:ese|ien|ienne|ita)s?\b|\bhanoi\b|\bhcm\b|\bhong kong\b|中国客|越南|老挝|缅甸")
    weight = re.compile(r"\d\s?(?:kgs?|kilos?|quilos?|公斤|斤)\b|\bper (?:kg|kilo)\b|/\s?kg\b|\bpar kilo\b|"
                        r"\bau kilo\b|\bpor (?:kg|quilo)\b|\bo quilo\b|\d\s?(?:kgs?|kilos?)(?![a-z])|按斤|论斤|按公斤")
    private = re.compile(r"en priv[ée]|\bprivado\b|\bem privado\b|\bmp\b|\binbox\b|\bdm\b|\bpm\b|私|不发价格|"
                         r"\bwhatsapp\b|\btelegram\b")
    goods = re.compile(r"[ \t]*(?!and\b|or\b|et\b|e\b|pcs\b|pieces?\b|pairs?\b|available\b|dispon|grande|taille|"
                       r"size\b|de\b|do\b|da\b|para\b|pour\b|for\b|only\b|kg\b|st\b)[a-zà-ỹ]{3,}")
    # a purpose before the code: the colour is what the goods do (pour des dents blanches: toothpaste)
    purpose = re.compile(r"(?:\bpour(?: des| les| avoir des)?|\bfor|\bpara(?: os| as| ter)?|\bget)\s*$")
    return buyer, weight, private, goods, purpose


def _sized_codes(hits: list, sized: list, t: str) -> list:
    """The sized colour-code keys kept (raised to a code) where two of their trade cues stand in the text
    and the code is the goods itself; dropped otherwise (see SIZED_CODES). Both codes standing alone in
    one text (long white and short black) is one of the cues: the trade's pair, not a colour of goods.
    In a list of goods only what is named on the code's own item blocks it."""
    buyer, weight, private, goods, purpose = _sized_res()
    cues = [m for m in hits if m.kind == "trade_cue" and not m.negated]
    # a code that names goods anywhere in the text (long white hair, short black coffee) is their colour
    # everywhere in it
    described = {m.entry.term for m in sized if goods.match(t, m.n_end)
                 or purpose.search(t, max(0, m.n_start - 16), m.n_start)}
    alone = [m for m in sized if m.entry.term not in described]
    found = (bool(buyer.search(t)) or any(m.cue == "origin" for m in cues),
             bool(weight.search(t)),
             bool(private.search(t)) or any(m.cue in ("contact", "secrecy") for m in cues),
             len({m.entry.term for m in alone}) >= 2)
    if sum(found) < 2 or not alone:
        return _without(hits, {id(m) for m in sized})
    breaks = [i for i, c in enumerate(t) if c in _ITEM_BREAKS]
    listed = len(breaks) >= 3

    def item(n: int) -> tuple:
        a = max((i for i in breaks if i < n), default=-1) + 1
        return a, next((i for i in breaks if i >= n), len(t))

    benign = [m for m in hits if m.kind == "benign_context" and not m.negated]
    kept = []
    for m in alone:
        a, b = item(m.n_start) if listed else (0, len(t))
        if _WHITE_MATERIAL.search(t, a, b) or any(a <= o.n_start < b for o in benign):
            continue
        m.weight = CODE_WEIGHT
        kept.append(id(m))
    return _without(hits, {id(m) for m in sized if id(m) not in kept})


_ITEM_BREAKS = frozenset(",，;；。\n、")  # what separates the items of a list of goods


# q27 (train_zh12 0005, en12 0034): a bare colour code for a whole tusk or horn sold by weight, with no
# product noun at all: 整支的，白的，没加工过，1.2公斤左右，克价私聊 / WHITE available again. 28kg pair ...
# Mozambique side. The whole-piece word (整支, 整根, 原支; a pair weighed as one: 28kg pair, full pair) is the
# lexicon's key (config/keywords/ivory.yaml, q27: term 整支白的) and makes such a text topical; it is kept,
# as the code of the colour (white = ivory, black = rhino horn: domain.md section 3, design note 1), only
# where all of these stand: a bare colour as the goods (白的 / 白 / 黑的 between marks or right after the
# whole-piece word; white/black not followed by a goods word: WHITE available, white 28kg), a weight
# (1.2公斤, 28kg, 七斤), one more trade cue (a price by weight 克价/按克/per gram, private contact 私/DM,
# a hand-over in person 面交/不发快递, a source-market origin Africa/Mozambique/非洲, an Asian buyer); no
# other product named (then that name speaks) and no goods or material named (白的 shirts, white paint per
# kg, 白糖, 大米, 整根山药, 整支口红, 白玉). Dropped otherwise.
WHOLE_KEY = "整支白的"
# q32 (train_zh11 0015, en12 0081): raw stock said otherwise (一块料, 没加工, full horn, raw pieces) and the
# trade's old white (老白) are keys too (config/keywords/ivory.yaml, q32: term 一块料白的). In Chinese the code
# then needs two of four trade tells, each of its own kind (the key's raw word is one): a weight or a price
# by weight, raw or whole stock, a source-market origin, a private price or hand-over; in English, as before,
# a weight, a whole or raw piece, a source market and a cue.
WHOLE_KEYS = frozenset((WHOLE_KEY, "一块料白的"))
_RAW_ZH = lazy_compile(r"整支|整根|原支|原根|一块料|整块|一整块|没加工|没有加工|未加工|未经加工|没打磨|原坯")  # (原料 alone: any supplier's raw materials)
_TELLS_ZH = (  # q32: the tells' kinds (weight, origin, private), each counted once; raw stock is _RAW_ZH
    lazy_compile(r"克价|按克|一克|元/克|块一克|\d\s?(?:斤|两|克|公斤|kg|g)(?![a-z])|[一二两三四五六七八九十半]\s?(?:斤|两|公斤)"),
    lazy_compile(r"非洲|坦桑|肯尼亚|莫桑比克|尼日利亚|刚果|喀麦隆|加蓬|安哥拉|津巴布韦|那边带回|那边过来"),
    lazy_compile(r"私|面交|見面|见面|不发快递|不走快递|只走线下|线下交易|自提"),
)
_WHOLE_ZH = ("整支", "整根", "原支", "原根")
_WHOLE_GOODS_AFTER = frozenset("的白黑,，。;；:：、 \n|/")  # what may follow 整支 (else it names the goods: 整支口红)
_WHOLE_RES: list = []
# in English the colour and a pair are any shop's words (white available, full pair, 1kg, DM): the code there
# needs a source market or a price by weight, and no sizes, boxes or a pair of other goods (pair of dumbbells)
_EN_SOURCE = lazy_compile(r"(?<![a-z])(?:africa|african|tanzania|kenya|mozambique|moz|nigeria|congo|cameroon|gabon|angola|"
                           r"zimbabwe|uganda|zambia|mombasa|dar|pemba|maputo|beira|luanda|douala|kinshasa|"
                           r"per (?:kg|kilo|gram)|/\s?kg|usd/kg)(?![a-z])")
_EN_GOODS = lazy_compile(r"(?<![a-z])(?:sizes?|box(?:es|ed)?|colou?rways?|sneakers?|shoes?|trainers?|nike|adidas|jordan|"
                          r"pairs? of (?!tusks?|ivory|white)[a-z]{3,})(?![a-z])")
# stock words after a bare colour: the colour is the goods announced (WHITE back in stock), not described
_STOCK_AFTER = (" back", " again", " in stock", " now", " ready", " arrived", " just", " restocked", " landed")
_WHOLE_EN = lazy_compile(r"(?<![a-z])(?:pairs?|whole|ful+|raw|uncut)(?![a-z])")  # the whole piece, said apart from the key
# (the normalised text writes a doubled letter once: full as ful, dress as dres)


def _whole_res() -> tuple:
    """(zh bare colour, en bare colour, trade cue, goods or material): compiled on first use."""
    if not _WHOLE_RES:
        _WHOLE_RES.extend((
            # q32: 老白 (old white) as the bare colour too, also right before a trade word (老白转让, 老白一块)
            re.compile(r"(?:^|(?<=[\s,，。;；:：、|/()（）]))(?:老(?=白))?([白黑])(?:的|色的|色)?(?=[\s,，。;；:：、|/()（）]|\d|$|"
                       r"(?<=老白)(?:转让|出|到货|到了|有货|现货|一块|一根|一支|整|原|没|未))"),
            re.compile(r"(?<![a-z\-])(whites?|blacks?)(?![a-z\-])"),
            re.compile(r"克价|按克|一克|元/克|块一克|per gram|/\s?g(?![a-z])|私|面交|見面|见面|不发快递|不走快递|只走线下|线下交易|自提|"
                       r"非洲|坦桑|肯尼亚|莫桑比克|尼日利亚|刚果|那边带回|(?<![a-z])(?:dm|pm|inbox|whatsapp|telegram|africa|african|"
                       r"tanzania|kenya|mozambique|moz|nigeria|congo|cameroon|gabon|angola|zimbabwe|uganda|zambia|lagos|mombasa|"
                       r"dar|pemba|maputo|usd only|cash only|buyer col+ects?)(?![a-z])"),
            re.compile(r"衣|衫|裤|裙|鞋|帽|袜|漆|涂料|糖|米|面粉|盐|茶|菜|山药|萝卜|莲藕|藕|甘蔗|参|葱|蒜|笋|香肠|火腿|肉|鱼|虾|鸡|鸭|"
                       r"蜡烛|笔|口红|烟|花|玫瑰|百合|羽毛|尾|毛|线|绳|布|纸|管|棍|棒|杆|竿|"
                       r"菩提|蜜蜡|琥珀|珍珠|琉璃|玻璃|合金|钢|铁|铜|瓷|玉|翡翠|玛瑙|水晶|树脂|塑料|亚克力|硅胶|贝壳|砗磲|骨|牛|木|竹|石|银|(?<![定订押现])金|"
                       r"(?<![a-z])(?:shirts?|t-shirts?|te+s?|dres+(?:es)?|shoes?|sneakers?|trainers?|socks?|jeans|pants|gloves?|bo+ts?|"
                       r"paint|sugar|rice|flour|salt|cement|sand|cot+on|paper|fabric|cloth(?:es|ing)?|wo+l|yarn|tiles?|"
                       r"marble|quartz|stone|wood|plastic|resin|acrylic|ceramic|porcelain|glass|jade|pearl|shel+|bone|"
                       r"gold|silver|ste+l|iron|chickens?|eg+s?|fish|pep+er|beans?|tea|cof+e+|sesame|flowers?|roses?|"
                       r"horses?|cat|cats|dog|dogs|goats?|she+p|rab+its?|pigeons?|doves?|speakers?|phones?|cars?)(?![a-z])"),
        ))
    return tuple(_WHOLE_RES)


def _whole_codes(hits: list, wholes: list, t: str) -> list:
    """The whole-piece keys kept as the bare colour's code (module doc, q27), or dropped."""
    gone = {id(m) for m in wholes}
    if any(m.kind in _PRODUCT_KINDS and id(m) not in gone and m.suppressed_by is None and not m.negated
           and (m.entry is None or m.entry.term != GOODS_KEY) for m in hits) or any(m.kind == "benign_context" and not m.negated for m in hits):
        return keep_lookalikes(hits, gone, _without)  # a product named speaks for itself; a look-alike explains the text
    zh_colour, en_colour, cue_re, goods_re = _whole_res()
    code = None
    for m in wholes:
        after = t[m.n_end:m.n_end + 1]
        if m.entry is not None and t[m.n_start:m.n_end] in _WHOLE_ZH and after and after not in _WHOLE_GOODS_AFTER:
            continue  # 整支口红, 整根山药: the whole piece of named goods
        if after in ("白", "黑"):
            code = after
            break
    english = False
    if code is None:
        g = zh_colour.search(t)
        if g is not None:
            code = g.group(1)
        elif (code := pointer_colour(t)) is None:  # q53: 黑的那个，角的，整支 (whole_piece_tells.py)
            english = True
            for g in en_colour.finditer(t):
                word = g.group(1)
                _, _, _, goods, purpose = _sized_res()
                if (goods.match(t, g.end()) and not t.startswith(_STOCK_AFTER, g.end())) or purpose.search(
                        t, max(0, g.start() - 16), g.start()):
                    continue  # white shirts, black coffee: the colour of named goods
                code = "白" if word.startswith("white") else "黑"
                break
    anatomy = anatomy_kinds(t) if code is None else 0  # q53: a tusk told by its anatomy (whole_piece_tells.py)
    if anatomy:
        code, english = "白", False
    if code is None:
        return _without(hits, gone)
    if not english:  # q32: two tells of different kinds beside the bare colour, and no goods named
        if _zh_tells(hits, t) + more_tells(t, code, _TELLS_ZH[2]) < (3 if anatomy == 1 else 2) or goods_re.search(
                t) is not None or _COLOUR_HEADER.search(t) is not None:
            return _without(hits, gone)
        return _as_code(hits, wholes, code)
    if _WEIGHT.search(t) is None and _sized_res()[1].search(t) is None:
        return _without(hits, gone)
    if not any(t[m.n_start:m.n_end] in _WHOLE_ZH or t.startswith(_WHOLE_ZH, m.n_start) for m in wholes) and _WHOLE_EN.search(t) is None:
        return _without(hits, gone)  # WHITE available ... with no whole piece or pair: any shop's colour
    cued = cue_re.search(t) is not None or any(
        m.kind == "trade_cue" and not m.negated and m.cue in ("contact", "secrecy", "origin", "price") for m in hits)
    if not cued or goods_re.search(t) is not None or _COLOUR_HEADER.search(t) is not None:
        return _without(hits, gone)
    if english and (_EN_SOURCE.search(t) is None or _EN_GOODS.search(t) is not None):
        return _without(hits, gone)  # white available, full pair, 1.2kg, DM: any shoe shop's words
    return _as_code(hits, wholes, code)


def _as_code(hits: list, wholes: list, code: str) -> list:
    """`hits` with the whole-piece keys read as the colour's code (白 -> 白料, 黑 -> 黑料)."""
    e = _entry(code)
    for m in wholes:
        m.entry, m.canonical, m.category, m.weight = e, e.term, e.category, CODE_WEIGHT
    return hits


def _zh_tells(hits: list, t: str) -> int:
    """How many kinds of trade tell a Chinese text holds (q32): raw stock, a weight or a price by weight,
    a source-market origin, a private price or hand-over (the lexicon's cues of those kinds count too)."""
    cues = {m.cue for m in hits if m.kind == "trade_cue" and not m.negated and m.cue in ("origin", "contact", "secrecy")}
    found = [_RAW_ZH.search(t) is not None,
             _TELLS_ZH[0].search(t) is not None,
             _TELLS_ZH[1].search(t) is not None or "origin" in cues,
             _TELLS_ZH[2].search(t) is not None or "contact" in cues or "secrecy" in cues]
    return sum(found)

"""Bare colour and piece codes with trade cues (issue 12, kind: 白 56 油 纹清 克价私; a 货单 of 白:/黑:/红:/片: lines).

domain.md (section 3; design note 1): the trade names its goods by colour, white = ivory, black = rhino
horn, red = hornbill casque (EIA "Seeing red"; 白料/黑料, 新京报 2019), and pangolin scales are 片 (甲片);
colour codes "should only fire together with product or trade cues such as weight/price per gram, 牙纹,
private-contact cues, carving or jewellery forms". This module builds exactly that combination, on the
topical path only (a grain word or a list-line key made the text topical; nothing here runs for an
ordinary listing):

- a stock list: two or more lines that start with a colour or piece code and a colon (白：镯子3只…,
  黑：挂件两个, 片：熟的5斤; the lexicon's list-line keys 白: 黑: 红: 片:) count as codes when a jewellery or
  carving form stands on one of those lines or the text prices by weight, and a trade cue (contact,
  price, secrecy...) stands in the text; otherwise (a shop's colour list of T-shirt sizes, a 货单 of copy
  paper) the keys are dropped;
- a bare colour (白, 黑, 红 standing alone between spaces or punctuation, as the seller wrote it; white,
  black, red, trắng, đen, đỏ with no word after them: "white 56", not "white oak") counts as its code when
  the text prices by weight or names the grain (纹清, 牙纹, grain clear, vân rõ) and also gives a bangle
  size or asks for private contact, and names no legal material, replica or other goods (翡翠, 足金,
  curtains: then the colour is the goods' own);
- the piece code 片 with its state (片 熟的 五斤 价私: the lexicon's key 片熟的) counts where 片 stands alone,
  with a weight and a price or contact cue;
- the short grain words (纹清, grain clear, vân rõ) count only beside such a code or an ivory term; said
  of jade or wood they are that material's. Whatever is dropped here, a text that was topical only
  through it reads as it did without it (no hits at all).

The other special keys' rules (code pairs after 收, white pieces, sized and whole-piece codes...) and what
all the rules share (the entry a code reads as, _without) are code_keys.py's; colour_codes runs them first.
"""
from __future__ import annotations

from .lazy_regex import lazy_compile
from .code_keys import _COLOUR_HEADER, _PER_WEIGHT, _WEIGHT, CODE_WEIGHT, _coded, _entry, _without, key_rules
from .white_tells import _MATERIAL, WHITE_FORMS

# the same colours in English and Vietnamese (white/black plastic, hàng trắng: domain.md, EIA "Seeing red")
_SAME = {"white": "白", "trắng": "白", "black": "黑", "đen": "黑", "red": "红", "đỏ": "红", "紅": "红"}
LIST_KEYS = frozenset(("白:", "黑:", "红:", "片:"))  # the list-line keys' terms (config/keywords, q10)
# the lexicon's short grain words (config/keywords/ivory.yaml, q10; q32: 有纹; q46: lines you can see)
SHORT_GRAIN = frozenset(("纹清", "grain clear", "vân rõ", "有纹", "lines you can see"))
# q46: the English grain said plainly (lines you can see, grain shows, with the lines): weaker than 纹清, it
# makes a bare white a code only beside a price by weight (white, grain shows, $12 per g), not with a size or a DM alone
_PLAIN_GRAIN = frozenset(("lines you can see",))
_SIZE = lazy_compile(r"(?:圈口|内径|号)\s?(?:4[6-9]|5\d|6[0-4])|(?<![\d.])(?:4[6-9]|5\d|6[0-4])(?:\s?mm|\s?号)?(?![\d.%])")
_PRIVATE = lazy_compile(r"私")
# a bare colour as written: alone between line starts, spaces or punctuation (白 56 油; 黑，牌子)
# (an English or Vietnamese colour word only with no word after it: white 56, trắng, ...; white oak is oak)
_BARE = lazy_compile(r"(?:^|(?<=[\s,，。;；:：|/【】\[\]()（）]))(?:([白黑红紅])(?:的(?=[\s,，。;；:：|/]|$)|(?=[\s,，。;；:：|/]|\d|$))|"
                      r"((?i:white|black|red|trắng|đen|đỏ))(?=\s*(?:[,，。;；:：|/]|\d|$)))")
PIECE_KEYS = frozenset(("片熟的",))  # the piece code with its state (片 熟的 / 片 生的; config/keywords/pangolin.yaml)
# nothing to check without one of these written (a regex of the alternatives tried every position)
_ANY = ("白", "黑", "红", "片", "纹清", "white", "black", "red", "trắng", "đen", "đỏ", "vân rõ")


def _any_code_py(t: str) -> bool:
    for w in _ANY:
        if w in t:
            return True
    return False


try:  # the same in one compiled pass (tests compare the two and the regex it was)
    from ._textfast import any_colour_code as _any_code
except ImportError:
    _any_code = _any_code_py


def colour_codes(hits: list, t: str, text: str, make) -> list:
    """`hits` with the list-line keys checked (kept and raised, or dropped) and bare colour codes added
    where their trade cues stand with them (module doc). make(entry, term, t_span, text_span): a RawMatch."""
    # the special keys' rules (code_keys.py) read code words only (_code_lists adds code words to a list that
    # has one already): most topical texts have none, and one scan spares their list comprehensions
    for m in hits:
        if m.kind == "code_word":
            hits = key_rules(hits, t, text, make)
            break
    if not _any_code(t):
        return _plain_grain(hits)
    pieces = _coded(hits, PIECE_KEYS)
    if pieces:  # 片 熟的 五斤 价私: the piece code, processed or raw, by weight, price in private
        cued = _WEIGHT.search(t) and any(m.cue in ("contact", "price", "secrecy") for m in hits
                                         if m.kind == "trade_cue" and not m.negated)
        bare = [m for m in pieces if cued and _bare_piece(text, m.start)]
        for m in bare:
            m.weight = CODE_WEIGHT
        if len(bare) < len(pieces):
            kept = {id(m) for m in bare}
            hits = _without(hits, {id(m) for m in pieces if id(m) not in kept})
    lines = _coded(hits, LIST_KEYS)
    cues = [m for m in hits if m.kind == "trade_cue" and not m.negated]
    per_weight = any(m.cue == "price" and m.canonical in _PER_WEIGHT for m in cues)
    if lines:
        at_start = [m for m in lines if m.n_start == 0 or t[m.n_start - 1] == "\n"]
        codes = {t[m.n_start] for m in at_start}
        starts = {m.n_start for m in at_start}
        # a jewellery or carving form on one of the list's lines (白: 镯子3只)
        on_lines = any(m.cue == "form" and t.rfind("\n", 0, m.n_start) + 1 in starts for m in cues)
        # ...and not a shop's colour list: a colour header (颜色:, 色号) or a material named (树脂, 亚克力)
        good = (len(codes) >= 2 and (per_weight or on_lines) and any(m.cue != "form" for m in cues)
                and not _COLOUR_HEADER.search(t)
                and not any(m.kind == "benign_context" and not m.negated for m in hits))
        if good:
            for m in at_start:
                m.weight = CODE_WEIGHT
        drop = {id(m) for m in lines if not good or m.n_start not in starts}
        if drop:
            hits = _without(hits, drop)
        if good:
            return hits
    grain = any(m.cue == "quality" and (per_weight or m.canonical not in _PLAIN_GRAIN) for m in cues)
    # the short grain words (纹清) are the trade's only beside its goods: said of jade (无纹无裂) or wood
    # they are that material's, so they stay only where a colour code or an ivory term stands
    short = [m for m in cues if m.canonical in SHORT_GRAIN]
    # (q32: a white form's key is no ivory term yet: white_tells.py checks it later and may drop it)
    ivory = any(m.category == "ivory" and m.kind in ("name", "code_word", "product_form")
                and (m.entry is None or m.entry.term not in WHITE_FORMS) for m in hits)
    # q46: the plain English grain (lines show) beside a faux or covered ivory (3D printed 'ivory', layer lines
    # show) is the replica's: it stays only beside an ivory term nothing covers
    keep_short = ivory and (not any(m.canonical in _PLAIN_GRAIN for m in short) or any(
        m.category == "ivory" and m.kind in ("name", "code_word", "product_form") and m.suppressed_by is None
        and not m.negated and (m.entry is None or m.entry.term not in WHITE_FORMS) for m in hits))
    found = ()
    if (per_weight or grain) and not any(m.kind in ("name", "product_form") or (
            m.kind == "benign_context" and not m.negated) for m in hits) and (
            _SIZE.search(text) or _PRIVATE.search(text) or (per_weight and grain)
            or any(m.cue in ("contact", "secrecy") for m in cues)):
        found = list(_BARE.finditer(text)) if not _material_named(t) else ()
    if not found:
        if short and not keep_short:
            hits = _without(hits, {id(m) for m in short})
        return hits
    added = []
    for g in found:
        written = g.group(1) or g.group(2)
        code = _SAME.get(written.lower(), written)
        k = text.lower().count(written.lower(), 0, g.start())  # the same occurrence in the normalised text
        n = -1
        for _ in range(k + 1):
            n = t.find(written.lower() if code != written else code, n + 1)
            if n < 0:
                break
        if n >= 0:
            added.append(make(_entry(code), written, (n, n + len(written)), g.span(1 if g.group(1) else 2)))
    return hits + added if added else hits




def _plain_grain(hits: list) -> list:
    """q32: 有纹 said where no colour is written at all (和田玉，有纹; 牛骨把件，有纹理) is that material's grain
    (q46: so are 'lines you can see' of a notebook): dropped unless an ivory term stands (the short grain
    words' rule below, for a text with no colour)."""
    for m in hits:
        if m.kind == "trade_cue" and m.canonical in _UNCOLOURED:
            break
    else:
        return hits
    if any(m.category == "ivory" and m.kind in ("name", "code_word", "product_form") and (
            m.entry is None or m.entry.term not in WHITE_FORMS) for m in hits):
        return hits
    return _without(hits, {id(m) for m in hits if m.kind == "trade_cue" and m.canonical in _UNCOLOURED})


_UNCOLOURED = frozenset(("有纹",)) | _PLAIN_GRAIN  # q46: 'the lines you can see' of a notebook, with no colour written


def _material_named(t: str) -> bool:
    """q32: a material named in the text, not denied (白的，有纹，香樟木: the wood's white and grain; 不是骨头
    denies the bone and names nothing)."""
    for g in _MATERIAL.finditer(t):
        if not t[max(0, g.start() - 3):g.start()].endswith(("不是", "非", "没有", "不含", "not ", "không phải ")):
            return True
    return False


def _bare_piece(text: str, start: int) -> bool:
    """片 as the seller wrote it stands alone: a line start, a space or a mark before it, a space or a mark after."""
    i = text.find("片", start)
    return i >= 0 and (i == 0 or text[i - 1] in " \n\t,，。;；:：|/【】()（）") and text[i + 1:i + 2] in (
        " ", "\n", ",", "，", ":", "：", "")

"""Ivory's tells on a generic white object (issue 12 kind 1, described not named; q13).

A seller who will not name the material describes a white piece (a bangle, a mahjong set, a carving) by
what ivory is known for (domain.md section 3 and the ID literature it cites: Schreger lines / grain,
weight, warmth in the hand, yellowing with age, a material the seller "can't say"). Each tell alone is
everyday talk (冬暖夏凉 rental ads, "heavy" furniture, jade "有纹"), so the lexicon lists only white
jewellery/carving forms (config/keywords/ivory.yaml, # q13: 白色手镯, 白色麻雀, white bangle, vòng trắng) as a
weak key that makes the text topical, and this module keeps that key only when two different tells
agree in the text and nothing says what the white material is (jade, resin, bone, shell...: a legal
material, a replica or another look-alike among the hits, or named beside the form). Otherwise the key
is dropped, and a text topical only through it reads as it did without it.

q22 (train_zh10 0197, 0107, vi10 0160): the trade's own tells count as tells too, since a seller who sells
a white piece by the gram, as old stock, from Africa or in private says what it is as much as one who
describes its grain: a price by weight (48克, 克价; not 克拉), old stock (老料, hàng cụ, old stock), a
source-market origin (非洲, Africa), private dealing or a deposit (私聊, ib, 先付定金); old stock and private
dealing are any second-hand shop's words, so they count only beside another tell. In a list of goods (a moving sale, a shop's price list) the tells and the materials are
those of the form's own line (a fridge's brand elsewhere says nothing of the bangle). More white forms (config/keywords/ivory.yaml, q22: 白吊坠, 白手镯, 白挂件 written without 色)
and bangle blanks (手镯料子, 镯料: the raw stock), these last only where a white stands alone in the
text as its colour code (料，白的，手镯料子; not jade bangle stock, whose material is named anyway).

q27 (train_zh12 0192): carvings are forms too (config/keywords/ivory.yaml, q27: 白色佛像, 白色小佛, 白色观音,
白色手把件, white buddha): a grandmother's heavy white Buddha with fine grain, material unknown, is described
ivory as much as a bangle is; a Buddha of 汉白玉, 白瓷 or resin names its material and stays out. The
unknown-material tell reads 不知道是什么材质 as well as 不知道什么材质.

zh18: white raw stock written out (config/keywords/ivory.yaml, zh18: 白色原料, 白色的料子, 白色切块) is a form
too: the trade's 白料 spelled as a colour and a stock word, told by the same tells (非洲来的, 克价); a white
chemical or plastic raw material has no such pair or names its material.
"""
from __future__ import annotations

import re

from .guessed_materials import guessed
from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS as _PRODUCT_KINDS, TOPICAL_CUES

WHITE_FORM = "白色手镯"  # the lexicon entry's term (config/keywords/ivory.yaml, q13)
CREAM = "cream coloured material"  # q54: the English cream form (its words are everyday: kept or nothing)
WHITE_FORMS = frozenset((WHITE_FORM, "白吊坠", "手镯料子", "白色佛像", "白色菩萨", "白色料子",  # q22: more forms; bangle blanks; q27, q32: carvings; zh18: raw stock
                         "白色小挂件", CREAM))  # q54: small pendants and carvings (白色的小雕件); cream material
BLANKS = "手镯料子"  # blanks: a white form only where a white stands alone in the text (module doc)
# a white standing alone as the goods' colour code: 料，白的，手镯料子 / 白 / trắng
_WHITE_ALONE = lazy_compile(r"(?:^|(?<=[\s,，。;；:：、]))(?:白(?:的|色的)?|white ones?|the white|trắng)(?=[\s,，。;；:：、]|$)")
KEPT_WEIGHT = 0.6
LIST_LINES = 4  # line breaks from which a text is a list of goods, each line its own item (q22)
# tell groups: grain, weight, warmth, yellowing, a material the seller cannot or will not say
_TELLS = (
    lazy_compile(r"有纹|有紋|细纹|細紋|细细的纹|網紋|网纹|交叉纹|人字纹|纹路|紋路|纹理|紋理|满纹|滿紋|grain|cross[- ]?hatch|criss[- ]?cross|lines? on the|vân"
                 r"|lattice|engine[- ]turn|chequer|checker(?:board)? (?:on|at)|diamond pattern"),  # q54: the Schreger pattern as sellers name it
    lazy_compile(r"很沉|好沉|沉手|压手|壓手|手感重|分量足|重手|heavy|weighty|nặng tay|nặng"
                 r"|比[^\s，。,、]{1,6}(?:重|沉)|heavier than|denser than|nặng hơn|\bdense\b"),  # q54: heavier than a named material (比塑料重)
    lazy_compile(r"冬暖夏凉|凍暖夏涼|冻暖夏凉|冬暖夏涼|不冰手|warm in the hand|cold to the touch|cool to the touch|ấm tay"),
    lazy_compile(r"泛黄|發黃|发黄|变黄|變黃|黄了|yellowed|yellowing|ố vàng|lên màu vàng|ngả vàng"
                 r"|yellow(?:ish)? (?:age )?ton|age ton(?:ing|ed)"),  # q54: yellow age toning
    lazy_compile(r"说不清材质|說不清材質|不知道(?:是)?(?:什么|什麼|啥)材质|不知道(?:是)?什麼材質|不知(?:是)?什么材质|不清楚材质|材质不明|unclear material|unknown material|not sure what material|không rõ chất liệu"
                 r"|不知道是(?:什么|啥)(?!牌|品牌|型号|意思|东西做|款|颜色|码|尺|品种|植物|花|树|鱼|鸟|虫)|(?:说不清|说不好|分不清)是骨|material (?:is )?unclear|"
                 r"không (?:biết|rõ) (?:là )?(?:chất|chất liệu|làm bằng) gì"),  # q54: what it is, bone or not
    # q22: the trade's tells: by the gram, a source-market origin; old stock, private dealing or a deposit (_WEAK)
    lazy_compile(r"\d\s?克(?!拉)|克价|按克|元/克|块一克|per gram|/\s?g(?![a-z])|\d\s?(?:gr|grams?)(?![a-z])|triệu/lạng|/\s?chỉ"),
    lazy_compile(r"非洲|坦桑|肯尼亚|莫桑比克|尼日利亚|刚果|africa|tanzania|mozambique|nigeria|congo|châu phi"),
    lazy_compile(r"老料|老货|老件|老貨|old stock|pre-?ban|hàng cụ|đồ cụ|hàng xưa|đồ xưa"),
    lazy_compile(r"私聊|私信|私我|价私|定金|订金|懂的|不解释|(?<![a-z])(?:ib|inbox|dm|pm)(?![a-z])|nhắn riêng"
                 r"|enquire privately|inquire privately|ask privately|won'?t say more"),  # q54
)
# a material said beside the form: the white is that material's (white jade bangle, 白色树脂手镯)
_MATERIAL = lazy_compile(r"菩提|星月|蜜蜡|琥珀|椰|珍珠|琉璃|玻璃|合金|钢|珐琅|碧玺|玉|翡翠|和田|玛瑙|瑪瑙|水晶|陶瓷|瓷|树脂|樹脂|塑料|亚克力|压克力|硅胶|贝壳|貝殼|砗磲|骨|牛|木|竹|石|银|銀|(?<![定订押现])金|"
                          r"jade|resin|plastic|acrylic|ceramic|porcelain|shell|bone|wood|stone|silver|gold|pearl|quartz|"
                          r"ngọc|nhựa|sứ|gỗ|đá|bạc|xương|"
                          r"cake|cheese|crust|pastry|bak(?:e|ed|ing)\b|butter|chocolate|fabric|foam|paint|蛋糕|面包|巧克力")  # q54: food, cloth and paint said cream


def white_tells(hits: list, t: str) -> list:
    """`hits` with the white-form keys kept (raised) where two tells agree and no material is named,
    dropped otherwise (module doc)."""
    forms = [m for m in hits if m.entry is not None and m.entry.term in WHITE_FORMS]
    if not forms:
        return hits
    if any(m.entry.term == BLANKS for m in forms) and _WHITE_ALONE.search(t) is None:
        forms_kept = [m for m in forms if m.entry.term != BLANKS]  # blanks with no white: jade stock
        gone = {id(m) for m in forms if m.entry.term == BLANKS}
        hits = [m for m in hits if id(m) not in gone]
        if not forms_kept:
            return _topical_or_nothing(hits)
        forms = forms_kept
    if t.count("\n") >= LIST_LINES:
        # q22: a list of goods (a moving sale): the tells and the materials of the form's own line
        kept = []
        for m in forms:
            a = t.rfind("\n", 0, m.n_start) + 1
            b = t.find("\n", m.n_end)
            b = len(t) if b < 0 else b
            if _told(t[a:b]) >= 2 and not _named(t, a, b) and not any(
                    _declares(o, t) and a <= o.n_start < b for o in hits):
                m.weight = KEPT_WEIGHT
                kept.append(id(m))
        gone = {id(m) for m in forms if id(m) not in kept}
        return _topical_or_nothing([m for m in hits if id(m) not in gone]) if gone else hits
    told = _told(t)
    said = any(_declares(m, t) for m in hits) or _named(t, 0, len(t))
    if told >= 2 and not said:
        for m in forms:
            m.weight = KEPT_WEIGHT
        return hits
    gone = {id(m) for m in forms}
    rest = [m for m in hits if id(m) not in gone]
    spans = [(m.n_start, m.n_end) for m in forms if m.entry.term == CREAM]
    if spans and all(any(a <= m.n_start and m.n_end <= b for a, b in spans) for m in rest):
        return []  # q54: 'creamy tone' let a cheesecake past the pre-filter; the cue inside it ('creamy') is no topic
    return _topical_or_nothing(rest)


def _declares(m, t: str) -> bool:
    """Whether hit m is a look-alike that says what the piece is (a legal or replica material named only as
    a guess or a yardstick does not: 比塑料重, 当骨头卖; q54)."""
    return m.kind == "benign_context" and not m.negated and not (
        m.cue in ("legal_material", "replica") and guessed(t, m.n_start, m.n_end))


def _named(t: str, a: int, b: int) -> bool:
    """Whether t[a:b] names a material, not counting one named only as a guess, a yardstick or the word
    it is sold under (比塑料重, 说不清是骨头还是别的, 当骨头卖: guessed_materials.guessed, q54)."""
    run_start, run_end = -1, -1  # a run of material words read as one (当牛骨卖: 牛 + 骨)
    runs = []
    for x in _MATERIAL.finditer(t, a, b):
        if x.start() == run_end:
            run_end = x.end()
            runs[-1] = (run_start, run_end)
        else:
            run_start, run_end = x.start(), x.end()
            runs.append((run_start, run_end))
    return any(not guessed(t, s, e) for s, e in runs)


_WEAK = 2  # the last tells (old stock, private dealing) are every second-hand shop's words: not alone


def _told(t: str) -> int:
    """How many different tells the text holds, counted only where one is not of the weak kind (old
    stock and a DM alone tell nothing of the material)."""
    found = [rx.search(t) is not None for rx in _TELLS]
    return sum(found) if any(found[:-_WEAK]) else 0


def _topical_or_nothing(rest: list) -> list:
    """`rest`, or nothing when no product term and no topical cue is left in it."""
    if any(m.kind in _PRODUCT_KINDS or m.cue in TOPICAL_CUES for m in rest):
        return rest
    return []

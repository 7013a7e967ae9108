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
"""
from __future__ import annotations

import re

from .lexicon import PRODUCT_KINDS as _PRODUCT_KINDS, TOPICAL_CUES

WHITE_FORM = "白色手镯"  # the lexicon entry's term (config/keywords/ivory.yaml, q13)
KEPT_WEIGHT = 0.6
# tell groups: grain, weight, warmth, yellowing, a material the seller cannot or will not say
_TELLS = (
    re.compile(r"有纹|有紋|细纹|細紋|细细的纹|網紋|网纹|交叉纹|人字纹|纹路|紋路|grain|cross[- ]?hatch|criss[- ]?cross|lines? on the|vân"),
    re.compile(r"很沉|好沉|沉手|压手|壓手|手感重|分量足|重手|heavy|weighty|nặng tay|nặng"),
    re.compile(r"冬暖夏凉|凍暖夏涼|冻暖夏凉|冬暖夏涼|不冰手|warm in the hand|cold to the touch|cool to the touch|ấm tay"),
    re.compile(r"泛黄|發黃|发黄|变黄|變黃|黄了|yellowed|yellowing|ố vàng|lên màu vàng|ngả vàng"),
    re.compile(r"说不清材质|說不清材質|不知道什么材质|不知道什麼材質|不清楚材质|材质不明|unclear material|unknown material|not sure what material|không rõ chất liệu"),
)
# a material said beside the form: the white is that material's (white jade bangle, 白色树脂手镯)
_MATERIAL = re.compile(r"玉|翡翠|和田|玛瑙|瑪瑙|水晶|陶瓷|瓷|树脂|樹脂|塑料|亚克力|压克力|硅胶|贝壳|貝殼|砗磲|骨|牛|木|竹|石|银|銀|金|"
                       r"jade|resin|plastic|acrylic|ceramic|porcelain|shell|bone|wood|stone|silver|gold|pearl|quartz|"
                       r"ngọc|nhựa|sứ|gỗ|đá|bạc|xương")


def white_tells(hits: list, t: str) -> list:
    """`hits` with the white-form keys kept (raised) where two tells agree and no material is named,
    dropped otherwise (module doc)."""
    forms = [m for m in hits if m.entry is not None and m.entry.term == WHITE_FORM]
    if not forms:
        return hits
    told = sum(1 for rx in _TELLS if rx.search(t))
    said = any(m.kind == "benign_context" and not m.negated for m in hits) or _MATERIAL.search(t)
    if told >= 2 and not said:
        for m in forms:
            m.weight = KEPT_WEIGHT
        return hits
    gone = {id(m) for m in forms}
    rest = [m for m in hits if id(m) not in gone]
    if any(m.kind in _PRODUCT_KINDS or m.cue in TOPICAL_CUES for m in rest):
        return rest
    return []

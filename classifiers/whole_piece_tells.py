"""A whole tusk or horn told by its anatomy or shape instead of a colour (q53; train_zh17 0113, train_hk1 0175).

q27/q32 (code_keys._whole_codes) read a whole-piece word (原支, 整支, 整根, 原根: a whole tusk, 整牙 in
BJNEWS2019) as the code of a bare colour (白的 = ivory, 黑的 = rhino horn: domain.md section 3, design note 1)
when two trade tells of different kinds stand with it (raw stock, a weight, a source market, a private price)
and no goods or material is named. Sellers who write no colour at all tell the piece by its anatomy instead:

- the tusk's own parts (domain.md ivory row, BJNEWS2019 / IVORY_ID_ZH: a tusk is sold whole with its tip, its
  skin and a pulp cavity whose size tells how much solid ivory it holds): 空心小 / 髓腔浅 / 牙神经 (the pulp
  cavity), 牙尖 / 带尖 / 尖部完整 (the tip), 外皮完整 / 牙皮 (the skin). Two of these kinds read as the white
  code (ivory) with the usual two tells; one kind alone needs a third tell;
- the horn's shape word beside a bare black (黑的那个，角的，整支: black = rhino horn, domain.md): the shape
  word 角 standing alone is one more tell of its own kind, as is a price given only by phone (价钱电话讲),
  the Cantonese/Taiwanese seller's 私 (private price).

Stays out as q27's rule does: any goods or material named (沉香, 竹子, 莲藕, 人参, 牛角, 口红: code_keys'
goods list and the plants below), a product named, a look-alike in the text. Hooked in
code_keys._whole_codes (two calls); a text without a whole-piece key never reaches it.
"""
from __future__ import annotations

from .lazy_regex import lazy_compile

# the tusk's anatomy by kind: the pulp cavity, the tip, the skin (normalised, simplified text)
_ANATOMY = (
    lazy_compile(r"空心|髓腔|牙髓|牙神经|神经线|牙心"),
    lazy_compile(r"牙尖|带尖|尖部|尖头完整|尖子完整|尖完整"),
    lazy_compile(r"外皮|牙皮|表皮完整|皮完整"),
)
# plants, herbs and everyday long things sold whole (原支沉香, 整根人参 are code_keys' goods or these): their hollow, tip and bark
_PLANTS = lazy_compile(r"沉香|奇楠|棋楠|檀|天麻|黄芪|当归|灵芝|三七|树|藤|草|枝|瓜|葫芦|烟斗|笛|箫|伞|扇")
# the horn's shape word standing alone (角的 / 角 between marks): a black whole piece that is a horn
_HORN = lazy_compile(r"(?:^|(?<=[\s,，。;；:：、|/个]))(?:是)?角(?:的)?(?=[\s,，。;；:：、|/整原]|$)")
# a price told only on the phone (价钱电话讲, 价格电话里说, 电话详谈): a private price
_PHONE_PRICE = lazy_compile(r"(?:价钱|价格|价|多少钱)[^\n，,。]{0,3}电话|电话(?:里)?(?:讲|谈|详谈|聊|说|报价)")


def anatomy_kinds(t: str) -> int:
    """How many kinds of tusk anatomy the text writes (0 when a plant or herb sold whole is named)."""
    n = 0
    for r in _ANATOMY:
        if r.search(t) is not None:
            n += 1
    if n and _PLANTS.search(t) is not None:
        return 0
    return n


def more_tells(t: str, code: str, private) -> int:
    """Tells beyond code_keys._zh_tells: the horn's shape word beside a black code, a price by phone
    (counted only where `private`, code_keys' private-price regex, finds nothing)."""
    n = 0
    if code == "黑" and _HORN.search(t) is not None:
        n += 1
    if private.search(t) is None and _PHONE_PRICE.search(t) is not None:
        n += 1
    return n


# the colour with a pointer word as the goods (黑的那个 'the black one', colour_goods.py's q41 form; 那个黑的)
_POINTER_COLOUR = lazy_compile(r"(?:^|(?<=[\s,，。;；:：、|/()（）说讲要收出有]))([白黑])的(?:那个|那种|那支|那根|那条)|"
                               r"(?:那个|那支|那根)([白黑])的(?=[\s,，。;；:：、|/]|$)")


def pointer_colour(t: str):
    """白 / 黑 where the text calls the goods 'the white / black one' (白的那个, 那个黑的) and says what the piece
    is (black: the horn's shape word 角的; white: the tusk's anatomy), else None: a whole-piece word's colour
    when no bare colour stands between marks."""
    g = _POINTER_COLOUR.search(t)
    if g is None or _PLANTS.search(t) is not None:
        return None
    c = g.group(1) or g.group(2)
    if (c == "黑" and _HORN.search(t) is not None) or (c == "白" and anatomy_kinds(t)):
        return c
    return None

"""Pet food or supplies whose title names the species they are for (issue 12, q27: train_zh12 0034,
"陆龟 饲料 专用 龟粮 苏卡达 赫曼 星龟 辐射 通用 高纤维 500g").

Shops for reptile and bird keepers stuff their titles with the species a food, lamp or cage suits, the
names buyers search for: 龟粮 苏卡达 星龟 辐射, "Tortoise Food for Sulcata Hermann Star Tortoise", "Parrot
Pellets Macaw African Grey", "thức ăn cho rùa sulcata". The names are what the product is for, not what
is sold (a product-for-species frame: X粮, X饲料, food for X, thức ăn cho X), as a look-alike covers a
name it swallows. So the live-animal names of such a listing are covered (`suppressed_by` PET_SUPPLIES)
when all of these hold:
- the title names a food or supply (饲料, 龟粮, 鸟粮, 用品, 垫材, 加热灯, food, pellets, substrate, thức ăn,
  cám...), and no gift or bundle word puts it beside an animal sold (送龟粮, 赠饲料, comes with food, tặng
  kèm, 套餐, +);
- the names are live-animal names only (a part, 龟甲, is no food's target), and nothing says an animal
  is sold: no count of animals (2只, một cặp), no hatchling or live word (苗, 幼体, 活体, 包活, hatchling,
  baby, live), no live, wild, no-papers, wink or secrecy cue;
- the description names no live animal firmly outside a for-frame (适用各类陆龟 is covered already by
  the lexicon; 适合 / for / cho before the names is the same frame).
(The normalised text writes a doubled letter once: food as fod, free as fre.) Runs in match_rules.after_rules for every topical listing; leaves at once unless the title holds a
live-animal name and the title (a short string) one of the supply words.
"""
from __future__ import annotations

import re

from .lazy_regex import lazy_compile

PET_SUPPLIES = "pet food or supplies for the species named"
_SUPPLY = lazy_compile(
    r"饲料|飼料|龟粮|龜糧|鸟粮|鳥糧|鹦鹉粮|鸚鵡糧|蛇粮|蜥蜴粮|爬宠粮|粮食|主粮|专用粮|颗粒粮|鱼粮|"
    r"营养膏|钙粉|鈣粉|维生素|維生素|保健品|用品|垫材|墊材|加热灯|加熱燈|加热垫|加熱墊|晒背灯|曬背燈|uvb灯|陶瓷灯|饮水器|飲水器|食盆|"
    r"饲养箱|飼養箱|爬箱|鸟笼|鳥籠|龟缸|龜缸|躲避洞|牵引绳|牽引繩|飞行绳|飛行繩|站架|栖木|棲木|航空箱|"
    r"(?<![a-z])(?:fo+d|fe+d|pel+ets?|diet|substrate|bed+ing|sup+lements?|vitamins?|calcium|uvb|lamps?|bulbs?|"
    r"heat (?:mat|pad|lamp)s?|cages?|enclosures?|vivarium|ter+arium|hides?|bowls?|treats?|se+d mix|nutrition|"
    # live3: what a bird is walked or perched with (a harness 'for African grey size')
    r"har+nes+(?:es)?|leash(?:es)?|flight ?suits?|perch(?:es)?|play ?stands?|travel car+iers?)(?![a-z])|"
    r"thức ăn|thuc an|cám|hạt dinh dưỡng|chuồng|lồng|đèn sưởi|đèn uvb|dây dắt|dây bay")
# a gift or bundle word before the supply: the animal is sold and the food comes with it
_GIFT = lazy_compile(r"送|赠|贈|附|套餐|\+|＋|(?<![a-z])(?:fre+|with|comes|bundle|incl(?:uded|udes|uding)?)(?![a-z])|tặng|kèm|tang kem")
# an animal sold: a count of animals, a hatchling or live word
_SOLD = lazy_compile(r"[\d一二两三四五六七八九十几]\s?(?:只|隻|条|條|对|對|公|母)|苗|幼体|幼體|亚成|亞成|成体|成體|公母|活体|活體|包活|"
                      r"(?<![a-z])(?:hatchlings?|babies|baby|juveniles?|adults?|live|alive|males?|females?|pairs?|cb\d*)(?![a-z])|"
                      r"\bcon\b|con non|một cặp|cặp|bé")
_FOR = lazy_compile(r"适用|適用|适合|適合|专用|專用|通用|(?<![a-z])(?:for|suits?|suitable)(?![a-z])|\bcho\b|dành cho")
_DOUBT = ("live", "wild", "no_papers", "wink", "secrecy", "demand")


def cover_pet_supplies(hits: list, t: str) -> None:
    """Cover the live-animal names of a pet food or supplies listing (module doc). `t`: the normalised
    title, a newline, the description."""
    cut = t.find("\n")
    if cut < 0:
        return
    names = None
    for m in hits:
        if m.kind == "name" and m.category == "live_animal" and m.n_end <= cut and m.suppressed_by is None:
            names = True
            break
    if names is None:
        return
    title = t[:cut]
    supply = _SUPPLY.search(title)
    if supply is None:
        return
    if _GIFT.search(title, 0, supply.start()) is not None or _SOLD.search(t) is not None:
        return
    covered = []
    for m in hits:
        if m.kind == "trade_cue" and m.cue in _DOUBT and not m.negated:
            return
        if m.kind in ("name", "code_word", "product_form") and m.suppressed_by is None and not m.negated:
            if m.category != "live_animal" or m.kind != "name":
                return  # a part or another product named: no food's target
            if m.n_end > cut and m.weight >= 0.5 and _FOR.search(t, max(cut, m.n_start - 8), m.n_start) is None:
                return  # the description names an animal outside a for-frame
            covered.append(m)
    for m in covered:
        m.suppressed_by = PET_SUPPLIES

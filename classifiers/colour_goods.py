"""的-colours standing as the goods (issue 12, q41: train_zh13 0103, 0025, 0097).

The trade names its goods by colour (white = ivory, black = rhino horn, red = hornbill casque: domain.md
section 3, design note 1), and a seller who never names them writes the colour with 的 as the noun:
"长期收：白的、黑的、红的", "白的还有两件…不发图…加我小号。黑的没了", a price list's line "白的那个（你们知道的）
¥3600". The lexicon's key (config/keywords/ivory.yaml, q41: term 白的、黑的) is such a colour with a list
mark and a second colour, a stock word (还有, 没了, 现货) or a pointer word (那个, 那种) after it; it makes the
text topical, and is kept as the colour's code (code_keys.CODE_WEIGHT) only where, as colour codes
need, a trade cue stands with it on its line:

- a list of two colours right after a buying or selling word on its line (收：白的、黑的; 出 红的/黑的);
- a stock word, with another colour also written as goods in the text (白的还有…黑的没了) and a contact,
  secrecy or wink cue in the text;
- a pointer word with a wink on its line (白的那个（你们知道的）, 黑的那种 懂的来).

The colour must stand alone (明白的, 粉红的, 黑白的 are other words), and no goods, material, size or colour
header may be named on its line or in the title (or anywhere in a text of fewer than three lines): a
T-shirt's "白的还有两件，黑的没了，加微信", a phone's 白的没货了, 颜色：白的、黑的 stay colours of goods.
Dropped otherwise, and a text topical only through the key reads as it did without it.
"""
from __future__ import annotations

from .lazy_regex import lazy_compile

GOODS_KEY = "白的、黑的"  # the lexicon's key term (config/keywords/ivory.yaml, q41)
_LIST_MARKS = "、,， /"
_STOCK = ("还有", "没了", "没有了", "有货", "到货", "现货", "还剩", "卖完了", "出完了")
_POINTER = ("那个", "那种", "那件", "那块")
# what may stand right before the colour: a line start, a mark or space, or a short word of the trade
_BEFORE_OK = frozenset(" \n\t,，。.;；:：!！?？、/|()（）【】[]\"'“”‘’「」收出卖要个只有问是求")
_TRADE_BEFORE = lazy_compile(r"(?:收|求购|求|回收|收购|出|卖|售)[^\n]{0,4}$")
# goods, materials, sizes and colour headers: the colour is then the goods' own
_GOODS = lazy_compile(
    r"衣|衫|恤|裤|裙|鞋|靴|帽|袜|包包|背包|钱包|围巾|手套|外套|码|尺|款式|同款|新款|色|漆|涂料|糖|米|面粉|面条|茶|菜|肉|鱼|虾|鸡|鸭|蛋|"
    r"酒|手机|机|壳|膜|耳机|充电|屏|车|笔|纸|布|毛线|数据线|绳|猫|狗|兔|鸟|花(?!钱)|"
    r"菩提|蜜蜡|琥珀|珍珠|琉璃|玻璃|合金|钢|铁|铜|瓷|玉|翡翠|玛瑙|水晶|树脂|塑料|亚克力|硅胶|贝壳|砗磲|骨|木|竹|石|银|(?<![现定订押])金|"
    r"(?<![a-z])(?:[sml]|xl|xxl|xs|t-?shirts?|iphone|ipad|phones?|case|nike|adidas|shoes?|size)(?![a-z])")
# a wink said in brackets or after the colour on its line without the lexicon's words: 你们知道的, 懂的
_LOCAL_WINK = lazy_compile(r"(?:你们|大家|你)(?:都)?(?:知道|懂)(?:的|吧)?|懂的|懂得")
_PRICE = lazy_compile(r"[¥￥]|\d{3,}|元|块")


def colour_goods(hits: list, keys: list, t: str, without, as_code) -> list:
    """`hits` with the 的-colour keys kept as their colour's code or dropped (module doc). without(hits,
    ids): code_keys._without; as_code(hit, colour): reads the hit as the colour's code word."""
    cues = {m.cue for m in hits if m.kind == "trade_cue" and not m.negated}
    winks = [m for m in hits if m.kind == "trade_cue" and m.cue == "wink" and not m.negated]
    lines = t.count("\n") + 1
    title_end = t.find("\n") if "\n" in t else len(t)
    title_goods = _GOODS.search(t, 0, title_end) is not None
    whole_goods = lines < 3 and _GOODS.search(t) is not None
    stocked = {t[m.n_start] for m in keys if t.startswith(_STOCK, m.n_start + 2) and _alone(t, m.n_start)}
    kept = []
    for m in keys:
        a = t.rfind("\n", 0, m.n_start) + 1
        b = t.find("\n", m.n_end)
        b = len(t) if b < 0 else b
        if title_goods or whole_goods or not _alone(t, m.n_start) or _GOODS.search(t, a, b) is not None:
            continue
        rest = t[m.n_start + 2:m.n_end]
        if rest and rest[0] in _LIST_MARKS or rest[:1] in ("白", "黑", "红"):  # 白的、黑的: a list of colours
            ok = bool(_TRADE_BEFORE.search(t, a, m.n_start))
        elif rest.startswith(_STOCK):  # 白的还有: another colour as goods and a contact, secrecy or wink cue
            ok = len(stocked) >= 2 and bool(cues & {"contact", "secrecy", "wink"})
        else:  # 白的那个: a wink on its line
            ok = any(a <= w.n_start < b for w in winks) or _LOCAL_WINK.search(t, m.n_end, b) is not None
            ok = ok and (_PRICE.search(t, a, b) is not None or "contact" in cues)
        if ok:
            as_code(m, t[m.n_start])
            kept.append(id(m))
    return without(hits, {id(m) for m in keys if id(m) not in kept})


def _alone(t: str, i: int) -> bool:
    """The colour at t[i] stands as a word of its own: 白的 after a mark or a trade word, not 明白的."""
    return i == 0 or t[i - 1] in _BEFORE_OK

"""Colour goods carried back from a source region: the product told by the trip and the colour alone
(session 15, zh19; train_zh19 0111, 0115, 0176: "朋友在非洲工作三年回来了，带了几根小的料…很纯很白，想要的
留言", "勐拉回来，带了南边的几样：黑的一小块、红的两件、白的手串一条…有需要的留言").

domain.md section 2.1 and design note 1: the trade names its goods by colour (white = ivory, black = rhino
horn, red = hornbill casque) and by where they come from (TRAFFIC 2015 "African materials"; the border
markets of Mong La, Boten and the Golden Triangle: domain.md 2.4, trade_cues.yaml 金三角). A 朋友圈 story
that says someone came back from Africa or a border market, carried some pieces, calls them only by a colour
used as a noun (白的, 很白, 黑的, 红的, 白货) and asks who wants them names no product the lexicon knows,
so the text was not even topical.

So where one field holds, in this order of reading: an African range state or a border market (ORIGIN),
a carrying word (带回, 带了, 回来, 过来), a colour standing as the goods within WINDOW characters after the
origin, and an offer word (要的, 有人要, 留言, 私聊, 面议), and nothing that names what the colour belongs to
(coffee, tea, jade, wood, clothes, pets, fruit, bone, horn of cattle, resin ...), the colour reads as its code
word: white as ivory, black as rhino horn, red as hornbill. Nothing is added where the lexicon already found
a named product or a look-alike. The same test on the raw text (carried_near) lets such a field past the
not-topical exits (reject_gate.unkeyed_reading and the batch path's lets_through).
"""
from __future__ import annotations

from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS, Entry

WINDOW = 120  # characters from the origin to the colour
WEIGHT = 0.6  # as the lexicon's 非洲料 ('African materials') and origin_parts
_ORIGIN = lazy_compile(r"非洲|坦桑|莫桑比克|肯尼亚|肯尼亞|尼日利亚|尼日利亞|津巴布韦|津巴布韋|喀麦隆|喀麥隆|刚果|剛果|"
                       r"加蓬|安哥拉|乌干达|烏干達|赞比亚|贊比亞|勐拉|金三角|磨丁|磨憨|老挝|老撾|缅北|緬北|中缅边境|中緬邊境|"
                       r"中越边境|中越邊境|中老边境|中老邊境")
_CARRY = lazy_compile(r"带回|帶回|带了|帶了|带过来|帶過來|回来|回來|过来的|過來的")
# a colour written as the goods: 白的 / 很白 / 白货, not 明白的, 粉红的, 黑白的
_COLOUR = lazy_compile(r"(?<![明粉浅淺深淡乳米灰雪奶黑白红紅蓝藍绿綠黄黃紫橘橙火鲜鮮通暗亮纯純漆乌烏墨洁潔大空坦])"
                       r"([白黑红紅])(?:的(?![确確话話了])|[货貨])|很(白)")
_OFFER = lazy_compile(r"要的|有人要|谁要|誰要|想要|需要的|留言|私聊|私我|私信|私訊|面议|面議|价格|價格|加v|加微")
# what the colour may belong to: then it is that thing's colour
_OTHER = lazy_compile(r"咖啡|茶|玉|翡翠|玛瑙|瑪瑙|水晶|宝石|寶石|石头|石頭|木|沉香|檀|衣|恤|裤|褲|裙|鞋|帽|包包|背包|钱包|錢包|"
                      r"皮包|瓷|陶|银饰|銀飾|白银|珍珠|贝|貝|牛|羊|鹿|骆驼|駱駝|骨|树脂|樹脂|塑料|亚克力|蜜蜡|琥珀|水果|芒果|"
                      r"坚果|堅果|果冻|果凍|象牙果|猛犸|猛獁|大米|小米|糖|酒|药|藥|布料|棉布|纸|紙|漆|蜂蜜|猫|貓|狗|豆|胡椒|"
                      r"辣椒|酱|醬|菜|花生|芝麻|皮肤|皮膚|头发|頭發|照片|相片|汽车|汽車|车子|車子|手机|手機|电脑|電腦|面条|"
                      r"麵條|鱼|魚|蛋|猪肉|豬肉|巧克力|奶粉|面粉|麵粉")
_CODES = {"白": "ivory", "黑": "rhino_horn", "红": "hornbill", "紅": "hornbill"}
_ENTRIES: dict = {}


def _entry(category: str) -> Entry:
    got = _ENTRIES.get(category)
    if got is None:
        got = _ENTRIES[category] = Entry(
            id=-1, term="carried colour goods", category=category, kind="code_word", weight=WEIGHT, cue=None,
            label_hint=None, lang="zh",
            source="domain.md 2.1 (white/black/red colour codes) and 2.4 (African materials, border markets)",
            file="classifiers/carried_colours.py", line=0, variants=("carried colour goods",))
    return got


def _colours(text: str) -> list:
    """(colour, span) of the colour goods read after an origin, carry and offer word in `text`; [] if none."""
    if text.isascii() or _ORIGIN.search(text) is None or _OTHER.search(text) is not None:
        return []
    found = []
    for o in _ORIGIN.finditer(text):
        if _CARRY.search(text, max(0, o.start() - 20), o.end() + 30) is None:
            continue
        for c in _COLOUR.finditer(text, o.end(), o.end() + WINDOW):
            colour = c.group(1) or c.group(2)
            if _OFFER.search(text, c.end()) is not None:
                found.append((colour, c.span()))
        if found:
            return found
    return found


def carried_near(text: str) -> bool:
    """Whether the raw `text` holds such colour goods (module doc); an origin word first, the rest only then."""
    return bool(_colours(text))


def carried_listing(title, description) -> bool:
    """carried_near on a listing's title and description joined as the engine joins them (the batch path's
    let-through check, reject_gate.lets_through); a field that is no string counts as empty."""
    title = title if title.__class__ is str else ""
    description = description if description.__class__ is str else ""
    if _ORIGIN.search(title) is None and _ORIGIN.search(description) is None:
        return False
    return bool(_colours(f"{title}\n{description}"))


def carried_colours(hits: list, t: str, make) -> list:
    """`hits` with a colour code word added per colour carried back (module doc), unless a named product or a
    look-alike stands. make(entry, term, t_span): a RawMatch on the colour."""
    if t.isascii() or _ORIGIN.search(t) is None:  # (the origins are Chinese words: an ASCII text has none)
        return hits
    for m in hits:
        if m.kind in PRODUCT_KINDS and m.category != "none" and not m.negated:
            return hits
        if m.kind == "benign_context" and not m.negated:
            return hits
    found = _colours(t)
    if not found:
        return hits
    seen = set()
    added = []
    for colour, span in found:
        category = _CODES[colour]
        if category not in seen:
            seen.add(category)
            added.append(make(_entry(category), t[span[0]:span[1]], span))
    return hits + added

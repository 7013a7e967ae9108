"""An owner's question that also offers the piece (q23, issue 12 kind 3).

A poster who asks about a piece in hand (求鉴定, 能卖吗, help identify) with the tells of a protected
group, or names it, and in the same post lets it go or weighs an offer ("有人要也可以出", "有人出3000
想要", "大概多少钱能卖", "还有人要吗，我用不完", "happy to sell if anyone wants it", "bán được không")
is selling, whatever the question words say. The lexicon's asking words (想问下: 求鉴定, 能卖吗, is it
legal) are conservation look-alikes: they clear identification and legality questions, and here they
cleared the offer beside them. held_piece.py reads such a question as an owner's, at most suspicious;
an offer makes the owner a seller.

So when the post names a protected product or describes one (a descriptor or a material tell of a
species group), and the poster offers it or weighs an offer received, the asking look-alikes are no
frame (marked remote, not held), the offer counts as a sale cue (a trade-cue match on its words), and
the match carries OFFER as its canonical: features.owner_offer, which model.decide() sends to review
at least (an offer of a piece described as a protected one is a sale a reviewer should see).

What is no offer: "can I sell it / 可以卖吗 / 能不能卖" alone (a legality question: the training labels
of several hands keep an inherited piece asked about so benign); asking its value (值多少钱, 值不值).
q43: the same question beside the owner's wish to sell (想卖了换点钱, 哪里能收, "looking to sell", muốn bán
lại) is an offer, as the training labels of every hand read it (suspicious at least); "不想卖，只想合法处理",
"I don't want to sell it", "không muốn bán" stay no offer.
What stays out: a report or warning word among the frames (举报, 科普, 避坑: a report quotes the
seller's offer); a post with a look-alike that explains the item (a colour, a toy, a legal material:
features.owner_offer needs none but the asking frames); nothing protected named or described.
Runs in engine.raw_matches after the scope marks, on listings with a product or descriptor match
only; the regex is compiled on first use.
"""
from __future__ import annotations

from functools import lru_cache

from .held_piece import _asks
from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS
from .matcher import RawMatch
from ._textfast import has_marked_latin
from .normalize import fold_diacritics

OFFER = "owner's offer"  # the canonical of the added sale cue (features.owner_offer reads it)
_SELLING = frozenset(("price", "contact"))  # a post that sells already says how to buy
# every alternative of _OFFER_RE holds one of these (in the lower-cased, unmarked text): a few substring
# checks at C speed decide most texts without the regex
_TRIGGERS = ("有人", "可以出", "能出", "出了", "出掉", "出手", "谁要", "誰要", "能卖", "能賣", "可以卖", "可以賣", "想要",
             "any", "how much", "sell", "what ", "offer", "ban d", "ai mua", "nguoi",
             "想卖", "想賣", "哪里", "哪裡", "去哪", "muon ban")  # q43: 想卖了换点钱, 哪里能收, muốn bán


# the poster lets the piece go or weighs an offer received, in the lower-cased, unmarked text
_OFFER_RE = lazy_compile(
    # each alternative starts with one of these characters: a lookahead skips the rest of the text
    # at C speed (about 4x faster than trying every alternative at every position)
    r"(?=[也就都可能直想打准準出有还還谁誰多什哪去abcghilmnpstw])(?:"
    # zh (simplified and traditional as written): would let it go, asks what it would sell for
    r"(?:也|就|都)可以出|可以出(?:掉|手|给|給|了)|(?:能|可以)出(?:吗|嗎|么|麼|不)"
    r"|(?:直接|想|打算|准备|準備)出(?:了|掉|手)|出(?:了|掉)算了"
    r"|(?:还|還|有没|有沒)?有人要(?:吗|嗎|么|麼|不|的话|的話|就|也|嘛|可以|私|联系|聯系|[?？]|$)|谁要|誰要"
    r"|多少(?:钱|錢)(?:能|可以)(?:卖|賣|出)|什(?:么|麼)(?:价|價)(?:能|可以)(?:卖|賣|出)"
    r"|(?:能|可以)(?:卖|賣)(?:多少|几|幾|个好价|個好價)"
    # an offer received: 有人在群里出3000想要, 有人开价
    r"|有人.{0,8}?出(?:价|價)?\s*[\d一二两兩三四五六七八九十几幾]|出\s*[\d一二两兩三四五六七八九十百千万萬几幾]+\s*(?:块|塊|元|k)?\s*想要"
    r"|有人想要|有人(?:问|問)我要|有人(?:开|開)(?:价|價)"
    # q43: the owner wants to sell it, asks who would buy (想卖了换点钱，哪里能收); not 不想卖, 唔係想賣
    r"|(?<![不没沒唔係別别])想(?:卖|賣)|(?:哪里|哪裡|哪儿|哪兒|去哪)(?:能|可以|有人)?(?:收|卖|賣)"
    # en: a contingent offer (plain sale words are the lexicon's own trade cues)
    r"|\bif any(?:one|body) wants? (?:it|them|one)\b|\bany(?:one|body) want (?:it|them|one)\b"
    r"|\bhow much (?:can|could|would|will|should) (?:i|we) (?:get|sell|ask)\b|\bworth selling\b"
    r"|\b(?:thinking (?:of|about)|planning (?:on|to)|considering) sell(?:ing)?\b|\bmight sell\b"
    r"|(?<!n't )(?<!not )(?<!never )\b(?:looking|want|wanting|wanna|would like|hoping) to sell\b"
    r"(?! (?:it |them |this |these )?(?:legally|the right way|the legal way|properly|lawfully))"  # q43: the law asked
    r"|\bwhat (?:can|could|would) (?:i|we) (?:get|sell it for|ask)\b"
    r"|\b(?:someone|somebody|a guy|a dealer|a buyer) (?:has )?offered (?:me|us)\b|\b(?:got|had) an offer\b"
    # vi (marks folded): can it be sold / for how much, anyone buy it, someone offered
    r"|\bban (?:duoc|dc) (?:khong|ko|k|hok|bao nhieu)\b|\b(?:co )?ai mua (?:khong|ko|k|hok)\b"
    r"|\bco nguoi (?:tra|hoi mua)\b|\bnguoi ta tra\b"
    r"|(?<!khong )(?<!ko )(?<!k )(?<!chang )\bmuon ban\b)")  # q43: muốn bán (lại), not không muốn bán


def _protected(m) -> bool:
    """A named product of a protected group, or a descriptor or material tell of one."""
    if m.category == "none" or m.negated or m.suppressed_by is not None or m.remote or m.given or m.diet:
        return False
    return m.kind in PRODUCT_KINDS or m.kind == "descriptor" or (m.kind == "trade_cue" and m.cue == "quality")


@lru_cache(maxsize=1)
def _trigger_scan():
    """One Aho-Corasick scan for all _TRIGGERS (C; ~2.5x cheaper than 20 `in` tests): it reports a
    match wherever one of them occurs."""
    from ahocorasick_rs import AhoCorasick

    return AhoCorasick(list(_TRIGGERS)).find_matches_as_indexes


def _triggered(text: str) -> bool:
    """Whether one of _TRIGGERS is in text."""
    return bool(_trigger_scan()(text))


def mark(matches: list, texts: dict) -> None:
    """Reads an offer beside an owner's question: the asking frames marked remote, the offer added as
    a sale cue (canonical OFFER). Looks at the text only when something protected is named or
    described and the post either asks (a conservation look-alike) or names nothing firmly and gives
    no price or contact: a firm name (象牙手镯) or a way to buy is read as an offer already."""
    protected = firm = False
    frames = []
    for m in matches:
        k = m.kind
        if k == "benign_context":
            if m.cue == "conservation" and not m.negated:
                frames.append(m)
            continue
        if k == "trade_cue":
            cue = m.cue
            if cue in _SELLING:
                firm = firm or not (m.negated or m.remote)
                continue
            if cue != "quality":
                continue
        elif k != "descriptor" and k not in PRODUCT_KINDS:
            continue
        if _protected(m):
            protected = True
            firm = firm or (k in PRODUCT_KINDS and m.weight >= 0.75)
    if not protected or not (frames or not firm):
        return
    if frames and not all(_asks(m) for m in frames):
        return  # a report or a warning word: the offer is quoted
    for field in ("title", "description"):
        text = texts.get(field) or ""
        lower = text.lower()
        if len(lower) != len(text):
            continue  # offsets would not be the text's
        found = _OFFER_RE.search(lower) if _triggered(lower) else None
        if found is None and has_marked_latin(text):  # Vietnamese with its marks: read unmarked
            folded = fold_diacritics(lower)
            found = _OFFER_RE.search(folded) if len(folded) == len(text) and _triggered(folded) else None
        if found is None:
            continue
        for m in frames:
            m.remote, m.held = True, False
        start, end = found.span()
        matches.append(RawMatch(term=text[start:end], canonical=OFFER, category="none", kind="trade_cue",
                                field=field, start=start, end=end, cue="sale", weight=0.5))
        return

"""An off-listing wink speaks of the goods on its own line (q46; train_adv3 0024 and its look-alike).

"平台不让发 / 平台不让上架 / 不要在评论区问", "can't list it here / not listed here", "k đăng công khai" say
that the piece cannot be shown on the platform (NFGA_WANGDUN: 线上展示线下交付; TIASANG). Beside a material,
a code name or a tell ("钢琴键"的料子做的印章 … 平台不让上，加微信，不要在评论区问) that is the seller hiding
the protected product from the filter. With nothing named it is what any seller of ordinary goods says
of a link or a photo: "一些旧书和杯子，平台不让发链接，加微信看图" (a wink and a contact, no product) came
out illegal. So such a wink counts where it has something to point at: a product, code word,
descriptor or tell of a protected product (or a material in quotes, “老料”, 'bone') on the same line of the
description, or in the title (a legal material named is no anchor: 玻璃杯 is the glass cup for sale). A
wink in the title, or on a line that names no goods of its own (a note: "I'll remove anything eBay
doesn't allow"), points at the whole listing: it counts where such a product stands anywhere. Elsewhere it is
marked remote (features: a cue about other goods of a long post, counted for nothing), and a text
that was topical only through such winks reads as if nothing matched (the learned text part included).

What stays as it was: every other wink (懂的来, you know what it is, không phải nhựa), which points at
the listing by itself; a wink on a pet listing that wink_beyond read as a cover (the pet is quoted
then, an anchor); winks in the price or seller field.
Runs in engine.raw_matches after wink_beyond, on topical listings with a wink or secrecy hit only.
"""
from __future__ import annotations

from .hook_gates import AnyWord
from .lexicon import PRODUCT_KINDS, TOPICAL_CUES
from .normalize import fold_diacritics
from .quoted_materials import quoted_in

# what makes a wink an off-listing one: the platform, the listing, the comments (matched on the
# term as written, lowercased, Vietnamese without diacritics)
_OFF = ("平台", "系统不让", "系統不讓", "上架", "上網", "上网", "网上", "網上", "挂网", "掛網", "评论区", "評論區",
        "留言区", "留言區", "喺留言", "不让发", "不讓發", "can't post", "cannot post", "cant post", "can't list",
        "cannot list", "cant list", "not listed", "listed here", "list it here", "list them here", "up here",
        "publicly", "can't show here", "not allowed to post", "in the comments", "in comments", "dang cong khai",
        "hoi cong khai", "tra loi cmt", "tra loi comment", "rep cmt", "hoi trong cmt", "hoi o cmt", "hoi o day")


# ...but a wink about the name is about the listing's own item, wherever it stands ("I can't list the
# material name", "can't list it as", 平台不让写, 不让发原名, "material: can't say on here"): it keeps its weight
_NAMING = ("material", "name", "say", "word", "it as", "listed as", "写", "寫", "名", "ten ")
# ...and so is one whose subject is the item ("the one you can't post on eBay", 这个平台不让发): the piece
# itself cannot be shown, not its link or photo (lead, session 13: train_en8's carved fish)
_ITEM = ("the one", "this one", "the ones", "these", "这个", "這個", "这种", "這種", "cai nay", "mon nay", "con nay")


def _off_listing(m) -> bool:
    if m.kind != "trade_cue" or m.cue not in ("wink", "secrecy") or m.field not in ("title", "description"):
        return False
    if m.negated or m.remote or m.given:
        return False
    t = m.term.lower()
    if not t.isascii():
        t = fold_diacritics(t)
    return _ANY_OFF(t) and not _ANY_NAMING(t) and not _ANY_ITEM(t)


def _anchor(m) -> bool:
    """A match the wink can point at: a protected product, code word, descriptor or tell, a cover."""
    if m.negated or m.remote or m.given or m.diet or m.suppressed_by is not None:
        return False
    k = m.kind
    if k in PRODUCT_KINDS or k == "descriptor":
        return m.category != "none"
    if k == "trade_cue":
        return m.cue == "quality" and m.category != "none"
    if k == "benign_context":
        return m.quoted  # 'bone' in quotes, a pet read as the cover (wink_beyond); not 玻璃杯 beside 平台不让发
    return False


def _quoted_material(text: str) -> bool:
    """A material named in quotation marks in `text` (the engine's quoted cover: “老料”, 'bone')."""
    return quoted_in((text,)) is not None


def mark(matches: list, texts: dict) -> None:
    """Marks remote the off-listing winks with nothing to point at (module doc)."""
    winks = None
    for m in matches:
        if m.kind == "trade_cue" and (m.cue == "wink" or m.cue == "secrecy") and _off_listing(m):
            winks = [m] if winks is None else winks + [m]
    if winks is None:
        return
    anchors = [m for m in matches if m.field in ("title", "description") and _anchor(m)]
    if any(a.field == "title" for a in anchors):
        return  # the title names the goods: every wink of the listing is about them
    desc = texts.get("description") or ""
    lines = {(desc.rfind("\n", 0, a.start) + 1) for a in anchors}  # the line starts the anchors stand on
    # the lines that name goods of their own (a look-alike, a form: 玻璃杯, 台灯, mugs)
    goods = {(desc.rfind("\n", 0, m.start) + 1) for m in matches if m.field == "description" and not m.negated and (
        m.kind == "benign_context" or (m.kind == "trade_cue" and m.cue == "form"))} if anchors else ()
    cleared = set()
    for w in winks:
        if w.field == "title":
            if anchors or _quoted_material(texts.get("title") or ""):
                continue  # a wink in the title points at the whole listing
        else:
            line = desc.rfind("\n", 0, w.start) + 1
            if line in lines or (anchors and line not in goods):
                continue  # beside the goods, or a note about the listing's goods named elsewhere
            end = desc.find("\n", w.end)
            if _quoted_material(desc[line:end if end >= 0 else len(desc)]):
                continue  # 摊主说“老料”…不能上网卖: a material in quotes on its line is the cover it winks at
        w.remote = True
        cleared.add(id(w))
    # a text topical only through these winks reads as it did without them (no hits: code_keys._without);
    # a secrecy cue never made a text topical (lexicon.TOPICAL_CUES): then something else did
    if cleared and any(w.cue == "wink" for w in winks if id(w) in cleared) and not any((m.kind in PRODUCT_KINDS or m.cue in TOPICAL_CUES) and id(m) not in cleared
                           for m in matches):
        matches.clear()


# sp25 (issue 13): each `any(w in text for w in WORDS)` above in one automaton pass (hook_gates.AnyWord)
_ANY_OFF = AnyWord(_OFF)
_ANY_NAMING = AnyWord(_NAMING)
_ANY_ITEM = AnyWord(_ITEM)

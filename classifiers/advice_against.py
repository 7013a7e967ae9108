"""Advice against buying a product is talk about the trade, not an offer (issue 12, q19: train_en11 0214,
a soup video's "avoid totoaba, it's banned").

Cooking videos, keepers' and collectors' posts warn about the trade with the product named: "avoid
totoaba", "don't buy rhino horn", "stay away from pangolin scales", "tránh mua ngà voi", "đừng ăn tê tê",
"别买象牙", "不要吃穿山甲", or the product and a ban said of it: "totoaba, it's banned", "穿山甲是违法的",
"sừng tê giác là phạm pháp". The product such advice names is spoken against, not offered: it is read
as denied, as "we never sell ivory" is (`advise_against`, match_rules.after_rules). Only the product
the advice is bound to (the advice verb right before it in its clause, or the ban right after it),
and only in a post that makes no offer of its own: a price, a handle or contact cue, secrecy, a wink or
a buyer's demand beside it keeps every product live ("ivory is illegal so it's pricey, DM me").
"""
from __future__ import annotations

from .hook_gates import needs
from .lazy_regex import lazy_compile

_PRODUCTS = ("name", "product_form", "code_word")
# (patterns on the normalised text: letters repeated are one, banned is baned, illegal ilegal)
# what an offer says (any of these cues in the text: the advice may be a seller's own patter)
_OFFER_CUES = ("contact", "price", "secrecy", "wink", "demand")
# the advice right before the product (an optional word between: avoid the/any/real X), as normalised
_ADVICE = ("avoid", "avoiding", "don't buy", "don’t buy", "dont buy", "do not buy", "never buy", "stop buying",
           "say no to", "stay away from", "boycot", "don't eat", "don’t eat", "dont eat", "do not eat", "never eat",
           "refuse to buy", "tránh mua", "tránh xa", "tránh dùng", "đừng mua", "đừng ăn", "đừng dùng", "không nên mua",
           "không nên ăn", "không nên dùng", "nói không với", "别买", "不要买", "切勿购买", "勿购买", "拒绝购买", "请勿购买",
           "别吃", "不要吃", "拒食", "拒绝食用", "远离")
_BETWEEN = ("any", "the", "real", "wild", "cheap", "hàng", "đồ")
_AFTER_RE = lazy_compile(
    r" ?[,，]? ?(?:(?:it['’]s|it is|they['’]re|they are|that['’]s|which is|is|are)(?: now| totaly| strictly)? "
    r"(?:bann?ed|il?legal|prohibited)(?![a-z])|(?:是|都是)?(?:违法的|违法|禁止买卖的|禁止买卖|禁售的)"
    r"|(?:là |đều )?(?:bị cấm|phạm pháp|bất hợp pháp))")
_BEFORE_CHARS, _AFTER_CHARS = 32, 28
# the first two characters of _AFTER_RE's words (it’s/it is, they/that, which, is, are; 是违/是禁/都是/违法/禁止/
# 禁售; là/đều/bị/phạm/bất): they start at the first character after its optional space, comma, space
# (a match tried at one position cost ~3-5k instructions; most products have none of these after them)
_AFTER_HEADS = frozenset(("it", "th", "wh", "is", "ar", "是违", "是禁", "都是", "违法", "禁止", "禁售", "là", "đề", "bị", "ph", "bấ"))
# hook_gates: a ban _AFTER_RE reads (bann?ed, il?legal, prohibited, 违法, 禁止买卖, 禁售, bị cấm, phạm pháp, bất hợp pháp)
_BANS = ("ban", "legal", "prohibited", "违法", "禁止买卖", "禁售", "bị cấm", "phạm pháp", "bất hợp pháp")


def _ban_may_follow(t: str, end: int) -> bool:
    """Whether _AFTER_RE can match at `end`: its words start at the first character that is not one
    of the (at most three) spaces and commas it lets stand before them."""
    q = end
    while q < end + 3 and t[q:q + 1] in (" ", ",", "，"):
        q += 1
    return t[q:q + 2] in _AFTER_HEADS


def _advised(before: str) -> bool:
    """Does `before` (the text right before the product) end with advice against it?"""
    w = before.rstrip()
    head, _, last = w.rpartition(" ")
    if last in _BETWEEN:
        w = head.rstrip()
    if not w.endswith(_ADVICE):
        return False
    for a in _ADVICE:  # a Latin advice word starts a word (not "pavoid")
        if w.endswith(a):
            i = len(w) - len(a)
            return i == 0 or not (a[0].isascii() and w[i - 1].isalpha())
    return False


@needs(words=_ADVICE + _BANS)  # hook_gates: nothing to do without advice or a ban
def advise_against(hits: list, t: str) -> None:
    """Mark negated the product terms that advice against buying names (see module doc). `t`: the
    normalised text of `hits`."""
    live = None
    for m in hits:
        k = m.kind
        if k == "trade_cue" and m.cue in _OFFER_CUES and not m.negated:
            return  # an offer in the post: the advice may be patter
        if k in _PRODUCTS and m.suppressed_by is None and not m.negated:
            live = [m] if live is None else live + [m]
    if live is None:
        return
    after_re = _AFTER_RE
    named = []
    for m in live:
        # the advice ends right before the product (a sentence end between them ends it otherwise)
        before = t[max(0, m.n_start - _BEFORE_CHARS):m.n_start]
        if _advised(before) or (_ban_may_follow(t, m.n_end) and after_re.match(t, m.n_end, m.n_end + _AFTER_CHARS)):
            named.append(m)
    if not named:
        return  # the common case: no advice (a generator per product below cost more than the search)
    for m in live:  # a product term overlapping the one advised against is the same phrase (elephant | ivory pendants)
        if m in named or any(n.n_start < m.n_end and m.n_start < n.n_end for n in named):
            m.negated = True

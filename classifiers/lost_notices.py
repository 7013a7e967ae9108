"""A lost-pet notice names the animal but offers nothing (q45, train_live1 0056).

'寻鸟 我家灰鹦鹉飞走了 … 有脚环和证书 … 捡到的请联系，必有重谢', 'LOST: African grey flew off, reward for
her safe return', 'Tìm vẹt xám bay mất, ai thấy báo giúp, hậu tạ': the owner of a listed animal looks
for it. The name is firm (an App I parrot), so the lexicon's lost-pet cue (a pet cue) is dropped beside
it, the papers the owner mentions read as a paper to check and a 'found it' word (捡到) as a no-papers
cue. A notice is no sale: where the text says the animal is lost (走失, 飞走, lost, flew away, bay mất)
AND asks for it back (a reward, 'if found, contact', ai thấy báo) and no sale word stands anywhere (no
price, deposit, fee, sale, wink or secrecy cue, no price in the price field), the animal's names, its
descriptions and its trade cues are marked remote: words of a notice, about no item on sale.

What stays out: a lost word without a request for the animal back ('lost my job, rehoming my macaw');
a sale word anywhere ('found a parrot, rehoming fee 500', 'lost interest, selling', a price); a found
animal offered ('捡到一只鹦鹉 有人要吗': no lost word).
Runs in engine.raw_matches after the scope marks, on listings with a live-animal name only; a cheap
substring test comes before the regexes.
"""
from __future__ import annotations

from .hook_gates import AnyWord
from .lazy_regex import lazy_compile
from .lexicon import PRODUCT_KINDS

# the animal is gone (as written, lower case; traditional and simplified)
_LOST = lazy_compile(
    r"走失|走丢|走丟|丢失|丟失|跑丢|跑丟|飞走|飛走|飞丢|飛丟|寻鸟|尋鳥|寻鹦鹉|尋鸚鵡|寻龟|尋龜|寻宠|尋寵|失踪|失蹤"
    r"|\blost\b|\bmissing\b|\bflew (?:away|off|out)\b|\bescaped\b"
    r"|bay mất|bay mat|đi lạc|di lac|thất lạc|that lac|\bbị mất\b|\bsổng\b|tìm (?:vẹt|chim|rùa|khỉ|con)\b")
# the owner asks for it back: a reward, 'if found contact me', 'anyone who sees it'
_BACK = lazy_compile(
    r"重谢|重謝|酬谢|酬謝|必谢|必謝|有偿|有償|悬赏|懸賞|捡到|撿到|看到的?请|看到的?請|见到|見到|请联系|請聯繫|请帮忙|請幫忙"
    r"|\breward\b|\bif (?:found|you see|seen|spotted)\b|\bplease (?:call|contact|message|return)\b|\bsafe return\b|\bhave you seen\b"
    r"|hậu tạ|hau ta|tạ ơn|ta on|ai thấy|ai thay|ai nhặt|ai nhat|ai bắt được|báo giúp|bao giup|xin liên hệ")
# substrings one of the _LOST patterns needs (the cheap gate)
_LOST_KEYS = ("走", "丢", "丟", "飞", "飛", "寻", "尋", "失", "蹤", "踪", "lost", "missing", "flew", "escaped",
              "mất", "mat", "lạc", "lac", "sổng", "tìm")
_ANY_LOST_KEY = AnyWord(_LOST_KEYS)  # one automaton pass for the 20 `in` tests (sp25, issue 13)
# trade cues that make it an offer, whatever the story
_SALE = frozenset(("sale", "price", "wink", "secrecy", "demand"))
# a no-papers cue that is the notice's own 'if found' (捡到), not a rehoming or transfer story (转让, rehoming)
_FOUND = ("捡", "撿", "执到", "執到", "found", "nhặt", "nhat", "lost", "thấy", "lạc")


def mark(matches: list, texts: dict) -> None:
    """Marks the names, descriptions and trade cues of a lost-pet notice remote (module doc)."""
    if not any(m.category == "live_animal" and m.kind in PRODUCT_KINDS for m in matches):
        return
    text = f"{texts.get('title') or ''}\n{texts.get('description') or ''}".lower()
    if not _ANY_LOST_KEY(text):
        return
    if _LOST.search(text) is None or _BACK.search(text) is None:
        return
    spans = [(name, x.start(), x.end()) for name in ("title", "description")
             for x in _LOST.finditer((texts.get(name) or "").lower())]  # 'bay' in 'bay mất' is no ✈ sale code
    if any(m.kind == "trade_cue" and not m.negated and (m.cue in _SALE or (
            m.cue == "no_papers" and not any(w in m.term.lower() for w in _FOUND)))
           and not any(f == m.field and s <= m.start and m.end <= e for f, s, e in spans) for m in matches):
        return
    price = texts.get("price") or ""
    if any(c in price for c in "123456789"):
        return  # a priced post is an offer, whatever it calls itself
    for m in matches:
        if m.kind in PRODUCT_KINDS or m.kind == "descriptor" or m.kind == "trade_cue" or m.kind == "legal_channel":
            m.remote = True

"""An animal of a listed group described, not named, offered alive (q45, train_live1 0025/0037/0210).

'Big eyes, comes out at night, hand-fed, deposit to hold a baby', '长身子短腿 会游泳 河边捡的 有人要吗 面议',
'chồn con, khoang đen ở mặt, ăn trái cây, ai nuôi pass 500k': the seller describes the animal (a
descriptor of a live-animal group: its looks, habits or diet, config/keywords/descriptors.yaml) instead
of naming it. Two descriptions of the group already count as a product described (feature_kinds
_descriptors); one is only a hint, which the learned parts rightly leave alone in a pet-care guide or a
zoo story. Beside an OFFER (a sale, price, deposit or rehoming cue, a price in the price field, a
deposit written: 定金, đặt cọc) and a LIVE-ANIMAL FRAME (a live cue: 手养, 亲人, tame, hand-fed; or the
animal's age, young, feeding or cage as written: 崽, baby, 3 months old, tháng tuổi, 笼) one description
is enough for a reviewer to look: DESCRIBED_OFFER (no model feature) makes model.decide send it to
review at least.

What stays out: a legal pet named or any look-alike (budgie, hamster, bearded dragon, a plush, a
figurine, a guide book, zoo news: benign_*), a post about the trade, a protected animal named firmly
(the name's own rules decide), papers named (live_papers decides), a description denied, a depicted
animal (photo, print, figurine). Called from features.extract after priced_live.
"""
from __future__ import annotations

from .lazy_regex import lazy_compile

# no model feature (as priced_live.PRICED_UNPAPERED): model.decide sends the listing to review at least
DESCRIBED_OFFER = "described_offer"
_SKIP = ("talk_about", "held_question", "negated_product", "item_is_other", "category_benign", "live_papered",
         "priced_unpapered", "product_strong", "benign_pet")
_OFFER_CUES = ("cue_sale", "cue_price", "cue_demand", "cue_no_papers")
# the descriptors that describe a live animal: any look, habit or diet of a live-animal group; of a
# pangolin only what it does or eats (rolls into a ball, eats ants): its scales are sold as a material,
# and 'vảy' (scales) is also a fish's or an orchid's (vảy rồng)
_LIVE_CUES = {"live_animal": ("appearance", "behaviour", "diet"), "pangolin": ("behaviour", "diet")}
# a deposit or a price written in the text (the price field is read apart)
_DEPOSIT = lazy_compile(r"定金|订金|訂金|押金|\bdeposits?\b|\bon hold\b|\breserv|đặt cọc|dat coc|\bcọc\b"
                        r"|[$£€¥]\s?[1-9]|[1-9]\d*\s?(?:元|块|塊|k\b|tr\b|triệu|usd|dollars?|bucks)")
# the animal's age, youth, feeding or cage as written (lower case): a live animal, not a thing
_FRAME = lazy_compile(
    r"崽|宝宝|寶寶|幼|雏|雛|小只|一只|一隻|两只|兩隻|活的|手养|手養|手喂|手餵|亲人|親人|会叫|會叫|会说话|會說話|站手|个月|個月"
    r"|周大|天大|笼|籠|喂|餵|吃|食|养了|養了|抓了|捉了|捡的|撿的"
    r"|\bbab(?:y|ies)\b|\bkits?\b|\bpups?\b|\bcubs?\b|\bchicks?\b|\bhatchlings?\b|\bjuveniles?\b|\byoung\b"
    r"|\b\d+\s?(?:weeks?|wks?|months?|mos?)\b|\bhand[- ]?(?:fed|raised|reared|tame)\b|\btame\b|\bcage\b|\beats\b|\bfed\b"
    r"|con non|\bnon\b|con nhỏ|\bcon\b|\bbé\b|tháng tuổi|tuần tuổi|đút tay|\bthuần\b|dạn người|\blồng\b|\bchuồng\b|\băn\b")
# the animal pictured or modelled, care talk, or a thing its looks describe (big eyes: a doll, a contact
# lens; an owl lamp), not an animal sold alive
_DEPICTED = lazy_compile(r"\b(?:photos?|prints?|posters?|figurines?|statues?|plush|toys?|mugs?|e?books?|guides?|"
                         r"stickers?|models?|puzzles?|documentary|zoo|lamps?|lights?|dolls?|lens(?:es)?|makeup|"
                         r"mascara|shirts?|dress(?:es)?|bags?|cushions?|pillows?|keychains?)\b|毛绒|毛絨|公仔|玩偶|娃娃|"
                         r"摆件|擺件|手办|手辦|模型|玩具|画|畫|照片|动物园|動物園|图鉴|圖鑑|指南|美瞳|眼镜|眼鏡|睫毛|化妆|化妝|"
                         r"口红|口紅|灯|燈|抱枕|钥匙扣|鑰匙扣|衣服|裙|gấu bông|thú bông|mô hình|tượng|sở thú|thảo cầm viên|"
                         r"búp bê|kính áp tròng|\blens\b|\bđèn\b|\báo\b|\bváy\b")


def described_offer(f: dict, why: dict, matches: list, listing) -> None:
    """Marks a live animal of a listed group described, offered, in a live-animal frame (module doc)."""
    if listing is None or "descr_n" not in f or any(k in f for k in _SKIP):
        return
    for k in f:
        if k.startswith(("legal_", "benign_")):
            return
    descs = [m for m in why.get("descr_n", ()) if m.cue in _LIVE_CUES.get(m.category, ()) and not m.negated]
    if not descs:
        return
    title, desc = listing.get("title"), listing.get("description")
    text = "\n".join(s for s in (title, desc) if isinstance(s, str)).lower()
    offer = any(f.get(k) for k in _OFFER_CUES) or priced_field(listing) or _DEPOSIT.search(text) is not None
    if not offer:
        return
    if not (f.get("cue_live") or f.get("cue_wild") or _FRAME.search(text) is not None or _group_named(matches, descs)):
        return
    if _DEPICTED.search(text):
        return
    f[DESCRIBED_OFFER] = 1.0
    why[DESCRIBED_OFFER] = descs


def priced_field(listing) -> bool:
    """A price in the price field (not the site's placeholder)."""
    if listing.get("price_placeholder") is True:
        return False
    price = listing.get("price", listing.get("price_text"))
    if isinstance(price, (int, float)):
        return price > 0
    return isinstance(price, str) and any(c in price for c in "123456789")


# live3 (train_live3 0016): 'big blue parrot, yellow eye ring ... deposit holds': a vague group word of the
# described group (大鹦鹉, monkey, owl, rắn: weight < 0.4, which the name's own rules leave alone) says an
# animal is offered, as a life stage or a cage does; the description says which one
def _group_named(matches: list, descs: list) -> bool:
    """A live-animal name of a described group, not negated or covered, in the listing."""
    cats = {m.category for m in descs}
    return any(m.kind == "name" and m.category in cats and m.suppressed_by is None and not m.negated for m in matches)

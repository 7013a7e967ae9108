"""A vague live-animal word in a live frame, with a price (q52: train_live3 0032/0116, train_live2 0094/0159, ...).

'八哥一只，会说你好 ¥300', '猴子 会骑车 表演退休 ¥3000', 'vẹt đuôi dài xanh lá, 1 năm, biết huýt sáo 4tr', 'Tắc kè
rừng 3 con, kêu to buổi tối 150k/con', 'box turtles ... 4 adults, eat worms and fruit $250 ea': only a group
word names the animal (八哥, 猴子, vẹt, trăn, tortoise: weight < 0.5, feature_kinds' vague_name_only), and
model.decide caps such a listing below the threshold when nothing stands around the name ("an owl with
big eyes is a mug as often as a bird"). What stands around these names is the animal alive: it talks,
whistles, sings, calls at night, rides a bike, eats chicks or worms, is a year old, is counted as animals
(一只, 3 con, 4 adults), has been kept for years; and it carries a price. A mug, a kite or a wrench does
none of that. VAGUE_FRAMED (no model feature) lifts the cap only: the learned score still has to flag
the listing by itself (a floor here would send legal pets the lexicon does not know to review: a brown
myna that talks, a Quaker parrot 'legal here').

What stays out: any look-alike or legal channel (benign_*/legal_*: a budgie, a plush, papers; a food word the
animal is said to eat, 'eat worms and fruit', is its diet), a post
about the trade, an owner's question, a denied name, the item being something else, a depicted or made
thing (figurine, statue, kite, wooden, photo, 摆件, 风筝, tượng, bằng gỗ), no price. A group word outside the
live-animal category (tắc kè is also the dried gecko sold for wine) needs a behaviour only a live animal
shows (calls, sings, talks), not a count or an age. Called from features.extract after described_offer.
"""
from __future__ import annotations

from .described_live import priced_field  # a price in the price field, not the placeholder
from .lazy_regex import lazy_compile

# no model feature (as priced_live.PRICED_UNPAPERED): model.decide's vague-name cap does not apply
VAGUE_FRAMED = "vague_live_framed"
_SKIP = ("talk_about", "held_question", "negated_product", "item_is_other", "category_benign", "live_papered")

# what only a live animal does: talks, whistles, sings, calls, performs, bites, takes to the hand
_BEHAVIOUR = (
    r"会说|會說|说你好|說你好|学说话|學說話|学舌|學舌|吹口哨|会叫|會叫|叫声|叫聲|会唱|會唱|会骑|會騎|翻跟头|翻跟頭"
    r"|会咬|會咬|咬人|亲人|親人|站手|粘人|黏人|不怕人"
    r"|biết nói|nói được|nói tiếng|huýt sáo|\bhót\b|\bkêu\b|\bhiền\b|quen tay|dạn người|bám người|\bcắn\b"
    r"|\btalks?\b|\btalking\b|\bwhistles?\b|\bsings?\b|\bmimics?\b|\btame\b|\bbites?\b|\bhand[- ]?(?:fed|raised|reared)\b")
_BEHAVIOUR_RE = lazy_compile(_BEHAVIOUR)
# its feeding, age, keeping or count as animals (a live-animal word only: a dried gecko comes in pairs too)
_FRAME_RE = lazy_compile(
    _BEHAVIOUR
    + r"|吃(?:鸡|雞|鼠|肉|虫|蟲|鱼|魚|虾|蝦|菜|果|米|饲料|飼料|小|活)|养了|養了|还小|還小|活体|活體|苗子|幼体|幼體"
    r"|[0-9一二两兩三四五六七八九十几幾半]\s?(?:个月|個月|岁|歲|只|隻|条|條|对|對)"
    r"|\băn (?:gà|chuột|cá|tôm|rau|hạt|chuối|cơm|trái|sâu|dế|thịt|cám|ếch|nhái)|\d\s?(?:tháng|năm|tuổi)\b|\d\s?con\b"
    r"|nuôi (?:lâu|từ|được|\d)|\bcon non\b|còn nhỏ"
    r"|\beats?\b|\beating\b|\bfeeds? on\b|\b\d+\s?(?:yrs?|years?|mos?|months?|weeks?|wks?)\b|\badults?\b"
    r"|\bhatchlings?\b|\bjuveniles?\b|\bbab(?:y|ies)\b|\bkits?\b|\bchicks?\b|\blive\b|\bpair\b")
# a price written in the text (the price field is read apart)
_PRICE_RE = lazy_compile(r"[$£€¥￥]\s?[1-9]|[1-9][\d.,]*\s?(?:元|块|塊|k\b|tr\b|tr\d|triệu|usd|dollars?|bucks)")
# the animal depicted or made (a figurine, a kite, a wooden hanger, a print), not sold alive
_MADE_RE = lazy_compile(
    r"\b(?:photos?|prints?|posters?|paintings?|figurines?|statues?|ornaments?|sculptures?|carvings?|carved|mugs?|"
    r"plush|toys?|stickers?|decals?|kites?|models?|puzzles?|wooden|resin|ceramic|porcelain|lamps?|cushions?|pillows?|"
    r"keychains?|keyrings?|necklaces?|pendants?|brooch(?:es)?|shirts?|costumes?|masks?|cafe|café|restaurant|fish|"
    r"bread|loaf|loaves|cakes?|cookies?|biscuits?|cand(?:y|ies)|chocolates?)\b"
    r"|摆件|擺件|玩具|公仔|玩偶|毛绒|毛絨|风筝|風箏|木雕|雕|画|畫|照片|贴纸|貼紙|模型|挂件|掛件|钥匙扣|鑰匙扣|手办|手辦|陶瓷|瓷"
    r"|面包|麵包|蛋糕|饼干|餅乾|糖果|巧克力"
    r"|tượng|bằng gỗ|gỗ|thú bông|gấu bông|móc|diều|tranh|mô hình|gốm|sứ|\bcá\b|\bbánh\b|\bkẹo\b")


def vague_framed(f: dict, why: dict, matches: list, listing) -> None:
    """Marks a vague live-animal name in a live frame with a price (VAGUE_FRAMED, module doc)."""
    if listing is None or any(k in f for k in _SKIP):
        return
    for k in f:
        if k.startswith(("legal_", "benign_")) and not (k == "benign_food" and _eaten(why.get(k, ()), listing)):
            return
    names = [m for m in why.get("vague_name_only", ()) if m.kind == "name" and m.suppressed_by is None
             and not (m.negated or m.given or m.remote or m.diet or m.held)]
    if not names:
        return
    title, desc = listing.get("title"), listing.get("description")
    text = "\n".join(s for s in (title, desc) if isinstance(s, str)).lower()
    if not (priced_field(listing) or _PRICE_RE.search(text)):
        return
    live = any(m.category == "live_animal" for m in names)
    if (_FRAME_RE if live else _BEHAVIOUR_RE).search(text) is None:
        return
    if _MADE_RE.search(text):
        return
    f[VAGUE_FRAMED] = 1.0
    why[VAGUE_FRAMED] = names


# what the animal eats ('Eat worms and fruit', ăn chuối, 吃水果): the food look-alike is its diet, not the item
_EAT_BEFORE = lazy_compile(r"(?:\beats?|\beating|\bfeeds? on|\bfed|\băn|吃|喂|餵|食)\W*(?:\w+\W+){0,3}$")


def _eaten(foods, listing) -> bool:
    """Every food look-alike stands a few words after an eating word in its field."""
    for m in foods:
        text = listing.get(m.field)
        if not isinstance(text, str) or _EAT_BEFORE.search(text[max(0, m.start - 30):m.start].lower()) is None:
            return False
    return bool(foods)

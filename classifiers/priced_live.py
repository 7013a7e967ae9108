"""A live animal of a CITES-listed group offered for a price or a deposit, no paper named (q40, en14).

'Sulcata tortoise 30lbs, eats grass' at $500, 'fennec kits, reserving now, deposit required': the price
is the sale (a live animal has no other reason to carry one) and App II trade needs papers (CITES Art.
IV); with no paper named, no pet look-alike and no live word (cue_live) the taxonomy rule
(live_papers.live_listed) never looked at the animal. Here a price in the listing's price field, a
price written in the text ($500, 300 usd) or a deposit / reservation asked makes it an unpapered live
offer (PRICED_UNPAPERED): model.decide sends it to review at least, and a listing already flagged keeps
the learned label (a live owl for a ritual stays illegal).

What stays out: a paper of any kind named (CITES, CB with breeder's invoice: live_papers decides), a
legal pet or any look-alike (budgie, bearded dragon, ball python, a plush or a mug: benign_*), the item
being something else (enclosure, food), a post about the trade, an owner's question, a denied name, a
name only the diet or a long post's other item speaks of. A weak group word (monkey, owl, parrot:
weight < 0.4) counts only with a deposit or reservation, which no wrench or mug asks for.
Called from features.extract after strict_listed (an App I animal with only a price stays in review).
"""
from __future__ import annotations

from .lazy_regex import lazy_compile
from .strict_listed import appendix

# a price written in the text (the price field is read as it is: any non-zero digit)
_PRICE = lazy_compile(r"[$£€]\s?[1-9]|\b[1-9][\d,.]*\s?(?:usd|gbp|eur|dollars?|bucks|quid)\b")
# a deposit or a reservation asked (not a nature reserve)
_DEPOSIT = lazy_compile(r"\bdeposits?\b|\breserv(?:ing|ations?)\b|\breserve (?:yours|one|now|today|him|her|them|your)\b"
                        r"|\bto reserve\b|\bholding fee\b|\bon hold for\b|\bwait ?list\b")
# the animal pictured or modelled, not sold alive (a photo print, a figurine, a guide book)
# (and things named after it: a nest box, a car badge, a café card, an owl watch: 表, gốm, thẻ)
_DEPICTED = lazy_compile(r"\b(?:photos?|photograph\w*|prints?|posters?|paintings?|canvas|stickers?|decals?|magnets?|"
                         r"figurines?|statues?|ornaments?|sculptures?|carvings?|mugs?|t-?shirts?|shirts?|e?books?|"
                         r"guides?|puzzles?|calendars?|cards?|pdf|box(?:es)?|badges?|emblems?|watch(?:es)?|clocks?|lamps?|"
                         r"ceramics?|pottery|porcelain|decor|cushions?|pillows?|key ?rings?|keychains?|necklaces?|pendants?|"
                         r"brooch(?:es)?|earrings?|models?|café|cafe|caf[eé]s|restaurant|bar|costume|mask|vintage)\b"
                         r"|表|摆件|擺件|玩具|挂件|掛件|贴纸|卡|杯|雕|画|畫|模型|gốm|sứ|tượng|thẻ|quán|móc khóa|tranh")
# a CITES paper named (có CITES, with CITES, CITES papers), not denied (no CITES, không có CITES)
_CITES_DENIED = lazy_compile(r"(?:\bno|\bnot?|without|không(?: có)?|ko(?: có)?|chưa(?: có)?|\bk|没有|无|沒有|無)\W{0,3}cites")
# no model feature (the learned parts skip it, as live_papers.PAPERED_APP_I): model.decide sends a listing
# the learned score would clear to review, and leaves one it flags to the learned label (illegal or not)
PRICED_UNPAPERED = "priced_unpapered"
_SKIP = ("live_unpapered", "live_papered", "talk_about", "held_question", "negated_product", "item_is_other",
         "category_benign", "strict_unpapered")
_NAME_KINDS = ("name", "code_word")
_FIRM = 0.4  # the weight of a species named (Sulcata tortoise); below it a group word (monkey, owl)


def priced_live(f: dict, why: dict, matches: list, listing) -> None:
    """Marks a listed live animal with a price or deposit and no paper (PRICED_UNPAPERED, module doc)."""
    if listing is None or any(k in f for k in _SKIP):
        return
    for k in f:
        if k.startswith(("legal_", "benign_")) and not (k == "benign_pet" and _care_words_only(why[k], listing)):
            return
    listed = [m for m in matches if m.kind in _NAME_KINDS and m.category == "live_animal" and m.suppressed_by is None
              and not (m.negated or m.given or m.remote or m.diet or m.held) and appendix(m) in ("I", "II")]
    if not listed:
        return
    title, desc = listing.get("title"), listing.get("description")
    text = " ".join(s for s in (title, desc) if isinstance(s, str)).lower()
    if _DEPICTED.search(text):
        return  # a photo, print or figurine of the animal is priced as what it is
    if "cites" in text and not _CITES_DENIED.search(text):
        return  # 'Macaw có CITES': a paper named, which the lexicon did not read as one (the reviewer's rules decide)
    deposit = ("reserv" in text or "deposit" in text or "hold" in text or "wait" in text) and _DEPOSIT.search(text)
    if not deposit:
        if max(m.weight for m in listed) < _FIRM or not _priced(listing, text):
            return
    f[PRICED_UNPAPERED] = 1.0
    why[PRICED_UNPAPERED] = listed


def _priced(listing, text: str) -> bool:
    """A price in the price field (not the site's placeholder) or written in the text."""
    if listing.get("price_placeholder") is not True:
        price = listing.get("price", listing.get("price_text"))
        if isinstance(price, (int, float)) and price > 0:
            return True
        if isinstance(price, str) and any(c in price for c in "123456789"):
            return True
    return _PRICE.search(text) is not None


# q45 (train_live1 0130): the cat-and-dog adoption words (spayed, neutered, litter trained: the pet cue entry
# filed under 'spayed', benign_context.yaml) say how an animal was kept, not which one it is; they clear a
# pet named Tiger or Ivory ('Tiger, ginger tom, neutered, adoption fee'), but beside a listed species' young
# ('Fennec fox pups ... litter trained, $500 deposit to hold') with a deposit asked they are no legal pet
_CARE_ENTRY = "spayed"
_YOUNG_DEPOSIT = lazy_compile(r"\b(?:pups?|kits?|kittens?|cubs?|babies|baby|joeys?)\b")


def _care_words_only(pets: list, listing) -> bool:
    """Every pet cue is an adoption/care word, and the text asks a deposit for young animals."""
    if not pets or any(m.entry is None or m.entry.term != _CARE_ENTRY for m in pets):
        return False
    title, desc = listing.get("title"), listing.get("description")
    text = " ".join(s for s in (title, desc) if isinstance(s, str)).lower()
    return "deposit" in text and _DEPOSIT.search(text) is not None and _YOUNG_DEPOSIT.search(text) is not None

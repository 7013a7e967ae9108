"""Business and place names (issue 12 kind 4, q25: train_vi11 0189, 0203, 0210): a restaurant, snail shop,
hotel or homestay named after an animal ("Nhà hàng Tê Giác Xanh", "Quán Ốc Tê Tê", "Đồi Mồi Homestay",
"金象酒店", "Tiger Restaurant") names the business, not the product; and a code word that starts inside
the business word ("hàng tê" across "nhà hàng Tê Giác") is no code word at all.

A product hit counts as a business name when
- it is written capitalised (every word starts with a capital, as names are) and a business word
  stands right before it (nhà hàng, quán (ốc/nhậu/...), khách sạn, homestay, café, hotel, restaurant),
  with at most two capitalised words between (the rest of the name: Quán Ốc Tê Tê), or right after it
  with at most two capitalised words between (Đồi Mồi Homestay, Tiger Lily Restaurant); or
- (Chinese, no capitals) a name or code word right before 酒店/餐厅/饭店/宾馆/客栈/民宿/酒楼/茶楼 (q29: and
  饭庄/酒家/菜馆/食府/山庄/农家乐), with 大 or one name character (园, 苑, 居, 阁...) allowed between (金象大酒店, 虎园饭庄);
- (q29) the Vietnamese business word after the capitalised name, itself capitalised (Tê Tê Quán, Hổ Nhà Hàng);
- (q42) with up to three lowercase words between the business word and the name that say what an eatery or
  a service sells or that it is named (Tiệm bánh Tê Tê, quán lẩu dê tên Ông Ba Mươi, Tiệm nail Ngà Voi, Tiem
  banh Te Te); then a capitalised code word counts too (Tiệm vàng Kim Ngà). Never a trade word, a herbal,
  craft or forest-goods word (quán nhậu cần mua Tê Tê, tiệm thuốc bắc Sừng Tê, quán đặc sản Tê Tê);
an animal's name, not a product's (a product form in the name, "Quán Thịt Rừng", says what the business
sells and stays); and then it is covered as a brand is (match_rules' X牌: suppressed_by BRAND). A lowercase product word
after a business word is what the business buys or sells ("nhà hàng cần mua tê tê") and stays.

Runs in match_rules.after_rules on the product hits only (a few a listing): a hit pays a slice test, and only
a capitalised name looks at the words around it.
"""
from __future__ import annotations

from .hook_gates import needs
from .lexicon import PRODUCT_KINDS

# business words as written before a name (normalised: lowercase), longest first per head
_BEFORE = ("nhà hàng", "nha hang", "quán ốc", "quán nhậu", "quán lẩu", "quán nướng", "quán bia", "quán ăn", "quán cà phê",
           "quán cafe", "quán cơm", "quán", "khách sạn", "khach san", "nhà nghỉ", "nha nghi", "homestay", "resort",
           "café", "cafe", "cà phê", "coffee", "karaoke", "tiệm", "hotel", "restaurant", "motel", "villa",
           # q42: unmarked, as typed without an input method (a bare 'quan' is also 'official': only with its trade)
           "tiem", "quan oc", "quan nhau", "quan lau", "quan nuong", "quan bia", "quan an", "quan ca phe", "quan cafe",
           "quan com")
# business words as written after a name
_AFTER = ("homestay", "hotel", "restaurant", "resort", "café", "cafe", "coffee", "motel", "villa", "bistro",
          "guesthouse", "guest house", "lodge", "spa", "karaoke", "hostel", "inn", "bar")
_ZH_AFTER = ("酒店", "餐厅", "餐廳", "饭店", "飯店", "宾馆", "賓館", "客栈", "民宿", "酒楼", "酒樓", "茶楼", "茶樓", "大酒店", "大饭店",
             # q29: older and country restaurant words (虎园饭庄, 金象酒家, 熊猫山庄, 象山农家乐)
             "饭庄", "飯莊", "酒家", "菜馆", "菜館", "餐馆", "餐館", "食府", "山庄", "山莊", "农家乐", "農家樂", "小馆", "小館")
# q29: one name character between the animal and the business word (虎园饭庄, 象苑酒家, 熊猫山庄 is whole)
_ZH_INFIX = "园園苑居阁閣村城湾灣府宫宮"
# q29: Vietnamese business words written after the name, as part of it (Tê Tê Quán, Hổ Nhà Hàng): only
# capitalised, as the name is (a lowercase "quán" after an animal word is a sentence going on)
_AFTER_VI = ("quán", "nhà hàng", "quan", "nha hang")
_QUOTES = ",.:;!?()-'\"‘’“”«»"
_GAP = 2  # capitalised words allowed between the business word and the product (the rest of the name)
# q42: lowercase words allowed between the business word and a capitalised name: what an eatery or a
# service sells, and 'named' (Tiệm bánh Tê Tê, quán lẩu dê tên Ông Ba Mươi, Tiệm nail Ngà Voi, Tiệm vàng Kim
# Ngà). Only these: a trade word (quán nhậu cần mua Tê Tê), a herbal, craft or forest-goods shop (tiệm thuốc
# bắc Sừng Tê, quán đặc sản Tê Tê) says what the business buys or sells.
_TRADE_GAP = 3
_SELLS = frozenset((
    "bánh", "banh", "mì", "mi", "nail", "tóc", "toc", "hớt", "gội", "goi", "vàng", "vang", "hoa", "lẩu", "lau", "dê",
    "bò", "bo", "gà", "ga", "vịt", "vit", "ốc", "oc", "nướng", "nuong", "nhậu", "nhau", "cơm", "com", "phở", "pho",
    "bún", "bun", "cháo", "chao", "chè", "che", "kem", "trà", "tra", "sữa", "sua", "bia", "cà", "phê", "phe", "cafe",
    "coffee", "nước", "nuoc", "mía", "mia", "ăn", "an", "vặt", "vat", "giặt", "giat", "ủi", "ui", "sửa", "xe",
    "may", "quần", "áo", "ao", "giày", "giay", "dép", "dep", "game", "net", "internet", "massage", "gym", "spa",
    "karaoke", "tạp", "tap", "hóa", "hoá", "photo", "in", "điện", "dien", "thoại", "thoai", "kính", "kinh", "sách",
    "sach", "bánh mì", "pizza", "trà sữa", "nem", "gỏi", "goi", "hải", "hai", "sản", "bar", "pub"))
_NAMED = ("tên", "ten")  # 'named': có/mang before it, là after it
_NAMED_WITH = frozenset(("có", "co", "mang", "là", "la"))
# hải sản (seafood) is a restaurant's; đặc sản / thịt rừng say it sells forest game: 'sản' only after hải
_AFTER_ONLY = {"sản": ("hải", "hai"), "san": ("hải", "hai")}
# hook_gates: a word one of the three readings needs in the text (the first word of a business word
# before the name: _head_before joins the text's words; a word after it; a Chinese business word; nhà hàng)
_TRIGGERS = tuple({w.split()[0] for w in _BEFORE + _AFTER + _AFTER_VI} | set(_ZH_AFTER))


@needs(words=_TRIGGERS)  # hook_gates: nothing to do without a business word
def business_names(hits: list, t: str, text: str, brand: str) -> None:
    """Mark suppressed_by `brand` the product hits of normalised text t (original `text`) that are a
    business's name (see module doc)."""
    for m in hits:
        if m.kind not in PRODUCT_KINDS or m.suppressed_by is not None or m.negated:
            continue
        if (m.kind == "code_word" and _inside_head(t, m.n_start)) or (
                m.kind == "name" and text[m.start:m.start + 1].isupper() and _capitalised(text, m.start, m.end) and (
                _head_before(t, text, m) or _head_after(t, text, m))) or (
                m.kind == "code_word" and text[m.start:m.start + 1].isupper() and _capitalised(text, m.start, m.end)
                and _head_before(t, text, m, _TRADE_GAP)) or (
                m.kind in ("name", "code_word") and (t.startswith(_ZH_AFTER, m.n_end) or (
                    t[m.n_end:m.n_end + 1] in _ZH_INFIX and t.startswith(_ZH_AFTER, m.n_end + 1)))):
            m.suppressed_by = brand


def _capitalised(text: str, start: int, end: int) -> bool:
    words = text[start:end].split()
    return bool(words) and all(w[0].isupper() for w in words if w[0].isalpha()) and any(w[0].isalpha() for w in words)


def _inside_head(t: str, start: int) -> bool:
    """The hit starts inside a business word (hàng tê across nhà hàng Tê Giác)."""
    for h in ("nhà hàng", "nha hang"):
        i = t.rfind(h, max(0, start - len(h)), start + len(h))
        if 0 <= i < start < i + len(h):
            return True
    return False


def _head_before(t: str, text: str, m, lower_gap: int = _TRADE_GAP) -> bool:
    """A business word before the hit: right before it, or with up to _GAP capitalised words (the rest of
    the name) and, before those, up to lower_gap lowercase words of what it sells (_SELLS)."""
    before = t[max(0, m.n_start - 60):m.n_start]
    words = before.split()
    orig = text[max(0, m.start - 60):m.start].split()
    if len(orig) != len(words):
        orig = []  # the normaliser joined or split a word: only the name right after the business word
    for gap in range(0, _GAP + 1):
        if len(words) < gap + 1:
            break
        between = orig[len(orig) - gap:] if gap else []
        if gap and (len(orig) < gap or not all(w[:1].isupper() for w in between)):
            break
        for low in range(0, lower_gap + 1 if orig else 1):
            n = len(words) - gap - low
            if n < 1:
                break
            if low and not _sells(words, orig, n):
                break
            head = " ".join(words[:n])
            if head.endswith(_BEFORE) and (len(head) == len(head.rstrip(",.:;!?"))):
                k = next(h for h in _BEFORE if head.endswith(h))
                if len(head) == len(k) or not head[-len(k) - 1].isalnum():
                    return True
    return False


def _sells(words: list, orig: list, n: int) -> bool:
    """Word n (normalised; orig: as written) may stand between a business word and its name (_SELLS)."""
    w, o = words[n], orig[n]
    if not o[:1].islower() or not o.isalpha():
        return False
    if w in _NAMED_WITH:  # có tên, mang tên, tên là
        return (n + 1 < len(words) and words[n + 1] in _NAMED) or (n > 0 and words[n - 1] in _NAMED)
    if w in _AFTER_ONLY:
        return n > 0 and words[n - 1] in _AFTER_ONLY[w]
    return w in _SELLS or w in _NAMED


def _head_after(t: str, text: str, m) -> bool:
    words = t[m.n_end:m.n_end + 40].split()
    orig = text[m.end:m.end + 40].split()
    for gap in range(0, _GAP + 1):
        if len(words) < gap + 1:
            break
        if gap and (len(orig) < gap or not orig[gap - 1][:1].isupper()):
            break
        w = words[gap].strip(_QUOTES)
        if w in _AFTER or (w == "guest" and len(words) > gap + 1 and words[gap + 1].startswith("house")):
            return True
        if len(orig) > gap and orig[gap].strip(_QUOTES)[:1].isupper() and (
                w in _AFTER_VI or (w in ("nhà", "nha") and len(words) > gap + 1
                                   and words[gap + 1].strip(_QUOTES) in ("hàng", "hang"))):
            return True  # q29: Tê Tê Quán, 'Hổ Nhà Hàng'
        if words[gap] != w:  # a quote or stop closes the name
            break
    return False

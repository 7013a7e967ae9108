"""Prices as marketplaces print them: the amount, the currency the symbol names, placeholders.

The markets we watch write money in many ways: "NT$1,200", "RM 120.50", "15.000đ", "Rp 1.500.000",
"2800元", "US $5". The symbol decides the currency; a symbol that names several ("$", "¥") is
resolved by the platform file only where it can be (`single_currency`, `currency`, or its own
`currency_symbols`), otherwise the currency stays unknown rather than wrong. A price field that only
says "面议" / "DM for price" / "liên hệ" is a placeholder: no amount, no currency.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Mapping

# Symbols and words that name one currency. Keys are matched case-insensitively in the price text;
# letters must stand apart from other letters ("RM" is not read inside "RMB").
SYMBOLS: dict[str, str] = {
    # dollars with a country prefix ("US $5" too: a space before "$" is allowed)
    "US$": "USD", "NT$": "TWD", "HK$": "HKD", "S$": "SGD", "SG$": "SGD", "C$": "CAD", "CA$": "CAD",
    "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "R$": "BRL", "MOP$": "MOP", "B$": "BND",
    # signs
    "€": "EUR", "£": "GBP", "₱": "PHP", "₫": "VND", "฿": "THB", "₩": "KRW", "₹": "INR", "₽": "RUB",
    "₺": "TRY", "₭": "LAK", "៛": "KHR", "円": "JPY",
    # Chinese words (日元 before 元: the longest match wins)
    "元": "CNY", "块": "CNY", "塊": "CNY", "人民币": "CNY", "人民幣": "CNY", "RMB": "CNY", "日元": "JPY",
    "日圓": "JPY", "新台币": "TWD", "新台幣": "TWD", "台币": "TWD", "台幣": "TWD", "港币": "HKD", "港幣": "HKD",
    "港元": "HKD", "美元": "USD", "美金": "USD", "欧元": "EUR", "歐元": "EUR", "英镑": "GBP", "英鎊": "GBP",
    "澳元": "AUD", "加元": "CAD", "新币": "SGD", "新幣": "SGD", "马币": "MYR", "馬幣": "MYR", "令吉": "MYR",
    "泰铢": "THB", "泰銖": "THB", "越南盾": "VND", "印尼盾": "IDR", "比索": "PHP",
    # local abbreviations and words (vi, ms, id, th, en)
    "đ": "VND", "đồng": "VND", "vnđ": "VND", "dong": "VND", "RM": "MYR", "ringgit": "MYR", "Rp": "IDR",
    "rupiah": "IDR", "Php": "PHP", "peso": "PHP", "pesos": "PHP", "baht": "THB", "บาท": "THB",
    "yen": "JPY", "yuan": "CNY", "euro": "EUR", "euros": "EUR",
}
# ISO 4217 codes of the markets we watch and their neighbours, read as written ("45 SGD").
ISO_CODES = frozenset(
    "USD EUR GBP CNY JPY HKD TWD MOP MYR SGD PHP VND IDR THB CAD AUD NZD KRW INR LAK KHR MMK BND "
    "CHF RUB TRY BRL MXN AED SAR ZAR KES NGN".split())
# Symbols that name several currencies: only the platform can say which.
AMBIGUOUS = {"$": "dollar", "＄": "dollar", "¥": "yen", "￥": "yen"}
_YEN_CODES = ("CNY", "JPY")

# Price text that is not a price ("price on request"), in the languages we watch. A text made only
# of these (and punctuation, a "price:" label) is a placeholder.
PLACEHOLDERS = (
    # zh
    "价格面议", "價格面議", "面议", "面議", "议价", "議價", "可议", "可議", "私聊", "私信", "私我", "私訊", "详聊",
    "詳聊", "详谈", "詳談", "面谈", "面談", "电议", "電議", "询价", "詢價", "咨询", "諮詢", "联系客服",
    "聯繫客服", "联系卖家", "聯繫賣家", "待定", "商议", "协商", "价格", "價格", "价钱", "价",
    # en
    "dm for price", "pm for price", "message for price", "message me", "message us", "message",
    "contact for price", "contact seller", "contact me", "contact us", "contact", "call for price",
    "ask for price", "ask me", "ask", "price on request", "on request", "price on application", "poa",
    "negotiable", "best offer", "make an offer", "make offer", "or best offer", "obo", "ono", "dm me",
    "pm me", "dm", "pm", "inbox me", "inbox", "enquire", "inquire", "tbd", "tba", "n/a", "price",
    # vi
    "giá liên hệ", "liên hệ", "lien he", "thương lượng", "thuong luong", "thỏa thuận", "thoả thuận",
    "ib giá", "inbox giá", "ib", "lh", "giá",
    # ms, id, th
    "hubungi", "harga nego", "nego", "harga", "สอบถาม", "ติดต่อ", "ราคา",
)
_PLACEHOLDER_RE = re.compile(
    r"^(?:[\W_]|" + "|".join(re.escape(p) for p in sorted(PLACEHOLDERS, key=len, reverse=True)) + r")+$",
    re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# Currencies written without minor units, where "1.500" is one thousand five hundred.
_DOT_THOUSANDS = ("VND", "IDR")


def is_placeholder(price_text: str | None) -> bool:
    """True for a price text that only says "ask", in any of our languages (面议, DM for price,
    liên hệ...). A text with a number in it is never a placeholder ("¥2800 可议价" is a price)."""
    if not price_text or _DIGIT.search(price_text):
        return False
    return _PLACEHOLDER_RE.match(price_text.strip()) is not None


def _token_pattern(symbol: str) -> str:
    text = re.escape(symbol)
    if symbol.endswith("$") and len(symbol) > 1:  # "US $5": a space before the dollar sign
        text = re.escape(symbol[:-1]) + r"\s?\$"
    if symbol[:1].isalpha():
        text = r"(?<![^\W\d_])" + text
    if symbol[-1:].isalpha():
        text = text + r"(?![^\W\d_])"
    return text


@lru_cache(maxsize=64)
def _scanner(extra: tuple[str, ...]) -> re.Pattern:
    # Chinese words have no spaces around them, so CJK symbols are matched without letter bounds.
    symbols = set(SYMBOLS) | set(AMBIGUOUS) | ISO_CODES | set(extra)
    parts = []
    for symbol in sorted(symbols, key=len, reverse=True):
        pattern = _token_pattern(symbol)
        if re.match(r"[\u3400-\u9fff]", symbol):
            pattern = re.escape(symbol)
        parts.append(pattern)
    return re.compile("|".join(parts), re.IGNORECASE)


def _key(token: str) -> str:
    return re.sub(r"\s+", "", token).casefold()


_BUILTIN = {_key(k): v for k, v in SYMBOLS.items()}


_DEFAULT = object()


def currency_of(text: str | None, *, default: str | None = None, single_currency: bool = False,
                symbols: Mapping[str, str] | None = None, unmarked=_DEFAULT) -> str | None:
    """The ISO code a price text (or a currency field) names, or None when it cannot be known.

    The first symbol that names one currency wins: the platform's own `symbols` first, then the
    built-in map, then ISO codes. "$" alone is the platform's `default` only on a single-currency
    platform; "¥" is the default when that is CNY or JPY. A text with no symbol at all gives
    `unmarked` (the `default` unless given).
    """
    if not text:
        return None
    own = {_key(k): v for k, v in (symbols or {}).items()}
    found_ambiguous, resolved = False, None
    for match in _scanner(tuple(sorted(own))).finditer(text):
        key = _key(match.group(0))
        if key in own:
            return own[key]
        if key in _BUILTIN:
            return _BUILTIN[key]
        if key.upper() in ISO_CODES:
            # An ISO code in capitals (or alone): "sgd" inside prose is not trusted.
            if match.group(0).isupper() or text.strip().casefold() == key:
                return key.upper()
            continue
        kind = AMBIGUOUS.get(match.group(0))
        if kind is not None and not found_ambiguous:  # "$ 45 SGD": a later code still wins
            found_ambiguous = True
            if (kind == "dollar" and single_currency) or (kind == "yen" and default in _YEN_CODES):
                resolved = default
    if found_ambiguous:
        return resolved
    return default if unmarked is _DEFAULT else unmarked


def amount_of(text: str, currency: str | None) -> Decimal | None:
    """The number in a price text (price-parser), or None. VND and IDR have no minor unit in
    practice, so "150.000đ" is 150000."""
    from price_parser import Price  # imported here: workers and cli use the contract without it

    separator = "," if currency in _DOT_THOUSANDS else None
    return Price.fromstring(text, decimal_separator=separator).amount

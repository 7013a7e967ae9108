"""Price and currency normalisation for the structured-data extractor.

Structured data (schema.org, OpenGraph) is meant to hold machine-readable
prices ("1234.50"), but real shops put anything there: "€ 1.234,50",
"2,800", numbers, lists.  Everything here is total: bad input gives None.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from numbers import Number

from price_parser import Price

# A plain machine-readable number: trust it literally (schema.org says "."
# is the decimal separator), so "23.450" stays 23.450 and is not 23450.
_PLAIN_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)?\s*$")
_ISO_CODE = re.compile(r"^[A-Z]{3}$")
_MAX_PRICE_TEXT = 200

# Symbols and local spellings that name one currency unambiguously enough.
_SYMBOL_TO_ISO = {
    "€": "EUR", "eur": "EUR", "euro": "EUR", "£": "GBP", "gbp": "GBP",
    "¥": "JPY", "円": "JPY", "元": "CNY", "rmb": "CNY", "₹": "INR", "rs": "INR",
    "rs.": "INR", "₽": "RUB", "руб": "RUB", "руб.": "RUB", "р.": "RUB",
    "₩": "KRW", "원": "KRW", "zł": "PLN", "zl": "PLN", "kč": "CZK",
    "kn": "HRK", "lei": "RON", "chf": "CHF", "fr.": "CHF", "r$": "BRL",
    "₪": "ILS", "₴": "UAH", "₺": "TRY", "тг": "KZT", "тг.": "KZT", "₸": "KZT",
    "ر.س": "SAR", "﷼": "SAR", "nt$": "TWD", "hk$": "HKD", "us$": "USD",
    "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "nz$": "NZD",
    "s$": "SGD", "kr": "SEK", "ft": "HUF", "₫": "VND", "฿": "THB", "₱": "PHP",
    "rp": "IDR", "rm": "MYR", "лв": "BGN", "лв.": "BGN",
    "br": "BYN", "din": "RSD", "s/": "PEN",
}

# "$" (and "kr") mean different currencies by country: use the domain.
_DOLLAR_BY_TLD = {
    "ca": "CAD", "au": "AUD", "nz": "NZD", "sg": "SGD", "hk": "HKD",
    "tw": "TWD", "mx": "MXN", "ar": "ARS", "cl": "CLP", "co": "COP",
    "br": "BRL", "uy": "UYU",
}
_RUPEE_BY_TLD = {"pk": "PKR", "lk": "LKR", "np": "NPR", "mu": "MUR"}
_KRONA_BY_TLD = {"dk": "DKK", "no": "NOK", "se": "SEK", "is": "ISK"}


def _tld(url: str | None) -> str:
    host = re.sub(r"^[a-z]+://", "", (url or "").lower()).split("/", 1)[0]
    host = host.split(":", 1)[0]
    return host.rsplit(".", 1)[-1] if "." in host else ""


def normalize_currency(value, url: str | None = None) -> str | None:
    """Return an ISO 4217 code for a code or symbol, or None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > 12:
        return None
    low = text.lower()
    if low in ("$", "＄"):
        return _DOLLAR_BY_TLD.get(_tld(url), "USD")
    if low == "kr":
        return _KRONA_BY_TLD.get(_tld(url), "SEK")
    if low.rstrip(".") == "rs":
        return _RUPEE_BY_TLD.get(_tld(url), "INR")
    if low in _SYMBOL_TO_ISO:  # before codes: "Lei" is not a code
        return _SYMBOL_TO_ISO[low]
    if _ISO_CODE.match(text.upper()) and text.isalpha() and len(text) == 3:
        upper = text.upper()
        return "RUB" if upper == "RUR" else upper  # RUR: pre-1998 rouble code
    return None


_CURRENCY_TOKEN = re.compile(r"[^\W\d_]+\.?|[^\w\s.,]+", re.U)


def currency_in_text(text: str, url: str | None = None) -> str | None:
    """ISO code of the first currency symbol/word in free text, if any."""
    for token in _CURRENCY_TOKEN.findall(text or "")[:20]:
        code = normalize_currency(token, url)
        if code is None:
            continue
        # Any three ASCII letters look like a code; only trust upper case.
        if token.isascii() and token.isalpha() and token.lower() not in _SYMBOL_TO_ISO \
                and not token.isupper():
            continue
        return code
    return None


def _currency_marks(raw: str, url: str | None) -> int:
    """How many currency symbols/words the text holds (two = two prices)."""
    return sum(currency_in_text(token, url) is not None
               for token in _CURRENCY_TOKEN.findall(raw)[:20])


def _decimal_text(value: Decimal) -> str | None:
    # Zero is a placeholder ("call for price"), never a real asking price.
    if not value.is_finite() or value <= 0 or value >= Decimal("1e12"):
        return None
    text = format(value, "f")
    return text


def parse_price(value, currency_hint=None, url: str | None = None, depth: int = 0):
    """(amount, currency, raw_text) from a structured price value.

    amount is a decimal string or None; currency an ISO code or None.
    """
    if isinstance(value, bool) or value is None:
        return None, None, None
    if isinstance(value, (list, tuple)):
        for item in value:
            amount, currency, raw = parse_price(item, currency_hint, url)
            if amount is not None:
                return amount, currency, raw
        return None, None, None
    if isinstance(value, dict):
        # {"@value": ..} from RDF, or shop-specific wrappers such as
        # {"sales": {"value": 3499, "currency": "ARS"}}: dig for a number.
        for key in ("@value", "value", "amount", "price", "decimalPrice"):
            if key in value and not isinstance(value[key], dict):
                hint = currency_hint or value.get("currency")
                return parse_price(value[key], hint, url)
        if depth < 3:
            for inner in value.values():
                if isinstance(inner, dict):
                    found = parse_price(inner, currency_hint, url, depth + 1)
                    if found[0] is not None:
                        return found
        return None, None, None
    if isinstance(value, Number):
        raw = str(value)
    elif isinstance(value, str):
        raw = " ".join(value[:_MAX_PRICE_TEXT * 4].split())[:_MAX_PRICE_TEXT]
    else:
        return None, None, None
    if not raw:
        return None, None, None
    hint = currency_hint if isinstance(currency_hint, str) else None
    currency = normalize_currency(hint, url)
    if _PLAIN_NUMBER.match(raw):
        try:
            amount = _decimal_text(Decimal(raw.strip()))
        except InvalidOperation:
            amount = None
        return amount, currency, raw
    # price-parser is total on text (its Decimal errors are caught inside): no
    # guard here; a bug would be reported by crawler.structured, not hidden.
    parsed = Price.fromstring(raw, currency_hint=hint)
    amount = _decimal_text(parsed.amount) if parsed.amount is not None else None
    if currency is None and parsed.currency:
        currency = normalize_currency(parsed.currency, url)
    if currency is None:
        currency = currency_in_text(raw, url)
    return amount, currency, raw


def parse_display_price(text: str, url: str | None = None):
    """Parse a human-formatted price seen in page text (needs a currency)."""
    if not isinstance(text, str):
        return None, None, None
    raw = " ".join(text.split())[:_MAX_PRICE_TEXT]
    if not raw or not any(ch.isdigit() for ch in raw):
        return None, None, None
    parsed = Price.fromstring(raw)  # total on text, as in parse_price
    if parsed.amount is None:
        return None, None, None
    currency = normalize_currency(parsed.currency, url) if parsed.currency else None
    currency = currency or currency_in_text(raw, url)
    if currency and _currency_marks(raw, url) > 1:
        # "49 890 тг. 44 890 тг.": old and new price in one box, ambiguous.
        return None, None, None
    return _decimal_text(parsed.amount), currency, raw

"""The listing contract: what one marketplace listing is, wherever it comes from or goes.

Crawler items are built here (`build_listing`); everything else that takes listings in - the
`ingest_batch` job, `wildwatch classify` on crawler output, the store - checks them here
(`check_listing`). So there is one field-length limit (MAX_FIELD_CHARS), one content hash
(`content_sha256`) and one kind of money: `decimal.Decimal`, never float, written to JSON as a
string (`json_default`). The queue the crawler hands items to is named here too, because the
crawler may not import workers.

A listing missing fields is kept; the gaps are named in `missing`.
"""
from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, TypedDict
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from crawler.platform_config import Platform

# The hand-off: the crawler enqueues INGEST_JOB(items) on the RQ queue INGEST_QUEUE by name.
INGEST_QUEUE = "ingest"
INGEST_JOB = "workers.jobs.ingest_batch"


class Capture(TypedDict):
    url: str
    status: int
    headers: dict[str, str]
    body_sha256: str  # SHA-256 of the response body as received
    warc_file: str
    warc_record_id: str


class Listing(TypedDict):
    """The item the crawler hands on (a plain dict at run time)."""

    platform: str
    listing_id: str
    url: str
    title: str | None
    description: str | None
    price_text: str | None  # as the page shows it
    price_placeholder: bool  # price_text is the site's "no price" text (面议, DM for price), not the seller's words
    price_amount: Decimal | None  # see to_amount(); a string in JSON
    currency: str | None
    seller_id: str | None
    seller_name: str | None
    seller_url: str | None
    images: list[str]  # absolute URLs, recorded and never fetched
    posted_at: str | None  # ISO-8601 UTC
    fetched_at: str  # ISO-8601 UTC
    location: str | None
    category: str | None  # the platform's own category for the listing, as shown (optional; not hashed)
    missing: list[str]
    content_sha256: str
    version: int
    capture: Capture


LISTING_KEYS = tuple(Listing.__annotations__)
# What the listing says; a change in any of these is a new version.
CONTENT_KEYS = (
    "title", "description", "price_text", "price_amount", "currency", "seller_id", "seller_name",
    "seller_url", "images", "posted_at", "location",
)
CHECKED_KEYS = ("listing_id",) + CONTENT_KEYS
TEXT_KEYS = ("url", "title", "description", "price_text", "seller_name", "seller_url", "location", "category")

MAX_FIELD_CHARS = 50_000  # hostile pages can be huge; a description never needs more (longer is cut)
MAX_ID_CHARS = 200  # listing_id, seller_id (store columns)
MAX_PLATFORM_CHARS = 100
MAX_CURRENCY_CHARS = 10
MAX_LANG_CHARS = 10
MAX_IMAGES = 200  # more is cut: a listing never shows that many, a hostile page may list thousands
MAX_CAPTURE_CHARS = 64_000  # the capture record as JSON (url, status, headers, hashes, WARC names)
MAX_CAPTURE_DEPTH = 8
MAX_VERSION = 2**31 - 1  # an INTEGER column on both engines
# Impossible times are refused rather than stored: nothing was posted online before 1990, and a
# time more than a year ahead is a wrong number (timestamps in ms, a year typed wrong).
EARLIEST_TIME = datetime(1990, 1, 1, tzinfo=timezone.utc)
FUTURE_SLACK = timedelta(days=366)

# Money: the store keeps NUMERIC(20, 4). Below 10^11 an amount has at most 15 significant digits,
# which PostgreSQL's NUMERIC and SQLite (it keeps NUMERIC as a double) both give back exactly.
PRICE_PLACES = 4
PRICE_LIMIT = Decimal(10) ** 11
_QUANTUM = Decimal(1).scaleb(-PRICE_PLACES)

# Unambiguous symbols only: "¥" and "$" are left to the platform's `currency`.
_CURRENCY_SYMBOLS = {"€": "EUR", "£": "GBP", "US$": "USD", "HK$": "HKD", "RMB": "CNY", "元": "CNY",
                     "₹": "INR", "₫": "VND", "฿": "THB", "円": "JPY"}
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")  # NUL (PostgreSQL refuses it), lone surrogates (no UTF-8)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Letters only Vietnamese writes among our languages (French shares â ê ô and the plain accents)
_VI_LETTERS = re.compile("[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉĩịọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹ]")
_ACCENTED = re.compile("[àáâãèéêìíòóôõùúýỳ]")
_VI_WORDS = frozenset("và của có không cho bán giá hàng thật con một các được này là với nguyên ngà voi".split())
_SHA256 = re.compile(r"[0-9a-f]{64}")
_LANG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")  # BCP 47-ish: en, zh-Hant, pt_BR


# -- the pieces of the contract -------------------------------------------------------------

def clean_text(value: str | None) -> str | None:
    """Text as the contract keeps it: stripped, at most MAX_FIELD_CHARS, storable; '' is None."""
    if value is None:
        return None
    text = value.strip()
    if len(text) > MAX_FIELD_CHARS:
        text = text[:MAX_FIELD_CHARS].rstrip()
    if "\x00" in text or not text.isascii():
        text = _UNSTORABLE.sub("\ufffd", text)
    return text or None


def storable(text: str) -> str:
    """Text any store takes: NUL (PostgreSQL refuses it) and lone surrogates (no UTF-8) replaced."""
    return _UNSTORABLE.sub("\ufffd", text)


def to_amount(value: Any) -> Decimal | None:
    """A price amount as the contract holds it, or ValueError saying what is wrong.

    A Decimal >= 0 and below PRICE_LIMIT, rounded to PRICE_PLACES, written without an exponent.
    Text and whole numbers are read exactly; a float (a JSON number from another producer) is
    read as the shortest text that gives it back, so 12.5 is 12.5 and 0.1 is 0.1.
    """
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, bool):
        raise ValueError("must be a number, got bool")
    elif isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, float):
        amount = Decimal(repr(value))
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except InvalidOperation:
            raise ValueError(f"not a number: {value[:40]!r}") from None
    else:
        raise ValueError(f"must be a number or a decimal string, got {type(value).__name__}")
    if not amount.is_finite():
        raise ValueError(f"not a finite number: {str(value)[:40]!r}")
    if amount < 0:
        raise ValueError(f"negative: {str(value)[:40]!r}")
    if amount >= PRICE_LIMIT:
        raise ValueError(f"{str(value)[:40]!r} is not below {PRICE_LIMIT:,}")
    amount = amount.quantize(_QUANTUM, rounding=ROUND_HALF_UP)
    return Decimal(format(amount.normalize(), "f"))


def amount_text(amount: Decimal | None) -> str | None:
    """The one text form of an amount (JSON, the content hash): '12.5', '1200', '0.0001'."""
    if amount is None:
        return None
    return format(amount.normalize(), "f")


def iso_utc(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def json_default(obj: Any) -> Any:
    """`json.dumps(..., default=json_default)`: amounts as strings, times as ISO-8601."""
    if isinstance(obj, Decimal):
        return amount_text(obj) if obj.is_finite() else str(obj)
    if isinstance(obj, datetime):
        return obj.isoformat()
    raise TypeError(f"{type(obj).__name__} is not JSON serialisable")


def content_sha256(listing: dict[str, Any]) -> str:
    """SHA-256 over CONTENT_KEYS, each in its one text form, so a crawler item and the same
    listing checked at ingest (times as datetimes, amounts as Decimal or text) hash the same."""
    content = {k: listing.get(k) for k in CONTENT_KEYS}
    amount = content["price_amount"]
    if amount is not None:
        try:
            content["price_amount"] = amount_text(to_amount(amount))
        except ValueError:
            content["price_amount"] = str(amount)
    if isinstance(content["posted_at"], datetime):
        content["posted_at"] = iso_utc(content["posted_at"])
    blob = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def detect_lang(*texts: str | None) -> str:
    """zh when a good share of letters are CJK; vi when Latin text carries a letter only Vietnamese
    writes (ơ ư ă đ, dot-below and hook-above vowels), or accented letters with a common Vietnamese
    word; else en."""
    joined = "".join(t for t in texts if t)
    if not joined:
        return "en"
    cjk = len(_CJK.findall(joined))
    letters = sum(1 for ch in joined if ch.isalpha())
    if letters and cjk / letters >= 0.2:
        return "zh"
    low = joined.lower()
    if _VI_LETTERS.search(low):
        return "vi"
    words = set(re.findall(r"[^\W\d_]+", low))
    return "vi" if len(_ACCENTED.findall(low)) >= 2 and words & _VI_WORDS else "en"


def currency_code(value: str | None) -> str | None:
    """An ISO code from a code or an unambiguous symbol; None for nothing or for long text."""
    if not value:
        return None
    value = value.strip()
    code = _CURRENCY_SYMBOLS.get(value, value.upper() if value.isalpha() else value)
    return code if code and len(code) <= MAX_CURRENCY_CHARS else None


# -- checking a listing from outside (ingest, other producers) ---------------------------------

class ListingError(ValueError):
    """One field of a listing is unusable; `field` is None when the listing is not a mapping."""

    def __init__(self, field: str | None, message: str):
        super().__init__(f"field {field!r}: {message}" if field else message)
        self.field = field
        self.message = message


def _checked_text(item: dict, key: str, required: bool = False, limit: int | None = None) -> str | None:
    value = item.get(key)
    if isinstance(value, int) and not isinstance(value, bool) and key in ("listing_id", "seller_id"):
        value = str(value)
    if value is not None and not isinstance(value, str):
        raise ListingError(key, f"must be text, got {type(value).__name__}")
    text = clean_text(value)
    if text is None and required:
        raise ListingError(key, "required")
    if text is not None and limit is not None and len(text) > limit:
        raise ListingError(key, f"longer than {limit} characters")
    return text


def _checked_time(item: dict, key: str) -> datetime | None:
    value = item.get(key)
    if value in (None, ""):
        return None
    try:
        if isinstance(value, datetime):
            when = value
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            when = datetime.fromtimestamp(value, timezone.utc)
        elif isinstance(value, str):
            try:
                when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
            except ValueError:
                raise ListingError(key, f"not an ISO 8601 time: {_shown(value[:40])}") from None
        else:
            raise ListingError(key, f"must be an ISO 8601 time, got {type(value).__name__}")
        # UTC always: the store compares times (SQLite keeps them as text without an offset).
        when = when.astimezone(timezone.utc) if when.tzinfo else when.replace(tzinfo=timezone.utc)
    except ListingError:
        raise
    except (ValueError, OverflowError, OSError):  # OverflowError: 1e20 seconds, year 9999 at -05:00
        raise ListingError(key, f"not a usable time: {_shown(value)}") from None
    latest = datetime.now(timezone.utc) + FUTURE_SLACK
    if not EARLIEST_TIME <= when <= latest:
        raise ListingError(key, f"impossible time {_shown(value)} (must be between {EARLIEST_TIME:%Y-%m-%d} "
                                f"and a year from now)")
    return when


def _shown(value: Any) -> str:
    """A bad value as an error message shows it: short, and storable."""
    return _UNSTORABLE.sub("\ufffd", repr(value)[:60])


def _checked_list(item: dict, key: str, limit: int) -> list[str] | None:
    """A list of text; entries are cleaned like text fields and the list cut to `limit`."""
    value = item.get(key)
    if value is None:
        return None
    if not isinstance(value, list):
        raise ListingError(key, f"must be a list, got {type(value).__name__}")
    for i, entry in enumerate(value):
        if not isinstance(entry, str):
            raise ListingError(key, f"entry {i} must be text, got {type(entry).__name__}")
    return [t for t in (clean_text(v) for v in value[:limit]) if t]


def _plain_json(value: Any, key: str, depth: int = 0) -> Any:
    """A storable copy of plain JSON data: text cleaned, depth bounded, numbers finite."""
    if depth > MAX_CAPTURE_DEPTH:
        raise ListingError(key, f"nested deeper than {MAX_CAPTURE_DEPTH} levels")
    if isinstance(value, str):
        return _UNSTORABLE.sub("\ufffd", value)
    if value is None or isinstance(value, (bool, int)):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ListingError(key, "must be plain JSON (a number is not finite)")
        return value
    if isinstance(value, list):
        return [_plain_json(v, key, depth + 1) for v in value]
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise ListingError(key, "must be plain JSON (keys must be text)")
        return {_UNSTORABLE.sub("\ufffd", k): _plain_json(v, key, depth + 1) for k, v in value.items()}
    raise ListingError(key, f"must be plain JSON, got {type(value).__name__}")


def check_listing(item: Any) -> dict[str, Any]:
    """A listing from outside, checked and in the store's form, or ListingError naming the field.

    The store's form: the contract's keys plus `lang`; times as UTC datetimes; the amount as
    Decimal; `content_sha256` computed when the producer gave none (a crawler item carries its own).
    """
    if not isinstance(item, dict):
        raise ListingError(None, f"must be a mapping, got {type(item).__name__}")
    out: dict[str, Any] = {
        "platform": _checked_text(item, "platform", required=True, limit=MAX_PLATFORM_CHARS),
        "listing_id": _checked_text(item, "listing_id", required=True, limit=MAX_ID_CHARS),
        "seller_id": _checked_text(item, "seller_id", limit=MAX_ID_CHARS),
    }
    for key in TEXT_KEYS:
        out[key] = _checked_text(item, key)
    currency = _checked_text(item, "currency", limit=MAX_CURRENCY_CHARS)
    out["currency"] = currency_code(currency)
    try:
        out["price_amount"] = to_amount(item.get("price_amount"))
    except ValueError as exc:
        raise ListingError("price_amount", str(exc)) from None
    out["images"] = _checked_list(item, "images", MAX_IMAGES)
    out["missing"] = _checked_list(item, "missing", len(LISTING_KEYS))
    capture = item.get("capture")
    if capture is not None:
        if not isinstance(capture, dict):
            raise ListingError("capture", f"must be a mapping, got {type(capture).__name__}")
        capture = _plain_json(capture, "capture")
        if len(json.dumps(capture)) > MAX_CAPTURE_CHARS:
            raise ListingError("capture", f"longer than {MAX_CAPTURE_CHARS} characters as JSON")
    out["capture"] = capture
    version = item.get("version")
    if version is not None and (isinstance(version, bool) or not isinstance(version, int)):
        raise ListingError("version", f"must be a whole number, got {type(version).__name__}")
    if version is not None and not 0 <= version <= MAX_VERSION:
        raise ListingError("version", f"must be between 0 and {MAX_VERSION}")
    out["version"] = version
    out["posted_at"] = _checked_time(item, "posted_at")
    out["fetched_at"] = _checked_time(item, "fetched_at") or datetime.now(timezone.utc)
    sha = item.get("content_sha256")
    if sha is not None and not (isinstance(sha, str) and _SHA256.fullmatch(sha)):
        raise ListingError("content_sha256", "must be 64 lowercase hex digits")
    out["content_sha256"] = sha or content_sha256(out)
    lang = item.get("lang")
    if lang is not None and not (isinstance(lang, str) and len(lang) <= MAX_LANG_CHARS and _LANG.fullmatch(lang)):
        raise ListingError("lang", f"must be a language code (en, zh, vi-VN) of at most {MAX_LANG_CHARS} "
                                   f"characters, got {_shown(lang)}")
    out["lang"] = lang or detect_lang(out["title"], out["description"])
    return out


# -- building a listing from a page (the crawler) --------------------------------------------

def utc_now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_posted_at(raw: str | None, tz: str, formats: list[str]) -> str | None:
    """A site's time text as ISO-8601 UTC; times without an offset are in the site's zone."""
    if not raw:
        return None
    text = raw.strip()
    try:
        when = _page_time(text, tz, formats)
    except (ValueError, OverflowError, OSError):  # a year 9999 near the date line, a huge timestamp
        return None
    # A time the ingest check would refuse (a format without a year reads as 1900) is a gap in the
    # listing, not a reason to lose it.
    if when is None or not EARLIEST_TIME <= when <= datetime.now(timezone.utc) + FUTURE_SLACK:
        return None
    return iso_utc(when)


def _page_time(text: str, tz: str, formats: list[str]) -> datetime | None:
    zone = ZoneInfo(tz)
    if re.fullmatch(r"\d{10}(\d{3})?", text):  # unix seconds or milliseconds
        seconds = int(text) / (1000 if len(text) == 13 else 1)
        return datetime.fromtimestamp(seconds, timezone.utc)
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(text.replace("/", "-"))  # fast, and most sites use it
    except ValueError:
        for fmt in formats:
            try:
                parsed = datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zone)
    return parsed.astimezone(timezone.utc)


def parse_price(price_text: str | None, currency_field: str | None, default_currency: str | None, *,
                single_currency: bool = False,
                symbols: dict[str, str] | None = None) -> tuple[Decimal | None, str | None]:
    """(amount, ISO currency) from the price text and hints (crawler.prices). No amount - no price
    text, a placeholder such as 面议 or "DM for price", an amount the contract cannot hold - means no
    currency either; the text keeps what the page said. A currency the symbols leave open ("$" on
    a multi-currency platform) is None rather than a guess."""
    from crawler.prices import amount_of, currency_of, is_placeholder

    if not price_text or is_placeholder(price_text):
        return None, None
    hints = {"default": default_currency, "single_currency": single_currency, "symbols": symbols}
    currency = currency_of(currency_field, **hints, unmarked=None) if currency_field else None
    currency = currency or currency_of(price_text, **hints)
    try:
        amount = to_amount(amount_of(price_text, currency))
    except ValueError:
        amount = None
    return (amount, currency) if amount is not None else (None, None)


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = " ".join(str(v) for v in value if v)
    return None if value is None else clean_text(str(value))


def _absolute(url: str | None, base: str) -> str | None:
    if not url:
        return None
    url = url.strip()
    if url.lower().startswith(("javascript:", "data:", "mailto:")):
        return None
    if url.startswith(("http://", "https://")) and "/." not in url:
        return url  # already absolute: urljoin would return it unchanged, only slower
    if url.startswith("/") and not url.startswith("//") and "/." not in url and base.startswith(("http://", "https://")):
        return _origin(base) + url
    return urljoin(base, url)


def _origin(base: str) -> str:
    """scheme://host[:port] of an absolute http(s) URL."""
    return "/".join(base.split("/", 3)[:3])


def _images(value: Any, base: str) -> list[str]:
    items = value if isinstance(value, list) else ([value] if value else [])
    seen: list[str] = []
    for item in items:
        url = _absolute(str(item), base) if item else None
        if url and url not in seen:
            seen.append(url)
    return seen


def build_listing(platform: Platform, raw: dict[str, Any], url: str, capture: dict[str, Any],
                  fetched_at: str | None = None) -> Listing:
    """A Listing dict from raw field values (strings/lists as read from the page)."""
    from crawler.prices import is_placeholder

    price_text = _text(raw.get("price"))
    amount, currency = parse_price(price_text, _text(raw.get("currency")), platform.currency,
                                   single_currency=platform.single_currency,
                                   symbols=platform.currency_symbols)
    listing_id = _text(raw.get("listing_id"))
    if listing_id is not None and len(listing_id) > MAX_ID_CHARS:
        listing_id = None  # not an ID; the URL identity below stands in
    seller_id = _text(raw.get("seller_id"))
    listing: dict[str, Any] = {
        "platform": platform.name,
        "listing_id": listing_id,
        "url": url,
        "title": _text(raw.get("title")),
        "description": _text(raw.get("description")),
        "price_text": price_text,
        "price_placeholder": bool(price_text) and is_placeholder(price_text),
        "price_amount": amount,
        "currency": currency,
        "seller_id": seller_id if seller_id is None or len(seller_id) <= MAX_ID_CHARS else None,
        "seller_name": _text(raw.get("seller_name")),
        "seller_url": _absolute(_text(raw.get("seller_url")), url),
        "images": _images(raw.get("images"), url),
        "posted_at": parse_posted_at(_text(raw.get("posted_at")), platform.timezone,
                                     platform.listing.posted_at_formats),
        "fetched_at": fetched_at or utc_now_iso(),
        "location": _text(raw.get("location")),
        "category": _text(raw.get("category")),
    }
    listing["missing"] = [k for k in CHECKED_KEYS if listing[k] in (None, [], "")]
    if listing_id is None:
        # Without an ID the URL is the identity, so dedup still works; the gap stays recorded.
        listing["listing_id"] = "url-" + hashlib.sha256(url.encode()).hexdigest()[:20]
    listing["content_sha256"] = content_sha256(listing)
    listing["version"] = 1  # the seen-index pipeline sets the real version
    listing["capture"] = capture
    return {k: listing[k] for k in LISTING_KEYS}  # type: ignore[return-value]

"""The Listing item: one marketplace listing as a plain dict with a fixed set of keys.

The pipeline room consumes exactly LISTING_KEYS. A listing missing fields is kept; the gaps are
named in `missing`.
"""
from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime, timezone
from typing import Any, TypedDict
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

from price_parser import Price

from crawler.platform_config import Platform

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
    price_text: str | None
    price_amount: str | None  # decimal as a string
    currency: str | None
    seller_id: str | None
    seller_name: str | None
    seller_url: str | None
    images: list[str]  # absolute URLs, recorded and never fetched
    posted_at: str | None  # ISO-8601 UTC
    fetched_at: str  # ISO-8601 UTC
    location: str | None
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
MAX_FIELD_CHARS = 50_000  # hostile pages can be huge; a description never needs more

# Unambiguous symbols only: "¥" and "$" are left to the platform's `currency`.
_CURRENCY_SYMBOLS = {"€": "EUR", "£": "GBP", "US$": "USD", "HK$": "HKD", "RMB": "CNY", "元": "CNY",
                     "₹": "INR", "₫": "VND", "฿": "THB", "円": "JPY"}
_ISO_CURRENCY = re.compile(r"^[A-Z]{3}$")


def utc_now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _iso_utc(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_posted_at(raw: str | None, tz: str, formats: list[str]) -> str | None:
    """A site's time text as ISO-8601 UTC; times without an offset are in the site's zone."""
    if not raw:
        return None
    text = raw.strip()
    zone = ZoneInfo(tz)
    if re.fullmatch(r"\d{10}(\d{3})?", text):  # unix seconds or milliseconds
        seconds = int(text) / (1000 if len(text) == 13 else 1)
        return _iso_utc(datetime.fromtimestamp(seconds, timezone.utc))
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
    return _iso_utc(parsed)


def parse_price(price_text: str | None, currency_field: str | None,
                default_currency: str | None) -> tuple[str | None, str | None]:
    """(amount as a decimal string, ISO currency) from the price text and hints."""
    if not price_text:
        return None, _currency_code(currency_field) or None
    price = Price.fromstring(price_text)
    amount = None if price.amount is None else format(price.amount.normalize(), "f")
    currency = _currency_code(currency_field)
    if currency is None:
        symbol = (price.currency or "").strip()
        currency = _CURRENCY_SYMBOLS.get(symbol) or (symbol.upper() if _ISO_CURRENCY.match(
            symbol.upper()) and symbol.isalpha() else None) or default_currency
    return amount, currency


def _currency_code(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    return _CURRENCY_SYMBOLS.get(value, value.upper() if value.isalpha() else value)


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = " ".join(str(v) for v in value if v)
    if value is None:
        return None
    value = str(value).strip()
    return value[:MAX_FIELD_CHARS] or None


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


def content_sha256(listing: dict[str, Any]) -> str:
    content = {k: listing.get(k) for k in CONTENT_KEYS}
    blob = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def build_listing(platform: Platform, raw: dict[str, Any], url: str, capture: dict[str, Any],
                  fetched_at: str | None = None) -> Listing:
    """A Listing dict from raw field values (strings/lists as read from the page)."""
    price_text = _text(raw.get("price"))
    amount, currency = parse_price(price_text, _text(raw.get("currency")), platform.currency)
    listing_id = _text(raw.get("listing_id"))
    listing: dict[str, Any] = {
        "platform": platform.name,
        "listing_id": listing_id,
        "url": url,
        "title": _text(raw.get("title")),
        "description": _text(raw.get("description")),
        "price_text": price_text,
        "price_amount": amount,
        "currency": currency,
        "seller_id": _text(raw.get("seller_id")),
        "seller_name": _text(raw.get("seller_name")),
        "seller_url": _absolute(_text(raw.get("seller_url")), url),
        "images": _images(raw.get("images"), url),
        "posted_at": parse_posted_at(_text(raw.get("posted_at")), platform.timezone,
                                     platform.listing.posted_at_formats),
        "fetched_at": fetched_at or utc_now_iso(),
        "location": _text(raw.get("location")),
    }
    listing["missing"] = [k for k in CHECKED_KEYS if listing[k] in (None, [], "")]
    if listing_id is None:
        # Without an ID the URL is the identity, so dedup still works; the gap stays recorded.
        listing["listing_id"] = "url-" + hashlib.sha256(url.encode()).hexdigest()[:20]
    listing["content_sha256"] = content_sha256(listing)
    listing["version"] = 1  # the seen-index pipeline sets the real version
    listing["capture"] = capture
    return {k: listing[k] for k in LISTING_KEYS}  # type: ignore[return-value]

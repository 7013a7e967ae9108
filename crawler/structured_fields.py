"""Field readers for the structured-data extractor: text, ids, images,
availability.  Inputs are whatever shops put in their markup, so every
reader accepts any JSON-ish value and returns None/[] when it makes no sense.
"""
from __future__ import annotations

import html
import re
from urllib.parse import urljoin, urlsplit

from w3lib.html import remove_tags


def resolve(value, ids):
    """Follow a bare {"@id": ...} reference to the node it names."""
    if isinstance(value, dict) and set(value) <= {"@id", "@type"}:
        return ids.get(value.get("@id"), value)
    return value


def first_text(value):
    """First non-empty string in a value that may be a list/dict/number."""
    if isinstance(value, list):
        for item in value:
            text = first_text(item)
            if text:
                return text
        return None
    if isinstance(value, dict):
        return first_text(value.get("name") or value.get("@value"))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str):
        if "<" in value:  # descriptions often carry HTML markup
            value = remove_tags(value)
        if "&" in value:  # and double-escaped entities
            value = html.unescape(value)
        text = " ".join(value.split())
        return text or None
    return None


def image_urls(value, url, ids, depth=0) -> list[str]:
    if depth > 3:
        return []
    value = resolve(value, ids)
    if isinstance(value, list):
        out = []
        for item in value[:50]:
            out.extend(image_urls(item, url, ids, depth + 1))
        return out
    if isinstance(value, dict):
        value = value.get("contentUrl") or value.get("url") or value.get("@id")
        return image_urls(value, url, ids, depth + 1)
    if isinstance(value, str) and value.strip() and not value.startswith("data:"):
        try:
            return [urljoin(url, value.strip())]
        except ValueError:
            return []
    return []


_AVAILABILITY = [
    ("outofstock", "OutOfStock"), ("out of stock", "OutOfStock"),
    ("out_of_stock", "OutOfStock"), ("soldout", "SoldOut"), ("sold out", "SoldOut"),
    ("discontinued", "Discontinued"), ("instoreonly", "InStoreOnly"),
    ("onlineonly", "OnlineOnly"), ("limitedavailability", "LimitedAvailability"),
    ("preorder", "PreOrder"), ("presale", "PreSale"), ("backorder", "BackOrder"),
    ("instock", "InStock"), ("in stock", "InStock"), ("in_stock", "InStock"),
    ("oos", "OutOfStock"), ("available", "InStock"),
]


def normalize_availability(value) -> str | None:
    text = first_text(value)
    if not text:
        return None
    low = text.lower().rsplit("/", 1)[-1].strip()
    for needle, name in _AVAILABILITY:
        if low == needle or low.endswith(needle.replace(" ", "")) or low == needle.replace(" ", ""):
            return name
    return None


_AVAILABLE_NOW = {"InStock", "LimitedAvailability", "OnlineOnly", "InStoreOnly"}


def availability_of(offers: list[dict], offer: dict, node: dict) -> str | None:
    """The product is available when any offer (size, colour) is."""
    statuses = [normalize_availability(o.get("availability")) for o in offers[:200]]
    for status in statuses:
        if status in _AVAILABLE_NOW:
            return status
    return normalize_availability(offer.get("availability")) or next(
        (st for st in statuses if st), None) or normalize_availability(node.get("availability"))


def looks_like_id(value) -> bool:
    # Shops put names ("Fake Wounds", "OPTIPLEX 9010 TOWER") in sku fields.
    return bool(value) and len(value) <= 64 and not any(ch.isspace() for ch in value)


_URL_ID = re.compile(r"(?<![A-Za-z0-9])([A-Z0-9]{10}|\d{5,})(?![A-Za-z0-9])")


def id_from_url(url: str) -> str | None:
    """A product id from the URL path: an ASIN-like token or a long number."""
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    matches = _URL_ID.findall(path)
    return matches[-1] if matches else None

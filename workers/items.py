"""Checking crawler items before they are stored.

Items come from the crawler as plain dicts (see crawler/ items). A bad item must not sink its
batch: it is turned into an ItemError naming its position and field, and the rest go on.
Listing text is hostile; it is only ever stored as data, never evaluated.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

MAX_TEXT = 100_000  # longer fields are cut, not refused: the listing still gets reviewed
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass
class ItemError(Exception):
    position: int
    field: str | None
    message: str

    def __str__(self) -> str:
        where = f"item {self.position}" + (f", field {self.field!r}" if self.field else "")
        return f"{where}: {self.message}"


def _text(item: dict, key: str, position: int, required: bool = False) -> str | None:
    value = item.get(key)
    if value is None or value == "":
        if required:
            raise ItemError(position, key, "required")
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and key in ("listing_id", "seller_id"):
        value = str(value)
    if not isinstance(value, str):
        raise ItemError(position, key, f"must be text, got {type(value).__name__}")
    return value[:MAX_TEXT]


def _when(item: dict, key: str, position: int) -> datetime | None:
    value = item.get(key)
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, timezone.utc)
    if not isinstance(value, str):
        raise ItemError(position, key, f"must be an ISO 8601 time, got {type(value).__name__}")
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ItemError(position, key, f"not an ISO 8601 time: {value[:40]!r}") from None
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def detect_lang(*texts: str | None) -> str:
    """zh when a good share of letters are CJK, else en (the two languages we classify)."""
    joined = "".join(t for t in texts if t)
    if not joined:
        return "en"
    cjk = len(_CJK.findall(joined))
    letters = sum(1 for ch in joined if ch.isalpha())
    return "zh" if letters and cjk / letters >= 0.2 else "en"


def content_hash(title: str | None, description: str | None, price_text: str | None, seller: str | None) -> str:
    blob = json.dumps([title or "", description or "", price_text or "", seller or ""], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def clean_item(item: Any, position: int) -> dict:
    """A normalised copy of one crawler item, or ItemError."""
    if not isinstance(item, dict):
        raise ItemError(position, None, f"must be a mapping, got {type(item).__name__}")
    platform = _text(item, "platform", position, required=True)
    listing_id = _text(item, "listing_id", position, required=True)
    if len(platform) > 100:
        raise ItemError(position, "platform", "longer than 100 characters")
    if len(listing_id) > 200:
        raise ItemError(position, "listing_id", "longer than 200 characters")
    out: dict[str, Any] = {"platform": platform, "listing_id": listing_id}
    for key in ("url", "title", "description", "price_text", "seller_id", "seller_name", "seller_url", "location"):
        out[key] = _text(item, key, position)
    if out["seller_id"] and len(out["seller_id"]) > 200:
        raise ItemError(position, "seller_id", "longer than 200 characters")
    currency = _text(item, "currency", position)
    out["currency"] = currency[:10] if currency else None
    amount = item.get("price_amount")
    if amount is not None and (isinstance(amount, bool) or not isinstance(amount, (int, float))):
        if isinstance(amount, str):
            try:
                amount = float(amount)
            except ValueError:
                raise ItemError(position, "price_amount", f"not a number: {amount[:40]!r}") from None
        else:
            raise ItemError(position, "price_amount", f"must be a number, got {type(amount).__name__}")
    out["price_amount"] = float(amount) if amount is not None else None
    for key in ("images", "missing"):
        value = item.get(key)
        if value is not None and not isinstance(value, list):
            raise ItemError(position, key, f"must be a list, got {type(value).__name__}")
        out[key] = value
    capture = item.get("capture")
    if capture is not None and not isinstance(capture, dict):
        raise ItemError(position, "capture", f"must be a mapping, got {type(capture).__name__}")
    out["capture"] = capture
    version = item.get("version")
    if version is not None and (isinstance(version, bool) or not isinstance(version, int)):
        raise ItemError(position, "version", f"must be a whole number, got {type(version).__name__}")
    out["version"] = version
    out["posted_at"] = _when(item, "posted_at", position)
    out["fetched_at"] = _when(item, "fetched_at", position) or datetime.now(timezone.utc)
    sha = item.get("content_sha256")
    if sha is not None and not (isinstance(sha, str) and re.fullmatch(r"[0-9a-f]{64}", sha)):
        raise ItemError(position, "content_sha256", "must be 64 lowercase hex digits")
    out["content_sha256"] = sha or content_hash(out["title"], out["description"], out["price_text"], out["seller_id"])
    lang = item.get("lang")
    out["lang"] = lang if isinstance(lang, str) and lang else detect_lang(out["title"], out["description"])
    return out


def to_json_text(item: Any, limit: int = 4000) -> str:
    """The raw item as JSON text for the error log (never evaluated, just kept)."""
    try:
        text = json.dumps(item, ensure_ascii=False, default=repr)
    except (TypeError, ValueError):
        text = repr(item)
    return text[:limit]

"""Checking a batch of items before they are stored.

What a listing is, and how each field is checked, is the listing contract (crawler/listing.py):
one length limit, one content hash, money as Decimal. Here a batch is taken apart: a bad item
must not sink its batch, so it becomes an ItemError naming its position and field, and the rest
go on. Listing text is hostile; it is only ever stored as data, never evaluated.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from crawler.listing import ListingError, check_listing, json_default, storable


@dataclass
class ItemError(Exception):
    position: int
    field: str | None
    message: str

    def __str__(self) -> str:
        where = f"item {self.position}" + (f", field {self.field!r}" if self.field else "")
        return f"{where}: {self.message}"


def clean_item(item: Any, position: int) -> dict:
    """The store's form of one item (see crawler.listing.check_listing), or ItemError."""
    try:
        return check_listing(item)
    except ListingError as exc:
        raise ItemError(position, exc.field, exc.message) from None
    except Exception as exc:  # a checker bug on one odd item must not sink the batch either
        raise ItemError(position, None, f"could not be checked ({type(exc).__name__}: {exc})"[:1000]) from None


def error_row(raw: Any, position: int, field: str | None, message: str) -> dict:
    """An ingest_errors row for one rejected item; every value fits its column and is storable
    (the item may hold NUL bytes, lone surrogates or anything else a producer sends)."""
    raw_d = raw if isinstance(raw, dict) else {}

    def short(key: str, limit: int) -> str | None:
        value = raw_d.get(key)
        return None if value is None else storable(str(value))[:limit]

    return {"position": position, "field": storable(field)[:100] if field else None,
            "message": storable(message)[:2000], "platform": short("platform", 100),
            "listing_id": short("listing_id", 200), "item": to_json_text(raw)}


def _lenient(obj: Any) -> Any:
    try:
        return json_default(obj)
    except TypeError:
        return repr(obj)


def to_json_text(item: Any, limit: int = 4000) -> str:
    """The raw item as JSON text for the error log (never evaluated, just kept)."""
    try:
        text = json.dumps(item, ensure_ascii=False, default=_lenient)
    except (TypeError, ValueError, RecursionError):
        try:
            text = repr(item)
        except RecursionError:
            text = f"<{type(item).__name__} nested too deep to show>"
    return storable(text[:limit])

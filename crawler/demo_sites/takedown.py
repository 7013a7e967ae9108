"""The partner's side of a takedown, on the demo marketplaces: a trust-and-safety desk that
receives wildwatch's signed takedown reports and removes the listings they name.

    POST /partner/wildwatch/takedown      a webhook delivery (docs/partners.md, "Delivery")
    POST /admin/listings/{id}/remove      the site's own admin removing one listing
                                          (Authorization: Bearer <admin token>; off without one)

A delivery is checked the way docs/partner_webhook_verify.py tells partners to: HMAC-SHA256 over
the raw body with the shared secret, a timestamp inside the replay window, and the report's
SHA-256 over its canonical document. Anything else is answered 400 and changes nothing. A
delivery id seen before gets the first answer again (retries are de-duplicated).

A removed listing's page answers 410 Gone with a "removed" notice; it leaves search results and
the seller's page. The secret comes from `DemoSites(takedown_secret=...)`,
`sites.set_takedown_secret(...)` or WILDWATCH_DEMO_TAKEDOWN_SECRET (for `wildwatch demo-sites`).
"""
from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone

from aiohttp import web

TAKEDOWN_PATH = "/partner/wildwatch/takedown"
ADMIN_REMOVE_PATH = "/admin/listings/{listing_id}/remove"
SIGNATURE_HEADER = "Wildwatch-Signature"
TOLERANCE_SECONDS = 300
MAX_BODY = 20 * 1024 * 1024


class SignatureError(ValueError):
    pass


@dataclass
class TakedownDesk:
    """One site's trust-and-safety desk: the shared secret, what was removed and why."""

    secret: str | None = None
    admin_token: str | None = None
    tolerance: int = TOLERANCE_SECONDS
    removed: dict[str, dict] = field(default_factory=dict)  # listing id -> {at, by, report_id}
    answers: dict[str, dict] = field(default_factory=dict)  # delivery id -> the answer given
    refused: list[str] = field(default_factory=list)  # why each refused delivery was refused
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def is_removed(self, listing_id: str) -> bool:
        return listing_id in self.removed


DESK_KEY = web.AppKey("takedown_desk", TakedownDesk)
_LISTINGS_KEY = web.AppKey("takedown_listings", list)
_BY_ID_KEY = web.AppKey("takedown_by_id", dict)


def verify(secret: str, body: bytes, header: str, now: float | None = None,
           tolerance: int = TOLERANCE_SECONDS) -> dict:
    """The envelope if `header` signs `body` within the replay window (as the reference verifier)."""
    t, sigs = None, []
    for part in (header or "").split(","):
        key, _, value = part.strip().partition("=")
        if key == "t" and value.isdigit():
            t = int(value)
        elif key == "v1" and value:
            sigs.append(value)
    if t is None or not sigs:
        raise SignatureError("signature header: needs t=<unix seconds> and v1=<hex>")
    if abs((time.time() if now is None else now) - t) > tolerance:
        raise SignatureError(f"timestamp {t} is outside the {tolerance} s replay window")
    expected = hmac.new(secret.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    if not any(hmac.compare_digest(expected, s) for s in sigs):
        raise SignatureError("signature does not match the body")
    try:
        envelope = json.loads(body)
    except ValueError:
        raise SignatureError("body is not JSON") from None
    doc = envelope.get("document") if isinstance(envelope, dict) else None
    if not isinstance(doc, dict) or not isinstance(doc.get("items"), list):
        raise SignatureError("no report document with items")
    canonical = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    if hashlib.sha256(canonical).hexdigest() != envelope.get("sha256"):
        raise SignatureError("the report's sha256 does not match its document")
    return envelope


def _remove(app: web.Application, listing_id: str, by: str, report_id=None) -> bool:
    desk, by_id = app[DESK_KEY], app[_BY_ID_KEY]
    with desk.lock:
        listing = by_id.pop(listing_id, None)
        if listing is None:
            return False
        listings = app[_LISTINGS_KEY]
        listings[:] = [x for x in listings if x["id"] != listing_id]  # out of search and seller pages
        desk.removed[listing_id] = {"at": datetime.now(timezone.utc).isoformat(), "by": by, "report_id": report_id}
    return True


async def receive_report(request: web.Request) -> web.Response:
    desk = request.app[DESK_KEY]
    if not desk.secret:
        return web.json_response({"error": "takedown webhook not configured"}, status=404)
    if (request.content_length or 0) > MAX_BODY:
        return web.json_response({"error": "body too large"}, status=413)
    body = await request.read()
    try:
        env = verify(desk.secret, body, request.headers.get(SIGNATURE_HEADER, ""), tolerance=desk.tolerance)
    except SignatureError as exc:
        desk.refused.append(str(exc))
        return web.json_response({"error": str(exc)}, status=400)
    delivery = str(request.headers.get("Wildwatch-Delivery") or env.get("delivery_id") or "")
    if delivery and delivery in desk.answers:
        return web.json_response(desk.answers[delivery])
    removed, unknown = [], []
    for item in env["document"]["items"]:
        listing_id = str((item or {}).get("listing_id") or "")
        if _remove(request.app, listing_id, by=f"wildwatch report {env.get('report_id')}", report_id=env.get("report_id")):
            removed.append(listing_id)
        elif desk.is_removed(listing_id):
            removed.append(listing_id)  # removed earlier (another report, or by the site's admin)
        else:
            unknown.append(listing_id[:200])
    answer = {"report_id": env.get("report_id"), "removed": removed, "unknown": unknown}
    if delivery:
        desk.answers[delivery] = answer
    return web.json_response(answer)


async def admin_remove(request: web.Request) -> web.Response:
    desk = request.app[DESK_KEY]
    given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    if not desk.admin_token or not hmac.compare_digest(given.encode(), desk.admin_token.encode()):
        return web.json_response({"error": "not found"}, status=404)
    listing_id = request.match_info["listing_id"]
    if not _remove(request.app, listing_id, by="site admin") and not desk.is_removed(listing_id):
        return web.json_response({"error": "no such listing"}, status=404)
    return web.json_response({"removed": [listing_id]})


def install(app: web.Application, desk: TakedownDesk, listings_key, by_id_key) -> None:
    """Add the desk's routes to a demo site's app (which keeps its listings under those keys)."""
    app[DESK_KEY] = desk
    app[_LISTINGS_KEY] = app[listings_key]
    app[_BY_ID_KEY] = app[by_id_key]
    app.router.add_post(TAKEDOWN_PATH, receive_report)
    app.router.add_post(ADMIN_REMOVE_PATH, admin_remove)


def removed(request: web.Request, listing_id: str) -> bool:
    desk = request.app.get(DESK_KEY)
    return desk is not None and desk.is_removed(listing_id)

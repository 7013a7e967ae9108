"""Re-checking that listings in sent takedown reports are gone from their platform.

Only http(s) URLs on the listing's platform's allowed domains are opened, redirects included
(at most egress.MAX_REDIRECTS, each checked), and at most a few KB of any answer is read: the
status code is all we need. A URL we refuse is counted and logged, never fetched.
"""
from __future__ import annotations

import logging

import httpx

from config.settings import get_settings

from . import egress
from .platforms import load_platforms

log = logging.getLogger(__name__)
GONE = {404, 410}


def recheck(limit: int = 500) -> dict:
    from review import rechecks

    todo = rechecks.due(limit)
    platforms = load_platforms()
    gone, still, errors, refused = [], [], 0, 0
    clients: dict[str, httpx.Client] = {}
    headers = {"User-Agent": get_settings().user_agent}
    # No transaction is open while we wait on the platforms.
    try:
        for item in todo:
            info = platforms.get(item.get("platform") or "")
            domains = info.allowed_domains if info else ()
            try:
                egress.check_platform_url(item["url"], domains, f"re-check of {item.get('platform')!r} listing")
                if item["platform"] not in clients:
                    # The allowed domains are the operator's own choice, local ones included.
                    clients[item["platform"]] = egress.client(domains=domains, allow_private=True, headers=headers)
                status = egress.get_status(clients[item["platform"]], item["url"])
            except egress.EgressError as exc:
                refused += 1
                log.warning("re-check item %s: %s", item["item_id"], exc)
                continue
            except httpx.HTTPError:
                errors += 1  # unreachable tells us nothing; try again next round
                continue
            (gone if status in GONE else still).append(item["item_id"])
    finally:
        for c in clients.values():
            c.close()
    rechecks.record(gone, still)
    return {"checked": len(todo), "gone": len(gone), "still_up": len(still), "errors": errors, "refused": refused}

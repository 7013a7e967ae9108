"""Re-checking that listings in sent takedown reports are gone from their platform."""
from __future__ import annotations

import httpx

from config.settings import get_settings

GONE = {404, 410}


def recheck(limit: int = 500) -> dict:
    from review import rechecks

    todo = rechecks.due(limit)
    gone, still, errors = [], [], 0
    # No transaction is open while we wait on the platforms.
    with httpx.Client(timeout=20, follow_redirects=True, headers={"User-Agent": get_settings().user_agent}) as client:
        for item in todo:
            try:
                status = client.get(item["url"]).status_code
            except httpx.HTTPError:
                errors += 1  # unreachable tells us nothing; try again next round
                continue
            (gone if status in GONE else still).append(item["item_id"])
    rechecks.record(gone, still)
    return {"checked": len(todo), "gone": len(gone), "still_up": len(still), "errors": errors}

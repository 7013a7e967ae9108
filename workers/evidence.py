"""Full-page screenshots of flagged listings on browser platforms, stored with their SHA-256.

One Chromium per job (a batch of cases). Files are named by their own hash, so capturing the
same page twice yields one file and one evidence row.

Stored URLs came from hostile pages: only http(s) URLs on the platform's allowed domains are
opened, and the page may not navigate its main frame anywhere else (egress.check_platform_url).
"""
from __future__ import annotations

import hashlib
import logging
import os
import shutil
import time
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urljoin

from config.settings import get_settings

from . import egress
from .platforms import load_platforms

log = logging.getLogger(__name__)

LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]


GONE = {404, 410}


class EvidenceError(RuntimeError):
    pass


class _Guard:
    """Every request of a page we screenshot, checked (egress): the main frame navigates only to
    http(s) URLs on the platform's allowed domains - redirects included, which Playwright does
    not route, so the guard fetches each hop itself and sends the page to the next one; anything
    else (images, frames) only to http(s) hosts of the platform or public addresses."""

    def __init__(self, page, domains):
        self.page, self.domains = page, tuple(domains)
        self.refused: list[str] = []  # the main frame was sent off the platform
        self.next_hop: str | None = None
        page.route("**/*", self._route)

    def _route(self, route) -> None:
        req = route.request
        main = req.is_navigation_request() and req.frame == self.page.main_frame
        try:
            if main:
                egress.check_platform_url(req.url, self.domains, "screenshot navigation")
                answer = route.fetch(max_redirects=0)
                location = answer.headers.get("location")
                if 300 <= answer.status < 400 and location:
                    hop = urljoin(req.url, location)
                    egress.check_platform_url(hop, self.domains, "screenshot redirect")
                    self.next_hop = hop
                    route.abort("aborted")  # _goto follows it: a checked request again
                    return
                route.fulfill(response=answer)
                return
            if not req.url.startswith(("data:", "blob:")):
                host = egress.check_http_url(req.url, "screenshot request")
                if not egress.host_allowed(host, self.domains):
                    egress.resolve_public(host, 443, "screenshot request")  # no private networks
        except egress.EgressError as exc:
            if main:
                self.refused.append(str(exc))
            log.warning("%s", exc)
            route.abort("blockedbyclient")
            return
        except Exception as exc:  # noqa: BLE001 - a route left unanswered would hang the page
            log.warning("screenshot request %s failed: %s", egress.redact(req.url), exc)
            route.abort("failed")
            return
        route.continue_()

    def goto(self, url: str, timeout_ms: int):
        from playwright.sync_api import Error as PlaywrightError

        for _ in range(egress.MAX_REDIRECTS + 1):
            self.next_hop = None
            try:
                return self.page.goto(url, wait_until="load", timeout=timeout_ms)
            except PlaywrightError:
                if self.next_hop is None:
                    raise
                url = self.next_hop
        raise EvidenceError(f"more than {egress.MAX_REDIRECTS} redirects from {egress.redact(url)}")


def _open(guard: _Guard, url: str, timeout_ms: int):
    """Navigate; on 429/5xx wait (Retry-After, at most 5 s) and try once more. Returns (time, status)."""
    for attempt in (1, 2):
        when = datetime.now(timezone.utc)
        response = guard.goto(url, timeout_ms)
        status = response.status if response is not None else None
        if attempt == 1 and status is not None and (status == 429 or status >= 500):
            try:
                wait = float(response.headers.get("retry-after", "1"))
            except ValueError:
                wait = 1.0
            time.sleep(min(max(wait, 0.5), 5.0))
            continue
        return when, status
    return when, status


def chromium_path() -> str:
    configured = get_settings().chromium_path
    for candidate in (configured, "/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and os.path.exists(candidate):
            return candidate
    raise EvidenceError("no Chromium found: install it (apt-get install chromium) or set WILDWATCH_CHROMIUM_PATH")


def store_png(png: bytes, platform: str, external_id: str) -> tuple[Path, str]:
    sha = hashlib.sha256(png).hexdigest()
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in f"{platform}-{external_id}")[:120]
    path = get_settings().path("evidence", "screenshots", platform.replace("/", "_"), f"{safe}-{sha[:16]}.png")
    if not path.exists():
        tmp = path.with_suffix(".part")
        tmp.write_bytes(png)
        os.replace(tmp, path)  # never leave a half-written file under the final name
    return path, sha


def screenshot_cases(case_ids: list[int], timeout_ms: int = 30000) -> dict:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    from review.db import session_scope
    from review.intake import add_evidence, cases_needing_screenshots

    with session_scope(readonly=True) as s:
        todo = cases_needing_screenshots(s, case_ids)
    if not todo:
        return {"captured": 0, "refused": 0}
    captured, failed, refused = 0, [], []
    platforms = load_platforms()
    allowed = {}
    for c in todo:
        domains = platforms[c["platform"]].allowed_domains if c["platform"] in platforms else ()
        try:
            egress.check_platform_url(c["url"], domains, f"screenshot of case {c['case_id']}")
            allowed[c["case_id"]] = domains
        except egress.EgressError as exc:
            log.warning("%s", exc)
            refused.append(c["case_id"])
    todo = [c for c in todo if c["case_id"] in allowed]
    if not todo:
        return {"captured": 0, "refused": len(refused)}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=LAUNCH_ARGS, headless=True)
        try:
            # No downloads, no service workers: the page is hostile, we only look at it.
            context = browser.new_context(accept_downloads=False, service_workers="block",
                                          user_agent=get_settings().user_agent, viewport={"width": 1280, "height": 900})
            for c in todo:
                page = context.new_page()
                guard = _Guard(page, allowed[c["case_id"]])
                try:
                    when, status = _open(guard, c["url"], timeout_ms)
                    if status in GONE:
                        log.info("case %s: %s answered %s; listing gone, no screenshot", c["case_id"], c["url"], status)
                        continue
                    if status is not None and status >= 400:
                        # Rate limits and server errors are not evidence of the listing: retry later.
                        log.warning("case %s: %s answered HTTP %s", c["case_id"], c["url"], status)
                        failed.append(c["case_id"])
                        continue
                    try:
                        page.wait_for_load_state("networkidle", timeout=5000)
                    except PlaywrightError:
                        pass  # busy pages still get their screenshot
                    png = page.screenshot(full_page=True, type="png")
                    path, sha = store_png(png, c["platform"], c["external_id"])
                    with session_scope() as s:
                        add_evidence(s, {"listing_version_id": c["version_id"], "case_id": c["case_id"],
                                         "kind": "screenshot", "path": str(path), "sha256": sha, "size": len(png),
                                         "url": c["url"], "captured_at": when})
                    captured += 1
                except (PlaywrightError, EvidenceError) as exc:
                    if guard.refused:  # sent off the platform: refused for good, not worth a retry
                        refused.append(c["case_id"])
                        continue
                    log.warning("screenshot of case %s (%s) failed: %s", c["case_id"], c["url"], exc)
                    failed.append(c["case_id"])
                finally:
                    page.close()
        finally:
            browser.close()
    if failed:
        # The ones captured are kept; a retry only redoes the failed ones.
        raise EvidenceError(f"screenshots failed for cases {failed}")
    return {"captured": captured, "refused": len(refused)}

"""Takedown reports in a real Chromium: a lead builds, reviews and sends a report through the
pages; the platform's partner opens it and marks an item removed; the lead sees the answer.
Screenshots of the partner's and the lead's report pages go to WILDWATCH_SCREENSHOT_DIR (or the
test's temporary directory) for a person to look at."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser


def test_lead_sends_a_report_and_the_partner_marks_an_item_removed(web_store, make_user, seed_cases, live_server,
                                                                   browser_page, login, tmp_path):
    if not web_store.startswith("sqlite"):
        pytest.skip("the browser path is the same on both engines; once is enough")
    from review.db import session_scope
    from review.models import TakedownReportItem
    from review.workspace import case_detail  # noqa: F401 - the store is the one the app uses

    shots = Path(os.environ.get("WILDWATCH_SCREENSHOT_DIR") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    ids = seed_cases(2, group="general", platform="demo-zh")
    lead_pw = make_user("lena", "lead", groups=["general"])
    partner_pw = make_user("shopzh", "partner", platforms=["demo-zh"])
    from review.cases import decide

    with session_scope() as s:
        for cid in ids:
            decide(s, cid, action="confirm", reason_code="named-species",
                   user={"id": None, "username": "lena", "role": "lead", "groups": ("general",)})
    page = browser_page
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    login(page, live_server, "lena", lead_pw)
    page.goto(f"{live_server}/reports")
    page.click("text=Choose cases")
    page.click("button:has-text('Build draft from the ticked cases')")
    page.click("button:has-text('Mark reviewed')")
    page.click("button:has-text('Send to demo-zh')")
    assert page.locator(".status-sent").count() == 1
    report_url = page.url
    page.screenshot(path=str(shots / "report_lead.png"), full_page=True)
    page.click("button:has-text('Sign out')")

    login(page, live_server, "shopzh", partner_pw)
    assert page.url.endswith("/partner")
    page.click("text=Report 1")
    first = page.locator(".outcome-form").first
    first.locator("select[name=outcome]").select_option("removed")
    first.locator("button").click()
    assert page.locator("text=your answer: Removed").count() == 1
    page.screenshot(path=str(shots / "partner_report.png"), full_page=True)
    page.goto(f"{live_server}/partner")
    page.screenshot(path=str(shots / "partner_home.png"), full_page=True)
    assert page.locator("table.data td.num").first.inner_text() == "2"  # items of the report
    assert "built-in method" not in page.content()
    with session_scope(readonly=True) as s:
        outcomes = sorted(str(i.outcome) for i in s.query(TakedownReportItem))
    assert outcomes == ["None", "removed"]
    page.click("button:has-text('Sign out')")
    login(page, live_server, "lena", lead_pw)
    page.goto(report_url)
    assert page.locator("text=partner: removed").count() == 1
    assert not [e for e in errors if "Content Security Policy" in e]

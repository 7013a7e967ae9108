"""Oversight in a real Chromium: a decision shows up in the audit log and links to its case; the
QA flow (one analyst decides, a second answers blind and disagrees, the lead settles it).
Screenshots of /audit, /qa, /qa/disagreements and /dashboard go to WILDWATCH_SCREENSHOT_DIR (or
the test's temporary directory) for a person to look at."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser
GROUP = "zh-analysts"


def _shots(tmp_path) -> Path:
    d = Path(os.environ.get("WILDWATCH_SCREENSHOT_DIR") or tmp_path)
    d.mkdir(parents=True, exist_ok=True)
    return d


@pytest.fixture
def sqlite_only(web_store):
    if not web_store.startswith("sqlite"):
        pytest.skip("the browser path is the same on both engines; once is enough")


def _decide_in_page(page, base: str, case_id: int, action: str, reason: str, note: str = "") -> None:
    """The case page's plain form (what the keys drive), as a person would use it."""
    page.goto(f"{base}/cases/{case_id}")
    page.select_option("#action", action)
    page.select_option("#reason", reason)
    if note:
        page.fill("#note", note)
    with page.expect_navigation():
        page.click("#decision-submit")


def _sign_out(page) -> None:
    with page.expect_navigation():
        page.click("form[action='/logout'] button")


def _case(case_id: int):
    from review.db import session_scope
    from review.models import Case, QAReview

    with session_scope(readonly=True) as s:
        c = s.get(Case, case_id)
        qa = s.query(QAReview).filter_by(case_id=case_id).one_or_none()
        return c.status, c.reason_code, qa.status if qa else None


def test_a_decision_shows_in_the_audit_log_and_links_to_its_case(sqlite_only, make_user, seed_cases, live_server,
                                                                   browser_page, login, tmp_path):
    ids = seed_cases(2, group=GROUP)
    pw = make_user("ana", "analyst", groups=[GROUP])
    page = browser_page
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    login(page, live_server, "ana", pw)
    _decide_in_page(page, live_server, ids[1], "dismiss", "look-alike", note="ox bone, says so in the photos")
    page.goto(f"{live_server}/audit")
    row = page.locator("#audit-table tbody tr", has_text="dismiss").first
    assert row.locator("a").inner_text() == f"#{ids[1]}"
    assert "Look-alike material" in row.inner_text() and "ox bone" in row.inner_text()
    assert "status pending → dismissed" in row.inner_text()
    page.screenshot(path=str(_shots(tmp_path) / "audit.png"), full_page=True)
    with page.expect_navigation():
        row.locator(f"a[href='/cases/{ids[1]}']").click()
    assert page.url.endswith(f"/cases/{ids[1]}")
    # filter by case through the form, then the export link carries the same filter
    page.goto(f"{live_server}/audit")
    page.fill("#f-case", str(ids[1]))
    with page.expect_navigation():
        page.click(".filters button[type=submit]")
    assert page.locator("#audit-table tbody tr").count() >= 1
    assert page.locator("a.button", has_text="CSV").get_attribute("href") == f"/audit.csv?case={ids[1]}"
    assert errors == []


def test_qa_flow_blind_review_disagreement_and_lead_resolution(sqlite_only, make_user, seed_cases, live_server,
                                                              browser_page, login, tmp_path, monkeypatch):
    from config.settings import get_settings

    monkeypatch.setenv("WILDWATCH_QA_DECISION_RATE", "1")
    get_settings.cache_clear()
    ids = seed_cases(6, group=GROUP)
    pw = {n: make_user(n, r, groups=[GROUP]) for n, r in (("ana", "analyst"), ("bob", "analyst"), ("lee", "lead"))}
    page = browser_page
    shots = _shots(tmp_path)

    # 1. ana confirms a case (and decides a few more, for the dashboard)
    login(page, live_server, "ana", pw["ana"])
    _decide_in_page(page, live_server, ids[0], "confirm", "named-species")
    _decide_in_page(page, live_server, ids[2], "dismiss", "toy-or-replica")
    _decide_in_page(page, live_server, ids[3], "suspicious", "needs-more")
    assert _case(ids[0]) == ("confirmed", "named-species", "pending")
    page.goto(f"{live_server}/qa")
    assert page.locator("#qa-empty").is_visible()  # her own decisions are not hers to review
    _sign_out(page)

    # 2. bob answers blind, and disagrees
    login(page, live_server, "bob", pw["bob"])
    page.goto(f"{live_server}/qa")
    item = page.locator("article.qa-item")
    assert item.is_visible()
    text = item.inner_text()
    assert "ana" not in text.split() and "confirm" not in text.lower()
    page.screenshot(path=str(shots / "qa.png"), full_page=True)
    # answer the items in order until ana's confirm of ids[0] is done: dismiss it
    for _ in range(3):
        action, reason = ("dismiss", "look-alike") if _is_case(page, ids[0]) else ("suspicious", "needs-more")
        page.check(f"#qa-form input[name=action][value={action}]")
        page.select_option("#qa-reason", reason)
        with page.expect_navigation():
            page.click("#qa-form button[type=submit]")
        assert page.locator("#qa-done").is_visible()
        if _case(ids[0])[2] != "pending":
            break
    assert _case(ids[0])[2] == "disagreed"
    assert "differed from" in page.locator("#qa-done").inner_text()
    assert page.locator("a[href='/qa/disagreements']").count() == 0  # not a lead
    _sign_out(page)

    # 3. lee sees the disagreement with both sides, and settles it
    login(page, live_server, "lee", pw["lee"])
    page.goto(f"{live_server}/qa")
    with page.expect_navigation():
        page.click("a[href='/qa/disagreements']")
    card = page.locator("article.disagreement", has=page.locator(f"a[href='/cases/{ids[0]}']"))
    assert card.count() == 1
    assert "ana" in card.locator("tr.first").inner_text() and "bob" in card.locator("tr.second").inner_text()
    page.screenshot(path=str(shots / "qa_disagreements.png"), full_page=True)
    card.locator("input[name=final_action][value=confirm]").check()
    card.locator("textarea[name=resolution]").fill("The photo shows Schreger lines: elephant ivory.")
    with page.expect_navigation():
        card.locator("button[type=submit]").click()
    assert page.locator("#resolved").is_visible()
    assert _case(ids[0]) == ("confirmed", "named-species", "resolved")

    page.goto(f"{live_server}/dashboard")
    assert page.locator("svg.chart").count() >= 8
    assert page.locator("#kappa").is_visible()
    page.screenshot(path=str(shots / "dashboard.png"), full_page=True)
    page.goto(f"{live_server}/audit?action=qa")
    assert page.locator("#audit-table tbody tr").count() >= 2  # bob's answer, lee's resolution


def _is_case(page, case_id: int) -> bool:
    """Whether the QA item on the page is `case_id` (the page does not say: it is blind; ask the store)."""
    from review.db import session_scope
    from review.models import QAReview

    qa_id = int(page.locator("#qa-form").get_attribute("action").rsplit("/", 1)[1])
    with session_scope(readonly=True) as s:
        return s.get(QAReview, qa_id).case_id == case_id

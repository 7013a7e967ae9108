"""Triage in a real Chromium: sign in, clear three cases with the keyboard only, and find the
decisions in the store. Screenshots of the queue and case pages go to WILDWATCH_SCREENSHOT_DIR
(or the test's temporary directory) for a person to look at."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser


def _shots(tmp_path) -> Path:
    d = Path(os.environ.get("WILDWATCH_SCREENSHOT_DIR") or tmp_path)
    d.mkdir(parents=True, exist_ok=True)
    return d


def _statuses(ids):
    from review.db import session_scope
    from review.workspace import case_detail

    admin = {"id": 0, "username": "t", "role": "admin", "groups": ()}
    with session_scope(readonly=True) as s:
        return {i: (case_detail(s, i, admin)["case"]["status"], case_detail(s, i, admin)["case"]["reason_code"])
                for i in ids}


def test_three_cases_triaged_with_the_keyboard_only(web_store, make_user, seed_cases, live_server, browser_page,
                                                    login, tmp_path):
    if not web_store.startswith("sqlite"):
        pytest.skip("the browser path is the same on both engines; once is enough")
    ids = seed_cases(3, group="zh-analysts")
    pw = make_user("ana", "analyst", groups=["zh-analysts"])
    page = browser_page
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    login(page, live_server, "ana", pw)
    assert page.url.endswith("/queue")
    shots = _shots(tmp_path)
    page.screenshot(path=str(shots / "queue.png"), full_page=True)

    page.keyboard.press("?")
    assert page.locator("#keys-help").is_visible()
    page.keyboard.press("Escape")
    assert not page.locator("#keys-help").is_visible()

    with page.expect_navigation():
        page.keyboard.press("Enter")  # take the next case
    first = int(page.url.rsplit("/", 1)[1].split("?")[0])
    assert first in ids
    page.screenshot(path=str(shots / "case.png"), full_page=True)

    page.keyboard.press("c")  # confirm, default reason shown
    assert "Protected species or product named" in page.locator("#pending-decision").inner_text()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    second = int(page.url.rsplit("/", 1)[1].split("?")[0])

    page.keyboard.press("d")  # dismiss with reason 2 (colour or idiom)
    with page.expect_navigation():
        page.keyboard.press("2")
    third = int(page.url.rsplit("/", 1)[1].split("?")[0])

    page.keyboard.press("s")
    with page.expect_navigation():
        page.keyboard.press("s")  # the same key again submits
    assert page.url.endswith("/queue?done=empty")
    assert sorted([first, second, third]) == sorted(ids)
    assert _statuses(ids) == {first: ("confirmed", "named-species"), second: ("dismissed", "colour-or-idiom"),
                              third: ("suspicious", "needs-more")}
    assert dialogs == []


def test_j_skips_and_k_goes_back_note_with_keys(web_store, make_user, seed_cases, live_server, browser_page, login):
    if not web_store.startswith("sqlite"):
        pytest.skip("the browser path is the same on both engines; once is enough")
    ids = seed_cases(2, group="general")
    pw = make_user("ana", "analyst", groups=["general"])
    page = browser_page
    login(page, live_server, "ana", pw)
    page.goto(f"{live_server}/cases/{ids[0]}")
    with page.expect_navigation():
        page.keyboard.press("j")  # skip: give this one back, take the next
    assert page.url.endswith(f"/cases/{ids[1]}?prev={ids[0]}")
    page.keyboard.press("n")
    page.keyboard.type("seller reposts daily")
    with page.expect_navigation():
        page.keyboard.press("Control+Enter")
    assert "seller reposts daily" in page.locator("table.history").inner_text()
    with page.expect_navigation():
        page.keyboard.press("k")
    assert f"/cases/{ids[0]}" in page.url

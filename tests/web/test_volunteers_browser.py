"""Volunteers in a real Chromium (issue 11): a volunteer proposes a code word with examples, a
lead runs the preview and accepts it, the next classification uses it, and a rollback from the
versions page restores the old result. Screenshots of the lexicon browser, the preview page and
the versions page go to WILDWATCH_SCREENSHOT_DIR (or the test's temporary
directory) for a person to look at."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
CODE_WORD = "glacier white stock"
HIT = ("en", "Glacier white stock bangle, old", "telegram @glacier_seller for pics", "$300", "300", "USD")


def test_volunteer_proposes_lead_previews_and_accepts(web_store, make_user, seed_cases, live_server, browser_page,
                                                      login, tmp_path, monkeypatch):
    if not web_store.startswith("sqlite"):
        pytest.skip("the browser path is the same on both engines; once is enough")
    from classifiers import Classifier, load_lexicon, load_model
    from config.settings import get_settings
    from review.cases import decide
    from review.db import session_scope
    from review.models import Case

    keywords = tmp_path / "keywords"
    shutil.copytree(ROOT / "config" / "keywords", keywords)
    monkeypatch.setenv("WILDWATCH_KEYWORDS_DIR", str(keywords))
    get_settings.cache_clear()
    listing = {"title": HIT[1], "description": HIT[2]}
    old_clf = Classifier(load_lexicon(keywords), load_model())
    old_result, old_result_version = old_clf.assess(listing), old_clf.lexicon_version
    assert not old_result.flagged  # the code word is new to the lexicon
    (cid,) = seed_cases(1, texts=[HIT])
    with session_scope() as s:
        s.get(Case, cid).tlp = "CLEAR"
        decide(s, cid, actor="tester", action="confirm", reason_code="named-species")
    vol_pw, lead_pw = make_user("val", "volunteer"), make_user("lee", "lead", groups=["general"])
    shots = Path(os.environ.get("WILDWATCH_SCREENSHOT_DIR") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    page = browser_page
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    login(page, live_server, "val", vol_pw)
    assert page.url.endswith("/volunteer")
    page.fill("#q", "ivory")
    page.select_option("#category", "ivory")
    with page.expect_navigation():
        page.click("form.vol-filter button[type=submit]")
    assert page.locator("table.vol-terms tbody tr").count() > 3
    page.screenshot(path=str(shots / "volunteer-lexicon.png"), full_page=False)

    page.goto(f"{live_server}/volunteer/propose")
    page.select_option("#op", "add")
    page.fill("#term", CODE_WORD)
    page.fill("#variants", "glacier-white stock")
    page.select_option("#category", "ivory")
    page.select_option("#kind", "name")
    page.fill("#weight", "0.95")
    page.fill("#lang", "en")
    page.fill("#reason", "sellers in three confirmed cases call elephant ivory this")
    page.fill("#source", "analyst notes, December")
    page.fill("#must_match", "glacier white stock bangle, dm for price")
    page.fill("#must_not_match", "glacier white paint 5L, matte finish")
    with page.expect_navigation():
        page.click("form.vol-propose button[type=submit]")
    url = page.url
    assert "/volunteer/proposals/" in url and "draft" in page.inner_text(".page-head")
    page.click("text=Sign out")

    login(page, live_server, "lee", lead_pw)
    page.goto(url)
    # The first preview on a lexicon assesses every labeled set in the repo (~15,500 listings,
    # 7-15 s on two busy cores; later ones reuse the kept results, review/preview_cache.py): the
    # page's 15 s default is for clicks, not for this.
    with page.expect_navigation(timeout=120_000):
        page.click("text=Run the preview", timeout=120_000)
    assert page.locator(".vol-preview").is_visible()
    assert page.locator(".vol-examples .badge.ok").count() == 2
    assert page.locator(".vol-samples mark").first.inner_text().lower() == CODE_WORD
    html = page.content()
    assert "glacier_seller" not in html and "[contact]" in html
    page.screenshot(path=str(shots / "volunteer-preview.png"), full_page=True)
    page.fill("#accept-note", "good catch")
    with page.expect_navigation():
        page.click("text=Accept: write it to the lexicon")
    assert "accepted" in page.inner_text(".page-head")
    assert errors == []

    clf = Classifier(load_lexicon(keywords), load_model())
    assert clf.assess(listing).flagged

    # the lead rolls back to the version before the change: the old result is back
    page.goto(f"{live_server}/volunteer/versions")
    assert page.locator("table.vol-versions tbody tr").count() == 2
    page.screenshot(path=str(shots / "volunteer-versions.png"), full_page=True)
    with page.expect_navigation():
        page.click("text=Roll back to #1")
    assert page.url.endswith("/volunteer/versions")
    assert "rollback" in page.inner_text("table.vol-versions tbody tr:first-child")
    restored = Classifier(load_lexicon(keywords), load_model()).assess(listing)
    assert load_lexicon(keywords).version == old_result_version
    assert (restored.flagged, restored.label, restored.score) == (old_result.flagged, old_result.label,
                                                                  old_result.score)
    assert errors == []

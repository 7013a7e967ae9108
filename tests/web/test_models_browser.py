"""The models page in a real Chromium (issue 11): a lead sees a candidate's figures beside the
active model's, switches to it and back. A screenshot goes to WILDWATCH_SCREENSHOT_DIR (or the
test's temporary directory) for a person to look at."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_models_page import figures, variant

pytestmark = pytest.mark.browser


def test_lead_compares_and_switches_in_the_browser(web_store, make_user, live_server, browser_page, login, tmp_path):
    if not web_store.startswith("sqlite"):
        pytest.skip("the browser path is the same on both engines; once is enough")
    from classifiers.model import active_pointer, load_model
    from review import models_registry as registry
    from review.db import session_scope

    with session_scope() as s:
        shipped = registry.shipped(s)
        row = registry.record_candidate(s, variant(0.3, -4.0, "browser"), trained_by="mei", figures=figures(shipped.sha256),
                                        source={"files": [{"name": "dev.jsonl", "n": 540}], "store_cases": 40})
        cid, sha, shipped_id = row.id, row.sha256, shipped.id
    pw = make_user("lee", "lead", groups=["general"])
    shots = Path(os.environ.get("WILDWATCH_SCREENSHOT_DIR") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    page = browser_page
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    login(page, live_server, "lee", pw)
    with page.expect_navigation():
        page.click("nav.nav a[href='/models']")
    table = page.locator(f"#compare-{cid}")
    assert table.locator("thead th").all_inner_texts() == ["Figure", "This model", "Active model"]
    f1 = table.locator("tr[data-metric=f1] td").all_inner_texts()
    assert f1[0] == "F1" and f1[1] == "0.895" and f1[2] == "0.782"
    assert page.locator(f"#model-{cid} svg.chart").is_visible()
    assert "Active model" in page.locator("#active-model").inner_text()
    page.screenshot(path=str(shots / "models-compare.png"), full_page=True)

    page.fill(f"#model-{cid} input[name=note]", "recall up on decided cases")
    with page.expect_navigation():
        page.click(f"#model-{cid} button[type=submit]")
    assert f"Classification now uses model {cid}" in page.locator(".flash").inner_text()
    assert f"#{cid}" in page.locator("#active-model").inner_text()
    assert active_pointer().read_text().strip() == sha and load_model().sha256 == sha
    assert "recall up on decided cases" in page.locator("#switch-history").inner_text()
    page.screenshot(path=str(shots / "models-switched.png"), full_page=False)

    with page.expect_navigation():
        page.click("#switch-back button[type=submit]")
    assert f"#{shipped_id}" in page.locator("#active-model").inner_text()
    assert not active_pointer().exists()
    assert errors == []

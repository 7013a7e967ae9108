"""Volunteers' pages for trials in the background and lexicon versions (issue 11) over HTTP: a lead
starts a trial, the classify job records what it would flag, the page shows it (escaped, handles
masked), the lead promotes it; the version history, its diff and a lead-only rollback (CSRF)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CODE_WORD = "glacier white stock"
FORM = {"op": "add", "term": CODE_WORD, "variants": "", "category": "ivory", "kind": "name",
        "weight": "0.95", "lang": "en", "reason": "seen in confirmed cases", "source": "analyst notes",
        "must_match": "glacier white stock bangle, dm for price",
        "must_not_match": "glacier white paint 5L, matte finish"}
HOSTILE = "glacier white stock <script>alert(1)</script> wechat: ivory_lao88"


@pytest.fixture
def keywords(tmp_path, monkeypatch):
    from config.settings import get_settings

    d = tmp_path / "keywords"
    shutil.copytree(ROOT / "config" / "keywords", d)
    monkeypatch.setenv("WILDWATCH_KEYWORDS_DIR", str(d))
    get_settings.cache_clear()
    return d


@pytest.fixture
def jobs_env(monkeypatch):
    from config.settings import get_settings
    from review import shadow
    from workers import jobs
    from workers.connection import embedded

    server = embedded().start()
    monkeypatch.setenv("WILDWATCH_REDIS_URL", server.url)
    get_settings.cache_clear()
    jobs._classifier = None
    shadow.forget()
    yield
    jobs._classifier = None
    shadow.forget()
    server.stop()


def _previewed(vol) -> str:
    r = vol.post("/volunteer/proposals", data={**FORM, "csrf_token": vol.csrf}, follow_redirects=False)
    url = r.headers["location"]
    assert vol.post(f"{url}/preview", data={"csrf_token": vol.csrf}, follow_redirects=False).status_code == 303
    return url


def _classify(titles):
    from crawler.listing import check_listing
    from review.db import session_scope
    from review.intake import store_listings
    from workers.jobs import classify_batch

    items = [check_listing({"platform": "demo-en", "listing_id": f"T{k}", "url": f"https://demo-en.example/t{k}",
                            "seller_id": f"s{k}", "title": t, "description": "", "lang": "en"})
             for k, t in enumerate(titles)]
    with session_scope() as s:
        vids = store_listings(s, items)
    return classify_batch(vids)


def test_a_lead_runs_a_trial_and_promotes_it(keywords, make_user, client_for, jobs_env, monkeypatch):
    from config.settings import get_settings

    monkeypatch.setenv("WILDWATCH_DEFAULT_TLP", "GREEN")  # listings without a case may be shown
    get_settings.cache_clear()
    vol = client_for("val", make_user("val", "volunteer"))
    lead = client_for("lee", make_user("lee", "lead", groups=["general"]))
    url = _previewed(vol)
    assert "Start a trial" not in vol.get(url).text
    assert vol.post(f"{url}/trial", data={"csrf_token": vol.csrf, "days": "7"}).status_code == 403
    assert lead.post(f"{url}/trial", data={"csrf_token": "nope", "days": "7"}).status_code == 403
    bad = lead.post(f"{url}/trial", data={"csrf_token": lead.csrf, "days": "365"})
    assert bad.status_code == 409 and "a trial runs from 1 to 90 days" in bad.text
    assert lead.post(f"{url}/trial", data={"csrf_token": lead.csrf, "days": "7"},
                     follow_redirects=False).status_code == 303

    assert _classify([HOSTILE, "oak bookshelf"])["assessed"] == 2
    page = vol.get(url).text
    assert "Trial 1" in page and "running" in page
    assert 'class="trial-newly">1<' in page and "no case: 1" in page
    assert "<mark>glacier white stock</mark>" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert" not in page
    assert "ivory_lao88" not in page and "[contact]" in page
    assert "Promote" not in page  # volunteers see the trial, not the lead's buttons

    lead_page = lead.get(url).text
    assert "Promote: accept it into the lexicon" in lead_page
    promote = lead_page.split('action="/volunteer/trials/')[1].split('"')[0]
    assert vol.post(f"/volunteer/trials/{promote}", data={"csrf_token": vol.csrf}).status_code == 403
    assert lead.post(f"/volunteer/trials/{promote}", data={"csrf_token": lead.csrf},
                     follow_redirects=False).status_code == 303
    page = lead.get(url).text
    assert "promoted" in page and "accepted" in page and "Revert this change" in page


def test_version_history_diff_and_lead_only_rollback(keywords, make_user, client_for):
    from classifiers import load_lexicon

    vol = client_for("val", make_user("val", "volunteer"))
    lead = client_for("lee", make_user("lee", "lead", groups=["general"]))
    assert "No version recorded yet" in vol.get("/volunteer/versions").text
    original = load_lexicon(keywords).version
    url = _previewed(vol)
    assert lead.post(f"{url}/accept", data={"csrf_token": lead.csrf}, follow_redirects=False).status_code == 303
    changed = load_lexicon(keywords).version
    page = vol.get("/volunteer/versions").text
    assert original in page and changed in page and "baseline" in page and "accept" in page
    assert "Roll back" not in page  # volunteers see the history only
    lead_page = lead.get("/volunteer/versions").text
    assert "Roll back to #1" in lead_page and "Roll back to #2" not in lead_page  # #2 is live
    diff = vol.get("/volunteer/versions/2").text
    assert "ivory.yaml" in diff and 'class="diff-add"' in diff and CODE_WORD in diff
    assert vol.get("/volunteer/versions/99").status_code == 404

    assert vol.post("/volunteer/versions/1/rollback", data={"csrf_token": vol.csrf}).status_code == 403
    assert lead.post("/volunteer/versions/1/rollback", data={"csrf_token": "nope"}).status_code == 403
    r = lead.post("/volunteer/versions/1/rollback", data={"csrf_token": lead.csrf, "note": "too broad"},
                  follow_redirects=False)
    assert r.status_code == 303 and load_lexicon(keywords).version == original
    page = lead.get("/volunteer/versions").text
    assert "rollback" in page and "back to #1" in page and "too broad" in page
    again = lead.post("/volunteer/versions/1/rollback", data={"csrf_token": lead.csrf})
    assert again.status_code == 409 and "is what config/keywords holds now" in again.text

"""Volunteers' pages (issue 11) over HTTP: browse, propose (CSRF), preview, lead-only accept,
no contact handles and no above-GREEN cases in what volunteers see, hostile text escaped."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CODE_WORD = "glacier white stock"
FORM = {"op": "add", "term": CODE_WORD, "variants": "glacier-white stock", "category": "ivory", "kind": "name",
        "weight": "0.95", "lang": "en", "reason": "seen in confirmed cases <script>alert(1)</script>",
        "source": "analyst notes", "must_match": "glacier white stock bangle, dm for price",
        "must_not_match": "glacier white paint 5L, matte finish"}
# (lang, title, description, price text, amount, currency): listings the change flips
GREEN_TEXT = ("en", "Glacier white stock bangle GREEN-ONE", "wechat: ivory_lao88 for pics", "$300", "300", "USD")
RED_TEXT = ("en", "Glacier white stock beads RED-ONE", "WhatsApp +44 7700 900123", "$200", "200", "USD")


@pytest.fixture
def keywords(tmp_path, monkeypatch):
    from config.settings import get_settings

    d = tmp_path / "keywords"
    shutil.copytree(ROOT / "config" / "keywords", d)
    monkeypatch.setenv("WILDWATCH_KEYWORDS_DIR", str(d))
    get_settings.cache_clear()
    return d


def _propose(client, **over):
    return client.post("/volunteer/proposals", data={**FORM, "csrf_token": client.csrf, **over},
                       follow_redirects=False)


def test_browse_search_and_propose(keywords, make_user, client_for):
    vol = client_for("val", make_user("val", "volunteer"))
    page = vol.get("/volunteer", params={"q": "netsuke"})
    assert page.status_code == 200 and "netsuke" in page.text and "ivory.yaml:" in page.text
    assert "象牙塔" not in page.text  # filtered by the search
    kinds = vol.get("/volunteer", params={"kind": "benign_context", "category": "ivory"}).text
    assert "象牙塔" in kinds and "象牙制品" not in kinds
    assert _propose(vol, csrf_token="wrong").status_code == 403
    bad = _propose(vol, term="ab.*c")
    assert bad.status_code == 422 and "looks like a regular expression; write literal terms only" in bad.text
    ok = _propose(vol)
    assert ok.status_code == 303
    page = vol.get(ok.headers["location"])
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text and "<script>alert" not in page.text
    assert "Accept" not in page.text  # no lead actions for a volunteer


def test_only_another_lead_accepts_and_the_lexicon_changes(keywords, make_user, client_for):
    from classifiers import load_lexicon

    vol = client_for("val", make_user("val", "volunteer"))
    lead = client_for("lee", make_user("lee", "lead", groups=["general"]))
    url = _propose(vol).headers["location"]
    pid = url.rsplit("/", 1)[1]
    assert vol.post(f"{url}/preview", data={"csrf_token": vol.csrf}, follow_redirects=False).status_code == 303
    assert vol.post(f"{url}/accept", data={"csrf_token": vol.csrf}).status_code == 403
    assert lead.post(f"{url}/accept", data={"csrf_token": "nope"}).status_code == 403
    before = load_lexicon(keywords).version
    r = lead.post(f"{url}/accept", data={"csrf_token": lead.csrf, "note": "ok"}, follow_redirects=False)
    assert r.status_code == 303
    page = lead.get(url).text
    assert "accepted" in page and "Revert this change" in page
    lex = load_lexicon(keywords)
    assert lex.version != before and any(e.term == CODE_WORD for e in lex.entries)
    assert f"proposal {pid} by val" in (keywords / "ivory.yaml").read_text(encoding="utf-8")


def test_volunteers_never_see_contacts_or_above_green_cases(keywords, make_user, client_for, seed_cases):
    from review.cases import decide
    from review.db import session_scope
    from review.models import Case

    green, red = seed_cases(2, texts=[GREEN_TEXT, RED_TEXT])
    with session_scope() as s:
        for cid, tlp in ((green, "GREEN"), (red, "RED")):
            s.get(Case, cid).tlp = tlp
            decide(s, cid, actor="tester", action="confirm", reason_code="named-species")
    vol = client_for("val", make_user("val", "volunteer"))
    url = _propose(vol).headers["location"]
    vol.post(f"{url}/preview", data={"csrf_token": vol.csrf})
    html = vol.get(url).text
    assert "GREEN-ONE" in html and "[contact]" in html  # the GREEN case is shown, its handle masked
    assert "ivory_lao88" not in html and "7700 900123" not in html
    assert "RED-ONE" not in html and "not shown: their sharing level is above GREEN" in html
    assert "<mark>Glacier white stock</mark>" in html

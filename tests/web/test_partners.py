"""Takedown reports in the app: a lead builds, reviews and sends one; a partner sees only its own
platforms' sent reports (pages and API), answers per item; tokens; CSRF; hostile text escaped."""
from __future__ import annotations

import pytest

HOSTILE = ("zh", "象牙 <script>alert(1)</script> 手镯", "<img src=x onerror=alert(2)> 正品象牙 微信 ivory88",
           "¥100", "100", "CNY")


def _confirm_all(client, case_ids):
    for cid in case_ids:
        client.get(f"/cases/{cid}")
        r = client.post(f"/cases/{cid}/decision", data={"action": "confirm", "reason": "named-species", "note": "",
                                                        "csrf_token": client.csrf}, follow_redirects=False)
        assert r.status_code == 303, r.text


@pytest.fixture
def sent(web_store, make_user, client_for, seed_cases):
    """A sent demo-zh report (2 items, one with hostile text) and a sent demo-en report."""
    lead = client_for("lena", make_user("lena", "lead", groups=["general"]))
    zh = seed_cases(1, platform="demo-zh") + seed_cases(1, platform="demo-zh", texts=[HOSTILE])
    en = seed_cases(1, platform="demo-en")
    _confirm_all(lead, zh + en)
    ids = {}
    for platform in ("demo-zh", "demo-en"):
        r = lead.post("/reports", data={"platform": platform, "all": "1", "csrf_token": lead.csrf}, follow_redirects=False)
        assert r.status_code == 303, r.text
        rid = int(r.headers["location"].rsplit("/", 1)[1])
        assert lead.post(f"/reports/{rid}/review", data={"csrf_token": lead.csrf}).status_code == 200
        assert lead.post(f"/reports/{rid}/send", data={"csrf_token": lead.csrf}).status_code == 200
        ids[platform] = rid
    return {"lead": lead, "zh": ids["demo-zh"], "en": ids["demo-en"]}


def test_lead_page_shows_the_report_and_escapes_listing_text(sent):
    page = sent["lead"].get(f"/reports/{sent['zh']}")
    assert page.status_code == 200 and "sent" in page.text
    assert "<script>alert(1)</script>" not in page.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert "<img src=x" not in page.text
    assert "Wildlife Protection Law" in page.text and "STATEMENT_CATEGORY_ANIMAL_WELFARE" in page.text
    assert "/static/reports.css" in page.text and "style=" not in page.text
    assert "Send to" not in page.text and "Remove from report" not in page.text  # sent: no more changes
    csv = sent["lead"].get(f"/reports/{sent['zh']}/report.csv")
    assert csv.text.lstrip("\ufeff").splitlines()[0].startswith("report_id,platform,reference,listing_id,url")


def test_partner_sees_only_its_platform_by_page_and_by_url(sent, make_user, client_for):
    p = client_for("shopzh", make_user("shopzh", "partner", platforms=["demo-zh"]))
    home = p.get("/partner")
    assert f"/partner/reports/{sent['zh']}" in home.text and f"/partner/reports/{sent['en']}" not in home.text
    page = p.get(f"/partner/reports/{sent['zh']}")
    assert page.status_code == 200 and "lena" not in page.text  # no analyst's or lead's name
    for url in (f"/partner/reports/{sent['en']}", f"/partner/reports/{sent['en']}/report.json",
                f"/partner/reports/{sent['en']}/report.csv"):
        assert p.get(url).status_code == 404, url
    assert p.get(f"/reports/{sent['zh']}").status_code == 403  # lead pages are not a partner's
    assert p.get("/queue").status_code == 403


def test_partner_outcome_form_needs_csrf_and_marks_removed(sent, make_user, client_for):
    p = client_for("shopzh", make_user("shopzh", "partner", platforms=["demo-zh"]))
    doc = p.get(f"/partner/reports/{sent['zh']}/report.json").json()
    item = doc["items"][0]["item_id"]
    url = f"/partner/reports/{sent['zh']}/items/{item}/outcome"
    assert p.post(url, data={"outcome": "removed"}).status_code == 403
    assert p.post(url, data={"outcome": "removed", "csrf_token": p.csrf}).status_code == 200
    other = f"/partner/reports/{sent['en']}/items/{item}/outcome"
    assert p.post(other, data={"outcome": "removed", "csrf_token": p.csrf}).status_code == 404
    lead_page = sent["lead"].get(f"/reports/{sent['zh']}")
    assert "partner: removed" in lead_page.text and "said removed after" in lead_page.text


def _token(partner: str) -> str:
    from review import reports
    from review.db import session_scope

    with session_scope() as s:
        return reports.create_token(s, {"id": None, "username": "root", "role": "admin"}, partner)[1]


def test_api_tokens_scope_revocation_and_idempotent_outcome(sent, make_user, anon_client):
    make_user("shopzh", "partner", platforms=["demo-zh"])
    token = _token("shopzh")
    h = {"Authorization": f"Bearer {token}"}
    assert anon_client.get("/api/v1/partner/reports").status_code == 401
    assert anon_client.get("/api/v1/partner/reports", headers={"Authorization": "Bearer wwp_nope"}).status_code == 401
    listed = anon_client.get("/api/v1/partner/reports", headers=h).json()["reports"]
    assert [r["report_id"] for r in listed] == [sent["zh"]]
    assert anon_client.get(f"/api/v1/partner/reports/{sent['en']}", headers=h).status_code == 404
    doc = anon_client.get(f"/api/v1/partner/reports/{sent['zh']}", headers=h).json()
    item = doc["items"][0]["item_id"]
    assert doc["notifier"]["email"] and len(doc["items"]) == 2
    url = f"/api/v1/partner/reports/{sent['zh']}/items/{item}/outcome"
    first = anon_client.post(url, json={"outcome": "removed"}, headers=h).json()
    second = anon_client.post(url, json={"outcome": "removed"}, headers=h).json()
    assert first == second and first["outcome"] == "removed"
    assert anon_client.post(f"/api/v1/partner/reports/{sent['en']}/items/{item}/outcome", json={"outcome": "removed"},
                            headers=h).status_code == 404
    bad = anon_client.post(url, json={"outcome": "not_actioned"}, headers=h)
    assert bad.status_code == 400 and "say why" in bad.json()["error"]

    from review import reports
    from review.db import session_scope

    with session_scope() as s:
        tid = reports.list_tokens(s)[0].id
        reports.revoke_token(s, {"id": None, "username": "root", "role": "admin"}, tid)
        from review.models import AuditEvent
        from sqlalchemy import select

        logged = s.scalars(select(AuditEvent.target).where(AuditEvent.action == "partner_api")).all()
    assert len(logged) >= 6 and any("/outcome" in t for t in logged)
    assert anon_client.get("/api/v1/partner/reports", headers=h).status_code == 401


def test_lead_forms_need_csrf_and_analysts_get_no_report_pages(sent, make_user, client_for):
    assert sent["lead"].post(f"/reports/{sent['zh']}/send", data={}).status_code == 403
    ana = client_for("ana", make_user("ana", "analyst", groups=["general"]))
    assert ana.get("/reports").status_code == 403
    assert ana.get(f"/reports/{sent['zh']}/report.json").status_code == 403

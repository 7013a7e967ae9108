"""`wildwatch reports token add|list|revoke`, `endpoint set|list` and `stats` against the store."""
from __future__ import annotations

import json
from datetime import timedelta

import oversight_seed as seed
import pytest
from click.testing import CliRunner


@pytest.fixture
def store(store_url):
    from review.db import get_engine

    get_engine(store_url)
    return store_url


def _run(*args):
    from cli.main import app

    return CliRunner().invoke(app, ["reports", *args], catch_exceptions=False)


def test_token_add_list_revoke(store):
    from review import accounts, reports
    from review.db import session_scope

    with session_scope() as s:
        accounts.create_user(s, "shopzh", "partner", platforms=["demo-zh"], password=seed.PASSWORD, actor="t")
        accounts.create_user(s, "ana", "analyst", groups=["zh-analysts"], password=seed.PASSWORD, actor="t")
    out = _run("token", "add", "shopzh", "--label", "ticketing")
    assert out.exit_code == 0 and "platforms demo-zh" in out.output
    token = out.output.split("): ")[1].strip()
    with session_scope() as s:
        assert reports.token_scope(s, token)["platforms"] == ("demo-zh",)
    assert _run("token", "add", "ana").exit_code == 1  # not a partner
    listed = [json.loads(line) for line in _run("token", "list", "--json").output.splitlines()]
    assert [(r["partner"], r["platforms"], r["label"], r["revoked_at"]) for r in listed] == [
        ("shopzh", ["demo-zh"], "ticketing", None)]
    assert token not in _run("token", "list").output
    assert _run("token", "revoke", str(listed[0]["id"])).exit_code == 0
    with session_scope() as s:
        assert reports.token_scope(s, token) is None
    assert "revoked" in _run("token", "list").output
    missing = _run("token", "revoke", "999")
    assert missing.exit_code == 1 and "token 999: not found" in missing.output


def test_endpoint_set_and_list(store):
    out = _run("endpoint", "set", "demo-zh", "--email", "tns@zh.example", "--webhook", "https://h.zh.example/p/SECRET")
    assert out.exit_code == 0 and "whsec_" in out.output and "/p/SECRET" not in out.output
    listed = _run("endpoint", "list").output
    assert "demo-zh: e-mail tns@zh.example; webhook https://h.zh.example/…" in listed and "whsec_" not in listed
    bad = _run("endpoint", "set", "demo-zh", "--email", "x")
    assert bad.exit_code == 1 and "emails[0]" in bad.output


def test_stats_time_to_removal(store):
    from review import reports
    from review.db import session_scope
    from review.models import TakedownReport, TakedownReportItem

    with session_scope() as s:
        lead = seed.user(s, "lena", "lead", groups=("zh-analysts",))
        ids = seed.cases(s, 4)
        for cid in ids:
            seed.decide(s, cid, lead, "confirm", "named-species")
        r = reports.create_report(s, lead, "demo-zh")
        reports.mark_reviewed(s, lead, r.id)
        reports.send(s, lead, r.id)
        sent_at = s.get(TakedownReport, r.id).sent_at
        items = sorted(r.items, key=lambda i: i.id)
        # Seen gone by our re-check after 10 h and 100 h; one said removed (2 h), one unanswered.
        for item, hours in zip(items, (10, 100)):
            s.get(TakedownReportItem, item.id).verified_gone_at = sent_at + timedelta(hours=hours)
        reports.set_outcome(s, ("demo-zh",), r.id, items[2].id, "removed", actor="p")
        s.get(TakedownReportItem, items[2].id).removed_at = sent_at + timedelta(hours=2)
    rows = [json.loads(line) for line in _run("stats", "--json").output.splitlines()]
    [row] = rows
    assert row["platform"] == "demo-zh" and row["items"] == 4 and row["answered"] == 1
    assert row["p50_hours"] == 10.0 and row["within_24h"] == 0.5 and row["within_7d"] == 0.75
    text = _run("stats").output
    assert "demo-zh" in text and "50%" in text and "75%" in text
    assert "no sent takedown reports" in _run("stats", "--platform", "demo-en").output

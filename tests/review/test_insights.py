"""Dashboard figures, aggregated in SQL: the same answers on SQLite and PostgreSQL (when
WILDWATCH_TEST_DATABASE_URL is set), for cases and decisions placed at chosen times."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import oversight_seed as seed

NOW = datetime(2026, 12, 9, 12, 0, tzinfo=timezone.utc)  # a Wednesday in ISO week 2026-W50


@pytest.fixture
def world(store_url, monkeypatch):
    from config.settings import get_settings
    from review.db import session_scope

    monkeypatch.setenv("WILDWATCH_QA_DECISION_RATE", "0")
    get_settings.cache_clear()
    mon50 = datetime(2026, 12, 7, 10, 0, tzinfo=timezone.utc)  # Monday of W50
    sun49 = datetime(2026, 12, 6, 23, 30, tzinfo=timezone.utc)  # last minutes of W49
    with session_scope() as s:
        u = {n: seed.user(s, n, r, g) for n, r, g in [("ana", "analyst", ["zh-analysts"]),
                                                      ("eve", "analyst", ["en-analysts"]),
                                                      ("lee", "lead", ["zh-analysts"]), ("root", "admin", []),
                                                      ("pat", "partner", [])]}
        zh_ivory = seed.cases(s, 4, categories=["ivory"], created_at=sun49)
        zh_mixed = seed.cases(s, 2, categories=["ivory", "pangolin"], created_at=mon50)
        zh_none = seed.cases(s, 1, categories=[], created_at=mon50)
        en = seed.cases(s, 3, group="en-analysts", platform="demo-en", categories=["tiger"], created_at=mon50)
        # first decisions at known delays after opening
        ana = u["ana"]
        seed.decision_at(s, zh_ivory[0], ana, "confirm", sun49 + timedelta(seconds=60), "confirmed", "named-species")
        seed.decision_at(s, zh_ivory[1], ana, "dismiss", sun49 + timedelta(seconds=120), "dismissed", "look-alike")
        seed.decision_at(s, zh_ivory[2], ana, "suspicious", sun49 + timedelta(seconds=600), "suspicious", "needs-more")
        # a later decision does not change the time to the first one
        seed.decision_at(s, zh_ivory[2], ana, "confirm", sun49 + timedelta(hours=5), "confirmed", "named-species")
        seed.decision_at(s, zh_mixed[0], ana, "confirm", mon50 + timedelta(seconds=30), "confirmed", "trade-cue")
        seed.decision_at(s, zh_mixed[1], ana, "dismiss", mon50 + timedelta(seconds=3000), "dismissed", "look-alike")
        seed.decision_at(s, zh_ivory[3], ana, "note", mon50, reason="a note is not a decision")
        seed.decision_at(s, en[0], u["eve"], "confirm", mon50 + timedelta(seconds=45), "confirmed", "named-species")
    return {"u": u, "zh_none": zh_none, "mon50": mon50}


def _dash(user):
    from review.db import session_scope
    from review.insights import dashboard

    with session_scope(readonly=True) as s:
        return dashboard(s, user, weeks=3, now=NOW)


def test_weekly_flagged_and_confirmed_by_platform_and_category(world):
    lee, root = world["u"]["lee"], world["u"]["root"]
    w = _dash(lee)["weekly"]
    assert w["weeks"] == ["2026-W48", "2026-W49", "2026-W50"]
    assert w["flagged_by_platform"] == {"demo-zh": [0, 4, 3]}
    assert w["flagged_by_category"] == {"ivory": [0, 4, 2], "pangolin": [0, 0, 2], "(none)": [0, 0, 1]}
    assert list(w["flagged_by_category"]) == ["ivory", "pangolin", "(none)"]  # largest first
    # confirmed by the week of the decision: zh_ivory[0] on Sunday W49, the others in W50
    assert w["confirmed_by_platform"] == {"demo-zh": [0, 1, 2]}
    assert w["confirmed_by_category"] == {"ivory": [0, 1, 2], "pangolin": [0, 0, 1]}
    everything = _dash(root)["weekly"]
    assert everything["flagged_by_platform"] == {"demo-zh": [0, 4, 3], "demo-en": [0, 0, 3]}


def test_queue_depth_and_oldest_age(world):
    q = {g["group"]: g for g in _dash(world["u"]["root"])["queues"]}
    zh = q["zh-analysts"]
    # zh: 7 cases; confirmed 3, dismissed 2 -> open: zh_ivory[3] (pending), zh_none (pending)
    assert zh["depth"] == 2 and zh["by_status"]["pending"] == 2 and zh["by_status"]["suspicious"] == 0
    assert zh["oldest_at"] == datetime(2026, 12, 6, 23, 30, tzinfo=timezone.utc)
    assert zh["oldest_age_s"] == (NOW - zh["oldest_at"]).total_seconds() == 2 * 86400 + 12.5 * 3600
    assert q["en-analysts"]["depth"] == 2
    assert [g["group"] for g in _dash(world["u"]["ana"])["queues"]] == ["zh-analysts"]


def test_time_to_first_decision_percentiles(world):
    t = _dash(world["u"]["root"])["time_to_decision"]
    per = {g["group"]: g for g in t["per_group"]}
    # zh first decisions after 60, 120, 600, 30, 3000 s -> sorted 30, 60, 120, 600, 3000
    # nearest rank: p50 = rank ceil(2.5) = 3 -> 120; p95 = rank ceil(4.75) = 5 -> 3000
    assert per["zh-analysts"]["n"] == 5
    assert per["zh-analysts"]["p50_s"] == pytest.approx(120, abs=0.01)
    assert per["zh-analysts"]["p95_s"] == pytest.approx(3000, abs=0.01)
    assert per["en-analysts"] == {"group": "en-analysts", "n": 1, "p50_s": pytest.approx(45, abs=0.01),
                                  "p95_s": pytest.approx(45, abs=0.01)}
    # overall: 30, 45, 60, 120, 600, 3000 -> p50 rank 3 = 60, p95 rank 6 = 3000
    assert t["overall"]["n"] == 6 and t["overall"]["p50_s"] == pytest.approx(60, abs=0.01)
    # per week of the decision: W49 has zh_ivory[0..2] (60, 120, 600), W50 the other three
    assert t["weeks"] == ["2026-W48", "2026-W49", "2026-W50"]
    assert [w["n"] for w in t["per_week"]] == [0, 3, 3]
    assert t["per_week"][1]["p50_s"] == pytest.approx(120, abs=0.01)
    assert t["per_week"][0]["p50_s"] is None


def test_precision_per_category_as_decided(world):
    p = {c["category"]: c for c in _dash(world["u"]["lee"])["precision"]}
    # ivory: confirmed zh_ivory[0], zh_ivory[2], zh_mixed[0]; dismissed zh_ivory[1], zh_mixed[1]
    assert (p["ivory"]["confirmed"], p["ivory"]["dismissed"], p["ivory"]["n"]) == (3, 2, 5)
    assert p["ivory"]["precision"] == pytest.approx(0.6)
    assert (p["pangolin"]["n"], p["pangolin"]["precision"]) == (2, pytest.approx(0.5))
    assert "tiger" not in p and "(none)" not in p  # another group; an undecided case
    everything = {c["category"]: c for c in _dash(world["u"]["root"])["precision"]}
    assert (everything["tiger"]["n"], everything["tiger"]["precision"]) == (1, 1.0)


def test_partners_see_no_dashboard(world):
    with pytest.raises(PermissionError):
        _dash(world["u"]["pat"])

"""The store: Alembic builds exactly the models' schema; uniqueness and the append-only audit log
are enforced by the database itself (SQLite always, PostgreSQL when configured)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError, IntegrityError


def _item(listing_id: str, title: str = "象牙手镯", when: str = "2026-11-22T01:00:00+00:00") -> dict:
    from workers.items import clean_item

    return clean_item({"platform": "demo-zh", "listing_id": listing_id, "title": title, "description": "d",
                       "url": f"http://x/{listing_id}", "fetched_at": when}, 0)


def test_migrations_build_the_models_schema(store_url):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from review.db import current_revision, get_engine
    from review.models import Base

    from alembic.script import ScriptDirectory

    from review.db import alembic_config

    engine = get_engine()
    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    assert head == "0011" and current_revision(engine) == head
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_upgrade_is_idempotent(store_url):
    from review.db import get_engine, upgrade

    engine = get_engine()
    upgrade(engine)  # a second run (another process starting) is a no-op
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1


def test_listing_stored_once_and_versions_by_content(store_url):
    from review.db import session_scope
    from review.intake import store_listings
    from review.models import Listing, ListingVersion

    with session_scope() as s:
        a = store_listings(s, [_item("1"), _item("2")])
    with session_scope() as s:
        b = store_listings(s, [_item("1"), _item("2")])
        c = store_listings(s, [_item("1", title="象牙手镯 降价", when="2026-11-22T03:00:00+00:00")])
    assert a == b and c[0] not in a
    with session_scope() as s:
        assert s.scalar(select(text("count(*)")).select_from(Listing)) == 2
        assert s.scalar(select(text("count(*)")).select_from(ListingVersion)) == 3
        one = s.scalars(select(Listing).where(Listing.external_id == "1")).one()
        assert one.current_version_id == c[0]


def _case(s):
    from review.intake import open_cases, store_assessments, store_listings

    [vid] = store_listings(s, [_item("9")])
    ids = store_assessments(s, [{"listing_version_id": vid, "lexicon_version": "l", "model_version": "m",
                                 "score": 0.9, "label": "illegal", "flagged": True, "categories": ["ivory"],
                                 "matches": [], "cues": [], "contacts": [], "explanation": ""}])
    from review.models import ListingVersion

    lid = s.get(ListingVersion, vid).listing_id
    routed = [{"listing_id": lid, "assessment_id": ids[vid], "version_id": vid, "group": "zh-analysts",
               "priority": "high", "rule": "r", "capture": None, "fetched_at": None}]
    return open_cases(s, routed, {"zh-analysts": ["webhook"]}), routed


def test_a_case_is_created_once_with_one_route_decision(store_url):
    from review.db import session_scope
    from review.intake import open_cases
    from review.models import Case, Decision, Notification

    with session_scope() as s:
        first, routed = _case(s)
    with session_scope() as s:
        again = open_cases(s, routed, {"zh-analysts": ["webhook"]})
    assert first == again
    with session_scope() as s:
        assert len(s.scalars(select(Case)).all()) == 1
        assert [d.action for d in s.scalars(select(Decision))] == ["route"]
        assert len(s.scalars(select(Notification)).all()) == 1


def test_decisions_are_append_only(store_url):
    from review.db import get_engine, session_scope
    from review.models import Decision

    with session_scope() as s:
        [case_id], _ = _case(s)
        s.add(Decision(case_id=case_id, actor="alice", action="confirm", from_status="pending",
                       to_status="confirmed", reason="tusk visible", created_at=datetime.now(timezone.utc)))
    engine = get_engine()
    for sql in ("UPDATE decisions SET reason = 'changed'", "DELETE FROM decisions"):
        with pytest.raises(DatabaseError, match="append-only"):
            with engine.begin() as conn:
                conn.execute(text(sql))
    with session_scope() as s:
        assert sorted(d.actor for d in s.scalars(select(Decision))) == ["alice", "system"]
        assert all(d.reason != "changed" for d in s.scalars(select(Decision)))


def test_case_status_is_checked(store_url):
    from review.db import get_engine, session_scope

    with session_scope() as s:
        _case(s)
    with pytest.raises(IntegrityError):
        with get_engine().begin() as conn:
            conn.execute(text("UPDATE cases SET status = 'whatever'"))


def test_sqlite_store_uses_wal(store_url):
    from review.db import get_engine

    engine = get_engine()
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite only")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_decide_changes_status_and_appends_to_the_audit_log(store_url):
    from review.cases import DecisionError, decide
    from review.db import session_scope
    from review.models import Case, Decision

    with session_scope() as s:
        [case_id], _ = _case(s)
    with session_scope() as s:
        decide(s, case_id, actor="alice", action="escalate", reason="seller network", reason_code="cross-platform-network")
        decide(s, case_id, actor="bob", action="confirm", reason="tusk grain visible", reason_code="photo-shows")
    with pytest.raises(DecisionError, match="cannot confirm a case that is confirmed"):
        with session_scope() as s:
            decide(s, case_id, actor="carol", action="confirm", reason_code="named-species")
    with pytest.raises(DecisionError, match="reason: required to dismiss"):
        with session_scope() as s:
            decide(s, case_id, actor="carol", action="dismiss")
    with pytest.raises(DecisionError, match="action 'delete'"):
        with session_scope() as s:
            decide(s, case_id, actor="carol", action="delete")
    with session_scope(readonly=True) as s:
        assert s.get(Case, case_id).status == "confirmed"
        log = [(d.actor, d.action, d.from_status, d.to_status) for d in
               s.scalars(select(Decision).where(Decision.case_id == case_id).order_by(Decision.id))]
    assert log == [("system", "route", None, "pending"), ("alice", "escalate", "pending", "escalated"),
                   ("bob", "confirm", "escalated", "confirmed")]

"""The pipeline end to end with a real Redis and a real store: ingest -> classify -> route."""
from __future__ import annotations

import pytest
from pipeline_helpers import counts, drain, make_items
from workers.queues import queue


def _ingest(conn, items):
    return queue("ingest", conn).enqueue("workers.jobs.ingest_batch", items)


def test_batch_is_stored_classified_and_routed_once(redis_conn, store_url):
    items = make_items(40)
    _ingest(redis_conn, items)
    drain(redis_conn)
    first = counts()
    assert first["listings"] == 40 and first["listing_versions"] == 40 and first["assessments"] == 40
    assert first["cases"] == 10  # every 4th item is ivory
    assert first["decisions"] == 10  # one audit entry ("route") per case

    # The same batch again (a crawler re-run, a duplicate enqueue): nothing new.
    _ingest(redis_conn, items)
    _ingest(redis_conn, items[:7])
    drain(redis_conn)
    assert counts() == first


def test_cases_land_in_the_routed_group(redis_conn, store_url):
    from sqlalchemy import select

    from review.db import session_scope
    from review.models import Case

    items = make_items(8)
    live = dict(items[1], listing_id="LIVE", title="活体穿山甲 幼崽 出售", description="活体 穿山甲 可视频")
    _ingest(redis_conn, items + [live])
    drain(redis_conn)
    with session_scope() as s:
        rows = {c.listing.external_id: (c.reviewer_group, c.priority, c.routing_rule) for c in s.scalars(select(Case))}
    assert rows["L0"][0] == "zh-analysts" and rows["L0"][1] == "high"
    assert rows["LIVE"][:2] == ("live-animals", "urgent")


def test_malformed_items_are_recorded_and_the_rest_stored(redis_conn, store_url):
    from sqlalchemy import select

    from review.db import session_scope
    from review.models import IngestError

    items = make_items(10)
    items[3] = dict(items[3], listing_id=None)
    items[6] = dict(items[6], price_amount="a lot")
    items.insert(8, "not a mapping")
    job = _ingest(redis_conn, items)
    drain(redis_conn)
    c = counts()
    assert c["listings"] == 8
    with session_scope() as s:
        errors = [(e.batch_id, e.position, e.field) for e in s.scalars(select(IngestError).order_by(IngestError.position))]
    assert errors == [(job.id, 3, "listing_id"), (job.id, 6, "price_amount"), (job.id, 8, None)]


def test_changed_listing_gets_a_new_version_not_a_new_listing(redis_conn, store_url):
    from sqlalchemy import select

    from review.db import session_scope
    from review.models import Listing

    items = make_items(4)
    _ingest(redis_conn, items)
    drain(redis_conn)
    edited = [dict(items[1], description="改了描述", fetched_at="2026-11-22T02:00:00+00:00")]
    _ingest(redis_conn, edited)
    drain(redis_conn)
    c = counts()
    assert c["listings"] == 4 and c["listing_versions"] == 5 and c["assessments"] == 5
    with session_scope() as s:
        listing = s.scalars(select(Listing).where(Listing.external_id == "L1")).one()
        assert [v.description for v in listing.versions][-1] == "改了描述"
        assert listing.current_version_id == listing.versions[-1].id


def test_below_threshold_listings_are_sampled_for_qa(redis_conn, store_url, tmp_path, monkeypatch):
    from sqlalchemy import func, select

    from config.settings import get_settings
    from review.db import session_scope
    from review.models import QASample

    routing = tmp_path / "routing.yaml"
    text = (get_settings().routing_file).read_text(encoding="utf-8")
    routing.write_text(text.replace("qa_sample_rate: 0.02", "qa_sample_rate: 1.0"), encoding="utf-8")
    monkeypatch.setenv("WILDWATCH_ROUTING_FILE", str(routing))
    get_settings.cache_clear()
    _ingest(redis_conn, make_items(12))
    drain(redis_conn)
    with session_scope() as s:
        assert s.scalar(select(func.count()).select_from(QASample)) == 9  # all 9 not flagged


def test_ingest_rejects_a_batch_that_is_not_a_list(redis_conn, store_url):
    from workers.jobs import ingest_batch

    with pytest.raises(TypeError, match="list of items"):
        ingest_batch({"platform": "x"})

"""review/bulk.py writes a batch's rows by hand (PostgreSQL: unnested arrays; SQLite: one
multi-row INSERT with the columns' bind processors). What it stores must be what SQLAlchemy's own
INSERT stores: the same text in every column (JSON as the json module writes it, None in a JSON
column as JSON null, times and money as the engine keeps them), the same defaults for columns left
out, and ON CONFLICT / RETURNING the same (SQLite always, PostgreSQL when
WILDWATCH_TEST_DATABASE_URL is set)."""
from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import String, cast, select


def _rows(listing_id: int, start: int) -> list[dict]:
    when = datetime(2026, 12, 6, 13, 5, 7, 123456, tzinfo=timezone.utc)
    return [{"listing_id": listing_id, "content_sha256": f"{start + i:064x}", "crawler_version": 1,
             "title": f"象牙手镯 #{i} \"quoted\" \\ back", "description": "多行\n描述 ✓", "price_text": "¥880",
             "price_amount": Decimal("880.1234") if i % 2 else None, "currency": "CNY", "location": None,
             "category": None, "lang": "zh", "images": ["http://x/1.jpg"] if i % 2 else [], "missing": None,
             "capture": {"warc_file": "a.warc.gz", "n": i, "ok": True, "nested": {"zh": "象牙"}} if i % 3 else None,
             "posted_at": None, "fetched_at": when, "created_at": when} for i in range(5)]


def _stored_as_text(s, table, listing_id: int) -> list[tuple]:
    cols = [c for c in table.c if c.name not in ("id", "listing_id")]
    return [tuple(r) for r in s.execute(
        select(*[cast(c, String) for c in cols]).where(table.c.listing_id == listing_id)
        .order_by(table.c.content_sha256)).all()]


def test_bulk_insert_stores_what_sqlalchemy_stores(store_url):
    from review.db import session_scope
    from review.intake import insert, insert_rows, platform_ids
    from review.models import Listing, ListingVersion

    V = ListingVersion.__table__
    with session_scope() as s:
        pid = platform_ids(s, ["demo-zh"])["demo-zh"]
        a, b = (s.execute(insert(s, Listing.__table__).returning(Listing.__table__.c.id),
                          [{"platform_id": pid, "external_id": e}]).scalar_one() for e in ("a", "b"))
        s.execute(insert(s, V), _rows(a, 0))  # SQLAlchemy's own INSERT
        returned = insert_rows(s, V, _rows(b, 0), ["listing_id", "content_sha256"], (V.c.content_sha256, V.c.id))
    with session_scope(readonly=True) as s:
        assert _stored_as_text(s, V, a) == _stored_as_text(s, V, b)
        ids = dict(s.execute(select(V.c.content_sha256, V.c.id).where(V.c.listing_id == b)).all())
    assert dict(returned) == ids and len(ids) == 5

    with session_scope() as s:  # conflicts: nothing inserted, nothing returned, the rest inserted
        again = insert_rows(s, V, _rows(b, 3), ["listing_id", "content_sha256"], (V.c.content_sha256, V.c.id))
    assert sorted(h for h, _ in again) == [f"{i:064x}" for i in (5, 6, 7)]


def test_columns_left_out_get_their_defaults(store_url):
    from review.db import session_scope
    from review.intake import insert_rows, store_listings
    from review.models import Assessment

    from crawler.listing import check_listing

    A = Assessment.__table__
    with session_scope() as s:
        [vid] = store_listings(s, [check_listing({"platform": "demo-zh", "listing_id": "d1", "title": "象牙",
                                                  "url": "http://x/d1", "fetched_at": "2026-12-06T00:00:00Z"})])
        insert_rows(s, A, [{"listing_version_id": vid, "lexicon_version": "l", "model_version": "m", "score": 0.5,
                            "label": "benign", "flagged": False}])
    with session_scope(readonly=True) as s:
        categories, created, matches = s.execute(
            select(A.c.categories, A.c.created_at, cast(A.c.matches, String)).where(A.c.listing_version_id == vid)).one()
    assert categories == [] and created is not None  # default=list, default=utcnow
    assert matches is None  # no default: NULL, as SQLAlchemy leaves it

"""The store keeps the listing contract: amounts come back as the exact Decimals that went in, text
the engines refuse is stored, and a late batch cannot turn a listing back to an older version
(SQLite always, PostgreSQL when WILDWATCH_TEST_DATABASE_URL is set)."""
from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select

AMOUNTS = ["12.50", "0.0001", "1234567.89", "99999999999.9999", "0", "2800"]


def _listing(listing_id: str, when: str, title: str = "象牙手镯", **fields) -> dict:
    from crawler.listing import check_listing

    return check_listing({"platform": "demo-zh", "listing_id": listing_id, "title": title,
                          "url": f"http://x/{listing_id}", "fetched_at": when, **fields})


def _utc(value: datetime) -> datetime:
    """SQLite gives times back without an offset; they are UTC (the contract stores UTC)."""
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


@pytest.mark.filterwarnings("error::sqlalchemy.exc.SAWarning")  # no "Decimal on SQLite" warning either
def test_amounts_round_trip_exactly(store_url):
    from crawler.listing import amount_text
    from review.db import session_scope
    from review.intake import store_listings, versions_for_classifier
    from review.models import ListingVersion

    items = [_listing(str(i), "2026-11-22T01:00:00Z", price_amount=a, price_text=f"¥{a}")
             for i, a in enumerate(AMOUNTS)]
    items.append(_listing("none", "2026-11-22T01:00:00Z"))
    with session_scope() as s:
        ids = store_listings(s, items)
    with session_scope(readonly=True) as s:
        stored = {v.id: v.price_amount for v in s.scalars(select(ListingVersion))}
        for_classifier = {v["version_id"]: v["price"] for v in versions_for_classifier(s, ids)}
    for vid, amount in zip(ids, AMOUNTS + [None]):
        for got in (stored[vid], for_classifier[vid]):
            if amount is None:
                assert got is None
                continue
            assert isinstance(got, Decimal) and got == Decimal(amount), (amount, got)
            assert amount_text(got) == amount_text(Decimal(amount))


def test_text_with_nul_and_lone_surrogates_is_stored(store_url):
    from review.db import session_scope
    from review.intake import store_listings
    from review.models import ListingVersion

    with session_scope() as s:
        [vid] = store_listings(s, [_listing("1", "2026-11-22T01:00:00Z", title="ivory\x00 \ud83d bangle",
                                            description="微信\x00联系")])
    with session_scope(readonly=True) as s:
        v = s.get(ListingVersion, vid)
        assert (v.title, v.description) == ("ivory\ufffd \ufffd bangle", "微信\ufffd联系")


def _state(external_id: str):
    from review.db import session_scope
    from review.models import Listing

    with session_scope(readonly=True) as s:
        row = s.scalars(select(Listing).where(Listing.external_id == external_id)).one()
        return row.current_version_id, _utc(row.first_seen_at), _utc(row.last_seen_at), row.url


def test_an_older_batch_after_a_newer_one_leaves_the_newest_current(store_url):
    from review.db import session_scope
    from review.intake import store_listings

    old = [_listing("1", "2026-11-22T01:00:00Z", url="http://x/old"),
           _listing("2", "2026-11-22T01:00:00Z", title="纯棉T恤")]
    new = [_listing("1", "2026-11-22T03:00:00Z", title="象牙手镯 降价", url="http://x/new"),
           _listing("2", "2026-11-22T03:00:00Z", title="纯棉T恤")]
    with session_scope() as s:
        [new_vid, _] = store_listings(s, new)
    with session_scope() as s:
        [old_vid, _] = store_listings(s, old)  # the retry of an earlier batch comes last
    assert old_vid != new_vid
    current, first, last, url = _state("1")
    assert (current, last, url) == (new_vid, datetime(2026, 11, 22, 3, tzinfo=timezone.utc), "http://x/new")
    assert first == datetime(2026, 11, 22, 1, tzinfo=timezone.utc)  # first seen does move back
    assert _state("2")[2] == datetime(2026, 11, 22, 3, tzinfo=timezone.utc)  # unchanged content: still not back
    with session_scope() as s:  # the newer batch again (a retry): same state, idempotent
        assert store_listings(s, new)[0] == new_vid
    assert _state("1") == (new_vid, first, last, "http://x/new")


def test_within_one_batch_the_newest_sighting_wins_whatever_the_order(store_url):
    from review.db import session_scope
    from review.intake import store_listings

    batch = [_listing("1", "2026-11-22T03:00:00Z", title="v3", url="http://x/3"),
             _listing("1", "2026-11-22T01:00:00Z", title="v1", url="http://x/1"),
             _listing("1", "2026-11-22T02:00:00Z", title="v2", url="http://x/2")]
    with session_scope() as s:
        v3, v1, v2 = store_listings(s, batch)
    assert len({v1, v2, v3}) == 3
    assert _state("1") == (v3, datetime(2026, 11, 22, 1, tzinfo=timezone.utc),
                           datetime(2026, 11, 22, 3, tzinfo=timezone.utc), "http://x/3")


def test_times_with_an_offset_are_compared_as_utc(store_url):
    from review.db import session_scope
    from review.intake import store_listings

    with session_scope() as s:  # 10:00+08:00 is 02:00 UTC: older than 03:00 UTC
        [newer] = store_listings(s, [_listing("1", "2026-11-22T03:00:00Z", title="newer")])
        store_listings(s, [_listing("1", "2026-11-22T10:00:00+08:00", title="older")])
    assert _state("1")[0] == newer and _state("1")[2] == datetime(2026, 11, 22, 3, tzinfo=timezone.utc)


def test_the_platform_category_is_stored_and_reaches_the_classifier(store_url):
    from crawler.listing import check_listing
    from review.db import session_scope
    from review.intake import store_listings, versions_for_classifier
    from workers.jobs import classifier_input

    item = check_listing({"platform": "demo-en", "listing_id": "cat-1", "url": "http://x/cat-1",
                          "title": "Tiger plush, 30 cm", "category": "Toys > Plush",
                          "fetched_at": "2026-12-01T00:00:00Z"})
    with session_scope() as s:
        [vid] = store_listings(s, [item])
        [row] = versions_for_classifier(s, [vid])
    assert row["category"] == "Toys > Plush"
    assert classifier_input(row)["category"] == "Toys > Plush"

"""The listing contract bounds every field to its store column (issue 15): impossible times,
language codes, versions and capture records are refused with the field named; text is cleaned."""
from __future__ import annotations

import pytest

from crawler.listing import ListingError, check_listing, parse_posted_at

BASE = {"platform": "t", "listing_id": "1", "url": "http://127.0.0.1/1", "title": "x"}


@pytest.mark.parametrize("change, field, words", [
    ({"posted_at": 1e20}, "posted_at", "not a usable time"),  # OverflowError before
    ({"posted_at": float("nan")}, "posted_at", "not a usable time"),
    ({"posted_at": "9999-12-31T23:00:00-05:00"}, "posted_at", "not a usable time"),
    ({"fetched_at": "0001-01-01T00:00:00+05:00"}, "fetched_at", "not a usable time"),
    ({"posted_at": "1900-01-01T00:00:00Z"}, "posted_at", "impossible time"),
    ({"posted_at": "2999-01-01T00:00:00Z"}, "posted_at", "impossible time"),
    ({"lang": "x" * 500}, "lang", "language code"),
    ({"lang": "z\x00"}, "lang", "language code"),
    ({"version": 2**31}, "version", "between 0 and"),
    ({"capture": {"a": [[[[[[[[[[1]]]]]]]]]]}}, "capture", "nested deeper"),
    ({"capture": {"v": float("inf")}}, "capture", "not finite"),
    ({"capture": {"h": "x" * 70_000}}, "capture", "longer than"),
])
def test_unstorable_fields_are_refused_by_name(change, field, words):
    with pytest.raises(ListingError) as err:
        check_listing({**BASE, **change})
    assert err.value.field == field and words in err.value.message
    assert "\x00" not in str(err.value)


def test_text_lists_and_capture_are_cleaned_and_bounded():
    out = check_listing({**BASE, "title": "a\ud800b\x00", "lang": "zh-Hant", "version": 3,
                         "images": ["http://h/\x00.jpg"] * 1000, "missing": ["title"] * 100,
                         "capture": {"headers": {"K\udfff": "v\x00"}}})
    assert out["title"] == "a\ufffdb\ufffd" and out["lang"] == "zh-Hant"
    assert len(out["images"]) == 200 and out["images"][0] == "http://h/\ufffd.jpg"
    assert len(out["missing"]) < 100
    assert out["capture"] == {"headers": {"K\ufffd": "v\ufffd"}}


def test_page_times_that_ingest_would_refuse_become_gaps():
    """A hostile or odd page time is a gap in the listing (posted_at None), never a lost listing."""
    assert parse_posted_at("12:00", "UTC", ["%H:%M"]) is None  # reads as 1900
    assert parse_posted_at("9999-12-31T23:00", "America/New_York", []) is None  # OverflowError before
    assert parse_posted_at("2026-10-01 12:00", "Asia/Shanghai", []) == "2026-10-01T04:00:00Z"

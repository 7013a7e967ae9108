"""review.notifications and review.rechecks: the functions the notify and re-check workers use.
Idempotent marks (a retried job changes nothing) and id lists longer than one IN chunk."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import select

T0 = datetime(2026, 11, 22, 1, 0, tzinfo=timezone.utc)


def _cases(n: int, channels=("webhook", "email"), group: str = "g") -> list[int]:
    from review.db import session_scope
    from review.intake import open_cases, store_assessments, store_listings
    from review.models import ListingVersion
    from workers.items import clean_item

    items = [clean_item({"platform": "demo-zh", "listing_id": f"L{i}", "title": f"象牙手镯 {i}", "description": "d",
                         "url": f"http://127.0.0.1:9/item/{i}", "fetched_at": T0.isoformat()}, i) for i in range(n)]
    with session_scope() as s:
        vids = store_listings(s, items)
        ids = store_assessments(s, [{"listing_version_id": v, "lexicon_version": "l", "model_version": "m",
                                     "score": 0.9, "label": "illegal", "flagged": True, "categories": ["ivory"],
                                     "matches": [], "cues": [], "contacts": [], "explanation": ""} for v in vids])
        lids = dict(s.execute(select(ListingVersion.id, ListingVersion.listing_id)).all())
        routed = [{"listing_id": lids[v], "assessment_id": ids[v], "version_id": v, "group": group,
                   "priority": "high", "rule": "r", "capture": None, "fetched_at": None} for v in vids]
        return open_cases(s, routed, {group: list(channels)})


def _notifications() -> dict:
    from review.db import session_scope
    from review.models import Notification

    with session_scope(readonly=True) as s:
        return {n.id: (n.sent_at, n.attempts, n.last_error) for n in s.scalars(select(Notification))}


def test_pending_notifications_are_marked_once_over_several_chunks(store_url):
    from review import notifications

    cases = _cases(450)
    pending = notifications.pending("g")
    assert len(pending) == 900 and notifications.pending("other") == []
    assert [p["case_id"] for p in pending] == sorted(p["case_id"] for p in pending)
    assert {p["case_id"] for p in pending} == set(cases)
    assert pending[0]["platform"] == "demo-zh" and pending[0]["title"].startswith("象牙手镯")
    hooks = [p["notification_id"] for p in pending if p["channel"] == "webhook"]
    mails = [p["notification_id"] for p in pending if p["channel"] == "email"]

    assert notifications.mark_failed(hooks, "HTTP 500 " + "x" * 5000) == 450
    assert notifications.mark_sent(mails, at=T0) == 450
    rows = _notifications()
    assert all(rows[i][:2] == (None, 1) and len(rows[i][2]) == notifications.MAX_ERROR for i in hooks)
    assert {p["notification_id"] for p in notifications.pending("g")} == set(hooks)

    assert notifications.mark_sent(hooks, at=T0 + timedelta(minutes=5)) == 450
    # A retried job marking again changes nothing: first send time kept, no extra attempt.
    assert notifications.mark_sent(hooks + mails, at=T0 + timedelta(hours=1)) == 0
    assert notifications.mark_failed(mails, "late") == 0
    rows = _notifications()
    fix = lambda d: d if d.tzinfo else d.replace(tzinfo=timezone.utc)  # noqa: E731 (SQLite drops tz)
    assert {fix(rows[i][0]) for i in mails} == {T0} and {rows[i][1] for i in mails} == {1}
    assert {fix(rows[i][0]) for i in hooks} == {T0 + timedelta(minutes=5)}
    assert {(rows[i][1], rows[i][2]) for i in hooks} == {(2, None)}
    assert notifications.pending("g") == []


def _report(case_ids: list[int], status: str) -> list[int]:
    from review.db import session_scope
    from review.models import Case, TakedownReport, TakedownReportItem

    with session_scope() as s:
        report = TakedownReport(platform_id=s.get(Case, case_ids[0]).listing.platform_id, status=status)
        s.add(report)
        s.flush()
        items = [TakedownReportItem(report_id=report.id, case_id=c) for c in case_ids]
        s.add_all(items)
        s.flush()
        return [i.id for i in items]


def test_recheck_rounds_are_recorded_once(store_url):
    from review import rechecks
    from review.db import session_scope
    from review.models import Listing, TakedownReportItem

    cases = _cases(420, channels=())
    sent = _report(cases[:410], "sent")
    _report(cases[410:], "draft")  # not sent yet: nothing to re-check
    due = rechecks.due(limit=1000)
    assert [d["item_id"] for d in due] == sorted(sent)
    assert due[0]["url"] == "http://127.0.0.1:9/item/0"

    gone, still = sent[:405], sent[405:]
    rechecks.record(gone, still, at=T0)
    rechecks.record(gone, [], at=T0 + timedelta(hours=1))  # the same round again (a retried job)
    assert [d["item_id"] for d in rechecks.due(limit=1000)] == still
    assert len(rechecks.due(limit=2)) == 2

    fix = lambda d: d if d.tzinfo else d.replace(tzinfo=timezone.utc)  # noqa: E731 (SQLite drops tz)
    with session_scope(readonly=True) as s:
        items = {i.id: i for i in s.scalars(select(TakedownReportItem))}
        listings = {lst.external_id: (lst.status, lst.gone_at and fix(lst.gone_at)) for lst in s.scalars(select(Listing))}
    assert {fix(items[i].verified_gone_at) for i in gone} == {T0}
    assert all(items[i].verified_gone_at is None and fix(items[i].last_checked_at) == T0 for i in still)
    assert sum(1 for st, at in listings.values() if st == "gone" and at == T0) == 405
    assert listings["L0"] == ("gone", T0) and listings["L409"][0] == "active" and listings["L419"][0] == "active"

    # Never-checked items come first, then the longest unchecked.
    more = _report(cases[410:412], "acknowledged")
    assert [d["item_id"] for d in rechecks.due(limit=1000)] == more + still

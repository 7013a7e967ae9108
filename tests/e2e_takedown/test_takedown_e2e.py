"""End to end: cases of listings served by the demo marketplace are confirmed in the app, a lead
builds, reviews and sends a takedown report; a real worker process takes the delivery job from
Redis and POSTs the signed report to the marketplace's takedown desk, which removes the
listings; the re-check job (in a worker process too) sees them gone, the report's items show it
and time to removal is computed - on the lead's pages and in the stats."""
from __future__ import annotations

from sqlalchemy import select

from takedown_helpers import pipeline


def seed_demo_cases(sites, n: int = 2, group: str = "general") -> list[int]:
    """Cases for the first n illegal zh listings of the demo site, stored through review.intake
    with their real URLs (what a crawl of the site would store)."""
    from crawler.listing import check_listing
    from review.db import session_scope
    from review.intake import open_cases, store_assessments, store_listings
    from review.models import ListingVersion

    rows = [r for r in sites.listings if r["site"] == "zh" and r["label"] == "illegal"][:n]
    items = [check_listing({"platform": "demo-zh", "listing_id": r["id"], "url": r["url"], "title": r["title"],
                            "description": r.get("description"), "seller_id": r["seller_id"],
                            "seller_name": r["seller_name"], "price_text": r.get("price"), "lang": "zh",
                            "fetched_at": "2026-11-22T01:00:00+00:00"}) for r in rows]
    with session_scope() as s:
        vids = store_listings(s, items)
        aids = store_assessments(s, [{"listing_version_id": v, "lexicon_version": "l", "model_version": "m",
                                      "score": 0.95, "label": "illegal", "flagged": True,
                                      "categories": [r["category"] if r["category"] != "none" else "ivory"],
                                      "matches": [], "cues": [], "contacts": [], "explanation": "demo"}
                                     for v, r in zip(vids, rows)])
        listing_of = dict(s.execute(select(ListingVersion.id, ListingVersion.listing_id)
                                    .where(ListingVersion.id.in_(vids))).all())
        return open_cases(s, [{"listing_id": listing_of[v], "assessment_id": aids[v], "version_id": v, "group": group,
                               "priority": "high", "rule": "e2e", "score": 0.95, "capture": None, "fetched_at": None}
                              for v in vids], {})


def _items(report_id: int):
    from review.db import session_scope
    from review.models import TakedownReportItem

    with session_scope(readonly=True) as s:
        return [(i.id, i.verified_gone_at, i.last_checked_at)
                for i in s.scalars(select(TakedownReportItem).where(TakedownReportItem.report_id == report_id))]


def _deliveries(report_id: int):
    from review import report_delivery
    from review.db import session_scope

    with session_scope(readonly=True) as s:
        return report_delivery.deliveries(s, report_id)


def test_confirm_send_deliver_takedown_recheck_time_to_removal(store, redis_conn, sites, report_worker, app_client):
    from review import report_delivery, reports
    from review.db import session_scope
    from workers import queues
    from workers.recheck import recheck

    lead = app_client("lena", "lead", groups=["general"])
    admin = app_client("root", "admin")
    case_ids = seed_demo_cases(sites, 2)
    listing_ids = [r["id"] for r in sites.listings if r["site"] == "zh" and r["label"] == "illegal"][:2]

    # The admin points demo-zh's reports at the marketplace's desk; the secret is shown once.
    page = admin.get("/admin/partners")
    assert page.status_code == 200
    with session_scope() as s:
        from review.models import User

        root = s.scalar(select(User).where(User.username == "root"))
        _, secret = report_delivery.set_endpoint(s, root, "demo-zh", webhook_url=sites.takedown_url("zh"))
    sites.set_takedown_secret(secret)

    # Confirm in the app, build, review, send.
    for cid in case_ids:
        lead.get(f"/cases/{cid}")
        r = lead.post(f"/cases/{cid}/decision", data={"action": "confirm", "reason": "named-species", "note": "",
                                                      "csrf_token": lead.csrf}, follow_redirects=False)
        assert r.status_code == 303, r.text
    r = lead.post("/reports", data={"platform": "demo-zh", "all": "1", "csrf_token": lead.csrf}, follow_redirects=False)
    assert r.status_code == 303, r.text
    rid = int(r.headers["location"].rsplit("/", 1)[1])
    assert lead.post(f"/reports/{rid}/review", data={"csrf_token": lead.csrf}).status_code == 200
    sent = lead.post(f"/reports/{rid}/send", data={"csrf_token": lead.csrf}, follow_redirects=False)
    assert sent.status_code == 303 and sent.headers["location"] == f"/reports/{rid}", sent.headers  # queued in Redis
    assert [d["status"] for d in _deliveries(rid)] == ["pending"]
    assert queues.queue(queues.REPORT, redis_conn).count == 1

    # Before the delivery: the re-check sees both listings live.
    assert recheck() == {"checked": 2, "gone": 0, "still_up": 2, "errors": 0, "refused": 0}
    assert all(gone is None and checked is not None for _, gone, checked in _items(rid))

    # A real worker process takes the delivery job from Redis; the desk verifies and removes.
    report_worker()
    pipeline.wait_for(lambda: [d["status"] for d in _deliveries(rid)] == ["delivered"], what="webhook delivery")
    [d] = _deliveries(rid)
    assert d["response_status"] == 200 and d["attempts"] == 1
    assert set(sites.desks["zh"].removed) == set(listing_ids)
    assert all(v["report_id"] == rid for v in sites.desks["zh"].removed.values())
    assert not sites.desks["zh"].refused

    # The scheduled re-check job, run by the worker process, sees them gone (410).
    queues.enqueue(redis_conn, queues.REPORT, "workers.jobs.recheck_reported")
    pipeline.wait_for(lambda: all(gone is not None for _, gone, _ in _items(rid)), what="re-check sees removal")

    with session_scope(readonly=True) as s:
        [stats] = reports.removal_stats(s, ["demo-zh"])
        from review.models import Listing

        statuses = {l.external_id: l.status for l in s.scalars(select(Listing))}
    assert stats["items"] == 2 and stats["seen_gone"] == 2
    assert stats["p50_hours"] is not None and stats["p90_hours"] is not None
    assert stats["within_24h"] == 1.0 and stats["within_7d"] == 1.0 and stats["still_live"] == []
    assert statuses == {lid: "gone" for lid in listing_ids}

    detail = lead.get(f"/reports/{rid}")
    assert detail.text.count("re-check: gone after") == 2
    stats_panel = lead.get("/reports").text.split("<h2>Time to removal</h2>", 1)[1]
    row = stats_panel.split("<td>demo-zh</td>", 1)[1].split("</tr>", 1)[0]
    cells = [c.split(">", 1)[1] for c in row.split("</td>")[:9]]
    assert cells[:4] == ["2", "0", "0", "2"]  # sent, answered, said removed, seen gone
    assert cells[4] != "–" and cells[6:8] == ["100%", "100%"]  # p50 computed; all within 24 h and 7 d

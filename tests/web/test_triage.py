"""Triage over HTTP (the real app, real store): queue, case page, decisions without JavaScript,
leases, group isolation, sharing level, bulk seller decisions, evidence, and the JSON API."""
from __future__ import annotations

import hashlib
import re
from datetime import datetime, timezone

import pytest

CASE_LINK = re.compile(r"/cases/(\d+)")


def _decide(client, case_id, action="dismiss", reason="look-alike", note="", follow=False):
    return client.post(f"/cases/{case_id}/decision", data={"action": action, "reason": reason, "note": note,
                                                           "csrf_token": client.csrf}, follow_redirects=follow)


def _case_status(case_id):
    from review.db import session_scope
    from review.workspace import case_detail

    with session_scope(readonly=True) as s:
        return case_detail(s, case_id, {"id": 0, "username": "t", "role": "admin", "groups": ()})["case"]


def test_queue_shows_counts_and_next_case_leases_it(make_user, client_for, seed_cases):
    ids = seed_cases(3, group="zh-analysts", priority="high") + seed_cases(2, group="zh-analysts")
    pw = make_user("ana", "analyst", groups=["zh-analysts"])
    ana = client_for("ana", pw)
    page = ana.get("/queue")
    assert page.status_code == 200 and "zh-analysts" in page.text
    assert re.search(r'<span class="value">5</span> <span class="label">new</span>', page.text)
    assert page.text.count('data-href="/cases/') == 5
    r = ana.post("/queue/next", data={"csrf_token": ana.csrf}, follow_redirects=False)
    assert r.status_code == 303
    first = int(CASE_LINK.search(r.headers["location"]).group(1))
    assert first in ids[:3]  # high priority first
    assert _case_status(first)["leased_to"] == "ana"


def test_an_analyst_cannot_open_or_decide_another_groups_case(make_user, client_for, seed_cases):
    [theirs] = seed_cases(1, group="live-animals")
    pw = make_user("eve", "analyst", groups=["en-analysts"])
    eve = client_for("eve", pw)
    for resp in (eve.get(f"/cases/{theirs}"), _decide(eve, theirs),
                 eve.get(f"/api/v1/cases/{theirs}"),
                 eve.post(f"/cases/{theirs}/tlp", data={"tlp": "RED", "csrf_token": eve.csrf}),
                 eve.post("/sellers/bulk-decision", data={"case_id": theirs, "action": "dismiss",
                                                          "reason": "look-alike", "csrf_token": eve.csrf})):
        assert resp.status_code in (403, 404)
        assert "象牙" not in resp.text and "seller-" not in resp.text  # nothing of the case leaks
    assert _case_status(theirs)["status"] == "pending"
    assert eve.get("/queue?group=live-animals").status_code == 403
    pw = make_user("pat", "partner", platforms=["demo-zh"])
    assert client_for("pat", pw).get(f"/cases/{theirs}").status_code == 403


def test_decision_without_reason_is_refused_and_with_reason_opens_the_next(make_user, client_for, seed_cases):
    a, b = seed_cases(2, group="general")
    pw = make_user("ana", "analyst", groups=["general"])
    ana = client_for("ana", pw)
    assert ana.get(f"/cases/{a}").status_code == 200
    r = _decide(ana, a, action="confirm", reason="")
    assert r.status_code == 400 and "reason: required to confirm" in r.text
    r = _decide(ana, a, action="confirm", reason="look-alike")  # a dismiss reason
    assert r.status_code == 400 and "not a reason to confirm" in r.text
    assert _case_status(a)["status"] == "pending"
    r = _decide(ana, a, action="confirm", reason="named-species", note="tusk")
    assert r.status_code == 303 and r.headers["location"] == f"/cases/{b}?prev={a}"
    st = _case_status(a)
    assert (st["status"], st["reason_code"], st["leased_to"]) == ("confirmed", "named-species", None)
    assert _case_status(b)["leased_to"] == "ana"
    r = _decide(ana, b, action="dismiss", reason="toy-or-replica")
    assert r.headers["location"] == "/queue?done=empty"


def test_a_second_analyst_cannot_take_a_leased_case(make_user, client_for, seed_cases):
    [cid] = seed_cases(1, group="general")
    ana = client_for("ana", make_user("ana", "analyst", groups=["general"]))
    bob = client_for("bob", make_user("bob", "analyst", groups=["general"]))
    r = ana.post("/queue/next", data={"csrf_token": ana.csrf}, follow_redirects=False)
    assert r.headers["location"] == f"/cases/{cid}"
    r = bob.post("/queue/next", data={"csrf_token": bob.csrf}, follow_redirects=False)
    assert r.headers["location"] == "/queue?done=empty"
    page = bob.get(f"/cases/{cid}")
    assert page.status_code == 200 and "ana has this case open until" in page.text
    r = _decide(bob, cid, action="dismiss", reason="look-alike")
    assert r.status_code == 409 and "ana has this case open" in r.text
    assert _case_status(cid)["status"] == "pending"
    # skipping gives it back
    r = ana.post("/queue/next", data={"skip": cid, "csrf_token": ana.csrf}, follow_redirects=False)
    assert r.headers["location"] == "/queue?done=empty"
    r = bob.post("/queue/next", data={"csrf_token": bob.csrf}, follow_redirects=False)
    assert r.headers["location"] == f"/cases/{cid}"


def test_post_without_csrf_is_refused(make_user, client_for, seed_cases):
    [cid] = seed_cases(1, group="general")
    ana = client_for("ana", make_user("ana", "analyst", groups=["general"]))
    r = ana.post(f"/cases/{cid}/decision", data={"action": "dismiss", "reason": "look-alike"})
    assert r.status_code == 403
    assert ana.post(f"/api/v1/cases/{cid}/decision", json={"action": "dismiss", "reason": "look-alike"}).status_code == 403
    assert _case_status(cid)["status"] == "pending"


def test_bulk_decision_for_the_seller(make_user, client_for, seed_cases):
    mine = seed_cases(3, group="general", seller="shop-9")
    [other_group] = seed_cases(1, group="live-animals", seller="shop-9")
    [other_seller] = seed_cases(1, group="general", seller="shop-1")
    ana = client_for("ana", make_user("ana", "analyst", groups=["general"]))
    page = ana.get(f"/cases/{mine[0]}")
    assert "All 3 open cases of this seller" in page.text
    r = ana.post("/sellers/bulk-decision", data={"case_id": mine[0], "action": "confirm", "reason": "seller-network",
                                                 "note": "one shop", "csrf_token": ana.csrf})
    assert r.status_code == 200 and "3 cases decided" in r.text
    assert all(_case_status(c)["status"] == "confirmed" for c in mine)
    assert _case_status(other_group)["status"] == "pending" and _case_status(other_seller)["status"] == "pending"
    r = ana.post("/sellers/bulk-decision", data={"case_id": other_seller, "action": "confirm", "reason": "",
                                                 "csrf_token": ana.csrf})
    assert r.status_code == 400 and "reason: required" in r.text


def test_tlp_only_raised_by_a_lead(make_user, client_for, seed_cases):
    [cid] = seed_cases(1, group="general")
    ana = client_for("ana", make_user("ana", "analyst", groups=["general"]))
    lea = client_for("lea", make_user("lea", "lead", groups=["general"]))
    assert "Sharing level" not in ana.get(f"/cases/{cid}").text
    assert ana.post(f"/cases/{cid}/tlp", data={"tlp": "RED", "csrf_token": ana.csrf}).status_code == 403
    r = lea.post(f"/cases/{cid}/tlp", data={"tlp": "CLEAR", "csrf_token": lea.csrf})
    assert r.status_code == 403 and "can only raise" in r.text
    r = lea.post(f"/cases/{cid}/tlp", data={"tlp": "RED", "note": "police", "csrf_token": lea.csrf})
    assert r.status_code == 200 and "TLP:RED" in r.text
    assert _case_status(cid)["tlp"] == "RED"


def test_case_page_highlights_at_offsets_and_shows_history(make_user, client_for, seed_cases):
    [cid] = seed_cases(1, group="general")  # 出售象牙手镯 老料 vx: ivory_lao88 ...
    ana = client_for("ana", make_user("ana", "analyst", groups=["general"]))
    page = ana.get(f"/cases/{cid}").text
    title = re.search(r'id="listing-title">(.*?)</p>', page, re.S).group(1)
    assert re.sub(r"<[^>]+>", "", title) == "出售象牙手镯 老料 vx: ivory_lao88"
    assert re.search(r'<mark class="hl k-[a-z_]+"[^>]*>[^<]*象牙[^<]*</mark>', title)
    assert 'k-contact' in title and ">ivory_lao88</mark>" in title
    history = re.search(r'<table class="data small history">(.*?)</table>', page, re.S).group(1)
    assert [a for a in re.findall(r'<tr class="h-(\w+)">', history)] == ["route", "assign", "view"]
    assert "Protected species or product named" in page  # the reason select


def test_evidence_screenshot_verify_and_warc_download(make_user, client_for, seed_cases, tmp_path):
    from crawler.evidence import EvidenceWriter
    from config.settings import get_settings
    from review.db import session_scope
    from review.intake import add_evidence
    from review.workspace import case_detail

    [cid] = seed_cases(1, group="general")
    admin = {"id": 0, "username": "t", "role": "admin", "groups": ()}
    with session_scope(readonly=True) as s:
        vid = case_detail(s, cid, admin)["version"]["id"]
    writer = EvidenceWriter(get_settings().path("evidence", "warc", "x").parent, "demo-zh")
    cap = writer.write(url="https://demo-zh.example/item/1", method="GET", request_headers={"Accept": "*/*"},
                       status=200, response_headers={"Content-Type": "text/html"}, body=b"<html>ivory</html>")
    writer.close()
    png = get_settings().path("evidence", "screenshots", "shot.png")
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    when = datetime(2026, 11, 22, 1, tzinfo=timezone.utc)
    with session_scope() as s:
        add_evidence(s, {"listing_version_id": vid, "case_id": cid, "kind": "warc", "path": cap["warc_file"],
                         "sha256": cap["body_sha256"], "url": cap["url"], "warc_record_id": cap["warc_record_id"],
                         "captured_at": when})
        add_evidence(s, {"listing_version_id": vid, "case_id": cid, "kind": "screenshot", "path": str(png),
                         "sha256": hashlib.sha256(png.read_bytes()).hexdigest(), "size": png.stat().st_size,
                         "url": cap["url"], "captured_at": when})
    ana = client_for("ana", make_user("ana", "analyst", groups=["general"]))
    page = ana.get(f"/cases/{cid}").text
    assert cap["body_sha256"] in page and "2026-11-22 01:00:00 UTC" in page
    ids = [int(x) for x in re.findall(r"/evidence/(\d+)/verify", page)]
    shot = re.search(r'src="/evidence/(\d+)/screenshot"', page)
    assert shot and len(ids) == 2
    assert ana.get(f"/evidence/{shot.group(1)}/screenshot").content == png.read_bytes()
    warc_id = [i for i in ids if i != int(shot.group(1))][0]
    r = ana.post(f"/evidence/{warc_id}/verify", data={"csrf_token": ana.csrf})
    assert r.status_code == 200 and "SHA-256 matches" in r.text
    dl = ana.get(f"/evidence/{warc_id}/warc")
    assert dl.status_code == 200 and dl.headers["content-type"] == "application/warc"
    from io import BytesIO

    from warcio.archiveiterator import ArchiveIterator

    records = [(r.rec_headers.get_header("WARC-Record-ID"), hashlib.sha256(r.content_stream().read()).hexdigest())
               for r in ArchiveIterator(BytesIO(dl.content))]
    assert records == [(cap["warc_record_id"], cap["body_sha256"])]  # one record, payload intact
    # tampering with the archive is caught
    data = open(cap["warc_file"], "rb").read().replace(b"<html>ivory</html>", b"<html>bone!</html>")
    open(cap["warc_file"], "wb").write(data)
    assert "MISMATCH" in ana.post(f"/evidence/{warc_id}/verify", data={"csrf_token": ana.csrf}).text
    eve = client_for("eve", make_user("eve", "analyst", groups=["en-analysts"]))
    assert eve.get(f"/evidence/{shot.group(1)}/screenshot").status_code == 403
    assert eve.get(f"/evidence/{warc_id}/warc").status_code == 403


def test_json_api_queue_case_decision(make_user, client_for, seed_cases):
    a, b = seed_cases(2, group="general")
    ana = client_for("ana", make_user("ana", "analyst", groups=["general"]))
    q = ana.get("/api/v1/queue").json()
    assert [g["group"] for g in q["groups"]] == ["general"] and {c["id"] for c in q["cases"]} == {a, b}
    nxt = ana.post("/api/v1/queue/next", headers={"X-CSRF-Token": ana.csrf}).json()["case_id"]
    case = ana.get(f"/api/v1/cases/{nxt}").json()
    assert case["case"]["leased_by_me"] and case["listing"]["platform"] == "demo-zh"
    r = ana.post(f"/api/v1/cases/{nxt}/decision", json={"action": "dismiss"}, headers={"X-CSRF-Token": ana.csrf})
    assert r.status_code == 400 and "reason: required" in r.json()["error"]
    r = ana.post(f"/api/v1/cases/{nxt}/decision", json={"action": "dismiss", "reason": "not-a-sale"},
                 headers={"X-CSRF-Token": ana.csrf})
    assert r.status_code == 200 and r.json()["decision"]["to_status"] == "dismissed"


@pytest.mark.parametrize("role", ["partner", "volunteer"])
def test_other_roles_have_no_queue(role, make_user, client_for):
    c = client_for("x", make_user("x", role, platforms=["demo-zh"] if role == "partner" else ()))
    assert c.get("/queue").status_code == 403 and c.get("/api/v1/queue").status_code == 403

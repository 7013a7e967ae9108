"""The analysts' workspace in the store: reason codes, queues, leases, the case page's data,
decisions with before/after, bulk seller decisions, sharing levels and group access
(SQLite always, PostgreSQL when WILDWATCH_TEST_DATABASE_URL is set)."""
from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select, update


def _user(s, name, role="analyst", groups=("zh-analysts",)):
    from review import accounts

    u, _ = accounts.create_user(s, name, role, groups=groups, password=f"pw-{name}-123456789", actor="test")
    s.flush()
    return u


def _seed(s, n, group="zh-analysts", seller="s1", platform="demo-zh", score=0.9, priority="normal",
          title="象牙手镯 加微信 ivory_king88", contacts=None, start=0):
    """n cases with known text and match offsets (no classifier: fixed assessments)."""
    from crawler.listing import check_listing
    from review.intake import open_cases, store_assessments, store_listings
    from review.models import ListingVersion

    items = [check_listing({"platform": platform, "listing_id": f"{platform}-{seller}-{start + i}",
                            "url": f"https://{platform}.example/i/{start + i}", "seller_id": seller,
                            "seller_name": f"Shop {seller}", "title": title, "description": "老象牙 懂的来",
                            "fetched_at": "2026-11-22T01:00:00+00:00"}) for i in range(n)]
    vids = store_listings(s, items)
    contacts = [{"kind": "wechat", "value": "ivory_king88", "field": "title"}] if contacts is None else contacts
    rows = [{"listing_version_id": v, "lexicon_version": "l", "model_version": "m", "score": score,
             "label": "illegal", "flagged": True, "categories": ["ivory"],
             "matches": [{"term": "象牙手镯", "kind": "product_form", "category": "ivory", "field": "title",
                          "start": 0, "end": 4},
                         {"term": "加微信", "kind": "trade_cue", "cue": "contact", "field": "title", "start": 5, "end": 8},
                         {"term": "懂的来", "kind": "trade_cue", "cue": "wink", "field": "description", "start": 4, "end": 7},
                         {"term": "bogus", "kind": "name", "field": "title", "start": 50, "end": 99}],
             "cues": ["wink"], "contacts": contacts, "explanation": "illegal: ivory"} for v in vids]
    ids = store_assessments(s, rows)
    lids = dict(s.execute(select(ListingVersion.id, ListingVersion.listing_id).where(ListingVersion.id.in_(vids))).all())
    routed = [{"listing_id": lids[v], "assessment_id": ids[v], "version_id": v, "group": group, "priority": priority,
               "rule": "t", "score": score, "capture": None, "fetched_at": None} for v in vids]
    return open_cases(s, routed, {})


# -- reason codes ----------------------------------------------------------------------------

def test_the_shipped_reason_codes_cover_every_decision():
    from review.reasons import DECISION_ACTIONS, load_reasons

    r = load_reasons()
    assert set(r.actions) == set(DECISION_ACTIONS)
    for code in ("named-species", "code-word", "trade-cue"):
        assert r.check("confirm", code).action == "confirm"
    for code in ("look-alike", "colour-or-idiom", "toy-or-replica", "legal-with-papers", "not-a-sale"):
        assert r.check("dismiss", code).action == "dismiss"
    assert r.check("suspicious", "needs-more")
    assert "live_animal" in r.blur_categories


@pytest.mark.parametrize("text, where, what", [
    ("actions: {confirm: {reasons: [{code: a, label: A}]}}", ":1", "missing suspicious, dismiss, escalate"),
    ("actions:\n  confirm:\n    reasons:\n      - {code: Bad Code, label: x}\n", ":4", "code 'Bad Code'"),
    ("actions:\n  confirm:\n    label: C\n    label: D\n", ":4", "duplicate key 'label' (first at line 3)"),
    ("actions:\n  approve: {}\n", ":2", "unknown action 'approve'"),
    ("actions: [\n", ":2", "YAML syntax error"),
])
def test_bad_reason_files_name_the_line(text, where, what):
    from review.reasons import ReasonError, parse

    with pytest.raises(ReasonError) as e:
        parse(text, "review.yaml")
    assert str(e.value).startswith(f"review.yaml{where}:") and what in str(e.value)


def test_a_code_used_twice_and_a_default_not_in_the_list_are_refused():
    from review.reasons import ReasonError, parse

    base = {a: f"  {a}:\n    reasons:\n      - {{code: {a}-x, label: X}}\n" for a in ("confirm", "suspicious", "dismiss", "escalate")}
    text = "actions:\n" + "".join(base.values())
    parse(text)
    with pytest.raises(ReasonError, match=r":13: reason code 'confirm-x' is used twice \(also at line 4\)"):
        parse(text.replace("code: escalate-x", "code: confirm-x"))
    with pytest.raises(ReasonError, match=r":3: action 'confirm': default 'nope'"):
        parse(text.replace("  confirm:\n", "  confirm:\n    default: nope\n"))


# -- queue and leases ------------------------------------------------------------------------

def test_queue_orders_by_priority_then_score_then_age_with_counts(store_url):
    from review.db import session_scope
    from review.models import Case
    from review.workspace import queue

    with session_scope() as s:
        ana = _user(s, "ana", groups=("zh-analysts", "en-analysts"))
        low = _seed(s, 1, score=0.99, priority="low", seller="a")
        mid = _seed(s, 2, score=0.7, seller="b")
        top = _seed(s, 1, score=0.8, seller="c")
        urgent = _seed(s, 1, score=0.5, priority="urgent", seller="d", group="en-analysts")
        _seed(s, 1, group="live-animals", seller="e")  # not ana's group
        old = datetime(2026, 1, 1, tzinfo=timezone.utc)
        s.execute(update(Case).where(Case.id == mid[1]).values(created_at=old))
    with session_scope(readonly=True) as s:
        q = queue(s, ana)
    assert [c["id"] for c in q["cases"]] == [urgent[0], top[0], mid[1], mid[0], low[0]]
    groups = {g["group"]: g for g in q["groups"]}
    assert set(groups) == {"en-analysts", "zh-analysts"}
    assert groups["zh-analysts"]["counts"]["pending"] == 4 and groups["en-analysts"]["open"] == 1
    assert groups["zh-analysts"]["oldest_at"] == old and groups["zh-analysts"]["oldest_age_s"] > 0
    assert q["cases"][1]["title"].startswith("象牙手镯") and q["cases"][1]["platform"] == "demo-zh"


def test_next_case_leases_and_two_analysts_never_get_the_same(store_url):
    from review.cases import LeaseConflict, decide
    from review.db import session_scope
    from review.models import Case
    from review.workspace import next_case

    with session_scope() as s:
        ana, bob = _user(s, "ana"), _user(s, "bob")
        ids = _seed(s, 2)
    with session_scope() as s:
        first = next_case(s, ana)
    with session_scope() as s:
        assert next_case(s, ana) == first  # the case you hold comes back first
        second = next_case(s, bob)
    assert {first, second} == set(ids)
    with session_scope() as s:
        assert next_case(s, _user(s, "cid")) is None  # all leased
    with pytest.raises(LeaseConflict, match="ana has this case open until"):
        with session_scope() as s:
            decide(s, first, action="dismiss", reason_code="look-alike", user=bob)
    with session_scope() as s:  # an expired lease is free again
        s.execute(update(Case).where(Case.id == first).values(lease_expires_at=datetime.now(timezone.utc) - timedelta(seconds=1)))
    with session_scope() as s:
        assert next_case(s, s.get(type(ana), bob.id)) == second  # bob still holds his
        s.execute(update(Case).where(Case.id == second).values(status="dismissed"))
    with session_scope() as s:
        assert next_case(s, bob) == first
        assert s.get(Case, first).assigned_to == bob.id


def test_concurrent_next_case_hands_out_each_case_once(store_url):
    from review.db import session_scope
    from review.workspace import next_case

    with session_scope() as s:
        users = [_user(s, f"u{i}") for i in range(6)]
        _seed(s, 4)
    got, errors = [], []

    def take(u):
        try:
            with session_scope() as s:
                got.append(next_case(s, u))
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=take, args=(u,)) for u in users]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    leased = [g for g in got if g is not None]
    assert len(leased) == 4 and len(set(leased)) == 4 and got.count(None) == 2


# -- decisions -------------------------------------------------------------------------------

def test_decision_needs_a_valid_reason_and_records_before_after(store_url):
    from review.cases import DecisionError, decide
    from review.db import session_scope
    from review.models import Case, Decision
    from review.workspace import next_case

    with session_scope() as s:
        ana = _user(s, "ana")
        [cid] = _seed(s, 1)
        assert next_case(s, ana) == cid
    for code, msg in ((None, "reason: required to dismiss"), ("named-species", "not a reason to dismiss")):
        with pytest.raises(DecisionError, match=msg):
            with session_scope() as s:
                decide(s, cid, action="dismiss", reason_code=code, user=ana)
    with session_scope() as s:
        d = decide(s, cid, action="dismiss", reason_code="colour-or-idiom", reason="象牙白 = ivory white", user=ana)
    with session_scope(readonly=True) as s:
        c = s.get(Case, cid)
        assert (c.status, c.reason_code, c.assigned_to, c.lease_expires_at) == ("dismissed", "colour-or-idiom", None, None)
        assert c.decided_at is not None
        row = s.get(Decision, d.id)
        assert row.actor == "ana" and row.user_id == ana.id and row.reason == "象牙白 = ivory white"
        assert row.details["before"]["status"] == "pending" and row.details["after"]["status"] == "dismissed"
        assert row.details["changed"]["assigned_to"] == [ana.id, None]


def test_suspicious_escalate_and_leads(store_url):
    from review.cases import AccessDenied, decide
    from review.db import session_scope
    from review.models import Case

    with session_scope() as s:
        ana, lea = _user(s, "ana"), _user(s, "lea", role="lead")
        [cid] = _seed(s, 1)
    with session_scope() as s:
        decide(s, cid, action="suspicious", reason_code="needs-translation", user=ana)
        decide(s, cid, action="escalate", reason_code="law-enforcement", user=ana)
    with pytest.raises(AccessDenied, match="only a lead decides it now"):
        with session_scope() as s:
            decide(s, cid, action="confirm", reason_code="named-species", user=ana)
    with pytest.raises(AccessDenied, match="only a lead can reopen"):
        with session_scope() as s:
            decide(s, cid, action="reopen", reason="wrong", user=ana)
    with session_scope() as s:
        decide(s, cid, action="confirm", reason_code="code-word", user=lea)
        decide(s, cid, action="note", reason="handed to police", user=ana)
        decide(s, cid, action="reopen", reason="new photos", user=lea)
    with session_scope(readonly=True) as s:
        c = s.get(Case, cid)
        assert (c.status, c.reason_code, c.decided_at) == ("pending", None, None)


def test_group_access_is_checked_in_the_store(store_url):
    from review.cases import AccessDenied, decide
    from review.db import session_scope
    from review.workspace import case_detail, next_case, open_case, queue

    with session_scope() as s:
        eve = _user(s, "eve", groups=("en-analysts",))
        pat = _user(s, "pat", role="partner", groups=())
        [cid] = _seed(s, 1)
    for call in (lambda s: open_case(s, cid, eve), lambda s: case_detail(s, cid, eve),
                 lambda s: decide(s, cid, action="confirm", reason_code="named-species", user=eve),
                 lambda s: case_detail(s, cid, pat), lambda s: queue(s, pat),
                 lambda s: queue(s, eve, group="zh-analysts")):
        with pytest.raises(AccessDenied):
            with session_scope() as s:
                call(s)
    with session_scope() as s:
        assert next_case(s, eve) is None and queue(s, eve)["cases"] == []


def test_bulk_decision_for_one_seller(store_url):
    from review.cases import bulk_decide
    from review.db import session_scope
    from review.models import Case, Decision
    from review.workspace import next_case

    with session_scope() as s:
        ana, bob = _user(s, "ana"), _user(s, "bob")
        mine = _seed(s, 3, seller="s1", score=0.99)
        other_group = _seed(s, 1, seller="s1", group="live-animals", start=10)
        other_seller = _seed(s, 1, seller="s2")
    with session_scope() as s:
        held = next_case(s, bob)  # bob holds one of s1's cases
    with session_scope() as s:
        out = bulk_decide(s, ana, "demo-zh", "s1", "confirm", "seller-network", note="same shop")
    assert held in mine and sorted(out["decided"]) == sorted(set(mine) - {held})
    assert [sk["case_id"] for sk in out["skipped"]] == [held] and "bob has this case open" in out["skipped"][0]["why"]
    with session_scope(readonly=True) as s:
        st = dict(s.execute(select(Case.id, Case.status)).all())
        assert st[other_group[0]] == "pending" and st[other_seller[0]] == "pending" and st[held] == "pending"
        d = s.scalars(select(Decision).where(Decision.case_id == out["decided"][0], Decision.action == "confirm")).one()
        assert d.details["bulk"] == {"platform": "demo-zh", "seller_id": "s1", "cases": 3}


def test_tlp_raise_by_lead_any_by_admin(store_url):
    from review.cases import AccessDenied, set_tlp
    from review.db import session_scope
    from review.models import Case

    with session_scope() as s:
        ana, lea, adm = _user(s, "ana"), _user(s, "lea", role="lead"), _user(s, "adm", role="admin", groups=())
        [cid] = _seed(s, 1)
    with pytest.raises(AccessDenied, match="only a lead or an admin"):
        with session_scope() as s:
            set_tlp(s, cid, ana, "RED")
    with pytest.raises(AccessDenied, match="can only raise"):
        with session_scope() as s:
            set_tlp(s, cid, lea, "GREEN")
    with session_scope() as s:
        set_tlp(s, cid, lea, "RED", reason="handed to police")
        assert s.get(Case, cid).tlp == "RED"
        set_tlp(s, cid, adm, "CLEAR")
        assert s.get(Case, cid).tlp == "CLEAR"


# -- the case page's data --------------------------------------------------------------------

def test_open_case_gives_highlight_segments_versions_network_history(store_url):
    from crawler.listing import check_listing
    from review.db import session_scope
    from review.intake import store_listings
    from review.workspace import open_case

    with session_scope() as s:
        ana = _user(s, "ana")
        [cid] = _seed(s, 1, seller="s1")
        [other] = _seed(s, 1, seller="other", platform="demo-en")  # same WeChat on another platform
        _seed(s, 1, seller="s1", start=5, contacts=[])  # the same seller's other listing
        store_listings(s, [check_listing({"platform": "demo-zh", "listing_id": "demo-zh-s1-0", "seller_id": "s1",
                                          "url": "https://demo-zh.example/i/0",
                                          "title": "象牙手镯 加微信 ivory_king88 降价", "description": "老象牙 懂的来",
                                          "fetched_at": "2026-11-23T01:00:00+00:00"})])
    with session_scope() as s:
        d = open_case(s, cid, ana)
        again = open_case(s, cid, ana)
    title = d["version"]["fields"]["title"]
    assert "".join(seg["text"] for seg in title) == "象牙手镯 加微信 ivory_king88"
    assert [(seg["text"], [m["kind"] for m in seg["marks"]]) for seg in title] == [
        ("象牙手镯", ["product_form"]), (" ", []), ("加微信", ["trade_cue"]), (" ", []), ("ivory_king88", ["contact"])]
    assert [m["term"] for m in d["assessment"]["unplaced"]] == ["bogus"]  # offsets outside the text
    assert not d["version"]["current"]  # the listing changed since the assessed version
    assert len(d["versions"]) == 2 and d["versions"][1]["changes"][0]["field"] == "title"
    assert {"op": "insert", "text": " 降价"} in d["versions"][1]["changes"][0]["ops"]
    assert [x["external_id"] for x in d["seller"]["listings"]] == ["demo-zh-s1-5"]
    [h] = d["network"]["handles"]
    assert (h["kind"], h["handle"]) == ("wechat", "ivory_king88") and [x["case_id"] for x in h["listings"]] == [other]
    assert len(d["network"]["graph"]["nodes"]) == 3 and len(d["network"]["graph"]["edges"]) == 2
    assert [x["action"] for x in again["history"]] == ["route", "assign", "view"]  # a reload is no second view
    assert d["case"]["leased_by_me"] and "confirm" in d["case"]["actions"]
    assert d["reasons"]["dismiss"]["default"] == "look-alike"


def test_highlight_overlaps_and_bad_offsets():
    from review.casepage import diff_text, highlight

    segs, lost = highlight("abcdef", [{"start": 0, "end": 4, "kind": "name"}, {"start": 2, "end": 6, "kind": "cue"},
                                      {"start": 3, "end": 2, "kind": "x"}, {"start": "1", "end": 2}])
    assert [(s["text"], [m["kind"] for m in s["marks"]]) for s in segs] == [
        ("ab", ["name"]), ("cd", ["name", "cue"]), ("ef", ["cue"])]
    assert len(lost) == 2
    ops = diff_text("Real ivory bangle 象牙", "Real ox bone bangle 牛骨")
    assert {"op": "delete", "text": "ivory"} in ops and {"op": "insert", "text": "ox bone"} in ops

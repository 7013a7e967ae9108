"""QA of decisions: the draw, the blind second review, disagreements settled by a lead, and
Cohen's kappa per group (checked against a hand-computed table). SQLite, and PostgreSQL when
WILDWATCH_TEST_DATABASE_URL is set."""
from __future__ import annotations

import random
from collections import Counter
from fractions import Fraction

import pytest

import oversight_seed as seed


@pytest.fixture
def rate(monkeypatch):
    """set the QA draw rate for this test"""
    from config.settings import get_settings

    def set_rate(value: float) -> None:
        monkeypatch.setenv("WILDWATCH_QA_DECISION_RATE", str(value))
        get_settings.cache_clear()

    return set_rate


@pytest.fixture
def team(store_url, rate):
    from review.db import session_scope

    rate(1.0)
    with session_scope() as s:
        return {name: seed.user(s, name, role, groups) for name, role, groups in [
            ("ana", "analyst", ["zh-analysts"]), ("bob", "analyst", ["zh-analysts"]),
            ("cat", "analyst", ["zh-analysts"]), ("eve", "analyst", ["en-analysts"]),
            ("lee", "lead", ["zh-analysts"]), ("len", "lead", ["en-analysts"]), ("vic", "volunteer", [])]}


def _qa_rows():
    from sqlalchemy import select

    from review.db import session_scope
    from review.models import QAReview

    with session_scope(readonly=True) as s:
        return list(s.scalars(select(QAReview).order_by(QAReview.id)))


def test_the_draw_is_deterministic_and_near_the_rate():
    from review.qa import drawn

    picked = [i for i in range(1, 4001) if drawn(i, 0.1)]
    assert 320 <= len(picked) <= 480  # 400 expected; a binomial 99.99 % band
    assert picked == [i for i in range(1, 4001) if drawn(i, 0.1)]
    assert not any(drawn(i, 0.0) for i in range(1, 500)) and all(drawn(i, 1.0) for i in range(1, 500))
    # a higher rate draws a superset: raising it never drops what was drawn
    assert set(picked) <= {i for i in range(1, 4001) if drawn(i, 0.3)}


def test_decisions_are_drawn_at_the_settings_rate_and_only_decisions(store_url, rate):
    from review.db import session_scope

    with session_scope() as s:
        ana = seed.user(s, "ana", "analyst", ["zh-analysts"])
        ids = seed.cases(s, 6)
    rate(0.0)
    with session_scope() as s:
        seed.decide(s, ids[0], ana, "confirm")
    assert _qa_rows() == []
    rate(1.0)
    with session_scope() as s:
        seed.decide(s, ids[1], ana, "note", note="looked at the seller")  # not a decision: never drawn
        d = seed.decide(s, ids[2], ana, "suspicious")
        seed.decide(s, ids[3], ana, "escalate")
        seed.decide(s, ids[4], ana, "dismiss")
    rows = _qa_rows()
    assert [r.case_id for r in rows] == ids[2:5]
    first = rows[0]
    assert (first.decision_id, first.first_user_id, first.reviewer_group, first.status) == \
        (d.id, ana.id, "zh-analysts", "pending")
    # a case already in QA is not drawn a second time
    with session_scope() as s:
        seed.decide(s, ids[2], ana, "confirm")
    assert len(_qa_rows()) == 3


def test_blind_second_review_agreed_and_disagreed(team):
    from review.db import session_scope
    from review.qa import QAError, qa_answer, qa_count, qa_item, qa_queue

    ana, bob, cat, eve, vic = (team[n] for n in ("ana", "bob", "cat", "eve", "vic"))
    with session_scope() as s:
        ids = seed.cases(s, 3)
        seed.decide(s, ids[0], ana, "confirm")
        seed.decide(s, ids[1], ana, "dismiss", reason_code="toy-or-replica")
        seed.decide(s, ids[2], bob, "confirm")
    qa = {r.case_id: r.id for r in _qa_rows()}
    with session_scope(readonly=True) as s:
        assert [i["case_id"] for i in qa_queue(s, ana)] == [ids[2]]  # not her own two
        bobs = qa_queue(s, bob)
        assert [i["case_id"] for i in bobs] == ids[:2] and qa_count(s, bob) == 2
        assert [i["case_id"] for i in qa_queue(s, cat)] == ids
        assert qa_queue(s, eve) == []  # another group
        with pytest.raises(PermissionError):
            qa_queue(s, vic)
        item = bobs[0]
        # blind: the listing and the classifier's view, never the first decision or the case's status
        assert item["title"].startswith("象牙手镯") and item["matches"] and item["categories"] == ["ivory"]
        assert not {"status", "action", "reason_code", "first", "decided_by"} & set(item)
        assert "confirm" not in repr(item)
        with pytest.raises(QAError):
            qa_item(s, qa[ids[0]], ana)
    with session_scope() as s:
        with pytest.raises(QAError, match="not open"):
            qa_answer(s, qa[ids[0]], ana, "confirm", "named-species")  # her own decision
        with pytest.raises(QAError, match="not a reason to dismiss"):
            qa_answer(s, qa[ids[0]], bob, "dismiss", "named-species")
        assert qa_answer(s, qa[ids[0]], bob, "confirm", "code-word") == "agreed"
        assert qa_answer(s, qa[ids[1]], bob, "confirm", "named-species") == "disagreed"
    with session_scope() as s:
        with pytest.raises(QAError, match="not open"):
            qa_answer(s, qa[ids[0]], cat, "confirm", "named-species")  # answered already
    rows = {r.case_id: r for r in _qa_rows()}
    assert (rows[ids[0]].status, rows[ids[0]].second_user_id, rows[ids[0]].second_reason_code) == \
        ("agreed", bob.id, "code-word")
    assert rows[ids[1]].status == "disagreed" and rows[ids[1]].second_action == "confirm"
    # the answer is in the case's audit log; the case itself is unchanged
    from review.audit import AuditFilter, iter_entries

    with session_scope(readonly=True) as s:
        log = list(iter_entries(s, team["lee"], AuditFilter(case_id=ids[1], action="qa")))
    assert len(log) == 1 and log[0]["actor"] == "bob" and log[0]["to_status"] == "dismissed"
    assert log[0]["details"]["outcome"] == "disagreed" and log[0]["details"]["first_action"] == "dismiss"


def test_a_case_the_second_reviewer_decided_too_is_not_blind_for_them(team):
    from review.db import session_scope
    from review.qa import qa_queue

    ana, bob, lee = team["ana"], team["bob"], team["lee"]
    with session_scope() as s:
        [cid] = seed.cases(s, 1)
        seed.decide(s, cid, bob, "escalate")  # bob escalated, drawn
        seed.decide(s, cid, lee, "confirm")  # the lead confirmed: not drawn, the case is in QA already
    with session_scope(readonly=True) as s:
        assert qa_queue(s, bob) == []
        assert [i["case_id"] for i in qa_queue(s, ana)] == [cid]


def test_a_lead_resolves_a_disagreement_and_the_final_decision_is_applied(team):
    from review.db import session_scope
    from review.models import Case, Decision
    from review.qa import QAError, disagreements, qa_answer, resolve

    ana, bob, lee, len_ = team["ana"], team["bob"], team["lee"], team["len"]
    with session_scope() as s:
        ids = seed.cases(s, 2)
        seed.decide(s, ids[0], ana, "confirm")
        seed.decide(s, ids[1], ana, "dismiss")
    qa = {r.case_id: r.id for r in _qa_rows()}
    with session_scope() as s:
        qa_answer(s, qa[ids[0]], bob, "dismiss", "look-alike")
        qa_answer(s, qa[ids[1]], bob, "dismiss", "colour-or-idiom")  # agreed: no lead needed
    with session_scope(readonly=True) as s:
        with pytest.raises(PermissionError):
            disagreements(s, bob)
        assert disagreements(s, len_) == []  # another group's lead
        [d] = disagreements(s, lee)
    assert d["case_id"] == ids[0] and d["case_status"] == "confirmed"
    assert (d["first"]["actor"], d["first"]["action"]) == ("ana", "confirm")
    assert (d["second"]["actor"], d["second"]["action"], d["second"]["reason_code"]) == ("bob", "dismiss", "look-alike")
    with session_scope() as s:
        with pytest.raises(QAError, match="resolution"):
            resolve(s, qa[ids[0]], lee, "  ", "dismiss")
        with pytest.raises(QAError, match="only a disagreement"):
            resolve(s, qa[ids[1]], lee, "fine", "dismiss")
        with pytest.raises(PermissionError):
            resolve(s, qa[ids[0]], bob, "I win", "dismiss")
        out = resolve(s, qa[ids[0]], lee, "Resin: the photo shows mould seams", "dismiss")
    assert out["applied_decision"] is not None
    with session_scope(readonly=True) as s:
        case = s.get(Case, ids[0])
        assert (case.status, case.reason_code) == ("dismissed", "look-alike")  # bob's code for the final action
        actions = [d.action for d in s.query(Decision).filter_by(case_id=ids[0]).order_by(Decision.id)]
        assert actions == ["route", "confirm", "qa", "reopen", "dismiss", "qa"]
        applied = s.get(Decision, out["applied_decision"])
        assert applied.actor == "lee" and applied.details["qa_review"] == qa[ids[0]]
        assert disagreements(s, lee) == []
    rows = {r.case_id: r for r in _qa_rows()}
    assert len(rows) == 2  # the lead's decision was not drawn for QA (rate is 1)
    r = rows[ids[0]]
    assert (r.status, r.resolved_by, r.resolution) == ("resolved", lee.id, "Resin: the photo shows mould seams")
    with session_scope() as s, pytest.raises(QAError):
        resolve(s, qa[ids[0]], lee, "again", "confirm")


def test_resolving_for_the_first_decision_changes_nothing_on_the_case(team):
    from review.db import session_scope
    from review.models import Case
    from review.qa import qa_answer, resolve

    with session_scope() as s:
        [cid] = seed.cases(s, 1)
        seed.decide(s, cid, team["ana"], "confirm")
    [qa] = _qa_rows()
    with session_scope() as s:
        qa_answer(s, qa.id, team["bob"], "suspicious", "needs-more")
        out = resolve(s, qa.id, team["lee"], "The casque is plain in the photo", "confirm")
    assert out["applied_decision"] is None
    with session_scope(readonly=True) as s:
        assert s.get(Case, cid).status == "confirmed"


def _answer_pairs(team, pairs, group_users):
    """For each (first, second) action: a case decided by the first user, answered by the second."""
    from review.db import session_scope
    from review.qa import qa_answer

    first, second = group_users
    with session_scope() as s:
        group = first.groups[0]
        ids = seed.cases(s, len(pairs), group=group)
        for cid, (a, _) in zip(ids, pairs):
            seed.decide(s, cid, first, a)
    qa = {r.case_id: r.id for r in _qa_rows()}
    with session_scope() as s:
        for cid, (_, b) in zip(ids, pairs):
            qa_answer(s, qa[cid], second, b, seed_reason(b))


def seed_reason(action: str) -> str:
    from review.reasons import load_reasons

    return load_reasons().actions[action].default


def test_kappa_per_group_against_a_hand_computed_table(team):
    from review.db import session_scope
    from review.qa import kappa_by_group

    # zh: 10 pairs. Agreement 8/10. Marginals: first (confirm 5, dismiss 4, escalate 1), second the
    # same. Chance agreement (25 + 16 + 1) / 100 = 0.42. kappa = (0.8 - 0.42) / (1 - 0.42) = 19/29.
    zh = ([("confirm", "confirm")] * 4 + [("dismiss", "dismiss")] * 3 + [("confirm", "dismiss"),
          ("dismiss", "confirm"), ("escalate", "escalate")])
    _answer_pairs(team, zh, (team["ana"], team["bob"]))
    # en: 3 pairs only: too few for a kappa
    with session_scope() as s:
        en_second = seed.user(s, "fay", "analyst", ["en-analysts"])
    _answer_pairs(team, [("confirm", "confirm"), ("dismiss", "confirm"), ("confirm", "confirm")],
                  (team["eve"], en_second))
    with session_scope(readonly=True) as s:
        k = kappa_by_group(s)
        only_en = kappa_by_group(s, ["en-analysts"])
    assert k["zh-analysts"]["n"] == 10 and k["zh-analysts"]["agreement"] == pytest.approx(0.8)
    assert Fraction(k["zh-analysts"]["kappa"]).limit_denominator(1000) == Fraction(19, 29)
    assert k["en-analysts"] == {"n": 3, "agreement": pytest.approx(2 / 3), "kappa": None}
    assert list(only_en) == ["en-analysts"]


def test_cohen_kappa_matches_scikit_learn_and_is_none_when_undefined():
    from sklearn.metrics import cohen_kappa_score

    from review.qa import cohen_kappa

    rng = random.Random(7)
    cats = ["confirm", "suspicious", "dismiss", "escalate"]
    for _ in range(20):
        a = [rng.choice(cats) for _ in range(60)]
        b = [x if rng.random() < 0.6 else rng.choice(cats) for x in a]
        assert cohen_kappa(Counter(zip(a, b))) == pytest.approx(cohen_kappa_score(a, b))
    assert cohen_kappa(Counter({("confirm", "confirm"): 9})) is None  # one category only: undefined
    assert cohen_kappa(Counter()) is None
    # perfect disagreement on two balanced categories: -1
    assert cohen_kappa(Counter({("confirm", "dismiss"): 5, ("dismiss", "confirm"): 5})) == pytest.approx(-1)


def test_possibly_missed_lists_the_pending_below_threshold_samples(store_url):
    from crawler.listing import check_listing
    from review.db import session_scope
    from review.intake import add_qa_samples, store_assessments, store_listings
    from review.models import ListingVersion
    from review.qa import possibly_missed

    with session_scope() as s:
        items = [check_listing({"platform": "demo-zh", "listing_id": f"m{i}", "title": t, "description": "",
                                "url": f"https://demo-zh.example/m{i}", "fetched_at": "2026-11-22T01:00:00+00:00"})
                 for i, t in enumerate(["白色塑料 手镯 懂的来", "牛骨手串"])]
        vids = store_listings(s, items)
        aids = store_assessments(s, [{"listing_version_id": v, "lexicon_version": "l", "model_version": "m",
                                      "score": sc, "label": "benign", "flagged": False, "categories": [],
                                      "matches": [], "cues": [], "contacts": [], "explanation": ""}
                                     for v, sc in zip(vids, (0.41, 0.12))])
        add_qa_samples(s, [{"assessment_id": aids[v], "listing_id": s.get(ListingVersion, v).listing_id} for v in vids])
    with session_scope(readonly=True) as s:
        rows = possibly_missed(s)
    assert [r["title"] for r in rows] == ["白色塑料 手镯 懂的来", "牛骨手串"]  # the closest call first
    assert rows[0]["score"] == pytest.approx(0.41) and rows[0]["platform"] == "demo-zh"

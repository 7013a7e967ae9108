"""Shadow trials of lexicon proposals (issue 11, ROOST's Background rules): the classify job
scores new listings with the live lexicon plus the change, records what it would flag without
opening cases, and the proposal page's figures say how reviewers later decided those listings.
Real store (SQLite, and PostgreSQL when WILDWATCH_TEST_DATABASE_URL is set), real embedded
Redis, the real worker job and classifier, keyword files copied to a temporary directory."""
from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from review.db import session_scope

ROOT = Path(__file__).resolve().parents[2]
CODE_WORD = "glacier white stock"
HIT_1 = "glacier white stock bangle, dm for price"
HIT_2 = "Glacier white stock beads 108, discreet shipping"
HIT_CONTACT = "glacier white stock carving, wechat gw_dealer888 for photos"  # a handle naming no product
MISS = "glacier white paint 5L, matte finish"
OTHER = "vintage oak bookshelf, pick up only"


def spec(**over):
    base = {"op": "add", "term": CODE_WORD, "variants": ["glacier-white stock"], "category": "ivory",
            "kind": "name", "weight": 0.95, "lang": "en", "reason": "three confirmed cases used it",
            "source": "analyst notes 2026-12", "must_match": [HIT_1], "must_not_match": [MISS]}
    base.update(over)
    return base


@pytest.fixture
def keywords(tmp_path, monkeypatch):
    from config.settings import get_settings

    d = tmp_path / "keywords"
    shutil.copytree(ROOT / "config" / "keywords", d)
    monkeypatch.setenv("WILDWATCH_KEYWORDS_DIR", str(d))
    get_settings.cache_clear()
    return d


@pytest.fixture
def worker_env(monkeypatch):
    """A real embedded Redis for the jobs' hand-offs, and a fresh classifier and trial cache."""
    from config.settings import get_settings
    from review import shadow
    from workers import jobs
    from workers.connection import embedded

    server = embedded().start()
    monkeypatch.setenv("WILDWATCH_REDIS_URL", server.url)
    get_settings.cache_clear()
    jobs._classifier = None
    shadow.forget()
    yield
    jobs._classifier = None
    shadow.forget()
    server.stop()


def users(s):
    from review import accounts

    for name, role in (("vol", "volunteer"), ("lead1", "lead"), ("lead2", "lead")):
        accounts.create_user(s, name, role, password="pw-" + name * 3, actor="test")


def store(titles, start=1):
    """Store listings through review/intake (as the ingest job does) -> version ids."""
    from crawler.listing import check_listing
    from review.intake import store_listings

    items = [check_listing({"platform": "demo-en", "listing_id": f"S{k}", "url": f"https://demo-en.example/{k}",
                            "seller_id": f"s{k}", "title": t, "description": "", "lang": "en"})
             for k, t in enumerate(titles, start)]
    with session_scope() as s:
        return store_listings(s, items)


def previewed_proposal(**over) -> int:
    from review import proposals as P

    with session_scope() as s:
        pid = P.create_proposal(s, spec(**over), author="vol").id
        P.preview(s, pid, labeled_files=[], undecided_limit=10)
    return pid


def test_a_trial_records_what_it_would_flag_without_opening_cases(store_url, keywords, worker_env, monkeypatch):
    from config.settings import get_settings
    from review import proposals as P
    from review import shadow
    from review.models import Assessment, AuditEvent, Case, ShadowHit
    from workers.jobs import classify_batch

    with session_scope() as s:
        users(s)
    pid = previewed_proposal()
    with session_scope() as s:
        with pytest.raises(P.NotAllowed, match="only a lead or an admin"):
            shadow.start(s, pid, actor="vol", actor_role="volunteer", days=7)
        with pytest.raises(P.ProposalError, match="a trial runs from 1 to 90 days"):
            shadow.start(s, pid, actor="lead1", actor_role="lead", days=0)
        sid = shadow.start(s, pid, actor="lead1", actor_role="lead", days=7).id
        with pytest.raises(P.ProposalError, match="already on trial"):
            shadow.start(s, pid, actor="lead2", actor_role="lead", days=7)

    vids = store([HIT_1, HIT_2, HIT_CONTACT, MISS, OTHER])
    result = classify_batch(vids)
    assert result["assessed"] == 5
    with session_scope() as s:
        # the live lexicon flags none of them, and the trial adds no assessment and no case
        live = s.execute(select(Assessment.flagged)).scalars().all()
        assert len(live) == 5 and not any(live)
        assert s.scalar(select(func.count()).select_from(Case)) == 0
        hits = s.scalars(select(ShadowHit).order_by(ShadowHit.listing_version_id)).all()
        assert [h.listing_version_id for h in hits] == vids[:3]  # not the paint, not the bookshelf
        assert all(h.shadow_flagged and not h.live_flagged and h.term_matched for h in hits)
        [view] = shadow.shadow_views(s, pid)
    assert view["scored"] == 3 and view["state"] == "running" and view["newly"]["n"] == 3
    assert view["newly"]["outcomes"] == {"no case": 3}
    # a listing without a case has the default sharing level (AMBER): not shown to volunteers
    assert view["newly"]["sample"] == [] and view["newly"]["hidden"] == 3

    # the same batch again (a retried job) is not counted twice
    classify_batch(vids)
    with session_scope() as s:
        assert shadow.shadow_views(s, pid)[0]["scored"] == 3

    # reviewers later decide two of those listings; one case is RED
    from review.cases import decide
    from review.intake import open_cases

    with session_scope() as s:
        rows = s.execute(select(Assessment.id, Assessment.listing_version_id)
                         .where(Assessment.listing_version_id.in_(vids[:2]))).all()
        listing_of = {h.listing_version_id: h.listing_id for h in s.scalars(select(ShadowHit))}
        case_ids = open_cases(s, [{"listing_id": listing_of[v], "assessment_id": a, "version_id": v,
                                   "group": "general", "priority": "normal", "rule": "t", "score": 0.9,
                                   "capture": None, "fetched_at": None} for a, v in rows], {})
        s.execute(update(Case).where(Case.id == case_ids[0]).values(tlp="GREEN"))
        s.execute(update(Case).where(Case.id == case_ids[1]).values(tlp="RED"))
        decide(s, case_ids[0], actor="tester", action="confirm", reason_code="named-species")
        decide(s, case_ids[1], actor="tester", action="dismiss", reason_code="colour-or-idiom")
    monkeypatch.setenv("WILDWATCH_DEFAULT_TLP", "GREEN")
    get_settings.cache_clear()
    with session_scope() as s:
        [view] = shadow.shadow_views(s, pid)
    assert view["newly"]["outcomes"] == {"confirmed": 1, "dismissed": 1, "no case": 1}
    assert view["newly_precision"] == 0.5
    shown = view["newly"]["sample"]
    assert view["newly"]["hidden"] == 1 and len(shown) == 2  # the RED case's text is not shown
    assert {x["case_status"] for x in shown} == {"confirmed", None}
    for x in shown:
        marked = [t for t, hi in x["fields"]["title"] if hi]
        assert marked and all(CODE_WORD in t.lower() for t in marked)
    texts = " ".join(t for x in shown for t, _ in x["fields"]["title"])
    assert "gw_dealer888" not in texts and "[contact]" in texts  # volunteers never see handles
    with session_scope() as s:
        assert s.scalar(select(func.count()).where(AuditEvent.action == "lexicon_shadow_start")) == 1


def test_promote_accepts_drop_ends_and_time_runs_out(store_url, keywords, worker_env):
    from classifiers import load_lexicon
    from review import proposals as P
    from review import shadow
    from review.models import LexiconShadow
    from workers.jobs import classify_batch

    with session_scope() as s:
        users(s)
    pid = previewed_proposal()
    other = previewed_proposal(term="arctic white stock", variants=[], must_match=["arctic white stock bangle"])
    with session_scope() as s:
        sid = shadow.start(s, pid, actor="lead1", actor_role="lead", days=7).id
        oid = shadow.start(s, other, actor="lead1", actor_role="lead", days=7).id
        with pytest.raises(P.NotAllowed):
            shadow.drop(s, oid, actor="vol", actor_role="volunteer")
        shadow.drop(s, oid, actor="lead2", actor_role="lead", note="not now")
        assert P.get_proposal(s, other).status == "previewed"  # still to accept or reject
        with pytest.raises(P.ProposalError, match="already dropped"):
            shadow.drop(s, oid, actor="lead2", actor_role="lead")
        shadow.promote(s, sid, actor="lead2", actor_role="lead", note="held up for a week")
        assert P.get_proposal(s, pid).status == "accepted"
        assert s.get(LexiconShadow, sid).status == "promoted" and shadow.running(s) == []
    assert any(e.term == CODE_WORD for e in load_lexicon(keywords).entries)
    # the promoted change is live: the next classification flags the code word itself
    classify_batch(store([HIT_2]))
    from review.models import Assessment

    with session_scope() as s:
        assert s.execute(select(Assessment.flagged)).scalar_one() is True

    third = previewed_proposal(term="polar white stock", variants=[], must_match=["polar white stock bangle"])
    with session_scope() as s:
        tid = shadow.start(s, third, actor="lead1", actor_role="lead", days=1).id
        s.execute(update(LexiconShadow).where(LexiconShadow.id == tid)
                  .values(ends_at=datetime.now(timezone.utc) - timedelta(minutes=1)))
    classify_batch(store(["polar white stock bangle"], start=50))
    with session_scope() as s:
        [view] = shadow.shadow_views(s, third)
        assert view["state"] == "time up" and view["scored"] == 0 and shadow.running(s) == []


def test_a_trial_that_no_longer_applies_says_why_and_live_results_are_stored(store_url, keywords, worker_env):
    from review import shadow
    from review.models import Assessment, LexiconShadow
    from workers.jobs import classify_batch

    with session_scope() as s:
        users(s)
    pid = previewed_proposal()
    with session_scope() as s:
        sid = shadow.start(s, pid, actor="lead1", actor_role="lead", days=7).id
    # someone adds the same term by hand meanwhile: the trial's change is now a duplicate
    with open(keywords / "ivory.yaml", "a", encoding="utf-8") as f:
        f.write(f"  - {{term: {CODE_WORD}, variants: [{CODE_WORD}], category: ivory, kind: name, weight: 0.9, "
                "lang: en, source: hand}\n")
    vids = store([HIT_1])
    assert classify_batch(vids)["assessed"] == 1
    with session_scope() as s:
        assert s.execute(select(func.count()).select_from(Assessment)).scalar_one() == 1
        err = s.get(LexiconShadow, sid).last_error
    assert "'glacier white stock' is already in ivory.yaml" in err

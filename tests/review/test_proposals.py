"""Lexicon proposals (issue 11): validation with the loader's messages, the impact preview on a
labeled file and on the store, accept/reject/revert with roles, a hand edit detected. Real store
(SQLite, and PostgreSQL when WILDWATCH_TEST_DATABASE_URL is set), real classifier, the keyword
files copied to a temporary directory."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from review.db import session_scope

ROOT = Path(__file__).resolve().parents[2]
CODE_WORD = "glacier white stock"
# a code word the current lexicon does not know: these listings are not flagged before the change
HIT_1 = "glacier white stock bangle, dm for price"
HIT_2 = "Glacier white stock beads 108, discreet shipping"
MISS = "glacier white paint 5L, matte finish"


def spec(**over):
    base = {"op": "add", "term": CODE_WORD, "variants": ["glacier-white stock"], "category": "ivory",
            "kind": "name", "weight": 0.95, "lang": "en", "reason": "three confirmed cases used it",
            "source": "analyst notes 2026-12", "must_match": [HIT_1], "must_not_match": [MISS]}
    base.update(over)
    return base


@pytest.fixture
def keywords(tmp_path, monkeypatch):
    """A copy of config/keywords that the test may change (WILDWATCH_KEYWORDS_DIR points at it)."""
    from config.settings import get_settings

    d = tmp_path / "keywords"
    shutil.copytree(ROOT / "config" / "keywords", d)
    monkeypatch.setenv("WILDWATCH_KEYWORDS_DIR", str(d))
    get_settings.cache_clear()
    return d


@pytest.fixture
def labeled_file(tmp_path):
    rows = [{"id": "t-1", "title": HIT_1, "description": "", "label": "illegal"},
            {"id": "t-2", "title": HIT_2, "description": "", "label": "illegal"},
            {"id": "t-3", "title": MISS, "description": "", "label": "benign"},
            {"id": "t-4", "title": "象牙手镯 老料 加微看货", "description": "", "label": "illegal"},
            {"id": "t-5", "title": "ivory white wedding dress", "description": "", "label": "benign"}]
    p = tmp_path / "small.jsonl"
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return p


def users(s):
    from review import accounts

    for name, role in (("vol", "volunteer"), ("lead1", "lead"), ("ana", "analyst")):
        accounts.create_user(s, name, role, password="pw-" + name * 3, actor="test")


@pytest.mark.parametrize("over, expected", [
    ({"term": "ab.*c"}, "config/keywords/ivory.yaml:"),
    ({"term": "ab.*c"}, "looks like a regular expression; write literal terms only"),
    ({"term": "x" * 10_000}, "term: 10000 characters, at most"),
    ({"variants": ["y" * 41]}, "is longer than 40 characters"),
    ({"must_not_match": [""]}, "must_not_match[1]: required, and it is empty"),
    ({"must_match": []}, "must_match: give at least one example listing text"),
    ({"term": "象牙制品"}, "'象牙制品' is already in ivory.yaml:"),
    ({"kind": "rumour"}, "kind: 'rumour' is not one of"),
    ({"op": "retire", "term": "no such term"}, "term: no entry 'no such term' in the lexicon"),
])
def test_refused_with_a_clear_message(store_url, keywords, over, expected):
    from review.proposals import ProposalError, create_proposal

    with session_scope() as s, pytest.raises(ProposalError) as exc:
        create_proposal(s, spec(**over), author="vol")
    assert any(expected in p for p in exc.value.problems), exc.value.problems


def test_preview_figures_on_a_labeled_file_and_the_store(store_url, keywords, labeled_file):
    from review import proposals as P

    with session_scope() as s:
        users(s)
        p = P.create_proposal(s, spec(), author="vol")
        assert p.status == "draft"
        seen = []
        result = P.preview(s, p.id, labeled_files=[labeled_file], progress=lambda *a: seen.append(a))
        assert p.status == "previewed" and p.preview["lexicon_after"] != p.preview["lexicon_before"]
    small = result["labeled"][0]
    # before: only the 象牙 listing is caught (1 of 3 illegal); after: the two code-word listings too
    assert small["before"]["tp"] == 1 and small["before"]["fn"] == 2 and small["before"]["fp"] == 0
    assert small["after"]["tp"] == 3 and small["after"]["fn"] == 0 and small["after"]["fp"] == 0
    assert small["before"]["recall"] == pytest.approx(1 / 3, abs=1e-3) and small["after"]["recall"] == 1.0
    assert sorted(x["id"] for x in small["newly_flagged"]) == ["t-1", "t-2"] and small["no_longer_flagged"] == []
    shown = small["newly_flagged"][0]["fields"]["title"]
    assert [t for t, hi in shown if hi] and all(CODE_WORD in t.lower() for t, hi in shown if hi)
    assert [x["passed"] for x in result["examples"]] == [True, True]
    assert result["files"] == ["ivory.yaml"] and seen


def test_accept_writes_a_valid_lexicon_that_workers_pick_up(store_url, keywords, labeled_file):
    from classifiers import load_lexicon
    from review import proposals as P
    from workers.lexicon_watch import LexiconWatch

    watch = LexiconWatch()
    old = watch.classifier(keywords)
    assert not old.assess({"title": HIT_2}).flagged
    before_text = (keywords / "ivory.yaml").read_text(encoding="utf-8")
    with session_scope() as s:
        users(s)
        pid = P.create_proposal(s, spec(), author="vol").id
        P.preview(s, pid, labeled_files=[labeled_file], undecided_limit=10)
        with pytest.raises(P.NotAllowed, match="only a lead or an admin"):
            P.accept(s, pid, actor="ana", actor_role="analyst")
        with pytest.raises(P.NotAllowed, match="someone else must decide"):
            P.accept(s, pid, actor="vol", actor_role="lead")
        p = P.accept(s, pid, actor="lead1", actor_role="lead", note="good catch")
        assert p.status == "accepted" and p.decided_by == "lead1"
    after_text = (keywords / "ivory.yaml").read_text(encoding="utf-8")
    # every earlier line (entries and comments) is still there, in order; one line was added
    assert after_text.splitlines()[:len(before_text.splitlines())] == before_text.splitlines()
    assert len(after_text.splitlines()) == len(before_text.splitlines()) + 1
    assert "proposal 1 by vol" in after_text.splitlines()[-1]
    lex = load_lexicon(keywords)
    assert any(e.term == CODE_WORD for e in lex.entries)
    new = watch.classifier(keywords)  # the next job's classifier: rebuilt, no restart
    assert new.lexicon_version == lex.version != old.lexicon_version
    assert new.assess({"title": HIT_2}).flagged
    from review.models import AuditEvent

    with session_scope() as s:
        ev = s.query(AuditEvent).filter_by(action="lexicon_accept").one()
        assert ev.actor == "lead1" and ev.details["lexicon_after"] == lex.version
        P.revert(s, pid, actor="lead1", actor_role="lead", note="trial over")
    assert (keywords / "ivory.yaml").read_text(encoding="utf-8") == before_text
    assert not watch.classifier(keywords).assess({"title": HIT_2}).flagged


def test_a_hand_edit_since_the_preview_is_not_overwritten(store_url, keywords, labeled_file):
    from review import proposals as P

    with session_scope() as s:
        users(s)
        pid = P.create_proposal(s, spec(), author="vol").id
        P.preview(s, pid, labeled_files=[labeled_file], undecided_limit=10)
        path = keywords / "ivory.yaml"
        edited = path.read_text(encoding="utf-8") + "# a volunteer's note, saved by hand\n"
        path.write_text(edited, encoding="utf-8")
        with pytest.raises(P.ProposalError, match="ivory.yaml: changed since the preview"):
            P.accept(s, pid, actor="lead1", actor_role="lead")
        assert path.read_text(encoding="utf-8") == edited
        assert P.get_proposal(s, pid).status == "previewed"


def test_reject_needs_a_note_and_a_lead(store_url, keywords):
    from review import proposals as P

    with session_scope() as s:
        users(s)
        pid = P.create_proposal(s, spec(op="retire", term="white gold", must_match=["象牙手镯 加微"],
                                        must_not_match=["white gold ring 18k"]), author="vol").id
        with pytest.raises(P.NotAllowed):
            P.reject(s, pid, actor="vol", actor_role="volunteer", note="no")
        with pytest.raises(P.ProposalError, match="say why"):
            P.reject(s, pid, actor="lead1", actor_role="lead", note=" ")
        assert P.reject(s, pid, actor="lead1", actor_role="lead", note="it still helps").status == "rejected"
        with pytest.raises(P.ProposalError, match="already rejected"):
            P.accept(s, pid, actor="lead1", actor_role="lead")


def seed(s, rows):
    """rows: (title, decision or None, reason code, tlp) -> case ids, assessed by the real classifier."""
    import itertools

    from sqlalchemy import select, update

    from classifiers import load_classifier
    from crawler.listing import check_listing
    from review.cases import decide
    from review.intake import open_cases, store_assessments, store_listings
    from review.models import Case, ListingVersion

    clf = load_classifier()
    items = [check_listing({"platform": "demo-zh", "listing_id": f"P{k}", "url": f"https://demo-zh.example/{k}",
                            "seller_id": f"s{k}", "title": title, "description": "", "lang": "zh"})
             for k, (title, *_rest) in zip(itertools.count(1), rows)]
    vids = store_listings(s, items)
    assessed = []
    for vid, it in zip(vids, items):
        a = clf.assess({"title": it["title"], "description": ""})
        d = a.to_dict()
        assessed.append({"listing_version_id": vid, "lexicon_version": clf.lexicon_version,
                         "model_version": clf.model_version, "score": a.score, "label": a.label, "flagged": True,
                         "categories": list(a.categories), "matches": json.loads(json.dumps(d["matches"])),
                         "cues": [], "contacts": [], "explanation": ""})
    aids = store_assessments(s, assessed)
    listing_of = dict(s.execute(select(ListingVersion.id, ListingVersion.listing_id)
                                .where(ListingVersion.id.in_(vids))).all())
    ids = open_cases(s, [{"listing_id": listing_of[v], "assessment_id": aids[v], "version_id": v, "group": "general",
                          "priority": "normal", "rule": "t", "score": 0.9, "capture": None, "fetched_at": None}
                         for v in vids], {})
    for cid, (_, action, code, tlp) in zip(ids, rows):
        s.execute(update(Case).where(Case.id == cid).values(tlp=tlp))
        if action:
            decide(s, cid, actor="tester", action=action, reason_code=code)
    return ids


def test_term_precision_and_code_word_candidates(store_url, keywords):
    from classifiers import load_lexicon
    from review.term_stats import code_word_candidates, term_figures, terms_to_review

    rows = [("象牙手镯 雪域冰晶料 加微看货", "confirm", "named-species", "GREEN"),
            ("象牙手串 雪域冰晶料 私聊", "confirm", "named-species", "RED"),
            ("象牙白 衬衫 雪纺", "dismiss", "colour-or-idiom", "CLEAR"),
            ("象牙白色 窗帘", "dismiss", "colour-or-idiom", "CLEAR"),
            ("象牙 雕刻 老料", None, None, "AMBER")]
    with session_scope() as s:
        ids = seed(s, rows)
        figures = term_figures(s)
        lex = load_lexicon(keywords)
        cands = code_word_candidates(s, lex)
    ivory = figures["象牙手镯"]
    assert ivory["positive"] == 1 and ivory["dismissed"] == 0 and ivory["precision"] == 1.0
    assert ivory["hits_7"] == 1 and ivory["last_hit"] is not None
    top = {c["gram"]: c for c in cands}
    assert "雪域冰晶料" in top and top["雪域冰晶料"]["confirmed"] == 2
    assert top["雪域冰晶料"]["examples"] == [ids[0]]  # the RED case is not an example
    assert not any("象牙" in g for g in top)  # covered by the lexicon
    review = terms_to_review(lex, figures)
    assert "象牙手镯" not in review["not_hit_90_days"]

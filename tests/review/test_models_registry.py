"""Trained models in the store and the switch between them (issue 11): `wildwatch train
--from-store` records a candidate with figures beside the active model's; leads switch; the
classifier and the workers' watch load the active model; a broken pointer is refused."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import oversight_seed as seed

REPO = Path(__file__).resolve().parents[2]
LISTING = {"id": "t-1", "title": "出售象牙手镯", "description": "老料 微信 ivory88"}


def _run(*args):
    from cli.main import app

    return CliRunner().invoke(app, list(args), catch_exceptions=False, env={"COLUMNS": "220"})


def _variant(threshold: float, intercept_shift: float, note: str) -> str:
    """The shipped model with another threshold and intercept: scores every topical listing differently."""
    from classifiers.model import DEFAULT_MODEL_PATH, Model, version_of

    m = Model.from_json(DEFAULT_MODEL_PATH.read_text(encoding="utf-8"))
    m.threshold, m.pos.intercept = threshold, m.pos.intercept + intercept_shift
    m.trained_on = {**m.trained_on, "note": note}
    m.version = version_of(m)
    return m.to_json() + "\n"


@pytest.fixture
def people(store_url):
    from review.db import session_scope

    with session_scope() as s:
        seed.user(s, "lead1", "lead", ["zh-analysts"])
        seed.user(s, "ana", "analyst", ["zh-analysts"])
    return store_url


def test_switch_points_the_classifier_at_the_candidate_and_back(people):
    from classifiers.model import DEFAULT_MODEL_PATH, active_pointer, load_model
    from review import models_registry as registry
    from review.db import session_scope
    from review.models import AuditEvent, ModelSwitch

    text = _variant(0.3, -4.0, "test")
    with session_scope() as s:
        row = registry.record_candidate(s, text, trained_by="mei", figures={"method": "x"}, source={"files": []})
        again = registry.record_candidate(s, text, trained_by="other", figures={}, source={})
        cid, sha = row.id, row.sha256
        assert again.id == cid  # one row per SHA-256
        current, problem = registry.active(s)
        assert current.kind == "shipped" and problem is None
    assert not active_pointer().exists() and load_model().sha256 == current.sha256
    before = load_model()

    with session_scope() as s:
        registry.switch(s, sha[:10], actor="lead1", actor_role="lead", note="better recall")
    assert active_pointer().read_text().strip() == sha
    after = load_model()
    assert after.sha256 == sha and after.threshold == 0.3 and after.version != before.version
    with session_scope() as s:
        rows = registry.rows(s)
        assert [r["id"] for r in rows if r["active"]] == [cid]
        with pytest.raises(registry.RegistryError, match="already the active one"):
            registry.switch(s, cid, actor="lead1", actor_role="lead")

    with session_scope() as s:
        back = registry.switch_back(s, actor="lead1", actor_role="lead")
        assert back.kind == "shipped"
    assert not active_pointer().exists() and load_model().sha256 == before.sha256
    assert DEFAULT_MODEL_PATH.is_file()
    with session_scope() as s:
        switches = s.query(ModelSwitch).order_by(ModelSwitch.id).all()
        assert [(w.model_id, w.previous_id) for w in switches] == [(cid, current.id), (current.id, cid)]
        events = [e for e in s.query(AuditEvent).all() if e.action == "model_switch"]
        assert len(events) == 2 and events[0].details["sha256"] == sha and events[0].actor == "lead1"
        hist = registry.history(s)
        assert hist[0]["model_id"] == current.id and hist[1]["note"] == "better recall"


def test_only_leads_and_admins_switch(people):
    from classifiers.model import active_pointer
    from review import models_registry as registry
    from review.db import session_scope

    with session_scope() as s:
        row = registry.record_candidate(s, _variant(0.4, 0.0, "a"), trained_by="mei", figures={}, source={})
        for role in ("analyst", "volunteer", "partner"):
            with pytest.raises(registry.NotAllowed):
                registry.switch(s, row.id, actor="x", actor_role=role)
        with pytest.raises(registry.NotAllowed):
            registry.switch_back(s, actor="x", actor_role="analyst")
    assert not active_pointer().exists()
    res = _run("models", "switch", str(row.id), "--by", "ana")
    assert res.exit_code == 1 and "leads and admins" in res.output
    res = _run("models", "switch", "back", "--by", "lead1")
    assert res.exit_code == 1 and "no earlier switch" in res.output


def test_refs_and_a_broken_pointer(people):
    from classifiers.model import active_pointer, candidate_path, load_model, models_dir
    from review import models_registry as registry
    from review.db import session_scope

    with session_scope() as s:
        a = registry.record_candidate(s, _variant(0.4, 0.0, "a"), trained_by="mei", figures={}, source={})
        aid, sha = a.id, a.sha256
        assert registry.get(s, "shipped").kind == "shipped"
        assert registry.get(s, sha[:8]).id == aid and registry.get(s, str(aid)).id == aid
        for bad in ("zz", "ffffffffff", "999"):
            with pytest.raises(registry.RegistryError):
                registry.get(s, bad)
        registry.switch(s, aid, actor="lead1", actor_role="lead")
    # the file gone: loading refuses (no silent fall-back to other weights); switching writes it back
    candidate_path(sha).unlink()
    with pytest.raises(ValueError, match="missing"):
        load_model()
    with session_scope() as s:
        registry.switch(s, "shipped", actor="lead1", actor_role="lead")
        registry.switch(s, aid, actor="lead1", actor_role="lead")
    assert load_model().sha256 == sha
    # an altered file or a pointer that is not an id: refused with the file named
    candidate_path(sha).write_text(_variant(0.5, 0.0, "b"), encoding="utf-8")
    with pytest.raises(ValueError, match="does not match"):
        load_model()
    active_pointer().write_text("../../etc/passwd\n")
    with pytest.raises(ValueError, match="line 1: .* not a model id"):
        load_model()
    assert str(models_dir()) in str(active_pointer())
    with session_scope() as s:
        row, problem = registry.active(s)
        assert row is None and "not a model id" in problem


def test_the_workers_watch_picks_up_a_switch(people):
    from classifiers.model import active_pointer
    from review import models_registry as registry
    from review.db import session_scope
    from workers.lexicon_watch import LexiconWatch

    kw = REPO / "config" / "keywords"
    watch = LexiconWatch()
    first = watch.classifier(kw)
    assert watch.classifier(kw) is first
    with session_scope() as s:
        row = registry.record_candidate(s, _variant(0.3, -4.0, "w"), trained_by="mei", figures={}, source={})
        registry.switch(s, row.id, actor="lead1", actor_role="lead")
        sha = row.sha256
    second = watch.classifier(kw)
    assert second.model.sha256 == sha and second.lexicon_version == first.lexicon_version
    assert second.assess(LISTING).score != first.assess(LISTING).score
    active_pointer().write_text("nonsense\n")
    assert watch.classifier(kw) is second  # a broken pointer keeps the last good model
    with session_scope() as s:
        registry.switch(s, "shipped", actor="lead1", actor_role="lead")
    assert watch.classifier(kw).model.sha256 == first.model.sha256


def test_classify_uses_the_active_model(people, tmp_path):
    """A separate process (as a worker or the CLI is): the model sha it reports and the score."""
    from review import models_registry as registry
    from review.db import session_scope

    data = tmp_path / "one.jsonl"
    data.write_text(json.dumps(LISTING, ensure_ascii=False) + "\n", encoding="utf-8")
    code = ("import json,sys; from classifiers import load_classifier; c = load_classifier(); "
            "a = c.assess(json.loads(open(sys.argv[1]).readline())); "
            "print(json.dumps([c.model.sha256, c.model_version, a.score]))")

    def run():
        out = subprocess.run([sys.executable, "-c", code, str(data)], capture_output=True, text=True,
                             env={**os.environ}, cwd=REPO, check=True)
        return json.loads(out.stdout)

    sha0, _v0, score0 = run()
    with session_scope() as s:
        row = registry.record_candidate(s, _variant(0.3, -4.0, "c"), trained_by="mei", figures={}, source={})
        registry.switch(s, row.id, actor="lead1", actor_role="lead")
        sha, version = row.sha256, row.version
    sha1, v1, score1 = run()
    assert (sha1, v1) == (sha, version) and sha0 != sha and score1 < score0


@pytest.fixture
def decided(people, monkeypatch):
    from config.settings import get_settings
    from review.db import session_scope

    monkeypatch.setenv("WILDWATCH_QA_DECISION_RATE", "0")
    get_settings.cache_clear()
    with session_scope() as s:
        from review import accounts

        ana = accounts.get_user(s, "ana")
        ivory = seed.cases(s, 8, categories=["ivory"], title="出售象牙手镯", description="老料 微信 ivory88")
        maybe = seed.cases(s, 7, categories=["ivory"], title="猛犸象牙雕件", description="懂的来")
        white = seed.cases(s, 9, categories=["ivory"], title="象牙白 连衣裙", description="颜色：象牙白，全新")
        for cid in ivory:
            seed.decide(s, cid, ana, "confirm", "code-word")
        for cid in maybe:
            seed.decide(s, cid, ana, "suspicious", "ambiguous-material")
        for cid in white:
            seed.decide(s, cid, ana, "dismiss", "colour-or-idiom")
    return people


def test_train_from_store_records_a_candidate_beside_the_active_model(decided):
    from classifiers.model import active_pointer, candidate_path, load_model
    from review import models_registry as registry
    from review.db import session_scope

    shipped_sha = load_model().sha256
    res = _run("train", "--from-store", "--no-labeled-sets", "--folds", "3", "--by", "mei")
    assert res.exit_code == 0, res.output
    assert "candidate model" in res.output and "nothing changes until a lead switches" in res.output
    assert not active_pointer().exists() and load_model().sha256 == shipped_sha  # not switched
    with session_scope() as s:
        cand = [r for r in registry.rows(s) if r["kind"] == "candidate"]
        assert len(cand) == 1
        r = cand[0]
        current, _ = registry.active(s)
        sbs = registry.side_by_side(s.get(registry.ModelVersion, r["id"]), current)
    assert candidate_path(r["sha256"]).is_file() and r["trained_by"] == "mei" and r["n_train"] == 24
    assert r["source"]["store_cases"] == 24 and r["source"]["store_labels"] == {"benign": 9, "illegal": 8,
                                                                                  "suspicious": 7}
    f = r["figures"]
    assert f["baseline"]["sha256"] == shipped_sha and f["cv"]["n"] == 24
    # the shipped model never saw the decided cases: both sides are scored on all 24, held out
    assert sbs["same_baseline"] and sbs["compared"]["n"] == 24
    for side in ("candidate", "baseline"):
        assert {k for k, _ in registry.METRICS} <= set(sbs["compared"][side])
        assert sbs["compared"][side]["n"] == 24 and "zh" in sbs["compared"][side]["by_lang"]
    assert "decided cases" in sbs["compared"]["by_source"]
    assert "confirm rate" in sbs["compared"]["by_source"]["decided cases"]["note"]
    frozen = f["frozen"]  # never trained on by either: shown, labelled as the frozen test set
    assert frozen["file"] == "tests/data/unseen.jsonl" and frozen["n"] > 500
    listed = _run("models", "list")
    assert listed.exit_code == 0 and f"{r['sha256'][:12]}" in listed.output and "vs" in listed.output
    res = _run("models", "switch", str(r["id"]), "--by", "lead1", "--note", "try it")
    assert res.exit_code == 0, res.output
    cur = _run("models", "current")
    assert r["sha256"] in cur.output

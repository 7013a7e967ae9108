"""The classifier models page (issue 11): leads see each candidate's figures beside the active
model's and switch; volunteers and analysts cannot see or switch (403); CSRF is checked; the
switch changes the model classification loads; hostile names are escaped."""
from __future__ import annotations

import re

import pytest

LISTING = {"id": "t-1", "title": "出售象牙手镯", "description": "老料 微信 ivory88"}


def scores(p, r, pr_auc, ill, traps, n=40) -> dict:
    f1 = 2 * p * r / (p + r)
    one = {"n": n, "precision": p, "recall": r, "f1": f1, "pr_auc": pr_auc, "illegal_recall": ill,
           "trap_false_flag_rate": traps, "label_accuracy": 0.9, "illegal_labelled_illegal": 0.8}
    return {**one, "by_lang": {"zh": dict(one, n=n // 2), "en": dict(one, n=n - n // 2)}}


def figures(baseline_sha: str, n: int = 40) -> dict:
    """What cli/train_data.figures records, with chosen numbers: the candidate better on recall."""
    cand, base = scores(0.91, 0.88, 0.93, 0.9, 0.05, n), scores(0.87, 0.71, 0.85, 0.75, 0.12, n)
    return {"method": "5-fold CV", "folds": 5, "C": 1.0, "threshold": 0.6,
            "baseline": {"sha256": baseline_sha, "version": "lr-shipped", "training_ids": 540},
            "cv": {**cand, "n": n + 10},
            "compared": {"n": n, "note": f"{n} of {n + 10} training listings are not in the active model's training data",
                         "candidate": cand, "baseline": base,
                         "by_source": {"decided cases": {"n": n, "candidate": cand, "baseline": base,
                                                         "note": "decided cases exist only for flagged listings"}}},
            "frozen": {"file": "tests/data/unseen.jsonl", "n": 528, "candidate": scores(0.9, 0.86, 0.9, 0.88, 0.06, 528),
                       "baseline": scores(0.89, 0.8, 0.88, 0.85, 0.08, 528)}}


def variant(threshold: float, shift: float, note: str) -> str:
    from classifiers.model import DEFAULT_MODEL_PATH, Model, version_of

    m = Model.from_json(DEFAULT_MODEL_PATH.read_text(encoding="utf-8"))
    m.threshold, m.pos.intercept = threshold, m.pos.intercept + shift
    m.trained_on = {**m.trained_on, "note": note}
    m.version = version_of(m)
    return m.to_json() + "\n"


@pytest.fixture
def candidate(web_store):
    """A recorded candidate measured against the shipped (active) model: (id, sha256)."""
    from review import models_registry as registry
    from review.db import session_scope

    with session_scope() as s:
        shipped = registry.shipped(s)
        row = registry.record_candidate(s, variant(0.3, -4.0, "web"), trained_by="<b>mei</b>",
                                        figures=figures(shipped.sha256),
                                        source={"files": [{"name": "<i>dev</i>.jsonl", "n": 10}], "store_cases": 40})
        return row.id, row.sha256


@pytest.mark.parametrize("role", ["volunteer", "analyst", "partner"])
def test_others_cannot_see_or_switch(role, candidate, make_user, client_for):
    from classifiers.model import active_pointer

    cid, _ = candidate
    pw = make_user("someone", role, groups=["general"], platforms=["demo-zh"] if role == "partner" else ())
    c = client_for("someone", pw)
    assert c.get("/models").status_code == 403
    assert c.post(f"/models/{cid}/switch", data={"csrf_token": c.csrf}).status_code == 403
    assert c.post("/models/back", data={"csrf_token": c.csrf}).status_code == 403
    assert not active_pointer().exists()
    assert 'href="/models"' not in c.get("/").text


def test_lead_sees_both_columns_and_switches_and_back(candidate, make_user, client_for):
    from classifiers import Classifier, load_lexicon
    from classifiers.model import active_pointer, load_model
    from config.settings import get_settings
    from review.db import session_scope
    from review.models import AuditEvent

    cid, sha = candidate
    shipped_sha = load_model().sha256
    lead = client_for("lee", make_user("lee", "lead", groups=["general"]))
    page = lead.get("/models")
    assert page.status_code == 200 and 'href="/models"' in page.text
    table = re.search(rf'<table class="data compact" id="compare-{cid}">(.*?)</table>', page.text, re.S).group(1)
    assert "This model" in table and "Active model" in table
    recall = re.search(r'data-metric="recall">(.*?)</tr>', table, re.S).group(1)
    assert "<strong>0.880</strong>" in recall and "0.710" in recall  # the better side stands out
    assert "False flags on look-alikes" in table and "PR-AUC" in table
    assert f'id="compare-{cid}-lang-zh"' in page.text and "<svg" in page.text
    assert "Frozen test set tests/data/unseen.jsonl (528)" in page.text and "not for choosing" in page.text
    assert "cross-validation on all 50 training listings" in page.text
    assert "&lt;b&gt;mei&lt;/b&gt;" in page.text and "<b>mei</b>" not in page.text
    assert "&lt;i&gt;dev&lt;/i&gt;.jsonl" in page.text

    before = Classifier(load_lexicon(get_settings().keywords_dir), load_model()).assess(LISTING)
    resp = lead.post(f"/models/{cid}/switch", data={"csrf_token": lead.csrf, "note": "better recall"},
                     follow_redirects=False)
    assert resp.status_code == 303 and resp.headers["location"] == f"/models?switched={cid}"
    assert active_pointer().read_text().strip() == sha
    after_model = load_model()
    assert after_model.sha256 == sha
    after = Classifier(load_lexicon(get_settings().keywords_dir), after_model).assess(LISTING)
    assert after.score != before.score
    page = lead.get(resp.headers["location"])
    assert f"Classification now uses model {cid}" in page.text and "Switch back to #" in page.text
    assert re.search(rf'id="active-model">.*?<strong>#{cid}</strong>', page.text, re.S)
    assert "better recall" in page.text
    # a second click on the same model: refused, nothing changes
    again = lead.post(f"/models/{cid}/switch", data={"csrf_token": lead.csrf})
    assert again.status_code == 409 and "already the active one" in again.text

    resp = lead.post("/models/back", data={"csrf_token": lead.csrf}, follow_redirects=False)
    assert resp.status_code == 303 and not active_pointer().exists() and load_model().sha256 == shipped_sha
    with session_scope() as s:
        events = [e for e in s.query(AuditEvent).order_by(AuditEvent.id) if e.action == "model_switch"]
    assert [e.actor for e in events] == ["lee", "lee"] and events[0].details["sha256"] == sha
    assert events[1].details["previous"] == sha


def test_switch_needs_the_csrf_token(candidate, make_user, client_for):
    from classifiers.model import active_pointer

    cid, _ = candidate
    lead = client_for("lee", make_user("lee", "lead", groups=["general"]))
    assert lead.post(f"/models/{cid}/switch", data={"csrf_token": "stale"}).status_code == 403
    assert lead.post(f"/models/{cid}/switch", data={}).status_code == 403
    assert lead.post("/models/back", data={"csrf_token": ""}).status_code == 403
    assert not active_pointer().exists()


def test_a_candidate_measured_against_another_model_says_so(candidate, make_user, client_for):
    from review import models_registry as registry
    from review.db import session_scope

    cid, _ = candidate
    with session_scope() as s:
        other = registry.record_candidate(s, variant(0.5, 0.0, "old"), trained_by="mei",
                                          figures=figures("ab" * 32), source={})
        oid = other.id
    lead = client_for("lee", make_user("lee", "lead", groups=["general"]))
    page = lead.get("/models")
    section = re.search(rf'id="model-{oid}">(.*?)</section>', page.text, re.S).group(1)
    assert "Not compared with the active model" in section and "train again" in section
    assert f'id="compare-{oid}"' not in page.text and f'id="compare-{cid}"' in page.text
    assert lead.post("/models/999/switch", data={"csrf_token": lead.csrf}).status_code == 400

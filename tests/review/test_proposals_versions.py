"""Lexicon versions in the store and rollback in one action (issue 11): accepting and reverting
record versions, hand edits are recorded before anything is written over them, a rollback
writes an earlier version's files back and a running worker's classifier follows by itself.
Real store (SQLite; PostgreSQL with WILDWATCH_TEST_DATABASE_URL), real loader and classifier."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from review.db import session_scope

ROOT = Path(__file__).resolve().parents[2]
CODE_WORD = "glacier white stock"
HIT = "Glacier white stock beads 108, discreet shipping"


def spec(**over):
    base = {"op": "add", "term": CODE_WORD, "variants": [], "category": "ivory", "kind": "name", "weight": 0.95,
            "lang": "en", "reason": "three confirmed cases used it", "source": "analyst notes",
            "must_match": ["glacier white stock bangle"], "must_not_match": ["glacier white paint"]}
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


def accepted(s, **over) -> int:
    from review import proposals as P

    pid = P.create_proposal(s, spec(**over), author="vol").id
    P.preview(s, pid, labeled_files=[], undecided_limit=10)
    P.accept(s, pid, actor="lead1", actor_role="lead")
    return pid


def snapshot(d: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(d.glob("*.y*ml"))}


def test_versions_recorded_and_rollback_restores_files_and_results(store_url, keywords):
    from classifiers import load_lexicon
    from review import lexicon_versions as V
    from review.models import AuditEvent
    from workers.lexicon_watch import LexiconWatch

    original = snapshot(keywords)
    watch = LexiconWatch()
    assert not watch.classifier(keywords).assess({"title": HIT}).flagged
    with session_scope() as s:
        pid = accepted(s)
        rows = V.history(s)
    assert [r["action"] for r in rows] == ["accept", "baseline"]
    assert rows[0]["proposal_id"] == pid and rows[0]["changed_files"] == ["ivory.yaml"]
    assert rows[0]["version"] == load_lexicon(keywords).version and rows[1]["files"] == len(original)
    assert watch.classifier(keywords).assess({"title": HIT}).flagged
    with session_scope() as s:
        [d] = V.diff(s, rows[0]["id"])
    assert d["file"] == "ivory.yaml" and any(k == "+" and CODE_WORD in t for k, t in d["lines"])

    # someone saves a note by hand; then a lead rolls back to the baseline
    hand = (keywords / "trade_cues.yaml").read_text(encoding="utf-8") + "# checked by hand, 2026-12\n"
    (keywords / "trade_cues.yaml").write_text(hand, encoding="utf-8")
    with session_scope() as s:
        with pytest.raises(V.NotAllowed, match="only a lead or an admin"):
            V.rollback(s, rows[1]["id"], actor="vol", actor_role="volunteer", directory=keywords)
        v = V.rollback(s, rows[1]["id"], actor="lead1", actor_role="lead", directory=keywords, note="bad week")
        assert v.action == "rollback" and v.restored_id == rows[1]["id"]
        after = V.history(s)
        ev = s.query(AuditEvent).filter_by(action="lexicon_rollback").one()
        assert ev.actor == "lead1" and ev.details["to"] == rows[1]["version"]
    assert snapshot(keywords) == original
    assert [r["action"] for r in after] == ["rollback", "found", "accept", "baseline"]
    # the workers' classifier follows the files: the old result is back, without a restart
    assert not watch.classifier(keywords).assess({"title": HIT}).flagged
    assert watch.classifier(keywords).lexicon_version == rows[1]["version"]

    # nothing was lost: rolling "forward" to the recorded hand edit brings it and the term back
    with session_scope() as s:
        V.rollback(s, after[1]["id"], actor="lead1", actor_role="lead", directory=keywords)
        with pytest.raises(V.VersionError, match="is what config/keywords holds now"):
            V.rollback(s, after[1]["id"], actor="lead1", actor_role="lead", directory=keywords)
    assert (keywords / "trade_cues.yaml").read_text(encoding="utf-8") == hand
    assert watch.classifier(keywords).assess({"title": HIT}).flagged


def test_revert_is_a_version_and_a_file_edited_during_rollback_is_not_overwritten(store_url, keywords):
    from review import lexicon_versions as V
    from review import proposals as P
    from review import lexicon_change as lc

    with session_scope() as s:
        pid = accepted(s)
        P.revert(s, pid, actor="lead1", actor_role="lead", note="trial over")
        rows = V.history(s)
        assert [r["action"] for r in rows] == ["revert", "accept", "baseline"]
        assert rows[0]["version"] == rows[2]["version"]  # reverting gives back the same lexicon
        accept_id = rows[1]["id"]
    # the directory changes between the moment a rollback reads it and the moment it writes
    current = lc.read_files(keywords)
    (keywords / "ivory.yaml").write_text(current["ivory.yaml"] + "# late hand edit\n", encoding="utf-8")
    with pytest.raises(lc.ChangeError, match="ivory.yaml: changed on disk"):
        lc.write(keywords, current, {"ivory.yaml": "entries: []\n"})
    assert (keywords / "ivory.yaml").read_text(encoding="utf-8").endswith("# late hand edit\n")
    with session_scope() as s:
        V.rollback(s, accept_id, actor="lead1", actor_role="lead", directory=keywords)
        assert [r["action"] for r in V.history(s)][:2] == ["rollback", "found"]
    assert CODE_WORD in (keywords / "ivory.yaml").read_text(encoding="utf-8")


def test_cli_trial_versions_and_rollback(store_url, keywords):
    from click.testing import CliRunner

    from cli.main import app
    from review import accounts
    from review import proposals as P

    with session_scope() as s:
        for name, role in (("vol", "volunteer"), ("lead1", "lead")):
            accounts.create_user(s, name, role, password="pw-" + name * 3, actor="test")
        pid = P.create_proposal(s, spec(), author="vol").id
        P.preview(s, pid, labeled_files=[], undecided_limit=10)
    run = CliRunner().invoke
    assert "no version recorded yet" in run(app, ["lexicon", "versions"]).output
    r = run(app, ["lexicon", "trial", str(pid), "--by", "vol"])
    assert r.exit_code == 1 and "only lead or admin may do this" in r.output
    r = run(app, ["lexicon", "trial", str(pid), "--by", "lead1", "--days", "3"])
    assert r.exit_code == 0 and f"proposal {pid} on trial" in r.output
    assert run(app, ["lexicon", "accept", str(pid), "--by", "lead1"]).exit_code == 0
    out = run(app, ["lexicon", "versions"]).output.splitlines()
    assert "accept proposal" in out[0] and "ivory.yaml" in out[0] and "baseline" in out[1]
    r = run(app, ["lexicon", "rollback", "1", "--by", "vol"])
    assert r.exit_code == 1 and "only lead or admin" in r.output
    r = run(app, ["lexicon", "rollback", "1", "--by", "lead1", "--note", "undo"])
    assert r.exit_code == 0 and "rolled back to version 1" in r.output
    assert CODE_WORD not in (keywords / "ivory.yaml").read_text(encoding="utf-8")
    r = run(app, ["lexicon", "rollback", "99", "--by", "lead1"])
    assert r.exit_code == 1 and "no lexicon version 99" in r.output

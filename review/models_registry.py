"""Trained classifier models in the store, and switching classification between them (issue 11).

`wildwatch train --from-store` writes a candidate under the data directory
(classifiers.model.models_dir()/<sha256>.json) and records it here with its cross-validated
figures beside those of the model that was active when it was trained, measured on the same
held-out listings (cli/train_data.py). A lead looks at both columns and switches; the switch is
the atomic pointer file classifiers.model reads (workers notice it by themselves,
workers/lexicon_watch.py), an append-only row of model_switches and an audit event.

    record_candidate(s, text, trained_by="mei", figures={...}, source={...})
    rows(s)                                   # newest first, the active one marked
    switch(s, "3", actor="lead1", actor_role="lead")    # id, SHA-256 prefix or "shipped"
    switch_back(s, actor="lead1", actor_role="lead")    # to the model active before the last switch

Assessments record model.version; each row holds both that version and the file's SHA-256, so
every decision can be traced to the exact weights that produced it.
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from classifiers.model import DEFAULT_MODEL_PATH, Model, active_sha256, save_candidate, set_active

from .accounts import record_event
from .intake import insert
from .models import ModelSwitch, ModelVersion

SWITCH_ROLES = ("lead", "admin")
# (key in the figures, label): what the page and `wildwatch models` show side by side
METRICS = (("precision", "Precision"), ("recall", "Recall"), ("f1", "F1"), ("pr_auc", "PR-AUC"),
           ("illegal_recall", "Illegal recall"), ("trap_false_flag_rate", "False flags on look-alikes"))
LOWER_IS_BETTER = {"trap_false_flag_rate"}


class RegistryError(ValueError):
    def __init__(self, problems: list[str] | str):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("; ".join(self.problems))


class NotAllowed(RegistryError):
    """The actor's role may not switch models."""


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _parse(text: str, where: str) -> Model:
    try:
        return Model.from_json(text, where)
    except ValueError as exc:
        raise RegistryError(str(exc)) from None


def record_candidate(s: Session, text: str, trained_by: str, figures: dict, source: dict,
                     note: str | None = None) -> ModelVersion:
    """Write the model file under the data directory and record it (once per SHA-256: training
    the same data again gives the same bytes and the same row)."""
    model = _parse(text, "candidate model")
    sha, _path = save_candidate(text)
    row = s.scalars(select(ModelVersion).where(ModelVersion.sha256 == sha)).first()
    if row is not None:
        return row
    row = ModelVersion(sha256=sha, version=model.version[:100], kind="candidate", trained_by=trained_by[:100],
                       lexicon_version=str(model.trained_on.get("lexicon_version") or "")[:100] or None,
                       n_train=int(model.trained_on.get("n") or 0), source=source, figures=figures,
                       model_json=text, note=note, created_at=_now())
    s.add(row)
    s.flush()
    return row


def shipped(s: Session) -> ModelVersion | None:
    """The row of the shipped classifiers/model.json as it is now (recorded on first sight)."""
    try:
        data = DEFAULT_MODEL_PATH.read_bytes()
    except FileNotFoundError:
        return None
    sha = hashlib.sha256(data).hexdigest()
    row = s.scalars(select(ModelVersion).where(ModelVersion.sha256 == sha)).first()
    if row is not None:
        return row
    text = data.decode("utf-8")
    model = _parse(text, str(DEFAULT_MODEL_PATH))
    t = model.trained_on
    s.execute(insert(s, ModelVersion).on_conflict_do_nothing(index_elements=["sha256"]), [{
        "sha256": sha, "version": model.version[:100], "kind": "shipped", "trained_by": "shipped with wildwatch",
        "lexicon_version": str(t.get("lexicon_version") or "")[:100] or None, "n_train": int(t.get("n") or 0),
        "source": {"files": [{"name": str(t.get("file") or "?"), "sha256": t.get("sha256"), "n": t.get("n")}],
                   "store_cases": 0},
        "figures": {}, "model_json": text, "note": None, "created_at": _now()}])
    return s.scalars(select(ModelVersion).where(ModelVersion.sha256 == sha)).one()


def active(s: Session) -> tuple[ModelVersion | None, str | None]:
    """(the row of the model classification uses, a problem): no row when the pointer names a
    model this store does not know (written on another machine, or by hand)."""
    try:
        sha = active_sha256()
    except ValueError as exc:
        return None, str(exc)
    if sha is None:
        row = shipped(s)
        return row, None if row else f"no active model and no {DEFAULT_MODEL_PATH.name}: the hand-set rules are used"
    row = s.scalars(select(ModelVersion).where(ModelVersion.sha256 == sha)).first()
    return row, None if row else f"the active model {sha[:12]} is not recorded in this store"


def get(s: Session, ref: str | int) -> ModelVersion:
    """A model by id, by a SHA-256 prefix (at least 6 hex digits) or "shipped"."""
    ref = str(ref).strip().lower()
    if ref == "shipped":
        row = shipped(s)
    elif ref.isdigit() and len(ref) < 6:
        row = s.get(ModelVersion, int(ref))
    elif len(ref) >= 6 and all(c in "0123456789abcdef" for c in ref):
        found = s.scalars(select(ModelVersion).where(ModelVersion.sha256.startswith(ref)).limit(2)).all()
        if len(found) > 1:
            raise RegistryError(f"{ref}: more than one model starts so; give more of its SHA-256")
        row = found[0] if found else None
    else:
        raise RegistryError(f"{ref[:80]!r}: give a model id, a SHA-256 prefix (6+ hex digits) or 'shipped'")
    if row is None:
        raise RegistryError(f"no model {ref[:80]!r} (`wildwatch models list` shows them)")
    return row


def rows(s: Session) -> list[dict]:
    """Every recorded model, newest first, as plain dicts (the active one marked)."""
    current, _ = active(s)
    out = []
    for r in s.scalars(select(ModelVersion).order_by(ModelVersion.id.desc())):
        out.append({"id": r.id, "sha256": r.sha256, "version": r.version, "kind": r.kind, "trained_by": r.trained_by,
                    "lexicon_version": r.lexicon_version, "n_train": r.n_train, "source": r.source or {},
                    "figures": r.figures or {}, "note": r.note, "created_at": r.created_at,
                    "active": current is not None and r.id == current.id})
    return out


def history(s: Session, limit: int = 50) -> list[dict]:
    q = select(ModelSwitch).order_by(ModelSwitch.id.desc()).limit(limit)
    names = {r.id: (r.sha256[:12], r.version) for r in s.scalars(select(ModelVersion))}
    return [{"id": w.id, "model_id": w.model_id, "model": names.get(w.model_id), "previous_id": w.previous_id,
             "previous": names.get(w.previous_id), "actor": w.actor, "note": w.note, "created_at": w.created_at}
            for w in s.scalars(q)]


def side_by_side(candidate: ModelVersion | dict, current: ModelVersion | None) -> dict:
    """The candidate's figures beside the active model's, when they were measured on the same
    held-out listings (the active model was the baseline at training time); else why not."""
    figures = (candidate.figures if isinstance(candidate, ModelVersion) else candidate.get("figures")) or {}
    compared = figures.get("compared") or {}
    base = figures.get("baseline") or {}
    out = {"method": figures.get("method"), "cv": figures.get("cv"), "compared": compared or None,
           "frozen": figures.get("frozen"), "baseline": base, "same_baseline": False, "why_not": None}
    if not figures:
        out["why_not"] = "no figures recorded (a shipped model: see its own training notes)"
    elif current is None:
        out["why_not"] = "the active model is not recorded in this store"
    elif base.get("sha256") != current.sha256:
        out["why_not"] = (f"measured against model {str(base.get('sha256') or '?')[:12]}, which was active when "
                          f"this one was trained; train again to compare with the active one")
    elif not compared.get("n"):
        out["why_not"] = compared.get("note") or "no listing was held out from both models"
    else:
        out["same_baseline"] = True
    return out


def switch(s: Session, ref: str | int, actor: str, actor_role: str, actor_id: int | None = None,
           note: str | None = None) -> ModelVersion:
    """Make model `ref` the one classification uses. Leads and admins only."""
    if actor_role not in SWITCH_ROLES:
        raise NotAllowed(f"switching models is for leads and admins; you are {actor_role!r}")
    target = get(s, ref)
    current, _problem = active(s)
    if current is not None and current.id == target.id:
        raise RegistryError(f"model {target.id} ({target.version}) is already the active one")
    _parse(target.model_json, f"model {target.id}")  # never point workers at a file they cannot load
    ship = shipped(s)
    s.add(ModelSwitch(model_id=target.id, previous_id=current.id if current else None, actor=actor[:100],
                      note=(note or "").strip()[:2000] or None, created_at=_now()))
    record_event(s, actor, "model_switch", target=f"model:{target.id}", user_id=actor_id,
                 details={"sha256": target.sha256, "version": target.version,
                          "previous": current.sha256 if current else None, "note": note or None})
    s.flush()
    # The pointer last: if anything above fails, nothing changed for the workers.
    if ship is not None and target.id == ship.id:
        set_active(None)
    else:
        sha, _ = save_candidate(target.model_json)  # written back if the file went missing
        if sha != target.sha256:
            raise RegistryError(f"model {target.id}: its stored text no longer matches its SHA-256")
        set_active(sha)
    return target


def switch_back(s: Session, actor: str, actor_role: str, actor_id: int | None = None,
                note: str | None = None) -> ModelVersion:
    """Back to the model that was active before the latest switch."""
    if actor_role not in SWITCH_ROLES:
        raise NotAllowed(f"switching models is for leads and admins; you are {actor_role!r}")
    last = s.scalars(select(ModelSwitch).order_by(ModelSwitch.id.desc()).limit(1)).first()
    if last is None or last.previous_id is None:
        raise RegistryError("no earlier switch to go back from")
    return switch(s, last.previous_id, actor, actor_role, actor_id, note or f"switched back (undoing switch {last.id})")


def previous_of_last_switch(s: Session) -> ModelVersion | None:
    last = s.scalars(select(ModelSwitch).order_by(ModelSwitch.id.desc()).limit(1)).first()
    return s.get(ModelVersion, last.previous_id) if last is not None and last.previous_id else None

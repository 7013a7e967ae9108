"""Shadow trials of lexicon proposals (issue 11; ROOST Coop's Background rules).

A lead puts a previewed proposal on trial for N days. While it runs, the classify job hands each
batch it assessed to `score_batch`: listings that contain one of the changed entries' keys (the
preview's pre-filter, review/lexicon_impact.DeltaFilter) are assessed again with the live lexicon
plus the change, and the ones it would flag differently, or where a changed entry matched, are
recorded (lexicon_shadow_hits). No case is opened and nothing live changes. The proposal page
shows the hits, and how reviewers later decided those listings; the lead promotes the proposal
(accepts it: review/proposals.accept) or drops the trial.

    start(s, proposal_id, actor="lead1", actor_role="lead", days=14)
    score_batch(live_classifier, [(listing_dict, version_row, live_assessment), ...])
    shadow_views(s, proposal_id)     # what the proposal page shows
    promote(s, shadow_id, ...) / drop(s, shadow_id, ...)
"""
from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from classifiers import Classifier, LexiconError

from . import lexicon_change as lc
from . import lexicon_impact as impact
from . import proposals as P
from .accounts import record_event
from .intake import insert
from .models import Case, LexiconProposal, LexiconShadow, ShadowHit

log = logging.getLogger(__name__)
MAX_DAYS = 90
SAMPLE = 25


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _aware(dt: datetime | None) -> datetime | None:
    return dt.replace(tzinfo=timezone.utc) if dt is not None and dt.tzinfo is None else dt


def start(s: Session, proposal_id: int, actor: str, actor_role: str, days: int = 14,
          actor_id: int | None = None, directory: Path | None = None) -> LexiconShadow:
    """Put a previewed proposal on trial for `days` days (a lead or an admin, not its author)."""
    p = P.get_proposal(s, proposal_id)
    P._check_decider(p, actor, actor_role)
    if p.status != "previewed":
        raise P.ProposalError(f"proposal {p.id} is {p.status}; only a previewed proposal goes on trial")
    try:
        days = int(days)
    except (TypeError, ValueError):
        raise P.ProposalError(f"days: {days!r} is not a whole number of days") from None
    if not 1 <= days <= MAX_DAYS:
        raise P.ProposalError(f"days: {days}; a trial runs from 1 to {MAX_DAYS} days")
    if running(s, proposal_id):
        raise P.ProposalError(f"proposal {p.id} is already on trial")
    _build(p.spec, p.author, p.id, Path(directory or P.keywords_dir()))  # refuse now what would not apply
    now = _now()
    sh = LexiconShadow(proposal_id=p.id, status="running", started_by=actor, started_at=now,
                       ends_at=now + timedelta(days=days), scored=0)
    s.add(sh)
    s.flush()
    record_event(s, actor, "lexicon_shadow_start", target=f"proposal:{p.id}", user_id=actor_id,
                 details={"shadow": sh.id, "term": p.term, "days": days})
    return sh


def running(s: Session, proposal_id: int | None = None, now: datetime | None = None) -> list[LexiconShadow]:
    """Trials still running (not past ends_at, the proposal still previewed)."""
    q = (select(LexiconShadow).join(LexiconProposal, LexiconProposal.id == LexiconShadow.proposal_id)
         .where(LexiconShadow.status == "running", LexiconShadow.ends_at > (now or _now()),
                LexiconProposal.status == "previewed"))
    if proposal_id is not None:
        q = q.where(LexiconShadow.proposal_id == proposal_id)
    return list(s.scalars(q))


def _end(s: Session, sh: LexiconShadow, status: str, actor: str, actor_id: int | None, note: str) -> None:
    sh.status, sh.ended_by, sh.ended_at = status, actor, _now()
    record_event(s, actor, f"lexicon_shadow_{'promote' if status == 'promoted' else 'drop'}",
                 target=f"proposal:{sh.proposal_id}", user_id=actor_id, details={"shadow": sh.id, "note": note})
    s.flush()


def proposal_of(s: Session, shadow_id: int) -> int | None:
    """The proposal a trial belongs to (None: no such trial)."""
    sh = s.get(LexiconShadow, shadow_id)
    return None if sh is None else sh.proposal_id


def _get(s: Session, shadow_id: int) -> LexiconShadow:
    sh = s.get(LexiconShadow, shadow_id)
    if sh is None:
        raise P.ProposalError(f"no shadow trial {shadow_id}")
    if sh.status != "running":
        raise P.ProposalError(f"shadow trial {shadow_id} is already {sh.status}")
    return sh


def promote(s: Session, shadow_id: int, actor: str, actor_role: str, actor_id: int | None = None,
            note: str = "", directory: Path | None = None) -> LexiconShadow:
    """Accept the proposal on trial (the same checks as accepting it) and end the trial."""
    sh = _get(s, shadow_id)
    P.accept(s, sh.proposal_id, actor=actor, actor_role=actor_role, actor_id=actor_id, note=note,
             directory=directory)  # which ends the trial as promoted (end_for_proposal)
    return sh


def drop(s: Session, shadow_id: int, actor: str, actor_role: str, actor_id: int | None = None,
         note: str = "") -> LexiconShadow:
    """End the trial; the proposal stays previewed (accept or reject it as usual)."""
    sh = _get(s, shadow_id)
    if actor_role not in P.DECIDER_ROLES:
        raise P.NotAllowed(f"only a lead or an admin ends a trial; {actor} is a {actor_role}")
    _end(s, sh, "dropped", actor, actor_id, note)
    return sh


def end_for_proposal(s: Session, proposal_id: int, status: str, actor: str, actor_id: int | None = None,
                     note: str = "") -> None:
    """Accepting a proposal promotes its trial, rejecting it drops it."""
    for sh in list(s.scalars(select(LexiconShadow).where(LexiconShadow.proposal_id == proposal_id,
                                                         LexiconShadow.status == "running"))):
        _end(s, sh, status, actor, actor_id, note)


# --- scoring (the classify job) ------------------------------------------------------------------
class _Trial:
    """One trial's classifier (live files + the change) and its key filter."""

    def __init__(self, after: Classifier, delta: impact.DeltaFilter, terms: set[str]):
        self.after, self.delta, self.terms = after, delta, terms


def _build(spec: dict, author: str, number: int, directory: Path, model=None) -> _Trial:
    from classifiers import load_model

    try:
        change = lc.parse_spec(spec)
        files, before_lex, changed = P._changed_files(change, directory, author, number)
        after_lex = lc.check(files, changed)
    except (lc.ChangeError, LexiconError) as exc:
        raise P.ProposalError(exc.problems) from None
    after = Classifier(after_lex, model or load_model())
    entries = impact.changed_entries(before_lex, after_lex)
    delta = impact.DeltaFilter(entries, {**before_lex.emoji_words, **after_lex.emoji_words})
    return _Trial(after, delta, {e.term for e in entries})


_trials: dict[tuple[int, str], _Trial | str] = {}  # (shadow id, live lexicon version) -> trial or error
_lock = threading.Lock()


def _trial(sh: LexiconShadow, p: LexiconProposal, live: Classifier, directory: Path) -> _Trial | str:
    key = (sh.id, live.lexicon_version)
    with _lock:
        if key not in _trials:
            for k in [k for k in _trials if k[0] == sh.id]:  # an older live version's trial
                del _trials[k]
            try:
                _trials[key] = _build(p.spec, p.author, p.id, directory, live.model)
            except P.ProposalError as exc:
                _trials[key] = "; ".join(exc.problems)
        return _trials[key]


def score_batch(live: Classifier, assessed: list[tuple[dict, dict, object]], directory: Path | None = None) -> dict:
    """Score a classified batch with each running trial: `assessed` holds (listing as given to the
    classifier, version row with version_id and listing_pk, live assessment). Returns
    {shadow id: listings scored}. Without a running trial this is one small query."""
    from .db import session_scope

    with session_scope(readonly=True) as s:
        trials = [(sh, s.get(LexiconProposal, sh.proposal_id)) for sh in running(s)]
    if not trials or not assessed:
        return {}
    directory = Path(directory or P.keywords_dir())
    out: dict[int, int] = {}
    for sh, p in trials:
        t = _trial(sh, p, live, directory)
        if isinstance(t, str):
            with session_scope() as s:
                s.execute(update(LexiconShadow).where(LexiconShadow.id == sh.id).values(last_error=t[:2000]))
            continue
        rows, scored = [], 0
        for listing, version, old in assessed:
            if not t.delta(listing):
                continue
            scored += 1
            new = t.after.assess(listing)
            matched = any(m.canonical in t.terms and not m.negated and not m.suppressed_by for m in new.matches)
            if new.flagged == old.flagged and not matched:
                continue
            shown = impact._shown(listing, new if (matched or new.flagged) else old, t.terms)
            rows.append({"shadow_id": sh.id, "listing_version_id": version["version_id"],
                         "listing_id": version["listing_pk"], "live_label": str(old.label),
                         "live_score": float(old.score), "live_flagged": bool(old.flagged),
                         "shadow_label": str(new.label), "shadow_score": float(new.score),
                         "shadow_flagged": bool(new.flagged), "term_matched": matched, "shown": shown,
                         "created_at": _now()})
        with session_scope() as s:
            if rows:
                s.execute(insert(s, ShadowHit).on_conflict_do_nothing(
                    index_elements=["shadow_id", "listing_version_id"]), rows)
            if scored:
                s.execute(update(LexiconShadow).where(LexiconShadow.id == sh.id)
                          .values(scored=LexiconShadow.scored + scored, last_error=None))
        out[sh.id] = scored
    return out


def forget() -> None:
    """Drop this process's built trials (tests; a changed model)."""
    with _lock:
        _trials.clear()


# --- what the proposal page shows ----------------------------------------------------------------
def _may_show(tlp: str | None, default_tlp: str) -> bool:
    return (tlp or default_tlp) in impact.SHOWN_TLP


def shadow_views(s: Session, proposal_id: int, now: datetime | None = None) -> list[dict]:
    """Each trial of the proposal: state, counts, outcome of the listings it would flag or stop
    flagging (the cases reviewers decided since), and samples a volunteer may see."""
    from config.settings import get_settings

    default_tlp = get_settings().default_tlp
    now = now or _now()
    views = []
    for sh in s.scalars(select(LexiconShadow).where(LexiconShadow.proposal_id == proposal_id)
                        .order_by(LexiconShadow.id.desc())):
        matched = s.scalar(select(func.count()).where(ShadowHit.shadow_id == sh.id, ShadowHit.term_matched)) or 0
        groups = {"newly": {"n": 0, "outcomes": {}, "sample": [], "hidden": 0},
                  "no_longer": {"n": 0, "outcomes": {}, "sample": [], "hidden": 0}}
        q = (select(ShadowHit, Case.status, Case.reason_code, Case.tlp)
             .outerjoin(Case, Case.listing_id == ShadowHit.listing_id)
             .where(ShadowHit.shadow_id == sh.id, ShadowHit.shadow_flagged != ShadowHit.live_flagged)
             .order_by(ShadowHit.id.desc()).execution_options(yield_per=1000))
        for hit, status, reason, tlp in s.execute(q):
            g = groups["newly" if hit.shadow_flagged else "no_longer"]
            g["n"] += 1
            outcome = status or "no case"
            g["outcomes"][outcome] = g["outcomes"].get(outcome, 0) + 1
            if not _may_show(tlp, default_tlp):
                g["hidden"] += 1
            elif len(g["sample"]) < SAMPLE:
                g["sample"].append({**(hit.shown or {"fields": {}}), "case_status": status,
                                    "reason_code": reason, "created_at": hit.created_at,
                                    "before": [hit.live_label, round(hit.live_score, 3)],
                                    "after": [hit.shadow_label, round(hit.shadow_score, 3)]})
        decided = {k: groups["newly"]["outcomes"].get(k, 0) for k in ("confirmed", "suspicious", "dismissed")}
        n_dec = sum(decided.values())
        ends_at = _aware(sh.ends_at)
        state = sh.status if sh.status != "running" else ("time up" if ends_at <= now else "running")
        views.append({"id": sh.id, "status": sh.status, "state": state, "started_by": sh.started_by,
                      "started_at": sh.started_at, "ends_at": ends_at, "ended_by": sh.ended_by,
                      "ended_at": sh.ended_at, "scored": sh.scored, "term_matched": matched,
                      "last_error": sh.last_error, "newly": groups["newly"], "no_longer": groups["no_longer"],
                      "newly_precision": (decided["confirmed"] + decided["suspicious"]) / n_dec if n_dec else None})
    return views

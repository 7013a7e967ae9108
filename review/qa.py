"""Quality of the decisions: a blind second review of a sample of each analyst's decisions.

1. `maybe_draw` (called by review.cases.decide after confirm / suspicious / dismiss / escalate)
   draws a deterministic share (settings.qa_decision_rate) of decisions into `qa_reviews`.
2. Another analyst of the group decides the case again without seeing the first decision
   (`qa_queue`, `qa_answer`): same action -> agreed, else disagreed.
3. A lead sees the disagreements and settles each (`disagreements`, `resolve`); a final action
   that differs from the case's current one is applied through review.cases.decide.
4. `kappa_by_group`: Cohen's kappa between first and second decisions per reviewer group.

Every QA step is also a `qa` row in the case's append-only decision log (who, when, what).
The older `qa_samples` (below-threshold listings, to measure missed positives) are read by
`possibly_missed`.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from config.settings import get_settings

from .models import Assessment, Case, Decision, Listing, ListingVersion, Platform, QAReview, QASample
from .reasons import DECISION_ACTIONS, ReasonError, load_reasons

QA_ACTIONS = DECISION_ACTIONS  # the categories that are compared (and that kappa is over)
KAPPA_MIN_N = 5  # fewer answered reviews than this in a group: no kappa (None), only n
_RESOLVING = "wildwatch_qa_resolving"  # session.info key: a lead's final decision is not drawn again


class QAError(ValueError):
    """A QA step that cannot be done (wrong state, wrong person, bad action); says why."""


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _utc(dt: datetime | None) -> datetime | None:
    return dt.replace(tzinfo=timezone.utc) if dt is not None and dt.tzinfo is None else dt


def drawn(decision_id: int, rate: float) -> bool:
    """The draw: a hash of the decision id, so the same decision is always drawn or not (runs
    again after a crash, on another worker, in a test) and every analyst's decisions are drawn
    at the same rate whatever they decide."""
    if rate <= 0:
        return False
    h = int.from_bytes(hashlib.sha256(f"wildwatch-qa:{decision_id}".encode()).digest()[:8], "big")
    return h / 2**64 < rate


def maybe_draw(s: Session, case: Case | int, decision: Decision) -> QAReview | None:
    """Draw `decision` for blind second review, or not. Never draws a decision that is not one of
    QA_ACTIONS, a decision without a person behind it, a lead's QA resolution, or a case that is
    already in QA."""
    if decision.action not in QA_ACTIONS or decision.user_id is None or s.info.get(_RESOLVING):
        return None
    if decision.id is None:
        s.flush()
    if not drawn(decision.id, get_settings().qa_decision_rate):
        return None
    case = s.get(Case, case) if isinstance(case, int) else case
    busy = s.scalar(select(QAReview.id).where(QAReview.case_id == case.id,
                                              QAReview.status.in_(("pending", "disagreed"))).limit(1))
    if busy is not None or s.scalar(select(QAReview.id).where(QAReview.decision_id == decision.id)) is not None:
        return None
    qa = QAReview(case_id=case.id, decision_id=decision.id, first_user_id=decision.user_id,
                  reviewer_group=case.reviewer_group, status="pending", created_at=_now())
    s.add(qa)
    s.flush()
    return qa


def _groups(user: Any) -> list[str]:
    return [str(g) for g in (user.groups or ())]


def _scope(q, user: Any):
    """Only the QA reviews of the user's groups (an admin: all)."""
    if user.role == "admin":
        return q
    if user.role not in ("lead", "analyst"):
        raise PermissionError(f"role {user.role!r} takes no part in QA")
    return q.where(QAReview.reviewer_group.in_(_groups(user)))


def _listing_columns():
    return (ListingVersion.title, ListingVersion.description, ListingVersion.price_text, ListingVersion.lang,
            Listing.url, Listing.seller_name, Listing.seller_id, Platform.name.label("platform"),
            Assessment.score, Assessment.label, Assessment.categories, Assessment.matches, Assessment.cues,
            Assessment.explanation)


def _with_listing(q):
    # The version the first reviewer decided on: the one that was assessed for the case.
    return (q.join(Case, Case.id == QAReview.case_id)
            .join(Assessment, Assessment.id == Case.assessment_id)
            .join(ListingVersion, ListingVersion.id == Assessment.listing_version_id)
            .join(Listing, Listing.id == Case.listing_id)
            .join(Platform, Platform.id == Listing.platform_id))


def _listing(r) -> dict:
    return {"title": r.title or "", "description": r.description or "", "price_text": r.price_text or "",
            "lang": r.lang, "url": r.url, "seller_name": r.seller_name, "seller_id": r.seller_id,
            "platform": r.platform, "score": r.score, "label": r.label, "categories": list(r.categories or []),
            "matches": list(r.matches or []), "cues": list(r.cues or []), "explanation": r.explanation or ""}


def _decided_by(user_id: int):
    """The user has made a decision of their own on the case (then they are not blind)."""
    return (select(Decision.id).where(Decision.case_id == QAReview.case_id, Decision.user_id == user_id,
                                      Decision.action.in_(QA_ACTIONS)).exists())


def _blind_query(user: Any):
    return _scope(_with_listing(select(QAReview.id, QAReview.case_id, QAReview.reviewer_group,
                                       QAReview.created_at, *_listing_columns())), user).where(
        QAReview.status == "pending",
        (QAReview.first_user_id.is_(None)) | (QAReview.first_user_id != user.id),
        ~_decided_by(user.id))


def _blind_item(r) -> dict:
    # Deliberately no status, reason or decision: the second review is blind.
    return {"qa_id": r.id, "case_id": r.case_id, "reviewer_group": r.reviewer_group,
            "drawn_at": _utc(r.created_at), **_listing(r)}


def qa_queue(s: Session, user: Any, limit: int = 50) -> list[dict]:
    """The pending QA items this user may answer, oldest first: their groups' items that someone
    else decided and that they have not decided themselves. The first decision is not shown."""
    q = _blind_query(user).order_by(QAReview.id).limit(limit)
    return [_blind_item(r) for r in s.execute(q).all()]


def qa_count(s: Session, user: Any) -> int:
    sub = _blind_query(user).subquery()
    return s.scalar(select(func.count()).select_from(sub)) or 0


def qa_item(s: Session, qa_id: int, user: Any) -> dict:
    """One QA item for the blind review, if this user may answer it; QAError otherwise."""
    r = s.execute(_blind_query(user).where(QAReview.id == qa_id)).first()
    if r is None:
        raise QAError(f"QA item {qa_id}: not open for you (answered already, not your group, or your own decision)")
    return _blind_item(r)


def qa_view(s: Session, qa_id: int, user: Any) -> dict:
    """The QA item with what the case page shows about the listing (text cut into highlighted
    segments, contacts, the seller's other listings, the reason codes) - blind: nothing of the
    case's decisions, status or history."""
    from .casepage import detail

    item = qa_item(s, qa_id, user)
    d = detail(s, s.get(Case, item["case_id"]), user, blind=True)
    item.update(fields=d["version"]["fields"], unplaced=d["assessment"]["unplaced"],
                contacts=list({(str(c.get("kind")), str(c.get("value"))): c for c in d["assessment"]["contacts"]}.values()),
                contributions=d["assessment"]["contributions"],
                seller_listings=d["seller"]["listings"], reasons=d["reasons"],
                listing_platform=d["listing"]["platform"], listing_id=d["listing"]["external_id"])
    return item


def _segments(r) -> dict:
    from .casepage import highlight

    matches = [m for m in (r.matches or []) if isinstance(m, dict)]
    return {f: highlight(getattr(r, f) or "", [m for m in matches if m.get("field") == f])[0]
            for f in ("title", "description")}


def _log(s: Session, case: Case, user: Any, reason_code: str | None, reason: str | None, details: dict) -> None:
    s.add(Decision(case_id=case.id, user_id=user.id, actor=user.username, action="qa", from_status=case.status,
                   to_status=case.status, reason_code=reason_code, reason=reason, details=details, created_at=_now()))


def _check_reason(action: str, reason_code: str | None) -> None:
    try:
        load_reasons().check(action, reason_code)
    except ReasonError as exc:
        raise QAError(str(exc)) from None


def qa_answer(s: Session, qa_id: int, user: Any, action: str, reason_code: str | None,
              note: str | None = None) -> str:
    """The blind second decision: 'agreed' when the action is the first decision's, else
    'disagreed' (which puts the item before a lead). Raises QAError."""
    if action not in QA_ACTIONS:
        raise QAError(f"action {action!r}: must be one of {', '.join(QA_ACTIONS)}")
    _check_reason(action, reason_code)
    qa_item(s, qa_id, user)  # may this user answer it at all (group, blind, pending)?
    qa = s.execute(select(QAReview).where(QAReview.id == qa_id).with_for_update()).scalar_one()
    if qa.status != "pending":  # answered by someone else meanwhile
        raise QAError(f"QA item {qa_id}: already answered")
    first = s.get(Decision, qa.decision_id)
    qa.status = "agreed" if action == first.action else "disagreed"
    qa.second_user_id, qa.second_action, qa.second_reason_code, qa.second_at = user.id, action, reason_code, _now()
    _log(s, s.get(Case, qa.case_id), user, reason_code, note,
         {"qa_review": qa.id, "step": "second_review", "first_decision": first.id, "first_action": first.action,
          "second_action": action, "outcome": qa.status})
    s.flush()
    return qa.status


def _require_lead(user: Any) -> None:
    if user.role not in ("lead", "admin"):
        raise PermissionError("only a lead or an admin settles QA disagreements")


def disagreements(s: Session, lead: Any, limit: int = 100) -> list[dict]:
    """Disagreements of the lead's groups waiting for a decision, oldest first, with both sides."""
    _require_lead(lead)
    First = Decision
    q = _scope(_with_listing(select(QAReview, First.action.label("first_action"), First.actor.label("first_actor"),
                                    First.reason_code.label("first_reason_code"), First.reason.label("first_note"),
                                    First.created_at.label("first_at"), Case.status.label("case_status"),
                                    *_listing_columns())).join(First, First.id == QAReview.decision_id), lead)
    q = q.where(QAReview.status == "disagreed").order_by(QAReview.id).limit(limit)
    rows = s.execute(q).all()
    names = _usernames(s, {r.QAReview.second_user_id for r in rows})
    return [{"qa_id": r.QAReview.id, "case_id": r.QAReview.case_id, "reviewer_group": r.QAReview.reviewer_group,
             "case_status": r.case_status,
             "first": {"actor": r.first_actor, "action": r.first_action, "reason_code": r.first_reason_code,
                       "note": r.first_note, "at": _utc(r.first_at)},
             "second": {"actor": names.get(r.QAReview.second_user_id), "action": r.QAReview.second_action,
                        "reason_code": r.QAReview.second_reason_code, "at": _utc(r.QAReview.second_at)},
             "fields": _segments(r), **_listing(r)} for r in rows]


def _usernames(s: Session, ids: set) -> dict[int, str]:
    from .models import User

    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return dict(s.execute(select(User.id, User.username).where(User.id.in_(ids))).all())


def _current_action(s: Session, case_id: int) -> str | None:
    """The action of the case's latest decision among QA_ACTIONS (what the case says now)."""
    return s.scalar(select(Decision.action).where(Decision.case_id == case_id, Decision.action.in_(QA_ACTIONS))
                    .order_by(Decision.id.desc()).limit(1))


def resolve(s: Session, qa_id: int, lead: Any, resolution: str, final_action: str,
            reason_code: str | None = None) -> dict:
    """A lead settles a disagreement: `resolution` says why, `final_action` is what the case should
    be. When it differs from the case's current decision it is applied through
    review.cases.decide (reopening first where the case's state requires it). Raises QAError."""
    from . import cases

    _require_lead(lead)
    if not (resolution or "").strip():
        raise QAError("resolution: say in a sentence why (it goes into the audit log)")
    if final_action not in QA_ACTIONS:
        raise QAError(f"final action {final_action!r}: must be one of {', '.join(QA_ACTIONS)}")
    qa = s.execute(_scope(select(QAReview).where(QAReview.id == qa_id), lead).with_for_update()).scalar_one_or_none()
    if qa is None:
        raise QAError(f"QA item {qa_id}: not found in your groups")
    if qa.status != "disagreed":
        raise QAError(f"QA item {qa_id}: is {qa.status}, only a disagreement is resolved")
    first = s.get(Decision, qa.decision_id)
    if reason_code is None:  # the code of whichever reviewer chose the final action
        reason_code = first.reason_code if first.action == final_action else (
            qa.second_reason_code if qa.second_action == final_action else None)
        reason_code = reason_code or load_reasons().actions[final_action].default
    _check_reason(final_action, reason_code)
    applied = None
    if _current_action(s, qa.case_id) != final_action:
        s.info[_RESOLVING] = qa.id
        try:
            applied = _apply(s, cases, qa, lead, final_action, reason_code, resolution.strip())
        except cases.DecisionError as exc:
            raise QAError(f"QA item {qa_id}: the final decision cannot be applied: {exc}") from None
        finally:
            s.info.pop(_RESOLVING, None)
    qa.status, qa.resolved_by, qa.resolution, qa.resolved_at = "resolved", lead.id, resolution.strip(), _now()
    _log(s, s.get(Case, qa.case_id), lead, reason_code, resolution.strip(),
         {"qa_review": qa.id, "step": "resolve", "first_action": first.action, "second_action": qa.second_action,
          "final_action": final_action, "applied_decision": applied})
    s.flush()
    return {"qa_id": qa.id, "case_id": qa.case_id, "final_action": final_action, "applied_decision": applied}


def _apply(s: Session, cases, qa: QAReview, lead: Any, action: str, reason_code: str, note: str) -> int:
    link = {"qa_review": qa.id}
    try:
        d = cases.decide(s, qa.case_id, action=action, reason_code=reason_code, reason=note, user=lead, details=link)
    except (cases.LeaseConflict, cases.AccessDenied, cases.CaseNotFound):
        raise
    except cases.DecisionError:
        # The case's state does not allow it directly (e.g. confirmed -> dismiss): reopen, then decide.
        cases.decide(s, qa.case_id, action="reopen", reason=f"QA resolution: {note}", user=lead, details=link)
        d = cases.decide(s, qa.case_id, action=action, reason_code=reason_code, reason=note, user=lead, details=link)
    return d.id


def cohen_kappa(pairs: Counter) -> float | None:
    """Cohen's kappa from counts of (first, second) category pairs; None when undefined (both
    reviewers always used one and the same category: chance agreement is 1)."""
    n = sum(pairs.values())
    if n == 0:
        return None
    first, second = Counter(), Counter()
    agree = 0
    for (a, b), c in pairs.items():
        first[a] += c
        second[b] += c
        agree += c if a == b else 0
    po = agree / n
    pe = sum(first[k] * second[k] for k in first) / (n * n)
    if pe >= 1:
        return None
    return (po - pe) / (1 - pe)


def kappa_by_group(s: Session, groups: list[str] | None = None, min_n: int = KAPPA_MIN_N) -> dict[str, dict]:
    """Per reviewer group: n answered QA reviews, observed agreement and Cohen's kappa over the
    decision actions (None when n < min_n or undefined). `groups` None = all groups."""
    q = (select(QAReview.reviewer_group, Decision.action, QAReview.second_action, func.count())
         .join(Decision, Decision.id == QAReview.decision_id)
         .where(QAReview.second_action.is_not(None))
         .group_by(QAReview.reviewer_group, Decision.action, QAReview.second_action))
    if groups is not None:
        q = q.where(QAReview.reviewer_group.in_(list(groups)))
    tables: dict[str, Counter] = defaultdict(Counter)
    for group, a, b, c in s.execute(q).all():
        tables[group][(a, b)] += c
    out = {}
    for group in sorted(tables):
        t = tables[group]
        n = sum(t.values())
        agreement = sum(c for (a, b), c in t.items() if a == b) / n
        out[group] = {"n": n, "agreement": agreement, "kappa": cohen_kappa(t) if n >= min_n else None}
    return out


def qa_status_counts(s: Session, user: Any) -> dict[str, int]:
    """QA reviews of the user's groups by status (pending, agreed, disagreed, resolved)."""
    q = _scope(select(QAReview.status, func.count()).group_by(QAReview.status), user)
    return dict(s.execute(q).all())


def possibly_missed(s: Session, limit: int = 20) -> list[dict]:
    """Below-threshold listings the pipeline sampled (qa_samples) still waiting for a look: the
    classifier's possible misses. Not tied to a group (they never became cases)."""
    q = (select(QASample.id, QASample.created_at, Assessment.score, Assessment.label, Assessment.categories,
                ListingVersion.title, Listing.url, Platform.name)
         .join(Assessment, Assessment.id == QASample.assessment_id)
         .join(ListingVersion, ListingVersion.id == Assessment.listing_version_id)
         .join(Listing, Listing.id == QASample.listing_id)
         .join(Platform, Platform.id == Listing.platform_id)
         .where(QASample.status == "pending")
         .order_by(Assessment.score.desc(), QASample.id).limit(limit))
    return [{"id": r.id, "sampled_at": _utc(r.created_at), "score": r.score, "label": r.label,
             "categories": list(r.categories or []), "title": r.title or "", "url": r.url, "platform": r.name}
            for r in s.execute(q).all()]

"""Volunteers' pages (issue 11): browse the lexicon, propose changes, see their impact; leads
accept or reject them here too.

Volunteers see no case of the review workspace: no analysts' notes, no seller contact handles
(masked in every sample), no evidence; listing text only from cases whose sharing level is
CLEAR or GREEN (review/lexicon_impact.py). Every POST is CSRF-checked; accept/reject check the
role on the server (review/proposals.py checks it again, and refuses the author).
"""
from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from review import lexicon_versions as V
from review import proposals as P
from review.shadow import MAX_DAYS, shadow_views
from review.db import session_scope
from review.lexicon_change import OPS

from .auth import CurrentUser, csrf_protect, require_roles
from .templating import render

router = APIRouter()
VOLUNTEER_PAGES = ("volunteer", "analyst", "lead", "admin")
LEADS = ("lead", "admin")
PAGE_ROWS = 300
OP_LABELS = {"add": "Add a term", "add_variants": "Add variants to a term", "change": "Change weight or kind",
             "add_benign": "Add a benign look-alike", "retire": "Retire a term"}


def _lexicon():
    from classifiers import LexiconError, load_lexicon

    try:
        return load_lexicon(P.keywords_dir()), []
    except LexiconError as exc:
        return None, exc.problems


def _precision_rows(figures: dict) -> dict:
    return {t: {"precision": f["precision"], "positive": f["positive"], "dismissed": f["dismissed"],
                "hits_30": f["hits_30"], "reasons": f["reasons"].most_common(3)} for t, f in figures.items()}


@router.get("/volunteer")
def lexicon_browser(request: Request, category: str = "", kind: str = "", q: str = "",
                    user: CurrentUser = Depends(require_roles(*VOLUNTEER_PAGES))) -> Response:
    from classifiers.lexicon import CATEGORIES, KINDS
    from review.term_stats import term_figures

    lexicon, problems = _lexicon()
    with session_scope(readonly=True) as s:
        figures = _precision_rows(term_figures(s))
        recent = [_summary(p) for p in P.list_proposals(s, limit=20)]
    rows, total = [], 0
    needle = q.strip().lower()
    for e in (lexicon.entries if lexicon else []):
        if e.form is not None or (category and e.category != category) or (kind and e.kind != kind):
            continue
        if needle and not any(needle in v.lower() for v in e.variants) and needle not in e.source.lower():
            continue
        total += 1
        if len(rows) < PAGE_ROWS:
            rows.append({"term": e.term, "variants": [v for v in e.variants if v != e.term][:40],
                         "category": e.category, "kind": e.kind, "cue": e.cue, "weight": e.weight,
                         "lang": e.lang, "source": e.source, "file": Path(e.file).name, "line": e.line,
                         "figures": figures.get(e.term)})
    return render(request, "volunteer_lexicon.html", user, rows=rows, total=total, categories=CATEGORIES,
                  kinds=KINDS, category=category, kind=kind, q=q, problems=problems, recent=recent,
                  version=lexicon.version if lexicon else None, shown_max=PAGE_ROWS)


def _summary(p) -> dict:
    return {"id": p.id, "op": p.op, "op_label": OP_LABELS.get(p.op, p.op), "term": p.term, "status": p.status,
            "author": p.author, "created_at": p.created_at, "reason": (p.spec or {}).get("reason", "")}


def _form_values(data: dict) -> dict:
    keys = ("op", "term", "file", "variants", "category", "kind", "cue", "weight", "lang", "reason", "source",
            "must_match", "must_not_match")
    return {k: str(data.get(k) or "") for k in keys}


def _propose_page(request: Request, user: CurrentUser, values: dict, problems=(), status_code: int = 200):
    from classifiers.lexicon import CATEGORIES, CUES, KINDS

    cues = sorted({c for group in CUES.values() for c in group})
    return render(request, "volunteer_propose.html", user, status_code=status_code, values=values,
                  problems=list(problems), ops=[(op, OP_LABELS[op]) for op in OPS], categories=CATEGORIES,
                  kinds=KINDS, cues=cues)


@router.get("/volunteer/propose")
def propose_form(request: Request, user: CurrentUser = Depends(require_roles(*VOLUNTEER_PAGES))) -> Response:
    values = _form_values(dict(request.query_params))
    values["op"] = values["op"] if values["op"] in OPS else "add"
    return _propose_page(request, user, values)


def _lines(text: str) -> list[str]:
    return [t.strip() for t in text.replace("\r", "").split("\n") if t.strip()]


@router.post("/volunteer/proposals", dependencies=[Depends(csrf_protect)])
async def propose_submit(request: Request, user: CurrentUser = Depends(require_roles(*VOLUNTEER_PAGES))) -> Response:
    values = _form_values(dict(await request.form()))
    spec = {k: v for k, v in values.items() if v.strip()}
    spec["must_match"] = _lines(values["must_match"])  # one example listing text per line
    spec["must_not_match"] = _lines(values["must_not_match"])
    if "variants" in spec:
        spec["variants"] = [v.strip() for v in values["variants"].replace("，", ",").split(",") if v.strip()]
    try:
        with session_scope() as s:
            pid = P.create_proposal(s, spec, author=user.username, author_id=user.id).id
    except P.ProposalError as exc:
        return _propose_page(request, user, values, exc.problems, status_code=422)
    return RedirectResponse(f"/volunteer/proposals/{pid}", status_code=303)


@router.get("/volunteer/proposals/{proposal_id}")
def proposal_page(request: Request, proposal_id: int,
                  user: CurrentUser = Depends(require_roles(*VOLUNTEER_PAGES))) -> Response:
    with session_scope(readonly=True) as s:
        try:
            p = P.get_proposal(s, proposal_id)
        except P.ProposalError:
            raise HTTPException(404, f"There is no proposal {proposal_id}.") from None
        view = {**_summary(p), "spec": p.spec, "preview": p.preview, "previewed_at": p.previewed_at,
                "decided_by": p.decided_by, "decided_at": p.decided_at, "decision_note": p.decision_note,
                "lexicon_before": p.lexicon_before, "lexicon_after": p.lexicon_after}
        trials = shadow_views(s, proposal_id)
    can_decide = user.role in LEADS and user.username != view["author"]
    return render(request, "volunteer_proposal.html", user, p=view, can_decide=can_decide,
                  is_lead=user.role in LEADS, trials=trials, on_trial=any(t["state"] == "running" for t in trials),
                  max_days=MAX_DAYS)


def _back(proposal_id: int) -> RedirectResponse:
    return RedirectResponse(f"/volunteer/proposals/{proposal_id}", status_code=303)


def _error(request: Request, user: CurrentUser, exc: P.ProposalError) -> Response:
    status = 403 if isinstance(exc, P.NotAllowed) else 409
    return render(request, "error.html", user, status_code=status, title="Not done", status=status,
                  message="; ".join(exc.problems))


@router.post("/volunteer/proposals/{proposal_id}/preview", dependencies=[Depends(csrf_protect)])
def proposal_preview(request: Request, proposal_id: int,
                     user: CurrentUser = Depends(require_roles(*VOLUNTEER_PAGES))) -> Response:
    try:
        with session_scope() as s:
            P.preview(s, proposal_id)
    except P.ProposalError as exc:
        return _error(request, user, exc)
    return _back(proposal_id)


def _lead_action(request: Request, proposal_id: int, action, note: str, user: CurrentUser) -> Response:
    """accept / reject / revert: one transaction, the proposal's page again or the error shown."""
    try:
        with session_scope() as s:
            action(s, proposal_id, actor=user.username, actor_role=user.role, actor_id=user.id, note=note)
    except P.ProposalError as exc:
        return _error(request, user, exc)
    return _back(proposal_id)


@router.post("/volunteer/proposals/{proposal_id}/accept", dependencies=[Depends(csrf_protect)])
def proposal_accept(request: Request, proposal_id: int, note: str = Form(""),
                    user: CurrentUser = Depends(require_roles(*LEADS))) -> Response:
    return _lead_action(request, proposal_id, P.accept, note, user)


@router.post("/volunteer/proposals/{proposal_id}/reject", dependencies=[Depends(csrf_protect)])
def proposal_reject(request: Request, proposal_id: int, note: str = Form(""),
                    user: CurrentUser = Depends(require_roles(*LEADS))) -> Response:
    return _lead_action(request, proposal_id, P.reject, note, user)


@router.post("/volunteer/proposals/{proposal_id}/revert", dependencies=[Depends(csrf_protect)])
def proposal_revert(request: Request, proposal_id: int, note: str = Form(""),
                    user: CurrentUser = Depends(require_roles(*LEADS))) -> Response:
    return _lead_action(request, proposal_id, P.revert, note, user)


@router.post("/volunteer/proposals/{proposal_id}/trial", dependencies=[Depends(csrf_protect)])
def proposal_trial(request: Request, proposal_id: int, days: str = Form("14"),
                   user: CurrentUser = Depends(require_roles(*LEADS))) -> Response:
    from review import shadow

    try:
        with session_scope() as s:
            shadow.start(s, proposal_id, actor=user.username, actor_role=user.role, days=days, actor_id=user.id)
    except P.ProposalError as exc:
        return _error(request, user, exc)
    return _back(proposal_id)


def _end_trial(request: Request, shadow_id: int, action: str, note: str, user: CurrentUser) -> Response:
    from review import shadow

    try:
        with session_scope() as s:
            pid = shadow.proposal_of(s, shadow_id)
            if pid is None:
                raise HTTPException(404, f"There is no trial {shadow_id}.")
            end = shadow.promote if action == "promote" else shadow.drop
            end(s, shadow_id, actor=user.username, actor_role=user.role, actor_id=user.id, note=note)
    except P.ProposalError as exc:
        return _error(request, user, exc)
    return _back(pid)


@router.post("/volunteer/trials/{shadow_id}/promote", dependencies=[Depends(csrf_protect)])
def trial_promote(request: Request, shadow_id: int, note: str = Form(""),
                  user: CurrentUser = Depends(require_roles(*LEADS))) -> Response:
    return _end_trial(request, shadow_id, "promote", note, user)


@router.post("/volunteer/trials/{shadow_id}/drop", dependencies=[Depends(csrf_protect)])
def trial_drop(request: Request, shadow_id: int, note: str = Form(""),
               user: CurrentUser = Depends(require_roles(*LEADS))) -> Response:
    return _end_trial(request, shadow_id, "drop", note, user)


@router.get("/volunteer/versions")
def versions(request: Request, user: CurrentUser = Depends(require_roles(*VOLUNTEER_PAGES))) -> Response:
    lexicon, problems = _lexicon()
    with session_scope(readonly=True) as s:
        rows = V.history(s)
    live = lexicon.version if lexicon else None
    return render(request, "volunteer_versions.html", user, rows=rows, live=live, problems=problems,
                  is_lead=user.role in LEADS)


@router.get("/volunteer/versions/{version_id}")
def version_page(request: Request, version_id: int,
                 user: CurrentUser = Depends(require_roles(*VOLUNTEER_PAGES))) -> Response:
    lexicon, _ = _lexicon()
    with session_scope(readonly=True) as s:
        try:
            v = V.get(s, version_id)
        except V.VersionError:
            raise HTTPException(404, f"There is no lexicon version {version_id}.") from None
        row = {"id": v.id, "version": v.version, "action": v.action, "actor": v.actor, "note": v.note,
               "proposal_id": v.proposal_id, "restored_id": v.restored_id, "created_at": v.created_at}
        diff = V.diff(s, version_id)
    return render(request, "volunteer_version.html", user, v=row, diff=diff, is_lead=user.role in LEADS,
                  live=lexicon.version if lexicon else None)


@router.post("/volunteer/versions/{version_id}/rollback", dependencies=[Depends(csrf_protect)])
def version_rollback(request: Request, version_id: int, note: str = Form(""),
                     user: CurrentUser = Depends(require_roles(*LEADS))) -> Response:
    try:
        with session_scope() as s:
            V.rollback(s, version_id, actor=user.username, actor_role=user.role, actor_id=user.id,
                       note=note.strip()[:2000], directory=P.keywords_dir())
    except V.VersionError as exc:
        status = 403 if isinstance(exc, V.NotAllowed) else 409
        return render(request, "error.html", user, status_code=status, title="Not rolled back", status=status,
                      message="; ".join(exc.problems))
    return RedirectResponse("/volunteer/versions", status_code=303)


@router.get("/volunteer/suggestions")
def suggestions(request: Request, user: CurrentUser = Depends(require_roles(*VOLUNTEER_PAGES))) -> Response:
    from review.term_stats import candidate_examples, code_word_candidates, term_figures, terms_to_review

    lexicon, problems = _lexicon()
    with session_scope(readonly=True) as s:
        candidates = code_word_candidates(s, lexicon) if lexicon else []
        review = terms_to_review(lexicon, term_figures(s)) if lexicon else {}
        examples = candidate_examples(s, candidates)
    for c in candidates:
        c.pop("examples", None)  # case ids: volunteers do not open cases; they see the masked text
        c["samples"] = [x["parts"] for x in examples.get(c["gram"], [])]
    return render(request, "volunteer_suggestions.html", user, candidates=candidates, review=review,
                  problems=problems)

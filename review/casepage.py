"""What the case page shows, as plain data: the listing as the seller wrote it, cut into segments
at the classifier's match offsets (the web layer escapes each segment and wraps marked ones in
<mark>; no listing text is ever treated as markup), versions with what changed, evidence, the
seller's other listings, the contact network and the history of the case.
"""
from __future__ import annotations

import difflib
import os
import re
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from . import network
from .cases import ACTIONS, DECISION_ACTIONS, LEAD_ROLES, lease_holder, now_utc, utc, who
from .models import OPEN_STATUSES, TLP_LEVELS, Assessment, Case, Decision, Evidence, ListingVersion, User
from .reasons import load_reasons

TEXT_FIELDS = ("title", "description", "price_text", "location")
DIFF_FIELDS = ("title", "description", "price_text", "location", "price_amount", "currency")
MAX_DIFF_TOKENS = 20_000  # difflib is quadratic in the worst case; longer fields say "changed"
CONTEXT = 60  # characters of unchanged text kept around a change
_TOKEN = re.compile(r"[\u3000-\u9fff\uf900-\ufaff]|[^\W\u3000-\u9fff\uf900-\ufaff]+|\s+|[^\w\s]", re.UNICODE)
_SAFE_KIND = re.compile(r"[^a-z0-9_]")


def _mark(m: dict) -> dict:
    kind = _SAFE_KIND.sub("", str(m.get("kind") or "term").lower())[:30] or "term"
    return {"kind": kind, "term": str(m.get("term") or ""), "canonical": str(m.get("canonical") or ""),
            "category": str(m.get("category") or ""), "cue": m.get("cue"), "negated": bool(m.get("negated")),
            "suppressed_by": m.get("suppressed_by"), "weight": m.get("weight")}


def highlight(text: str, spans: list[dict]) -> tuple[list[dict], list[dict]]:
    """Cut `text` into segments [{"text", "marks": [...]}] at the spans' start/end offsets.

    Spans that do not fit the text (offsets outside it) are returned apart, never guessed at.
    Overlapping spans give a segment several marks.
    """
    n = len(text)
    placed, unplaced = [], []
    for s in spans:
        a, b = s.get("start"), s.get("end")
        if isinstance(a, int) and isinstance(b, int) and not isinstance(a, bool) and 0 <= a < b <= n:
            placed.append((a, b, _mark(s)))
        else:
            unplaced.append(_mark(s))
    if not placed:
        return ([{"text": text, "marks": []}] if text else []), unplaced
    bounds = sorted({0, n, *(a for a, _, _ in placed), *(b for _, b, _ in placed)})
    segs: list[dict] = []
    for a, b in zip(bounds, bounds[1:]):
        marks = [m for s, e, m in placed if s <= a and b <= e]
        if segs and [id(m) for m in segs[-1]["_m"]] == [id(m) for m in marks]:
            segs[-1]["text"] += text[a:b]
        else:
            segs.append({"text": text[a:b], "marks": marks, "_m": marks})
    for s in segs:
        del s["_m"]
    return segs, unplaced


def _contact_spans(text: str, field: str, contacts: list | None) -> list[dict]:
    """Contacts carry no offsets: find each handle in its field (first place, case-insensitive)."""
    out = []
    low = text.lower()
    for c in contacts or ():
        if not isinstance(c, dict) or c.get("field") not in (field, None):
            continue
        value = str(c.get("value") or "")
        i = low.find(value.lower()) if len(value) >= 3 else -1
        if i >= 0:
            out.append({"start": i, "end": i + len(value), "kind": "contact", "term": value,
                        "category": str(c.get("kind") or ""), "cue": "contact"})
    return out


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def diff_text(old: str, new: str) -> list[dict]:
    """What changed between two texts: [{"op": equal|insert|delete, "text"}], word by word (one
    CJK character = one word); long unchanged runs are shortened to their ends."""
    a, b = _tokens(old), _tokens(new)
    if len(a) > MAX_DIFF_TOKENS or len(b) > MAX_DIFF_TOKENS:
        return [{"op": "delete", "text": old[:2000]}, {"op": "insert", "text": new[:2000]}]
    out: list[dict] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            text = "".join(a[i1:i2])
            if len(text) > 2 * CONTEXT + 5:
                text = text[:CONTEXT] + " … " + text[-CONTEXT:]
            out.append({"op": "equal", "text": text})
            continue
        if tag in ("delete", "replace"):
            out.append({"op": "delete", "text": "".join(a[i1:i2])})
        if tag in ("insert", "replace"):
            out.append({"op": "insert", "text": "".join(b[j1:j2])})
    return out


def _vfield(v: ListingVersion, f: str) -> str:
    value = getattr(v, f)
    return "" if value is None else str(value)


def versions(session: Session, listing_id: int, current_id: int | None) -> list[dict]:
    rows = session.scalars(select(ListingVersion).where(ListingVersion.listing_id == listing_id)
                           .order_by(ListingVersion.id)).all()
    out = []
    for i, v in enumerate(rows):
        changes = []
        if i:
            prev = rows[i - 1]
            for f in DIFF_FIELDS:
                old, new = _vfield(prev, f), _vfield(v, f)
                if old != new:
                    changes.append({"field": f, "ops": diff_text(old, new)})
        out.append({"id": v.id, "content_sha256": v.content_sha256, "fetched_at": utc(v.fetched_at),
                    "created_at": utc(v.created_at), "current": v.id == current_id, "changes": changes,
                    "title": v.title or ""})
    return out


def evidence(session: Session, case: Case, version_ids: list[int]) -> list[dict]:
    q = (select(Evidence).where(or_(Evidence.case_id == case.id, Evidence.listing_version_id.in_(version_ids)))
         .order_by(Evidence.captured_at, Evidence.id))
    return [{"id": e.id, "kind": e.kind, "sha256": e.sha256, "size": e.size, "captured_at": utc(e.captured_at),
             "url": e.url, "warc_record_id": e.warc_record_id, "version_id": e.listing_version_id,
             "available": bool(e.path) and os.path.isfile(e.path)}
            for e in session.scalars(q)]


def history(session: Session, case_id: int) -> list[dict]:
    reasons = load_reasons()
    rows = session.scalars(select(Decision).where(Decision.case_id == case_id).order_by(Decision.id)).all()
    return [{"id": d.id, "at": utc(d.created_at), "actor": d.actor, "action": d.action, "from_status": d.from_status,
             "to_status": d.to_status, "reason_code": d.reason_code,
             "reason_label": reasons.label(d.reason_code) if d.reason_code else None,
             "note": d.reason, "details": d.details or {}} for d in rows]


def _assessment(session: Session, case: Case, current_id: int | None) -> Assessment:
    """The newest assessment of the listing's current text, else the one the case was opened on."""
    if current_id is not None and case.assessment.listing_version_id != current_id:
        newer = session.scalars(select(Assessment).where(Assessment.listing_version_id == current_id)
                                .order_by(Assessment.id.desc()).limit(1)).first()
        if newer is not None:
            return newer
    return case.assessment


def allowed_actions(case: Case, role: str, holder: int | None, uid: int | None) -> list[str]:
    if role not in ("analyst", "lead", "admin"):
        return []
    if holder is not None and holder != uid:
        return ["note"]
    out = []
    for action, (_, allowed) in ACTIONS.items():
        if case.status not in allowed or action in ("assign", "release"):
            continue
        if action == "reopen" and role not in LEAD_ROLES:
            continue
        if action in DECISION_ACTIONS and case.status == "escalated" and role not in LEAD_ROLES:
            continue
        out.append(action)
    if holder == uid and case.status in OPEN_STATUSES:
        out.append("release")
    return out


def detail(session: Session, case: Case, user: Any, blind: bool = False) -> dict:
    uid, _, role, _ = who(user)
    listing = case.listing
    current_id = listing.current_version_id
    a = _assessment(session, case, current_id)
    shown = a.version  # the text the offsets belong to
    matches = [m for m in (a.matches or []) if isinstance(m, dict)]
    fields = {}
    unplaced = []
    for f in TEXT_FIELDS:
        text = getattr(shown, f) or ""
        spans = [m for m in matches if m.get("field") == f] + _contact_spans(text, f, a.contacts)
        segs, lost = highlight(text, spans)
        fields[f] = segs
        unplaced += lost
    placed_fields = set(TEXT_FIELDS)
    unplaced += [_mark(m) for m in matches if m.get("field") not in placed_fields]
    now = now_utc()
    holder = lease_holder(session, case, now)
    holder_name = session.scalar(select(User.username).where(User.id == holder)) if holder else None
    reasons = load_reasons()
    prefs = (user.get("prefs") if isinstance(user, dict) else getattr(user, "prefs", None)) or {}
    cats = list(a.categories or [])
    vers = versions(session, listing.id, current_id)
    tlp_options = [] if role not in LEAD_ROLES else [
        t for t in TLP_LEVELS if t != case.tlp and (role == "admin" or TLP_LEVELS.index(t) < TLP_LEVELS.index(case.tlp))]
    return {
        "case": {"id": case.id, "status": case.status, "priority": case.priority, "score": case.score,
                 "group": case.reviewer_group, "routing_rule": case.routing_rule, "tlp": case.tlp,
                 "reason_code": None if blind else case.reason_code,
                 "reason_label": None if blind or not case.reason_code else reasons.label(case.reason_code),
                 "decided_at": None if blind else utc(case.decided_at), "created_at": utc(case.created_at),
                 "age_s": (now - utc(case.created_at)).total_seconds(),
                 "leased_to": holder_name, "leased_by_me": holder is not None and holder == uid,
                 "lease_expires_at": utc(case.lease_expires_at) if holder else None,
                 "actions": allowed_actions(case, role, holder, uid), "tlp_options": tlp_options},
        "listing": {"id": listing.id, "platform": listing.platform.name, "external_id": listing.external_id,
                    "url": listing.url, "seller_id": listing.seller_id, "seller_name": listing.seller_name,
                    "seller_url": listing.seller_url, "status": listing.status,
                    "first_seen_at": utc(listing.first_seen_at), "last_seen_at": utc(listing.last_seen_at),
                    "gone_at": utc(listing.gone_at)},
        "version": {"id": shown.id, "current": shown.id == current_id, "fields": fields,
                    "price_amount": None if shown.price_amount is None else str(shown.price_amount),
                    "currency": shown.currency, "lang": shown.lang,
                    "images": [str(i) for i in (shown.images or []) if isinstance(i, (str, int, float))][:50],
                    "missing": list(shown.missing or []), "posted_at": utc(shown.posted_at),
                    "fetched_at": utc(shown.fetched_at), "content_sha256": shown.content_sha256},
        "assessment": {"id": a.id, "score": a.score, "label": a.label, "flagged": a.flagged, "categories": cats,
                       "cues": list(a.cues or []), "contacts": [c for c in (a.contacts or []) if isinstance(c, dict)],
                       "explanation": a.explanation or "", "contributions": _contributions(a),
                       "lexicon_version": a.lexicon_version, "model_version": a.model_version,
                       "matches": [_mark(m) | {"field": m.get("field"), "start": m.get("start"), "end": m.get("end")}
                                   for m in matches],
                       "unplaced": unplaced},
        "versions": vers,
        "evidence": evidence(session, case, [v["id"] for v in vers]),
        "seller": {"listings": network.seller_listings(session, user, listing)},
        "network": network.contact_network(session, user, listing, a.contacts),
        "history": [] if blind else history(session, case.id),
        "reasons": reasons.as_dict(),
        "blur": bool(set(cats) & reasons.blur_categories) and prefs.get("blur", True) is not False,
        "blind": blind,
    }


def _contributions(a: Assessment) -> list[dict]:
    """Feature contributions [(feature, logit share)], largest first, if the store kept them."""
    raw = getattr(a, "contributions", None) or []
    out = []
    for item in raw:
        if isinstance(item, (list, tuple)) and len(item) == 2 and isinstance(item[1], (int, float)):
            out.append({"feature": str(item[0]), "value": float(item[1])})
    return sorted(out, key=lambda c: -abs(c["value"]))

"""Takedown reports for platform partners: build (draft) -> reviewed -> sent; partners answer.

    r = create_report(s, lead, "demo-zh")                 # every confirmed case not yet reported
    r = create_report(s, lead, "demo-zh", case_ids=[4, 7])
    mark_reviewed(s, lead, r.id); send(s, lead, r.id)    # send freezes the document (and its SHA-256)
    partner_reports(s, ("demo-zh",)); set_outcome(s, ("demo-zh",), r.id, item_id, "removed", actor="p")

A sent report cannot change: this module refuses it, and so does the database (migration 0005).
What goes to a partner follows the TLP rule written in review/report_items.py. Every function
takes the session first; leads are checked here (role and groups), partners by their platforms.
"""
from __future__ import annotations

import hashlib
import json
import secrets
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.platform_config import PlatformFileError, find_platform_file, load_platform

from config.settings import get_settings

from .cases import DecisionError, can_see_group, now_utc, utc, who
from .legal import legal_basis
from .models import (ITEM_OUTCOMES, Case, Listing, PartnerToken, Platform, TakedownReport, TakedownReportItem,
                     User)
from .report_items import GOOD_FAITH, SCHEMA_VERSION, build_item, iso, notifier, shareable
from .report_schema import schema_problems

SENT = ("sent", "acknowledged")
LEAD_ROLES = ("lead", "admin")


class ReportError(DecisionError):
    """A report change that cannot be made, with what to do instead."""


class ReportNotFound(ReportError):
    """No such report for this viewer (also when it exists for another platform: nothing leaks)."""


class ReportDenied(ReportError):
    pass


def _lead(user: Any) -> tuple[int | None, str, str, tuple[str, ...]]:
    uid, name, role, groups = who(user)
    if role not in LEAD_ROLES:
        raise ReportDenied("only a lead or an admin builds and sends takedown reports")
    return uid, name, role, groups


def jurisdictions_of(platform: str) -> list[str]:
    """The jurisdictions named in the platform's file (none if it has no file or no field)."""
    try:
        return list(load_platform(find_platform_file(platform, get_settings().platforms_dir)).jurisdictions)
    except (PlatformFileError, FileNotFoundError, ValueError, OSError):
        return []


def _platform(session: Session, name: str) -> Platform:
    p = session.scalar(select(Platform).where(Platform.name == name))
    if p is None:
        raise ReportError(f"platform {name!r}: no listings of it in the store")
    return p


def platform_names(session: Session) -> list[str]:
    return list(session.scalars(select(Platform.name).order_by(Platform.name)))


def _reported_case_ids(session: Session):
    return select(TakedownReportItem.case_id)


def candidates(session: Session, user: Any, platform: str) -> list[dict]:
    """Confirmed cases of `platform` in the lead's groups that are in no report yet (since the last
    report, whatever its status), with whether their sharing level lets them go out."""
    _lead(user)
    q = (select(Case).join(Listing, Listing.id == Case.listing_id).join(Platform, Platform.id == Listing.platform_id)
         .where(Platform.name == platform, Case.status == "confirmed", Case.id.not_in(_reported_case_ids(session)))
         .order_by(Case.decided_at, Case.id))
    out = []
    for c in session.scalars(q):
        if can_see_group(user, c.reviewer_group):
            out.append({"case_id": c.id, "listing_id": c.listing.external_id, "title": c.assessment.version.title,
                        "tlp": c.tlp, "shareable": shareable(c.tlp), "decided_at": utc(c.decided_at),
                        "reason_code": c.reason_code, "group": c.reviewer_group})
    return out


def _check_case(session: Session, user: Any, case: Case | None, case_id: int, platform_id: int) -> Case:
    if case is None or not can_see_group(user, case.reviewer_group):
        raise ReportError(f"case {case_id}: not found in your groups")
    if case.status != "confirmed":
        raise ReportError(f"case {case_id}: is {case.status}; only confirmed cases go in a takedown report")
    if case.listing.platform_id != platform_id:
        raise ReportError(f"case {case_id}: its listing is on another platform; build one report per platform")
    if not shareable(case.tlp):
        raise ReportError(f"case {case_id}: TLP:{case.tlp} never leaves wildwatch; it cannot go in a report")
    return case


def _payloads(session: Session, report: TakedownReport) -> None:
    """(Re)build every item's notice from the store as it is now (a draft or reviewed report)."""
    legal = legal_basis()
    name = report.platform.name
    juris = jurisdictions_of(name)
    for item in report.items:
        item.payload = build_item(session, item.case, name, juris, legal)


def create_report(session: Session, user: Any, platform: str, case_ids: list[int] | None = None) -> TakedownReport:
    uid, username, _, _ = _lead(user)
    p = _platform(session, platform)
    if case_ids is None:
        case_ids = [c["case_id"] for c in candidates(session, user, platform) if c["shareable"]]
    case_ids = sorted(set(int(c) for c in case_ids))
    if not case_ids:
        raise ReportError(f"{platform}: no confirmed cases to report (all reported already, or none shareable)")
    in_report = set(session.scalars(select(TakedownReportItem.case_id).where(TakedownReportItem.case_id.in_(case_ids))))
    if in_report:
        raise ReportError(f"case(s) {', '.join(map(str, sorted(in_report)))}: already in a takedown report")
    report = TakedownReport(platform_id=p.id, status="draft", created_by=username, created_at=now_utc())
    session.add(report)
    session.flush()
    for cid in case_ids:
        _check_case(session, user, session.get(Case, cid), cid, p.id)
        session.add(TakedownReportItem(report_id=report.id, case_id=cid))
    session.flush()
    session.refresh(report)
    _payloads(session, report)
    session.flush()
    return report


MAX_ID = 2**31 - 1  # an id beyond any integer column is simply not found (not a database error)


def _get_for_lead(session: Session, user: Any, report_id: int, lock: bool = False) -> TakedownReport:
    _lead(user)
    if not 0 < int(report_id) <= MAX_ID:
        raise ReportNotFound(f"report {report_id}: not found")
    q = select(TakedownReport).where(TakedownReport.id == report_id)
    report = session.scalar(q.with_for_update() if lock else q)
    if report is None or not _lead_sees(user, report):
        raise ReportNotFound(f"report {report_id}: not found")
    return report


def _lead_sees(user: Any, report: TakedownReport) -> bool:
    groups = {it.case.reviewer_group for it in report.items}
    return who(user)[2] == "admin" or not groups or any(can_see_group(user, g) for g in groups)


def remove_item(session: Session, user: Any, report_id: int, case_id: int) -> None:
    report = _get_for_lead(session, user, report_id, lock=True)
    if report.status in SENT:
        raise ReportError(f"report {report_id}: sent reports cannot change")
    item = next((i for i in report.items if i.case_id == case_id), None)
    if item is None:
        raise ReportError(f"report {report_id}: case {case_id} is not in it")
    session.delete(item)
    report.status, report.reviewed_by, report.reviewed_at = "draft", None, None  # changed: review again
    session.flush()
    session.expire(report, ["items"])


def mark_reviewed(session: Session, user: Any, report_id: int) -> TakedownReport:
    _, username, _, _ = _lead(user)
    report = _get_for_lead(session, user, report_id, lock=True)
    if report.status != "draft":
        raise ReportError(f"report {report_id}: is {report.status}; only a draft is reviewed")
    _recheck_items(session, user, report)
    _payloads(session, report)
    report.status, report.reviewed_by, report.reviewed_at = "reviewed", username, now_utc()
    session.flush()
    return report


def _recheck_items(session: Session, user: Any, report: TakedownReport) -> None:
    if not report.items:
        raise ReportError(f"report {report.id}: has no items")
    for item in report.items:
        _check_case(session, user, item.case, item.case_id, report.platform_id)


def send(session: Session, user: Any, report_id: int) -> TakedownReport:
    """reviewed -> sent: the document (and its SHA-256) and every item's payload are frozen."""
    _, username, _, _ = _lead(user)
    report = _get_for_lead(session, user, report_id, lock=True)
    if report.status != "reviewed":
        raise ReportError(f"report {report_id}: is {report.status}; review it before sending")
    _recheck_items(session, user, report)  # a case reopened or raised to RED since review stops it
    with session.no_autoflush:  # one UPDATE: the trigger refuses any later change of a sent report
        report.status, report.sent_by, report.sent_at = "sent", username, now_utc()
        doc = _document(report)
        problems = schema_problems(doc)  # the published schema is a promise: never send what breaks it
        if problems:
            raise ReportError(f"report {report_id}: does not match the report schema: {'; '.join(problems[:5])}")
        report.document = doc
        report.sha256 = hashlib.sha256(canonical(doc)).hexdigest()
    session.flush()
    return report


def canonical(doc: dict) -> bytes:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _document(report: TakedownReport) -> dict:
    items = sorted(report.items, key=lambda i: i.id)
    return {
        "schema": f"https://wildwatch.example/schemas/takedown-report/v{SCHEMA_VERSION}", "schema_version": SCHEMA_VERSION,
        "report_id": report.id, "platform": report.platform.name, "jurisdictions": jurisdictions_of(report.platform.name),
        "status": report.status, "created_at": iso(report.created_at), "sent_at": iso(report.sent_at),
        "notifier": notifier(), "good_faith_statement": GOOD_FAITH,
        "items": [{"item_id": i.id, **(i.payload or {})} for i in items if shareable((i.payload or {}).get("tlp"))],
    }


def document(report: TakedownReport) -> dict:
    """The report as JSON data: the frozen one once sent, else as it would go out now."""
    return report.document if report.status in SENT and report.document else _document(report)


def lead_reports(session: Session, user: Any, platform: str | None = None) -> list[TakedownReport]:
    _lead(user)
    q = select(TakedownReport).order_by(TakedownReport.id.desc())
    if platform:
        q = q.join(Platform, Platform.id == TakedownReport.platform_id).where(Platform.name == platform)
    return [r for r in session.scalars(q) if _lead_sees(user, r)]


def lead_report(session: Session, user: Any, report_id: int) -> TakedownReport:
    return _get_for_lead(session, user, report_id)


# -- the partner's side: only sent reports of the partner's own platforms ----------------------

def _partner_q(platforms: tuple[str, ...] | list[str]):
    return (select(TakedownReport).join(Platform, Platform.id == TakedownReport.platform_id)
            .where(Platform.name.in_(list(platforms)), TakedownReport.status.in_(SENT)))  # empty: matches nothing


def partner_reports(session: Session, platforms) -> list[TakedownReport]:
    return list(session.scalars(_partner_q(platforms).order_by(TakedownReport.id.desc())))


def partner_report(session: Session, platforms, report_id: int, lock: bool = False) -> TakedownReport:
    if not 0 < int(report_id) <= MAX_ID:
        raise ReportNotFound(f"report {report_id}: not found")
    q = _partner_q(platforms).where(TakedownReport.id == report_id)
    report = session.scalar(q.with_for_update() if lock else q)
    if report is None:
        raise ReportNotFound(f"report {report_id}: not found")
    return report


def partner_items(report: TakedownReport) -> list[dict]:
    """The frozen items with the partner's answers and our re-check, for a partner."""
    tracking = {i.id: i for i in report.items}
    out = []
    for it in document(report)["items"]:
        t = tracking.get(it["item_id"])
        out.append({**it, "outcome": t.outcome if t else None, "outcome_reason": t.outcome_reason if t else None,
                    "outcome_at": iso(t.outcome_at) if t else None, "removed_at": iso(t.removed_at) if t else None,
                    "verified_gone_at": iso(t.verified_gone_at) if t else None,
                    "last_checked_at": iso(t.last_checked_at) if t else None})
    return out


def acknowledge(session: Session, platforms, report_id: int, actor: str) -> TakedownReport:
    report = partner_report(session, platforms, report_id, lock=True)
    if report.status == "sent":
        report.status, report.acknowledged_at = "acknowledged", now_utc()
        session.flush()
    return report


def set_outcome(session: Session, platforms, report_id: int, item_id: int, outcome: str, actor: str,
                reason: str | None = None) -> TakedownReportItem:
    """The partner's answer for one item. Posting the same answer again changes nothing."""
    if outcome not in ITEM_OUTCOMES:
        raise ReportError(f"outcome {str(outcome)[:40]!r}: must be one of {', '.join(ITEM_OUTCOMES)}")
    reason = (reason or "").strip()[:2000] or None
    if outcome in ("not_actioned", "needs_clarification") and not reason:
        raise ReportError(f"outcome {outcome}: say why (reason)")
    report = partner_report(session, platforms, report_id, lock=True)
    item = next((i for i in report.items if i.id == item_id), None)
    if item is None or not shareable((item.payload or {}).get("tlp")):
        raise ReportNotFound(f"report {report_id}: no item {item_id}")
    if item.outcome == outcome and item.outcome_reason == reason:
        return item
    now = now_utc()
    item.outcome, item.outcome_reason, item.outcome_at, item.outcome_by = outcome, reason, now, actor[:100]
    if outcome == "removed" and item.removed_at is None:
        item.removed_at = now
    if report.status == "sent":
        report.status, report.acknowledged_at = "acknowledged", now  # an answer is a receipt
    session.flush()
    return item


# -- partner API tokens: only the SHA-256 is stored ----------------------------------------------

def _sha(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(session: Session, admin: Any, partner_username: str, label: str | None = None) -> tuple[PartnerToken, str]:
    """A new token for a partner account, scoped to its platforms. The token is returned once."""
    if who(admin)[2] != "admin":
        raise ReportDenied("only an admin creates partner API tokens")
    partner = session.scalar(select(User).where(User.username == partner_username))
    if partner is None or partner.role != "partner" or partner.disabled_at is not None:
        raise ReportError(f"{partner_username!r}: not an active partner account")
    if not partner.platforms:
        raise ReportError(f"{partner_username!r}: has no platforms; add them first")
    token = "wwp_" + secrets.token_urlsafe(32)
    row = PartnerToken(token_sha256=_sha(token), user_id=partner.id, label=(label or "")[:200] or None,
                       platforms=list(partner.platforms), created_by=who(admin)[1], created_at=now_utc())
    session.add(row)
    session.flush()
    return row, token


def revoke_token(session: Session, admin: Any, token_id: int) -> None:
    if who(admin)[2] != "admin":
        raise ReportDenied("only an admin revokes partner API tokens")
    row = session.get(PartnerToken, token_id)
    if row is None:
        raise ReportError(f"token {token_id}: not found")
    row.revoked_at = row.revoked_at or now_utc()
    session.flush()


def list_tokens(session: Session) -> list[PartnerToken]:
    return list(session.scalars(select(PartnerToken).order_by(PartnerToken.id)))


def token_rows(session: Session) -> list[dict]:
    """Every token for the admin page and the CLI (never the token itself: it is not stored)."""
    names = dict(session.execute(select(User.id, User.username)).all())
    return [{"id": t.id, "partner": names.get(t.user_id, "?"), "platforms": list(t.platforms or []), "label": t.label,
             "created_by": t.created_by, "created_at": utc(t.created_at),
             "last_used_at": utc(t.last_used_at) if t.last_used_at else None,
             "revoked_at": utc(t.revoked_at) if t.revoked_at else None} for t in list_tokens(session)]


def token_scope(session: Session, token: str | None) -> dict | None:
    """{"token_id", "user_id", "username", "platforms"} of a live token, or None. The platforms are
    those of the token and still of its (active) partner account."""
    if not token or len(token) > 200:
        return None
    row = session.scalar(select(PartnerToken).where(PartnerToken.token_sha256 == _sha(token)))
    if row is None or row.revoked_at is not None:
        return None
    user = session.get(User, row.user_id)
    if user is None or user.disabled_at is not None or user.role != "partner":
        return None
    platforms = tuple(p for p in row.platforms or () if p in (user.platforms or ()))
    now = now_utc()
    if row.last_used_at is None or utc(row.last_used_at) < now - timedelta(minutes=1):
        row.last_used_at = now
    return {"token_id": row.id, "user_id": user.id, "username": user.username, "platforms": platforms}


# -- time to removal ---------------------------------------------------------------------------

def _hours(a: datetime | None, b: datetime | None) -> float | None:
    if a is None or b is None:
        return None
    return max(0.0, (utc(b) - utc(a)).total_seconds() / 3600)


def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    v = sorted(values)
    k = (len(v) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(v) - 1)
    return round(v[lo] + (v[hi] - v[lo]) * (k - lo), 2)


def removal_stats(session: Session, platforms=None) -> list[dict]:
    """Per platform: items sent, answered, removed (partner said / our re-check saw), time to
    removal p50/p90 in hours (from sending to the re-check seeing it gone, else to the partner's
    word), share removed within 24 h and 7 days, actioned share, and items said removed but still live."""
    q = (select(TakedownReportItem, TakedownReport.sent_at, Platform.name)
         .join(TakedownReport, TakedownReport.id == TakedownReportItem.report_id)
         .join(Platform, Platform.id == TakedownReport.platform_id).where(TakedownReport.status.in_(SENT)))
    if platforms is not None:
        q = q.where(Platform.name.in_(list(platforms)))  # empty: matches nothing
    per: dict[str, dict] = {}
    for item, sent_at, name in session.execute(q).all():
        d = per.setdefault(name, {"platform": name, "items": 0, "answered": 0, "actioned": 0, "said_removed": 0,
                                  "seen_gone": 0, "hours": [], "still_live": []})
        d["items"] += 1
        d["answered"] += item.outcome is not None
        d["actioned"] += item.outcome in ("removed", "restricted")
        d["said_removed"] += item.removed_at is not None
        d["seen_gone"] += item.verified_gone_at is not None
        h = _hours(sent_at, item.verified_gone_at or item.removed_at)
        if h is not None:
            d["hours"].append(h)
        if (item.removed_at is not None and item.verified_gone_at is None and item.last_checked_at is not None
                and utc(item.last_checked_at) > utc(item.removed_at)):
            d["still_live"].append(item.id)
    out = []
    for d in sorted(per.values(), key=lambda x: x["platform"]):
        hours = d.pop("hours")
        n = d["items"]
        d.update(p50_hours=_pct(hours, 0.5), p90_hours=_pct(hours, 0.9),
                 within_24h=round(sum(h <= 24 for h in hours) / n, 3) if n else None,
                 within_7d=round(sum(h <= 168 for h in hours) / n, 3) if n else None,
                 accuracy=round(d["actioned"] / d["answered"], 3) if d["answered"] else None)
        out.append(d)
    return out


def item_removal(item: TakedownReportItem, sent_at: datetime | None) -> dict:
    """Time to removal of one item: by the partner's word and by our re-check (hours)."""
    return {"said_hours": _hours(sent_at, item.removed_at), "seen_hours": _hours(sent_at, item.verified_gone_at),
            "still_live": bool(item.removed_at and not item.verified_gone_at and item.last_checked_at
                               and utc(item.last_checked_at) > utc(item.removed_at))}


__all__ = ["ReportError", "ReportNotFound", "ReportDenied", "candidates", "create_report", "remove_item",
           "mark_reviewed", "send", "document", "canonical", "lead_reports", "lead_report", "partner_reports",
           "partner_report", "partner_items", "acknowledge", "set_outcome", "create_token", "revoke_token",
           "list_tokens", "token_rows", "token_scope", "removal_stats", "item_removal", "jurisdictions_of", "platform_names"]

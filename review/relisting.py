"""Relisting: a listing that shows up after a takedown report and relists a reported one.

A new listing is linked to an earlier case whose listing went into a sent takedown report when,
after that report was sent, it appears with
- the same seller id on the same platform ("seller"),
- the same text after normalisation - case, width, spacing, punctuation, digits and emoji
  ignored, so "象牙手镯 #12 ¥800" relisted as "象牙手镯 #13 ¥750" matches ("text"), or
- a contact handle of the reported listing (WeChat, QQ, phone... the seller network's index,
  review/network.py): "contact:<kind>:<handle>".

`link_relistings` runs on each batch of assessments (one call in review.intake.store_assessments):
indexed lookups against relisting_keys (one row per reported case, filled here as reports are
sent), idempotent (one link per listing and earlier case). The case page, the lead's report pages
and /reports show the links; cases of groups the viewer is not in show as "another group".
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime
from typing import Any, Iterable

from sqlalchemy import or_, select, tuple_
from sqlalchemy.orm import Session

from .cases import can_see_group, utc
from .models import (Case, Listing, ListingContact, ListingVersion, Platform, RelistingKey, RelistingLink,
                     TakedownReport, TakedownReportItem)

REPORTED = ("sent", "acknowledged")
MIN_TEXT_LETTERS = 8  # shorter texts ("for sale") would link unrelated listings
_LETTERS = re.compile(r"[^\W\d_]+")


def text_key(title: str | None, description: str | None) -> str:
    """SHA-256 of the listing's letters only (NFKC, case-folded); "" when too short to compare."""
    letters = "".join(_LETTERS.findall(unicodedata.normalize("NFKC", f"{title or ''}\n{description or ''}").casefold()))
    return hashlib.sha256(letters.encode()).hexdigest() if len(letters) >= MIN_TEXT_LETTERS else ""


def refresh_keys(session: Session) -> int:
    """Fingerprint every case of a sent report that has none yet; returns how many were added."""
    from .intake import _chunks, _now, insert

    q = (select(TakedownReportItem.case_id, TakedownReport.sent_at, Listing.id, Listing.platform_id, Listing.seller_id,
                ListingVersion.title, ListingVersion.description)
         .join(TakedownReport, TakedownReport.id == TakedownReportItem.report_id)
         .join(Case, Case.id == TakedownReportItem.case_id)
         .join(Listing, Listing.id == Case.listing_id)
         .join(ListingVersion, ListingVersion.id == Listing.current_version_id)
         .where(TakedownReport.status.in_(REPORTED),
                TakedownReportItem.case_id.not_in(select(RelistingKey.case_id))))
    rows = session.execute(q).all()
    if not rows:
        return 0
    now = _now()
    values = {cid: {"case_id": cid, "listing_id": lid, "platform_id": pid, "seller_id": seller,
                    "text_key": text_key(title, desc), "reported_at": sent_at or now, "created_at": now}
              for cid, sent_at, lid, pid, seller, title, desc in rows}
    for chunk in _chunks(list(values.values())):
        session.execute(insert(session, RelistingKey).on_conflict_do_nothing(index_elements=["case_id"]), chunk)
    return len(values)


def link_relistings(session: Session, rows: Iterable[dict]) -> int:
    """Link the listings of these assessment rows ({listing_version_id, contacts, ...}) that relist
    a reported case. Returns the number of links made (0 when nothing was ever reported)."""
    from .intake import _chunks, _now, insert
    from .network import normalize_handle

    rows = list(rows)
    if not rows:
        return 0
    reported = select(TakedownReport.id).where(TakedownReport.status.in_(REPORTED)).exists()
    if not session.scalar(select(or_(reported, select(RelistingKey.case_id).exists()))):
        return 0  # nothing reported yet: the common case costs one small query
    refresh_keys(session)
    if session.scalar(select(RelistingKey.case_id).limit(1)) is None:
        return 0
    contacts = {r["listing_version_id"]: r.get("contacts") for r in rows}
    new: dict[int, dict] = {}
    for chunk in _chunks(sorted(contacts)):
        q = (select(ListingVersion.id, Listing.id, Listing.platform_id, Listing.seller_id, Listing.first_seen_at,
                    ListingVersion.title, ListingVersion.description)
             .join(Listing, Listing.id == ListingVersion.listing_id).where(ListingVersion.id.in_(chunk)))
        for vid, lid, pid, seller, first_seen, title, desc in session.execute(q).all():
            d = new.setdefault(lid, {"platform_id": pid, "seller_id": seller, "first_seen": first_seen,
                                     "texts": set(), "handles": set()})
            key = text_key(title, desc)
            if key:
                d["texts"].add(key)
            for c in contacts.get(vid) or ():
                kh = normalize_handle(c.get("kind"), c.get("value")) if isinstance(c, dict) else None
                if kh:
                    d["handles"].add(kh)
    found: dict[tuple[int, int], set[str]] = {}  # (new listing, earlier case) -> reasons
    earlier: dict[int, int] = {}  # earlier case -> its listing
    by_seller: dict[tuple, list[int]] = {}
    by_text: dict[str, list[int]] = {}
    by_handle: dict[tuple[str, str], list[int]] = {}
    for lid, d in new.items():  # indexed once, so each key found is matched without a scan
        if d["seller_id"]:
            by_seller.setdefault((d["platform_id"], d["seller_id"]), []).append(lid)
        for t in d["texts"]:
            by_text.setdefault(t, []).append(lid)
        for h in d["handles"]:
            by_handle.setdefault(h, []).append(lid)
    K = RelistingKey.__table__.c
    cols = (K.case_id, K.listing_id, K.reported_at)

    def note(lids, case_id: int, key_listing: int, reported_at, reason: str) -> None:
        for lid in lids:
            if key_listing != lid and utc(new[lid]["first_seen"]) > utc(reported_at):
                earlier[case_id] = key_listing
                found.setdefault((lid, case_id), set()).add(reason)

    for chunk in _chunks(sorted(by_seller)):
        for cid, klid, at, pid, seller in session.execute(
                select(*cols, K.platform_id, K.seller_id).where(tuple_(K.platform_id, K.seller_id).in_(chunk))):
            note(by_seller.get((pid, seller), ()), cid, klid, at, "seller")
    for chunk in _chunks(sorted(by_text)):
        for cid, klid, at, key in session.execute(select(*cols, K.text_key).where(K.text_key.in_(chunk))):
            note(by_text.get(key, ()), cid, klid, at, "text")
    C = ListingContact.__table__.c
    for chunk in _chunks(sorted(by_handle)):
        q = (select(*cols, C.kind, C.handle).join(ListingContact.__table__, C.listing_id == K.listing_id)
             .where(tuple_(C.kind, C.handle).in_(chunk)))
        for cid, klid, at, kind, handle in session.execute(q):
            note(by_handle.get((kind, handle), ()), cid, klid, at, f"contact:{kind}:{handle}")
    if not found:
        return 0
    now = _now()
    values = [{"listing_id": lid, "earlier_case_id": cid, "earlier_listing_id": earlier[cid],
               "reasons": sorted(reasons), "created_at": now} for (lid, cid), reasons in sorted(found.items())]
    for chunk in _chunks(values):
        session.execute(insert(session, RelistingLink).on_conflict_do_nothing(
            index_elements=["listing_id", "earlier_case_id"]), chunk)
    return len(values)


# -- what the pages show --------------------------------------------------------------------------

def _listing_info(session: Session, listing_ids: set[int]) -> dict[int, dict]:
    if not listing_ids:
        return {}
    q = (select(Listing.id, Listing.external_id, Listing.seller_id, Listing.status, Platform.name, ListingVersion.title,
                Case.id, Case.status, Case.reviewer_group)
         .join(Platform, Platform.id == Listing.platform_id)
         .outerjoin(ListingVersion, ListingVersion.id == Listing.current_version_id)
         .outerjoin(Case, Case.listing_id == Listing.id).where(Listing.id.in_(sorted(listing_ids))))
    return {lid: {"listing_id": lid, "external_id": ext, "seller_id": seller, "listing_status": lstatus,
                  "platform": platform, "title": title or "", "_case": (cid, cstatus, group)}
            for lid, ext, seller, lstatus, platform, title, cid, cstatus, group in session.execute(q).all()}


def _visible(user: Any, info: dict) -> dict:
    cid, cstatus, group = info["_case"]
    seen = cid is not None and can_see_group(user, group)
    out = {k: v for k, v in info.items() if k != "_case"}
    out.update(case_id=cid if seen else None, case_status=cstatus if seen else None, has_case=cid is not None,
               other_group=cid is not None and not seen)
    return out


def _pairs(session: Session, user: Any, links: list[RelistingLink]) -> list[tuple[RelistingLink, dict]]:
    info = _listing_info(session, {l.listing_id for l in links} | {l.earlier_listing_id for l in links})
    return [(l, {"later": _visible(user, info[l.listing_id]), "earlier": _visible(user, info[l.earlier_listing_id]),
                 "reasons": list(l.reasons or []), "linked_at": l.created_at})
            for l in links if l.listing_id in info and l.earlier_listing_id in info]


def _entries(session: Session, user: Any, links: list[RelistingLink]) -> list[dict]:
    return [entry for _, entry in _pairs(session, user, links)]


def for_listing(session: Session, user: Any, listing_id: int) -> dict:
    """{"relisted_from": earlier reported listings this one relists, "relisted_as": later listings
    that relist this one}, each entry {"later", "earlier", "reasons", "linked_at"}."""
    back = list(session.scalars(select(RelistingLink).where(RelistingLink.listing_id == listing_id)
                                .order_by(RelistingLink.id)))
    fwd = list(session.scalars(select(RelistingLink).where(RelistingLink.earlier_listing_id == listing_id)
                               .order_by(RelistingLink.id)))
    return {"relisted_from": _entries(session, user, back), "relisted_as": _entries(session, user, fwd)}


def for_cases(session: Session, user: Any, case_ids: Iterable[int]) -> dict[int, list[dict]]:
    """Later listings relisting each of these (reported) cases: {earlier case id: [entry, ...]}."""
    ids = sorted(set(case_ids))
    if not ids:
        return {}
    links = list(session.scalars(select(RelistingLink).where(RelistingLink.earlier_case_id.in_(ids))
                                 .order_by(RelistingLink.id)))
    out: dict[int, list[dict]] = {}
    for link, entry in _pairs(session, user, links):
        out.setdefault(link.earlier_case_id, []).append(entry)
    return out


def recent(session: Session, user: Any, limit: int = 50, since: datetime | None = None) -> list[dict]:
    """The newest relistings, for the lead's /reports page."""
    q = select(RelistingLink).order_by(RelistingLink.id.desc()).limit(limit)
    if since is not None:
        q = q.where(RelistingLink.created_at >= since)
    # Only relistings of earlier cases this lead can see (their groups; an admin sees all).
    return [e for e in _entries(session, user, list(session.scalars(q))) if e["earlier"]["case_id"] is not None]


__all__ = ["text_key", "refresh_keys", "link_relistings", "for_listing", "for_cases", "recent"]

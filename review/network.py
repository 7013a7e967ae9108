"""The seller network: listings tied together by the same seller or the same contact handle.

Sellers repost under new accounts and on other platforms, but keep their WeChat, QQ, phone or
Telegram handle: the contact index (table listing_contacts, filled when a case is opened) links
them. Cases of groups the viewer is not in are shown as "another group", never opened or named.
"""
from __future__ import annotations

from typing import Any, Iterable

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from .cases import can_see_group
from .models import Assessment, Case, Listing, ListingContact, ListingVersion, Platform

MAX_HANDLE = 200
MAX_KIND = 20


def normalize_handle(kind: Any, value: Any) -> tuple[str, str] | None:
    """(kind, handle) as indexed: lower-cased and trimmed; None for what is not a usable handle."""
    if not isinstance(kind, str) or not isinstance(value, (str, int)) or isinstance(value, bool):
        return None
    k, h = kind.strip().lower()[:MAX_KIND], str(value).strip().lower()
    if not k or len(h) < 3 or len(h) > MAX_HANDLE:
        return None
    return k, h


def index_contacts(session: Session, rows: Iterable[tuple[int, list | None]]) -> int:
    """Index the contact handles of listings: rows of (listing id, the assessment's `contacts` JSON,
    a list of {kind, value, ...}). Idempotent. Returns the number of (listing, handle) pairs seen."""
    from .intake import _now, insert  # intake calls this module: import here, not at the top

    out = {}
    for listing_id, contacts in rows:
        for c in contacts or ():
            if not isinstance(c, dict):
                continue
            kh = normalize_handle(c.get("kind"), c.get("value"))
            if kh:
                out[(listing_id, *kh)] = {"listing_id": listing_id, "kind": kh[0], "handle": kh[1], "created_at": _now()}
    if out:
        session.execute(insert(session, ListingContact).on_conflict_do_nothing(
            index_elements=["listing_id", "kind", "handle"]), list(out.values()))
    return len(out)


def index_assessment_contacts(session: Session, listing_assessments: dict[int, int]) -> int:
    """index_contacts for {listing id: assessment id}, reading the assessments' contacts."""
    from .intake import _chunks

    ids = sorted(set(listing_assessments.values()))
    contacts: dict[int, list] = {}
    for chunk in _chunks(ids):
        contacts.update(session.execute(select(Assessment.id, Assessment.contacts).where(Assessment.id.in_(chunk))).all())
    return index_contacts(session, ((lid, contacts.get(aid)) for lid, aid in listing_assessments.items()))


def _listing_rows(session: Session, where, limit: int) -> list[tuple]:
    q = (select(Listing.id, Listing.external_id, Listing.seller_id, Listing.seller_name, Listing.status,
                Platform.name, ListingVersion.title, Case.id, Case.status, Case.reviewer_group)
         .join(Platform, Platform.id == Listing.platform_id)
         .outerjoin(ListingVersion, ListingVersion.id == Listing.current_version_id)
         .outerjoin(Case, Case.listing_id == Listing.id)
         .where(where).order_by(Listing.id.desc()).limit(limit))
    return session.execute(q).all()


def _entry(user: Any, row: tuple) -> dict:
    lid, ext, seller_id, seller_name, lstatus, platform, title, cid, cstatus, group = row
    visible = cid is not None and can_see_group(user, group)
    return {"listing_id": lid, "external_id": ext, "platform": platform, "seller_id": seller_id,
            "seller_name": seller_name, "listing_status": lstatus, "title": title or "",
            "case_id": cid if visible else None, "case_status": cstatus if visible else None,
            "has_case": cid is not None, "other_group": cid is not None and not visible}


def seller_listings(session: Session, user: Any, listing: Listing, limit: int = 50) -> list[dict]:
    """The same seller's other listings (same platform and seller id), newest first."""
    if not listing.seller_id:
        return []
    where = (Listing.platform_id == listing.platform_id) & (Listing.seller_id == listing.seller_id) & (Listing.id != listing.id)
    return [_entry(user, r) for r in _listing_rows(session, where, limit)]


def contact_network(session: Session, user: Any, listing: Listing, contacts: list | None = None,
                    limit: int = 50) -> dict:
    """This listing's handles and, per handle, the other listings (any seller, any platform) that
    carry it; plus a small graph: seller -> handle -> other sellers."""
    handles = {(k, h) for k, h in session.execute(
        select(ListingContact.kind, ListingContact.handle).where(ListingContact.listing_id == listing.id)).all()}
    for c in contacts or ():  # the case's assessment, when the index has not seen this listing
        kh = normalize_handle(c.get("kind"), c.get("value")) if isinstance(c, dict) else None
        if kh:
            handles.add(kh)
    handles_sorted = sorted(handles)
    by_handle: dict[tuple[str, str], list[dict]] = {kh: [] for kh in handles_sorted}
    if handles_sorted:
        pairs = select(ListingContact.listing_id, ListingContact.kind, ListingContact.handle).where(
            tuple_(ListingContact.kind, ListingContact.handle).in_(handles_sorted[:100]),
            ListingContact.listing_id != listing.id).limit(limit * 4)
        links = session.execute(pairs).all()
        rows = {r[0]: r for r in _listing_rows(session, Listing.id.in_({l for l, _, _ in links}), limit * 4)} if links else {}
        for lid, k, h in links:
            if lid in rows and len(by_handle[(k, h)]) < limit:
                by_handle[(k, h)].append(_entry(user, rows[lid]))
    me = f"{listing.platform.name}/{listing.seller_id or listing.external_id}"
    nodes = {me: {"id": me, "kind": "seller", "label": listing.seller_name or listing.seller_id or "(no seller id)",
                  "platform": listing.platform.name, "self": True}}
    edges = set()
    for (k, h), entries in by_handle.items():
        hid = f"{k}:{h}"
        nodes[hid] = {"id": hid, "kind": "handle", "label": f"{k} {h}", "platform": None, "self": False}
        edges.add((me, hid))
        for e in entries:
            sid = f"{e['platform']}/{e['seller_id'] or e['external_id']}"
            if sid not in nodes:
                nodes[sid] = {"id": sid, "kind": "seller", "label": e["seller_name"] or e["seller_id"] or "(no seller id)",
                              "platform": e["platform"], "self": False}
            edges.add((hid, sid))
    from .relisting import for_listing  # relisted after a takedown (issue 10): shown with the network

    return {"handles": [{"kind": k, "handle": h, "listings": by_handle[(k, h)]} for k, h in handles_sorted],
            "graph": {"nodes": list(nodes.values()), "edges": sorted(edges)},
            "relisting": for_listing(session, user, listing.id)}

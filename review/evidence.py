"""Evidence files of a case for the web app: served only after the case's access check, re-verified
on demand (chain of custody: who verified what, when, with which result, goes into the case's
history), and a WARC record cut out byte for byte for download.

Files are only served from under the data directory: a row pointing elsewhere is refused.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from config.settings import get_settings

from .cases import CaseNotFound, DecisionError, check_case_access, now_utc, who
from .models import Case, Decision, Evidence, ListingVersion


class EvidenceMissing(DecisionError):
    """The evidence row exists but its file is gone or outside the data directory."""


def _case_of(session: Session, ev: Evidence) -> Case | None:
    if ev.case_id is not None:
        return session.get(Case, ev.case_id)
    listing_id = session.scalar(select(ListingVersion.listing_id).where(ListingVersion.id == ev.listing_version_id))
    return session.scalar(select(Case).where(Case.listing_id == listing_id))


def evidence_file(session: Session, evidence_id: int, user: Any, kind: str | None = None) -> dict:
    """The evidence row (path included) if the user may see its case. Raises CaseNotFound,
    AccessDenied, EvidenceMissing."""
    ev = session.get(Evidence, evidence_id)
    if ev is None or (kind is not None and ev.kind != kind):
        raise CaseNotFound(f"evidence {evidence_id}: not found")
    case = _case_of(session, ev)
    check_case_access(user, case, case.id if case else 0)
    path = Path(ev.path)
    root = Path(get_settings().data_dir).resolve()
    try:
        resolved = path.resolve()
        resolved.relative_to(root)
    except (OSError, ValueError):
        raise EvidenceMissing(f"evidence {evidence_id}: file is outside the data directory; not served") from None
    if not resolved.is_file():
        raise EvidenceMissing(f"evidence {evidence_id}: file {path.name} is missing")
    return {"id": ev.id, "case_id": case.id, "kind": ev.kind, "path": str(resolved), "sha256": ev.sha256,
            "size": ev.size, "url": ev.url, "warc_record_id": ev.warc_record_id, "captured_at": ev.captured_at,
            "name": path.name}


def _sha256_file(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def record_span(warc_path: str, record_id: str) -> tuple[int, int] | None:
    """(offset, length) in bytes of the WARC record with this id, or None."""
    from warcio.archiveiterator import ArchiveIterator

    with open(warc_path, "rb") as fh:
        it = ArchiveIterator(fh)
        for record in it:
            if record.rec_headers.get_header("WARC-Record-ID") == record_id:
                offset = it.get_record_offset()
                record.content_stream().read()  # read to the end so the iterator knows the length
                it.read_to_end(record)
                return offset, it.get_record_length()
    return None


def warc_payload_sha256(warc_path: str, record_id: str) -> str | None:
    """SHA-256 of the record's payload (the response body as received), or None if no such record."""
    from warcio.archiveiterator import ArchiveIterator

    with open(warc_path, "rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_headers.get_header("WARC-Record-ID") != record_id:
                continue
            digest = hashlib.sha256()
            stream = record.content_stream()
            while chunk := stream.read(65536):
                digest.update(chunk)
            return digest.hexdigest()
    return None


def verify_evidence(session: Session, evidence_id: int, user: Any) -> dict:
    """Re-read the evidence and re-hash it: a WARC record's payload, or a screenshot file.

    The result goes into the case's history (action "verify") with the hash found."""
    uid, username, _, _ = who(user)
    ev = evidence_file(session, evidence_id, user)
    if ev["kind"] == "warc":
        if not ev["warc_record_id"]:
            raise EvidenceMissing(f"evidence {evidence_id}: no WARC record id stored")
        found = warc_payload_sha256(ev["path"], ev["warc_record_id"])
        what = f"WARC record {ev['warc_record_id']}"
    else:
        found = _sha256_file(ev["path"])
        what = f"file {ev['name']}"
    ok = found is not None and found == ev["sha256"].lower()
    result = {"evidence_id": evidence_id, "case_id": ev["case_id"], "kind": ev["kind"], "expected": ev["sha256"], "found": found, "ok": ok,
              "what": what, "at": now_utc()}
    case = session.get(Case, ev["case_id"])
    session.add(Decision(case_id=case.id, user_id=uid, actor=username, action="verify", from_status=case.status,
                         to_status=case.status, reason=f"{what}: {'SHA-256 matches' if ok else 'MISMATCH' if found else 'record not found'}",
                         details={k: v for k, v in result.items() if k != "at"}, created_at=result["at"]))
    session.flush()
    return result


def warc_record(session: Session, evidence_id: int, user: Any) -> dict:
    """Where the evidence's WARC record lies, to send it as a one-record WARC file."""
    ev = evidence_file(session, evidence_id, user, kind="warc")
    span = record_span(ev["path"], ev["warc_record_id"] or "")
    if span is None:
        raise EvidenceMissing(f"evidence {evidence_id}: record {ev['warc_record_id']} not found in {ev['name']}")
    return {**ev, "offset": span[0], "length": span[1]}

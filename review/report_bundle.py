"""A sent report's evidence files, and the evidence bundle anyone can re-verify offline.

    files = evidence_files(s, report)              # the report's evidence, resolved in the store
    png = screenshot(s, report, sha256)            # a screenshot of the report, re-hashed
    data = build_bundle(s, report)                 # zip bytes
    result = verify_bundle(path)                   # {"ok": bool, "problems": [...], "checked": [...]}
                                                   # (a WACZ package too: review/report_wacz.py)

The bundle (a zip) holds report.json (the exact bytes whose SHA-256 the report carries),
report.csv, each evidence file (a screenshot as stored; a WARC record cut out byte for byte as a
one-record WARC), manifest.json (every file's SHA-256 and size, and which evidence each file is)
and SHA256SUMS (the same sums, for `sha256sum -c`). verify_bundle needs no store: it re-hashes
every file, checks the report's own hash and schema, and re-hashes each WARC record's payload.
"""
from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from config.settings import get_settings

from .cases import DecisionError
from .evidence import record_span
from .models import Evidence, ListingVersion, TakedownReport
from .report_items import csv_text, iso
from .report_schema import schema_problems

FORMAT = "wildwatch-evidence-bundle/1"
MANIFEST, SUMS = "manifest.json", "SHA256SUMS"


class BundleError(DecisionError):
    pass


def _canonical(doc: dict) -> bytes:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _inside_data_dir(path: str) -> Path | None:
    root = Path(get_settings().data_dir).resolve()
    try:
        p = Path(path).resolve()
        p.relative_to(root)
    except (OSError, ValueError):
        return None
    return p if p.is_file() else None


def evidence_files(session: Session, report: TakedownReport) -> list[dict]:
    """Each evidence entry of the report's items (as sent) with its file in the store: path (None
    when gone or outside the data directory), and the WARC record id."""
    cases = {i.id: i.case for i in report.items}
    doc = report.document if report.document else None
    if doc is None:
        from .reports import document

        doc = document(report)
    out = []
    for it in doc["items"]:
        case = cases.get(it["item_id"])
        versions = (select(ListingVersion.id).where(ListingVersion.listing_id == case.listing_id)
                    if case is not None else None)
        for n, e in enumerate(it.get("evidence") or []):
            row = None
            if versions is not None:
                row = session.scalar(select(Evidence).where(Evidence.sha256 == e["sha256"], Evidence.kind == e["kind"],
                                                            Evidence.listing_version_id.in_(versions)).limit(1))
            out.append({"item_id": it["item_id"], "reference": it["reference"], "n": n, "kind": e["kind"],
                        "sha256": e["sha256"], "file": e.get("file"),
                        "warc_record_id": row.warc_record_id if row else e.get("warc_record_id"),
                        "path": str(p) if row is not None and (p := _inside_data_dir(row.path)) else None})
    return out


def screenshot(session: Session, report: TakedownReport, sha256: str) -> bytes:
    """The bytes of one of the report's screenshots, re-hashed (what is shown is what was reported)."""
    for f in evidence_files(session, report):
        if f["kind"] == "screenshot" and f["sha256"] == sha256 and f["path"]:
            data = Path(f["path"]).read_bytes()
            if _sha(data) != sha256:
                raise BundleError(f"screenshot {sha256[:12]}…: the file no longer matches its SHA-256")
            return data
    raise BundleError(f"screenshot {str(sha256)[:64]}: not in this report or its file is gone")


def _warc_record_bytes(path: str, record_id: str) -> bytes | None:
    span = record_span(path, record_id)
    if span is None:
        return None
    with open(path, "rb") as fh:
        fh.seek(span[0])
        return fh.read(span[1])


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text)[:80] or "x"


def build_bundle(session: Session, report: TakedownReport) -> bytes:
    """The evidence bundle of a sent report, as zip bytes."""
    if report.status not in ("sent", "acknowledged") or not report.document:
        raise BundleError(f"report {report.id}: only a sent report has an evidence bundle")
    doc = report.document
    files: dict[str, bytes] = {"report.json": _canonical(doc), "report.csv": csv_text(doc).encode("utf-8-sig")}
    evidence, missing = [], []
    for f in evidence_files(session, report):
        data = None
        if f["path"] and f["kind"] == "screenshot":
            data = Path(f["path"]).read_bytes()
        elif f["path"] and f["kind"] == "warc" and f["warc_record_id"]:
            data = _warc_record_bytes(f["path"], f["warc_record_id"])
        if data is None:
            missing.append({"item_id": f["item_id"], "kind": f["kind"], "sha256": f["sha256"]})
            continue
        ext = "png" if f["kind"] == "screenshot" else "warc"
        name = f"evidence/{_safe(f['reference'])}/{f['kind']}-{f['sha256'][:16]}.{ext}"
        files[name] = data
        evidence.append({"path": name, "item_id": f["item_id"], "reference": f["reference"], "kind": f["kind"],
                         "sha256": f["sha256"], "warc_record_id": f["warc_record_id"]})
    manifest = {"format": FORMAT, "report_id": report.id, "platform": report.platform.name,
                "report_sha256": report.sha256, "sent_at": iso(report.sent_at),
                "files": [{"path": n, "sha256": _sha(b), "size": len(b)} for n, b in sorted(files.items())],
                "evidence": evidence, "missing_evidence": missing,
                "how_to_verify": "wildwatch reports verify BUNDLE, or: unzip and run sha256sum -c SHA256SUMS; "
                                 "report.json's SHA-256 is the report's; a WARC file's payload SHA-256 is the evidence's"}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in sorted(files.items()):
            z.writestr(name, data)
        z.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
        z.writestr(SUMS, "".join(f"{e['sha256']}  {e['path']}\n" for e in manifest["files"]))
    return out.getvalue()


def _warc_payload_sha256(data: bytes) -> str | None:
    from warcio.archiveiterator import ArchiveIterator

    for record in ArchiveIterator(io.BytesIO(data)):
        if record.rec_type == "response":
            h = hashlib.sha256()
            stream = record.content_stream()
            while chunk := stream.read(65536):
                h.update(chunk)
            return h.hexdigest()
    return None


def _hash_member(z: zipfile.ZipFile, name: str) -> tuple[str, int]:
    h, n = hashlib.sha256(), 0
    with z.open(name) as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
            n += len(chunk)
    return h.hexdigest(), n


def verify_bundle(path: str | Path) -> dict:
    """Re-verify a bundle offline. {"ok", "problems": ["place: problem"], "checked": [lines], "report_sha256"}."""
    problems, checked = [], []
    try:
        z = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        return {"ok": False, "problems": [f"{path}: not a readable zip ({exc})"], "checked": [], "report_sha256": None}
    with z:
        names = set(z.namelist())
        if "datapackage.json" in names:  # a WACZ package (review/report_wacz.py)
            from .report_wacz import verify_wacz

            return verify_wacz(z, path)
        bad_names = [n for n in names if n.startswith("/") or ".." in n.split("/") or "\\" in n]
        problems += [f"{n}: unsafe path in the bundle" for n in bad_names]
        try:
            manifest = json.loads(z.read(MANIFEST))
        except (KeyError, ValueError) as exc:
            return {"ok": False, "problems": problems + [f"{MANIFEST}: missing or not JSON ({exc})"], "checked": [],
                    "report_sha256": None}
        if manifest.get("format") != FORMAT:
            problems.append(f"{MANIFEST}: format {str(manifest.get('format'))[:60]!r} is not {FORMAT}")
        listed = {}
        for e in manifest.get("files") or []:
            name = str(e.get("path"))
            listed[name] = e.get("sha256")
            if name not in names:
                problems.append(f"{name}: listed in the manifest but not in the bundle")
                continue
            digest, size = _hash_member(z, name)
            if digest != e.get("sha256") or size != e.get("size"):
                problems.append(f"{name}: SHA-256 {digest} does not match the manifest's {e.get('sha256')}")
            else:
                checked.append(f"{name}: sha256 ok")
        extra = names - set(listed) - {MANIFEST, SUMS}
        problems += [f"{n}: in the bundle but not in the manifest" for n in sorted(extra)]
        sums = {}
        if SUMS in names:
            for line in z.read(SUMS).decode("utf-8", "replace").splitlines():
                digest, _, name = line.partition("  ")
                sums[name] = digest
        if sums != listed:
            problems.append(f"{SUMS}: does not list the same files and sums as {MANIFEST}")
        doc = None
        if "report.json" in names:
            raw = z.read("report.json")
            if _sha(raw) != manifest.get("report_sha256"):
                problems.append("report.json: its SHA-256 is not the report's (report_sha256 in the manifest)")
            else:
                checked.append(f"report.json: is report {manifest.get('report_id')} (sha256 {_sha(raw)})")
            try:
                doc = json.loads(raw)
                problems += [f"report.json: {p}" for p in schema_problems(doc)]
            except ValueError as exc:
                problems.append(f"report.json: not JSON ({exc})")
        else:
            problems.append("report.json: missing")
        reported = {(it["item_id"], e["kind"], e["sha256"]) for it in (doc or {}).get("items", [])
                    for e in it.get("evidence") or []}
        for e in manifest.get("evidence") or []:
            name = e.get("path")
            key = (e.get("item_id"), e.get("kind"), e.get("sha256"))
            if key not in reported:
                problems.append(f"{name}: not evidence of the report (item {e.get('item_id')}, {e.get('kind')})")
                continue
            if name not in names:
                continue  # already a problem above
            data = z.read(name)
            found = _sha(data) if e.get("kind") == "screenshot" else _warc_payload_sha256(data)
            if found != e.get("sha256"):
                problems.append(f"{name}: evidence SHA-256 {found} is not the reported {e.get('sha256')}")
            else:
                checked.append(f"{name}: {e.get('kind')} of {e.get('reference')} matches the report")
        for m in manifest.get("missing_evidence") or []:
            problems.append(f"evidence {m.get('kind')} {m.get('sha256')} of item {m.get('item_id')}: not in the bundle "
                            "(its file was gone when the bundle was made)")
        bundled = {(e.get("item_id"), e.get("kind"), e.get("sha256")) for e in manifest.get("evidence") or []}
        missing = {(m.get("item_id"), m.get("kind"), m.get("sha256")) for m in manifest.get("missing_evidence") or []}
        for item_id, kind, sha in sorted(reported - bundled - missing, key=str):
            problems.append(f"evidence {kind} {sha} of item {item_id}: reported but neither bundled nor listed missing")
    return {"ok": not problems, "problems": problems, "checked": checked,
            "report_sha256": manifest.get("report_sha256"), "report_id": manifest.get("report_id")}


__all__ = ["BundleError", "evidence_files", "screenshot", "build_bundle", "verify_bundle", "FORMAT"]

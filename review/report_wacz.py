"""A sent report's evidence as a WACZ 1.1.1 package (Web Archive Collection Zipped), beside the
zip bundle (review/report_bundle.py): replay tools open it, and `wildwatch reports verify` checks
it offline the same way.

    archive/data.warc.gz      each evidence WARC response record, cut out byte for byte and
                              gzipped as its own member; each screenshot as a WARC resource record
                              (urn:wildwatch:screenshot:<sha256>) written by warcio
    indexes/index.cdxj        one line per record: SURT key, 14-digit time, JSON (url, mime,
                              status, digest, offset, length, filename)
    pages/pages.jsonl         the reported listing pages (json-pages-1.0)
    report/report.json        the report exactly as sent (its SHA-256 is the report's)
    report/report.csv         the CSV
    datapackage.json          every resource's path, "sha256:<hex>" hash and bytes; "wildwatch":
                              which record is which item's evidence
    datapackage-digest.json   the SHA-256 of datapackage.json
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import zipfile
from datetime import datetime, timezone
from urllib.parse import urlsplit

from .report_bundle import (BundleError, _canonical, _hash_member, _safe, _sha, _warc_record_bytes,
                            evidence_files)
from .report_items import csv_text, iso
from .report_schema import schema_problems

WACZ_VERSION = "1.1.1"
FORMAT = "wildwatch-evidence-wacz/1"
ARCHIVE, INDEX, PAGES = "archive/data.warc.gz", "indexes/index.cdxj", "pages/pages.jsonl"
DATAPACKAGE, DIGEST = "datapackage.json", "datapackage-digest.json"


def surt(url: str) -> str:
    """The SURT form CDXJ sorts by: host labels reversed, then ')' and the path (no scheme, no www.)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return url.lower()
    host = (parts.hostname or "").lower()
    host = host[4:] if host.startswith("www.") else host
    key = ",".join(reversed(host.split(".")))
    if parts.port and parts.port not in (80, 443):
        key += f":{parts.port}"
    return f"{key}){parts.path or '/'}" + (f"?{parts.query}" if parts.query else "")


def _ts14(warc_date: str | None) -> str:
    digits = "".join(ch for ch in str(warc_date or "") if ch.isdigit())
    return (digits + "0" * 14)[:14]


def _records(data: bytes) -> list[dict]:
    """Every record of a WARC file's bytes: headers, offset/length and the payload's SHA-256."""
    from warcio.archiveiterator import ArchiveIterator

    out = []
    it = ArchiveIterator(io.BytesIO(data))
    for record in it:
        h = hashlib.sha256()
        stream = record.content_stream()
        while chunk := stream.read(65536):
            h.update(chunk)
        offset = it.get_record_offset()  # only after the payload: asking first consumes it
        it.read_to_end(record)
        rh = record.rec_headers
        out.append({"type": record.rec_type, "id": rh.get_header("WARC-Record-ID"),
                    "url": rh.get_header("WARC-Target-URI"), "date": rh.get_header("WARC-Date"),
                    "status": record.http_headers.get_statuscode() if record.http_headers else None,
                    "mime": (record.http_headers.get_header("Content-Type") if record.http_headers
                             else rh.get_header("Content-Type")) or "",
                    "payload_sha256": h.hexdigest(), "offset": offset, "length": it.get_record_length()})
    return out


def _screenshot_record(writer, sha: str, data: bytes, url: str | None) -> str:
    uri = f"urn:wildwatch:screenshot:{sha}"
    headers = {"WARC-Date": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}
    if url:
        headers["WARC-Refers-To-Target-URI"] = url
    record = writer.create_warc_record(uri, "resource", payload=io.BytesIO(data), length=len(data),
                                       warc_content_type="image/png", warc_headers_dict=headers)
    writer.write_record(record)
    return record.rec_headers.get_header("WARC-Record-ID")


def build_wacz(session, report) -> bytes:
    """The report's evidence as WACZ bytes (sent reports only)."""
    from warcio.warcwriter import WARCWriter

    if report.status not in ("sent", "acknowledged") or not report.document:
        raise BundleError(f"report {report.id}: only a sent report has an evidence package")
    doc = report.document
    urls = {it["item_id"]: it.get("url") for it in doc["items"]}
    archive, evidence, missing = io.BytesIO(), [], []
    writer = WARCWriter(archive, gzip=True)
    for f in evidence_files(session, report):
        data, record_id = None, None
        if f["path"] and f["kind"] == "warc" and f["warc_record_id"]:
            data = _warc_record_bytes(f["path"], f["warc_record_id"])
            if data is not None:
                archive.write(gzip.compress(data, mtime=0))  # the record as captured, one gzip member
                record_id = f["warc_record_id"]
        elif f["path"] and f["kind"] == "screenshot":
            with open(f["path"], "rb") as fh:
                data = fh.read()
            record_id = _screenshot_record(writer, f["sha256"], data, urls.get(f["item_id"]))
        if data is None:
            missing.append({"item_id": f["item_id"], "kind": f["kind"], "sha256": f["sha256"]})
            continue
        evidence.append({"item_id": f["item_id"], "reference": f["reference"], "kind": f["kind"],
                         "sha256": f["sha256"], "warc_record_id": record_id})
    warc = archive.getvalue()
    records = _records(warc)
    cdxj = sorted(f"{surt(r['url'] or '')} {_ts14(r['date'])} " + json.dumps(
        {"url": r["url"], "mime": r["mime"], "status": str(r["status"] or ""), "digest": "sha256:" + r["payload_sha256"],
         "length": str(r["length"]), "offset": str(r["offset"]), "filename": ARCHIVE.rsplit("/", 1)[1],
         "recordId": r["id"]}, ensure_ascii=False) for r in records)
    pages = [{"format": "json-pages-1.0", "id": "pages", "title": f"Takedown report {report.id} evidence"}]
    pages += [{"url": it["url"], "ts": it.get("captured_at") or iso(report.sent_at),
               "title": f"{it['reference']} {it.get('listing_id')}"} for it in doc["items"] if it.get("url")]
    files = {ARCHIVE: warc, INDEX: "".join(line + "\n" for line in cdxj).encode(),
             PAGES: "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pages).encode(),
             "report/report.json": _canonical(doc), "report/report.csv": csv_text(doc).encode("utf-8-sig")}
    package = {"profile": "data-package", "wacz_version": WACZ_VERSION, "title": f"Takedown report {report.id}",
               "created": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), "software": "wildwatch",
               "resources": [{"name": _safe(n.rsplit("/", 1)[1]), "path": n, "hash": "sha256:" + _sha(b), "bytes": len(b)}
                             for n, b in sorted(files.items())],
               "wildwatch": {"format": FORMAT, "report_id": report.id, "platform": report.platform.name,
                             "report_sha256": report.sha256, "sent_at": iso(report.sent_at),
                             "evidence": evidence, "missing_evidence": missing}}
    package_bytes = json.dumps(package, ensure_ascii=False, indent=2).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in sorted(files.items()):
            # WARC and index stored, not deflated: replay tools read them with range requests
            z.writestr(name, data, zipfile.ZIP_STORED if name in (ARCHIVE, INDEX) else zipfile.ZIP_DEFLATED)
        z.writestr(DATAPACKAGE, package_bytes, zipfile.ZIP_DEFLATED)
        z.writestr(DIGEST, json.dumps({"path": DATAPACKAGE, "hash": "sha256:" + _sha(package_bytes)}, indent=2),
                   zipfile.ZIP_DEFLATED)
    return out.getvalue()


def verify_wacz(z: zipfile.ZipFile, path) -> dict:
    """Re-verify a WACZ offline (as verify_bundle does a zip bundle)."""
    problems, checked = [], []
    names = set(z.namelist())
    problems += [f"{n}: unsafe path in the package" for n in sorted(names)
                 if n.startswith("/") or ".." in n.split("/") or "\\" in n]
    try:
        raw_package = z.read(DATAPACKAGE)
        package = json.loads(raw_package)
    except (KeyError, ValueError) as exc:
        return {"ok": False, "problems": [f"{DATAPACKAGE}: missing or not JSON ({exc})"], "checked": [],
                "report_sha256": None}
    try:
        digest = json.loads(z.read(DIGEST))
        if digest.get("path") != DATAPACKAGE or digest.get("hash") != "sha256:" + _sha(raw_package):
            problems.append(f"{DIGEST}: does not match {DATAPACKAGE}")
        else:
            checked.append(f"{DATAPACKAGE}: sha256 ok ({DIGEST})")
    except (KeyError, ValueError):
        problems.append(f"{DIGEST}: missing or not JSON")
    if package.get("wacz_version") != WACZ_VERSION or package.get("profile") != "data-package":
        problems.append(f"{DATAPACKAGE}: not a WACZ {WACZ_VERSION} data package")
    ww = package.get("wildwatch") or {}
    if ww.get("format") != FORMAT:
        problems.append(f"{DATAPACKAGE}: wildwatch.format {str(ww.get('format'))[:60]!r} is not {FORMAT}")
    listed = set()
    for r in package.get("resources") or []:
        name = str(r.get("path"))
        listed.add(name)
        if name not in names:
            problems.append(f"{name}: listed in {DATAPACKAGE} but not in the package")
            continue
        found, size = _hash_member(z, name)
        if "sha256:" + found != r.get("hash") or size != r.get("bytes"):
            problems.append(f"{name}: SHA-256 {found} does not match {DATAPACKAGE}'s {r.get('hash')}")
        else:
            checked.append(f"{name}: sha256 ok")
    problems += [f"{n}: in the package but not in {DATAPACKAGE}" for n in sorted(names - listed - {DATAPACKAGE, DIGEST})]
    problems += [f"{n}: required by WACZ but missing" for n in (ARCHIVE, INDEX, PAGES) if n not in names]
    doc = None
    if "report/report.json" in names:
        raw = z.read("report/report.json")
        if _sha(raw) != ww.get("report_sha256"):
            problems.append("report/report.json: its SHA-256 is not the report's (wildwatch.report_sha256)")
        else:
            checked.append(f"report/report.json: is report {ww.get('report_id')} (sha256 {_sha(raw)})")
        try:
            doc = json.loads(raw)
            problems += [f"report/report.json: {p}" for p in schema_problems(doc)]
        except ValueError as exc:
            problems.append(f"report/report.json: not JSON ({exc})")
    else:
        problems.append("report/report.json: missing")
    records = {}
    if ARCHIVE in names:
        try:
            records = {r["id"]: r for r in _records(z.read(ARCHIVE))}
        except Exception as exc:  # noqa: BLE001 - any parse failure of a hostile file is a finding
            problems.append(f"{ARCHIVE}: not a readable WARC ({type(exc).__name__}: {exc})")
    reported = {(it["item_id"], e["kind"], e["sha256"]) for it in (doc or {}).get("items", [])
                for e in it.get("evidence") or []}
    for e in ww.get("evidence") or []:
        key = (e.get("item_id"), e.get("kind"), e.get("sha256"))
        where = f"{ARCHIVE} record {e.get('warc_record_id')}"
        if key not in reported:
            problems.append(f"{where}: not evidence of the report (item {e.get('item_id')}, {e.get('kind')})")
        elif e.get("warc_record_id") not in records:
            problems.append(f"{where}: not in the archive")
        elif records[e["warc_record_id"]]["payload_sha256"] != e.get("sha256"):
            problems.append(f"{where}: evidence SHA-256 {records[e['warc_record_id']]['payload_sha256']} "
                            f"is not the reported {e.get('sha256')}")
        else:
            checked.append(f"{where}: {e.get('kind')} of {e.get('reference')} matches the report")
    for m in ww.get("missing_evidence") or []:
        problems.append(f"evidence {m.get('kind')} {m.get('sha256')} of item {m.get('item_id')}: not in the package "
                        "(its file was gone when the package was made)")
    packed = {(e.get("item_id"), e.get("kind"), e.get("sha256")) for e in ww.get("evidence") or []}
    gone = {(m.get("item_id"), m.get("kind"), m.get("sha256")) for m in ww.get("missing_evidence") or []}
    for item_id, kind, sha in sorted(reported - packed - gone, key=str):
        problems.append(f"evidence {kind} {sha} of item {item_id}: reported but neither packaged nor listed missing")
    return {"ok": not problems, "problems": problems, "checked": checked, "report_sha256": ww.get("report_sha256"),
            "report_id": ww.get("report_id"), "format": "wacz"}


__all__ = ["build_wacz", "verify_wacz", "surt", "WACZ_VERSION"]

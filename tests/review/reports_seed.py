"""Evidence for takedown report tests: a real WARC record (written by the crawler's own
EvidenceWriter) and a real PNG screenshot under the data directory, stored as Evidence rows of
the case the way the pipeline stores them. Also used by tests/web (loaded by file path)."""
from __future__ import annotations

import hashlib
import struct
import zlib
from datetime import datetime, timezone


def png_bytes(width: int = 24, height: int = 16, rgb=(200, 40, 40)) -> bytes:
    """A valid PNG of one colour (zlib + CRCs as the format wants)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def add_evidence(s, case_id: int, screenshot: bool = True, warc: bool = True) -> dict:
    """A WARC record of the listing page and a screenshot for the case; returns their SHA-256s."""
    from config.settings import get_settings
    from crawler.evidence import EvidenceWriter
    from review.intake import add_evidence as store
    from review.models import Case

    case = s.get(Case, case_id)
    version_id, url = case.listing.current_version_id, case.listing.url
    platform = case.listing.platform.name
    now = datetime.now(timezone.utc)
    out = {}
    if warc:
        writer = EvidenceWriter(get_settings().path("evidence", "warc"), platform)
        body = f"<html><body><h1>listing {case.listing.external_id}</h1></body></html>".encode()
        cap = writer.write(url=url, method="GET", request_headers={"User-Agent": "test"}, status=200,
                           response_headers={"Content-Type": "text/html"}, body=body)
        writer.close()
        store(s, {"listing_version_id": version_id, "case_id": case_id, "kind": "warc", "path": cap["warc_file"],
                  "sha256": cap["body_sha256"], "size": len(body), "url": url,
                  "warc_record_id": cap["warc_record_id"], "captured_at": now})
        out["warc"] = cap["body_sha256"]
    if screenshot:
        png = png_bytes(rgb=(case_id * 37 % 256, 90, 120))
        path = get_settings().path("evidence", "screenshots", platform, f"case-{case_id}.png")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(png)
        sha = hashlib.sha256(png).hexdigest()
        store(s, {"listing_version_id": version_id, "case_id": case_id, "kind": "screenshot", "path": str(path),
                  "sha256": sha, "size": len(png), "url": url, "warc_record_id": None, "captured_at": now})
        out["screenshot"] = sha
    return out

"""Evidence: every listing page is archived as a WARC request+response pair, re-verifiable by SHA-256.

The response payload is the body as Scrapy received it after transfer/content decoding, so the
Content-Encoding and Transfer-Encoding headers are dropped from the archived headers (and kept
under X-Wildwatch-Original-* names) to keep the record self-consistent.
"""
from __future__ import annotations

import base64
import hashlib
import os
import uuid
from datetime import datetime, timezone
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

BODY_SHA256_HEADER = "WARC-Wildwatch-Body-SHA256"
_DECODED_HEADERS = ("content-encoding", "transfer-encoding", "content-length")


def _sha1_label(*parts: bytes) -> str:
    """A WARC digest label, "sha1:<base32>", of the concatenated parts."""
    h = hashlib.sha1()
    for part in parts:
        h.update(part)
    return "sha1:" + base64.b32encode(h.digest()).decode()


_EMPTY_SHA1 = _sha1_label(b"")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def headers_as_dict(headers: Any) -> dict[str, str]:
    """Scrapy Headers (bytes, multi-valued) as a plain str dict; repeated values are joined."""
    out: dict[str, str] = {}
    for key, values in headers.items():
        name = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        vals = values if isinstance(values, list) else [values]
        out[name] = ", ".join(v.decode("latin-1") if isinstance(v, bytes) else str(v) for v in vals)
    return out


class _WarcFile:
    """Writes request+response record pairs with warcio."""

    def __init__(self, path: Path):
        self._file = open(path, "ab")
        self._writer = WARCWriter(self._file, gzip=False)

    def write(self, url, method, request_headers, status, response_headers, body, protocol,
              body_sha, record_id, warc_date) -> None:
        path = url.split("/", 3)[3] if url.count("/") >= 3 else ""
        req_headers = StatusAndHeaders(f"{method} /{path} {protocol}", list(request_headers.items()),
                                       is_http_request=True)
        # Digests are computed here in one pass each; warcio would otherwise re-read every record
        # through its digesters (a quarter of the evidence cost per page).
        req_headers.compute_headers_buffer()
        request = self._writer.create_warc_record(
            url, "request", payload=BytesIO(b""), length=0, http_headers=req_headers,
            warc_headers_dict={"WARC-Date": warc_date, "WARC-Concurrent-To": record_id,
                               "WARC-Block-Digest": _sha1_label(req_headers.headers_buff),
                               "WARC-Payload-Digest": _EMPTY_SHA1})
        archived = [(k, v) for k, v in response_headers.items() if k.lower() not in _DECODED_HEADERS]
        archived += [(f"X-Wildwatch-Original-{k}", v) for k, v in response_headers.items()
                     if k.lower() in _DECODED_HEADERS]
        archived.append(("Content-Length", str(len(body))))
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = "Unknown"
        resp_headers = StatusAndHeaders(f"{status} {reason}", archived, protocol=protocol)
        resp_headers.compute_headers_buffer()
        response = self._writer.create_warc_record(
            # a known length spares warcio a temporary file per record
            url, "response", payload=BytesIO(body), length=len(body), http_headers=resp_headers,
            warc_headers_dict={"WARC-Record-ID": record_id, "WARC-Date": warc_date,
                               # the payload digest we already have spares warcio a second hash of the body
                               "WARC-Payload-Digest": "sha256:" + base64.b32encode(bytes.fromhex(body_sha)).decode(),
                               "WARC-Block-Digest": _sha1_label(resp_headers.headers_buff, body),
                               BODY_SHA256_HEADER: body_sha})
        self._writer.write_record(response)
        self._writer.write_record(request)
        self._file.flush()

    def close(self) -> None:
        self._file.close()


class EvidenceWriter:
    """Appends WARC records to one WARC file per crawl (`close()` when the crawl ends).

    Uncompressed on purpose: warcio gzips each record at level 9, which cost a third of the
    crawler's overhead per page; evidence directories can be compressed after the crawl.

    The record ID, date and SHA-256 are fixed at capture time and returned in `capture`.
    Each record is flushed at once so a worker can verify it while the crawl goes on.
    """

    def __init__(self, directory: Path, platform: str):
        directory.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        self.path = directory / f"{platform}-{stamp}-{os.getpid()}.warc"
        self._warc = _WarcFile(self.path)

    def write(self, *, url: str, method: str, request_headers: dict[str, str], status: int,
              response_headers: dict[str, str], body: bytes, protocol: str = "HTTP/1.1") -> dict[str, Any]:
        """Archive one exchange; return the `capture` dict of the listing."""
        body_sha = sha256_hex(body)
        record_id = f"<urn:uuid:{uuid.uuid4()}>"
        warc_date = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        self._warc.write(url, method, request_headers, status, response_headers, body, protocol,
                         body_sha, record_id, warc_date)
        return {
            "url": url,
            "status": status,
            "headers": response_headers,
            "body_sha256": body_sha,
            "warc_file": str(self.path),
            "warc_record_id": record_id,
        }

    def close(self) -> None:
        self._warc.close()


def verify(warc_file: str | Path, record_id: str, sha256: str) -> bool:
    """True when the WARC holds a response record `record_id` whose payload has this SHA-256.

    Raises FileNotFoundError when the WARC file itself is gone (that is not a mismatch).
    """
    with open(warc_file, "rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_headers.get_header("WARC-Record-ID") != record_id:
                continue
            digest = hashlib.sha256()
            stream = record.content_stream()
            while chunk := stream.read(65536):
                digest.update(chunk)
            return digest.hexdigest() == sha256.lower()
    return False

"""The evidence as a WACZ 1.1.1 package: archive/*.warc.gz (the captured response records byte for
byte, screenshots as resource records), indexes/index.cdxj, pages/pages.jsonl, datapackage.json
with each resource's sha256 and datapackage-digest.json; `wildwatch reports verify` accepts it
like the zip bundle and names a changed byte, a rewritten package or an added file."""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import subprocess
import sys
import zipfile

import oversight_seed as seed
import pytest
import reports_seed


@pytest.fixture
def wacz(store_url, tmp_path):
    from review import reports
    from review.db import get_engine, session_scope
    from review.report_wacz import build_wacz

    get_engine(store_url)
    with session_scope() as s:
        lead = seed.user(s, "lena", "lead", groups=("zh-analysts",))
        ids = seed.cases(s, 2)
        shas = {}
        for cid in ids:
            seed.decide(s, cid, lead, "confirm", "named-species")
            shas[cid] = reports_seed.add_evidence(s, cid)
        r = reports.create_report(s, lead, "demo-zh")
        reports.mark_reviewed(s, lead, r.id)
        reports.send(s, lead, r.id)
        data, digest, urls = build_wacz(s, r), r.sha256, [i["url"] for i in r.document["items"]]
    path = tmp_path / "evidence.wacz"
    path.write_bytes(data)
    return path, digest, shas, urls


def _rewrite(src, dst, change, extra=None):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for name in zin.namelist():
            zout.writestr(name, change(name, zin.read(name)))
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    return dst


def _flip_png_byte(warc_gz: bytes) -> bytes:
    """The archive with one byte of the first screenshot changed, every gzip member kept apart."""
    import zlib

    members, rest = [], warc_gz
    while rest:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        members.append(d.decompress(rest))
        rest = d.unused_data
    n = next(i for i, m in enumerate(members) if b"\x89PNG" in m)
    i = members[n].index(b"\x89PNG") + 40
    members[n] = members[n][:i] + bytes([members[n][i] ^ 1]) + members[n][i + 1:]
    return b"".join(gzip.compress(m, mtime=0) for m in members)


def _sha(b: bytes) -> str:
    return hashlib.sha256(b).hexdigest()


def test_the_package_follows_wacz_and_verifies(wacz):
    from warcio.archiveiterator import ArchiveIterator

    from review.report_bundle import verify_bundle

    path, digest, shas, urls = wacz
    z = zipfile.ZipFile(path)
    names = set(z.namelist())
    assert {"archive/data.warc.gz", "indexes/index.cdxj", "pages/pages.jsonl", "datapackage.json",
            "datapackage-digest.json", "report/report.json", "report/report.csv"} == names
    assert z.getinfo("archive/data.warc.gz").compress_type == zipfile.ZIP_STORED
    package = json.loads(z.read("datapackage.json"))
    assert package["profile"] == "data-package" and package["wacz_version"] == "1.1.1"
    for r in package["resources"]:
        data = z.read(r["path"])
        assert r["hash"] == "sha256:" + _sha(data) and r["bytes"] == len(data)
    assert json.loads(z.read("datapackage-digest.json")) == {"path": "datapackage.json",
                                                             "hash": "sha256:" + _sha(z.read("datapackage.json"))}
    assert _sha(z.read("report/report.json")) == digest
    pages = [json.loads(line) for line in z.read("pages/pages.jsonl").decode().splitlines()]
    assert pages[0]["format"] == "json-pages-1.0" and sorted(p["url"] for p in pages[1:]) == sorted(urls)
    # the archive: every record readable by warcio; payloads are the reported evidence
    warc = z.read("archive/data.warc.gz")
    assert warc[:2] == b"\x1f\x8b"
    payloads = {}
    for rec in ArchiveIterator(io.BytesIO(warc)):
        payloads.setdefault(rec.rec_type, []).append(_sha(rec.content_stream().read()))
    assert sorted(payloads["response"]) == sorted(s["warc"] for s in shas.values())
    assert sorted(payloads["resource"]) == sorted(s["screenshot"] for s in shas.values())
    # the index points at each record: offset/length cut out one gzip member that is that record
    lines = z.read("indexes/index.cdxj").decode().splitlines()
    assert len(lines) == 4 and lines == sorted(lines)
    for line in lines:
        key, ts, js = line.split(" ", 2)
        entry = json.loads(js)
        assert len(ts) == 14 and ts.isdigit() and entry["filename"] == "data.warc.gz"
        member = warc[int(entry["offset"]): int(entry["offset"]) + int(entry["length"])]
        assert gzip.decompress(member).startswith(b"WARC/1")
        if entry["url"].startswith("http"):
            assert key.startswith("example,demo-zh)/") and entry["status"] == "200"
    result = verify_bundle(path)
    assert result["ok"], result["problems"]
    assert result["format"] == "wacz" and result["report_sha256"] == digest and len(result["checked"]) >= 10


@pytest.mark.parametrize("attack", ["evidence_byte", "rewritten_package", "added_file", "report_changed"])
def test_tampering_is_found_and_named(wacz, tmp_path, attack):
    from review.report_bundle import verify_bundle

    path, _, _, _ = wacz
    bad = tmp_path / "bad.wacz"
    if attack == "evidence_byte":
        _rewrite(path, bad, lambda n, d: _flip_png_byte(d) if n == "archive/data.warc.gz" else d)
        expect = "archive/data.warc.gz"
    elif attack == "rewritten_package":
        # the archive changed AND datapackage.json rewritten to match: the digest file catches it,
        # and the evidence hash in the report still does not match
        z = zipfile.ZipFile(path)
        new_warc = _flip_png_byte(z.read("archive/data.warc.gz"))
        package = json.loads(z.read("datapackage.json"))
        for r in package["resources"]:
            if r["path"] == "archive/data.warc.gz":
                r["hash"], r["bytes"] = "sha256:" + _sha(new_warc), len(new_warc)
        _rewrite(path, bad, lambda n, d: new_warc if n == "archive/data.warc.gz" else
                 (json.dumps(package).encode() if n == "datapackage.json" else d))
        expect = "evidence SHA-256"
    elif attack == "added_file":
        _rewrite(path, bad, lambda n, d: d, extra={"archive/extra.warc.gz": b"x"})
        expect = "archive/extra.warc.gz: in the package but not in datapackage.json"
    else:
        _rewrite(path, bad, lambda n, d: d.replace(b'"platform":"demo-zh"', b'"platform":"demo-xx"')
                 if n == "report/report.json" else d)
        expect = "report/report.json"
    result = verify_bundle(bad)
    assert not result["ok"] and any(expect in p for p in result["problems"]), result["problems"]
    cli = subprocess.run([sys.executable, "-m", "cli.main", "reports", "verify", str(bad)], capture_output=True, text=True)
    assert cli.returncode == 1 and expect.split(":")[0] in cli.stdout + cli.stderr

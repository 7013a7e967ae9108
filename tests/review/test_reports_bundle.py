"""The evidence bundle of a sent report: report.json (the report's own SHA-256), CSV, the
screenshots and WARC records, a manifest and SHA256SUMS; verified offline; one changed byte
anywhere (evidence, report, manifest) is found and named; `wildwatch reports verify` says so."""
from __future__ import annotations

import hashlib
import io
import json
import subprocess
import zipfile

import oversight_seed as seed
import pytest
import reports_seed


@pytest.fixture
def store(store_url):
    from review.db import get_engine

    get_engine(store_url)
    return store_url


@pytest.fixture
def bundle(store, tmp_path):
    from review import reports
    from review.db import session_scope
    from review.report_bundle import build_bundle

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
        data, digest = build_bundle(s, r), r.sha256
    path = tmp_path / "bundle.zip"
    path.write_bytes(data)
    return path, digest, shas


def _rewrite(src, dst, change):
    """A copy of the zip with one member's bytes changed by `change(name, data)`."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for name in zin.namelist():
            zout.writestr(name, change(name, zin.read(name)))
    return dst


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


def test_a_bundle_holds_the_report_and_its_evidence_and_verifies(bundle):
    from review.report_bundle import verify_bundle

    path, digest, shas = bundle
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        assert hashlib.sha256(z.read("report.json")).hexdigest() == digest
        manifest = json.loads(z.read("manifest.json"))
        sums = z.read("SHA256SUMS").decode()
    assert {"report.json", "report.csv", "manifest.json", "SHA256SUMS"} <= names
    kinds = sorted(e["kind"] for e in manifest["evidence"])
    assert kinds == ["screenshot", "screenshot", "warc", "warc"] and manifest["missing_evidence"] == []
    assert {e["sha256"] for e in manifest["evidence"]} == {v for d in shas.values() for v in d.values()}
    assert all(f"{f['sha256']}  {f['path']}" in sums for f in manifest["files"])
    result = verify_bundle(path)
    assert result["ok"], result["problems"]
    assert result["report_sha256"] == digest and len(result["checked"]) >= 4 + 4


@pytest.mark.parametrize("target", ["screenshot", "warc", "report.json", "report.csv"])
def test_one_changed_byte_is_found(bundle, tmp_path, target):
    from review.report_bundle import verify_bundle

    path, _, _ = bundle
    with zipfile.ZipFile(path) as z:
        name = next(n for n in z.namelist() if target in n)

    def change(n, data):
        return _flip(data, len(data) // 2) if n == name else data

    bad = verify_bundle(_rewrite(path, tmp_path / "bad.zip", change))
    assert not bad["ok"] and any(p.startswith(f"{name}:") for p in bad["problems"]), bad["problems"]


def test_a_forged_manifest_is_still_caught(bundle, tmp_path):
    """Whoever changes evidence and rewrites the manifest's sums to match still fails: the
    evidence must match the hash the report itself carries (and report.json its own hash)."""
    from review.report_bundle import verify_bundle

    path, _, _ = bundle
    with zipfile.ZipFile(path) as z:
        shot = next(n for n in z.namelist() if "screenshot" in n)
        forged = _flip(z.read(shot), 40)
        manifest = json.loads(z.read("manifest.json"))
    for f in manifest["files"]:
        if f["path"] == shot:
            f["sha256"] = hashlib.sha256(forged).hexdigest()
    sums = "".join(f"{f['sha256']}  {f['path']}\n" for f in manifest["files"])

    def change(n, data):
        return {shot: forged, "manifest.json": json.dumps(manifest).encode(), "SHA256SUMS": sums.encode()}.get(n, data)

    bad = verify_bundle(_rewrite(path, tmp_path / "forged.zip", change))
    assert not bad["ok"] and any(p.startswith(f"{shot}: evidence SHA-256") for p in bad["problems"]), bad["problems"]


def test_an_added_file_and_a_missing_file_are_named(bundle, tmp_path):
    from review.report_bundle import verify_bundle

    path, _, _ = bundle
    added = tmp_path / "added.zip"
    added.write_bytes(path.read_bytes())
    with zipfile.ZipFile(added, "a") as z:
        z.writestr("evidence/extra.png", b"x")
    assert "evidence/extra.png: in the bundle but not in the manifest" in verify_bundle(added)["problems"]
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp_path / "less.zip", "w") as zout:
        for n in zin.namelist():
            if n != "report.csv":
                zout.writestr(n, zin.read(n))
    problems = verify_bundle(tmp_path / "less.zip")["problems"]
    assert "report.csv: listed in the manifest but not in the bundle" in problems
    assert verify_bundle(io.BytesIO(b"not a zip"))["problems"][0].endswith("not a readable zip (File is not a zip file)")


def test_the_cli_verifies_a_bundle(bundle, tmp_path):
    import shutil
    import sys
    from pathlib import Path

    path, digest, _ = bundle
    exe = shutil.which("wildwatch", path=str(Path(sys.executable).parent))
    ok = subprocess.run([exe, "reports", "verify", str(path)], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert digest in ok.stdout and "OK" in ok.stdout
    with zipfile.ZipFile(path) as z:
        shot = next(n for n in z.namelist() if "screenshot" in n)
    bad = _rewrite(path, tmp_path / "bad.zip", lambda n, d: _flip(d, 30) if n == shot else d)
    res = subprocess.run([exe, "reports", "verify", str(bad)], capture_output=True, text=True)
    assert res.returncode == 1 and shot in res.stdout + res.stderr and "FAILED" in res.stdout + res.stderr

"""The printable report, its PDF, the evidence bundle and delivery, through the app: a lead and
the partner of the platform get them (CSP-clean page, screenshots from the report's own route,
a PDF whose text - read by pdftotext - holds every item's URL and hashes, a bundle that
verifies); a partner of another platform gets 404 for all of it; sending queues the delivery
and the lead's page shows what became of it."""
from __future__ import annotations

import hashlib
import importlib.util
import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

HOSTILE = ("zh", "象牙 <script>alert(1)</script> 手镯", "<img src=x onerror=alert(2)> 正品象牙 微信 ivory88",
           "¥100", "100", "CNY")
_SEED = Path(__file__).resolve().parents[1] / "review" / "reports_seed.py"


def _reports_seed():
    spec = importlib.util.spec_from_file_location("reports_seed", _SEED)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _confirm(client, case_ids):
    for cid in case_ids:
        client.get(f"/cases/{cid}")
        r = client.post(f"/cases/{cid}/decision", data={"action": "confirm", "reason": "named-species", "note": "",
                                                        "csrf_token": client.csrf}, follow_redirects=False)
        assert r.status_code == 303, r.text


def _send(lead, platform, pages=None):
    r = lead.post("/reports", data={"platform": platform, "all": "1", "csrf_token": lead.csrf}, follow_redirects=False)
    assert r.status_code == 303, r.text
    rid = int(r.headers["location"].rsplit("/", 1)[1])
    assert lead.post(f"/reports/{rid}/review", data={"csrf_token": lead.csrf}).status_code == 200
    sent = lead.post(f"/reports/{rid}/send", data={"csrf_token": lead.csrf})
    assert sent.status_code == 200
    if pages is not None:
        pages.append(sent.text)
    return rid


@pytest.fixture
def sent(web_store, make_user, client_for, seed_cases):
    from review.db import session_scope

    seed = _reports_seed()
    lead = client_for("lena", make_user("lena", "lead", groups=["general"]))
    zh = seed_cases(1, platform="demo-zh") + seed_cases(1, platform="demo-zh", texts=[HOSTILE])
    en = seed_cases(1, platform="demo-en")
    shas = {}
    with session_scope() as s:
        for cid in zh + en:
            shas[cid] = seed.add_evidence(s, cid)
    _confirm(lead, zh + en)
    return {"lead": lead, "zh": _send(lead, "demo-zh"), "en": _send(lead, "demo-en"),
            "zh_shas": [shas[c] for c in zh], "en_shas": [shas[c] for c in en]}


def test_printable_page_is_csp_clean_escaped_and_shows_the_screenshots(sent):
    lead = sent["lead"]
    page = lead.get(f"/reports/{sent['zh']}/print")
    assert page.status_code == 200 and "script-src 'self'" in page.headers["content-security-policy"]
    assert "<script>alert(1)</script>" not in page.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert "<img src=x" not in page.text and "style=" not in page.text and "<script" not in page.text
    for shas in sent["zh_shas"]:
        src = f"/reports/{sent['zh']}/screenshots/{shas['screenshot']}.png"
        assert f'src="{src}"' in page.text
        png = lead.get(src)
        assert png.status_code == 200 and hashlib.sha256(png.content).hexdigest() == shas["screenshot"]
    other = sent["en_shas"][0]["screenshot"]  # a screenshot of another report is not this report's
    assert lead.get(f"/reports/{sent['zh']}/screenshots/{other}.png").status_code == 404


def test_the_pdf_holds_every_url_and_hash(sent, tmp_path):
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext not installed (apt-get install poppler-utils)")
    pdf = sent["lead"].get(f"/reports/{sent['zh']}/report.pdf")
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-")
    (tmp_path / "r.pdf").write_bytes(pdf.content)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    doc = sent["lead"].get(f"/reports/{sent['zh']}/report.json").json()
    assert len(doc["items"]) == 2
    for it in doc["items"]:
        assert it["url"] in text and it["content_sha256"] in text
        for e in it["evidence"]:
            assert e["sha256"] in text, e
    assert "<script>alert(1)</script>" in text  # the hostile title is printed as text, verbatim
    images = subprocess.run(["pdfimages", "-list", str(tmp_path / "r.pdf")], capture_output=True, text=True).stdout
    assert len([line for line in images.splitlines()[2:] if line.strip()]) >= 2  # both screenshots embedded


def test_partner_gets_print_pdf_and_bundle_of_its_platform_only(sent, make_user, client_for):
    from review.report_bundle import verify_bundle

    p = client_for("shopzh", make_user("shopzh", "partner", platforms=["demo-zh"]))
    page = p.get(f"/partner/reports/{sent['zh']}/print")
    assert page.status_code == 200 and "lena" not in page.text
    shot = sent["zh_shas"][0]["screenshot"]
    assert p.get(f"/partner/reports/{sent['zh']}/screenshots/{shot}.png").status_code == 200
    z = p.get(f"/partner/reports/{sent['zh']}/bundle.zip")
    assert z.status_code == 200 and z.headers["content-type"] == "application/zip"
    result = verify_bundle(io.BytesIO(z.content))
    assert result["ok"], result["problems"]
    with zipfile.ZipFile(io.BytesIO(z.content)) as bundle:
        assert b"lena" not in bundle.read("report.json")
    w = p.get(f"/partner/reports/{sent['zh']}/bundle.wacz")
    assert w.status_code == 200 and w.headers["content-type"] == "application/wacz"
    result = verify_bundle(io.BytesIO(w.content))
    assert result["ok"] and result["format"] == "wacz", result["problems"]
    en_shot = sent["en_shas"][0]["screenshot"]
    for url in (f"/partner/reports/{sent['en']}/print", f"/partner/reports/{sent['en']}/report.pdf",
                f"/partner/reports/{sent['en']}/bundle.zip", f"/partner/reports/{sent['en']}/bundle.wacz", f"/partner/reports/{sent['en']}/screenshots/{en_shot}.png",
                f"/partner/reports/{sent['zh']}/screenshots/{en_shot}.png"):
        assert p.get(url).status_code == 404, url
    assert p.get(f"/reports/{sent['zh']}/print").status_code == 403  # the lead's routes are not a partner's


def test_sending_queues_the_delivery_and_the_lead_sees_it(web_store, make_user, client_for, seed_cases, monkeypatch):
    """No worker queue in this test: the send says so, the delivery waits in the store, and
    delivering it (what the job does) shows up on the lead's page."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from config.settings import get_settings
    from review import report_delivery
    from review.db import session_scope
    from workers.deliver import deliver_report

    got = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            got.append(self.rfile.read(int(self.headers["Content-Length"])))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("WILDWATCH_ALLOW_PRIVATE_WEBHOOKS", "1")
    monkeypatch.setenv("WILDWATCH_REDIS_URL", "redis://127.0.0.1:1/0")  # nothing listens there
    get_settings.cache_clear()
    try:
        with session_scope() as s:
            report_delivery.set_endpoint(s, {"username": "root", "role": "admin"}, "demo-zh",
                                         webhook_url=f"http://127.0.0.1:{server.server_address[1]}/hook/SECRETPATH")
        lead = client_for("lena", make_user("lena", "lead", groups=["general"]))
        _confirm(lead, seed_cases(1, platform="demo-zh"))
        pages = []
        rid = _send(lead, "demo-zh", pages)
        assert f"wildwatch reports deliver {rid}" in pages[0]  # the flash: no worker queue reachable
        page = lead.get(f"/reports/{rid}")
        assert "pending" in page.text and "SECRETPATH" not in page.text
        deliver_report(rid)
        page = lead.get(f"/reports/{rid}")
        assert "delivered" in page.text and len(got) == 1
        r = lead.post(f"/reports/{rid}/deliver", data={"channel": "webhook", "csrf_token": lead.csrf})
        assert r.status_code == 200 and "pending" in r.text
        assert lead.post(f"/reports/{rid}/deliver", data={"channel": "webhook"}).status_code == 403  # CSRF
    finally:
        server.shutdown()
        server.server_close()

"""A listing written to attack its reviewer renders inert, in a real Chromium: no script runs, no
markup of the seller's becomes markup of ours, and no request goes to the seller's host (which
would tell the seller that someone looked)."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

pytestmark = pytest.mark.browser


class _Seller(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 - http.server's name
        type(self).hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"seen")

    def log_message(self, *args):  # quiet
        pass


@pytest.fixture
def seller_host():
    _Seller.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Seller)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}", _Seller.hits
    server.shutdown()


def _hostile_case(host: str) -> int:
    from classifiers import load_classifier
    from crawler.listing import check_listing
    from review.db import session_scope
    from review.intake import open_cases, store_assessments, store_listings
    from review.workspace import listing_ids_of_versions

    title = (f'<script>window.__pwned="script";alert(1)</script>象牙手镯 老料 '
             f'<img src="http://{host}/t.png" onerror="window.__pwned=\'img\'">')
    desc = (f'正品象牙 微信 ivory_bad1 <a href="javascript:window.__pwned=\'link\'">点我</a> '
            f'<style>body{{background:url(http://{host}/bg.png)}} *{{display:none}}</style>'
            f'<div style="background-image:url(http://{host}/div.png)">x</div>'
            f'"><svg onload="window.__pwned=\'svg\'"></svg><iframe src="http://{host}/frame"></iframe>'
            f'<link rel="stylesheet" href="http://{host}/x.css"><meta http-equiv="refresh" content="0;url=http://{host}/r">'
            f'</textarea></script>{{{{ 7*7 }}}}')
    item = check_listing({"platform": "demo-zh", "listing_id": "evil-1", "url": f"http://{host}/item/1",
                          "seller_id": "evil", "seller_name": f'<b onmouseover="window.__pwned=1">evil</b>',
                          "seller_url": f"javascript:alert(1)//http://{host}/shop", "title": title,
                          "description": desc, "price_text": '¥<img src=x onerror=alert(1)>88', "lang": "zh",
                          "images": [f"http://{host}/photo.jpg", "javascript:alert(1)"],
                          "location": f'<iframe src="http://{host}/loc">'})
    clf = load_classifier()
    a = clf.assess({"id": "evil-1", "title": item["title"], "description": item["description"],
                    "price_text": item["price_text"], "seller": "evil", "platform": "demo-zh", "lang": "zh"}).to_dict()
    assert a["flagged"] and any(m["field"] == "title" for m in a["matches"])
    with session_scope() as s:
        [vid] = store_listings(s, [item])
        ids = store_assessments(s, [{"listing_version_id": vid, "lexicon_version": "t", "model_version": "t",
                                     **{k: a[k] for k in ("score", "label", "flagged", "categories", "matches", "cues",
                                                          "contacts", "explanation", "contributions")}}])
        lid = listing_ids_of_versions(s, [vid])[vid]
        [cid] = open_cases(s, [{"listing_id": lid, "assessment_id": ids[vid], "version_id": vid, "group": "zh-analysts",
                                "priority": "urgent", "rule": "t", "score": a["score"], "capture": None,
                                "fetched_at": None}], {})
    return cid


def test_hostile_listing_renders_inert(web_store, make_user, live_server, browser_page, login, seller_host):
    if not web_store.startswith("sqlite"):
        pytest.skip("rendering does not depend on the engine; once is enough")
    host, hits = seller_host
    cid = _hostile_case(host)
    pw = make_user("ana", "analyst", groups=["zh-analysts"])
    page = browser_page
    dialogs, requests, errors = [], [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    login(page, live_server, "ana", pw)
    for path in ("/queue", f"/cases/{cid}"):
        page.goto(f"{live_server}{path}")
        page.wait_for_load_state("networkidle")
        page.mouse.move(200, 200)
        page.hover("main")
        assert page.evaluate("typeof window.__pwned") == "undefined", path
        # none of the seller's markup became elements of the page
        hostile = page.evaluate("""() => document.querySelectorAll(
            'main script, main style, main iframe, main link, main meta, main svg[onload], main [onerror], '
            + 'main [onmouseover], main a[href^="javascript"], main img[src*="127.0.0.1"], main [style]').length""")
        assert hostile == 0, path
        scripts = page.evaluate("() => [...document.scripts].map(s => s.getAttribute('src'))")
        assert scripts == ["/static/keys.js"], path
    title = page.inner_text("#listing-title")
    assert "<script>" in title and "onerror" in title  # shown as the text the seller wrote
    assert "{{ 7*7 }}" in page.inner_text("#listing-description")  # no template evaluation either
    assert page.locator("#listing-title mark").count() >= 1  # highlights still work on hostile text
    page.keyboard.press("?")  # the keys still work on this page
    assert page.locator("#keys-help").is_visible()
    assert dialogs == [] and errors == []
    assert [u for u in requests if host in u] == [] and hits == []
    assert all(u.startswith(live_server) for u in requests), [u for u in requests if not u.startswith(live_server)]

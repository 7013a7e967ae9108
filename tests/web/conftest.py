"""Shared fixtures of the web app's tests: a fresh store, users, signed-in clients, the real app
served by uvicorn, a page in the system Chromium, and cases seeded through review/'s functions.

    def test_x(web_store, make_user, client_for, seed_cases):
        pw = make_user("ana", "analyst", groups=["general"])
        case_ids = seed_cases(3, group="general")
        c = client_for("ana", pw)               # signed in; c.csrf is the session's CSRF token
        c.post(f"/cases/{case_ids[0]}/decision", data={..., "csrf_token": c.csrf})
"""
from __future__ import annotations

import itertools
import re
import socket
import threading
import time
import uuid
from decimal import Decimal

import pytest

CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def web_store(store_url):
    """A fresh, empty store for this test with its schema built (tests/conftest.py's store_url)."""
    from review.db import get_engine

    get_engine(store_url)
    return store_url


@pytest.fixture
def make_user(web_store):
    """make_user(username, role, groups=(), password=None, platforms=()) -> the password."""

    def make(username: str, role: str, groups=(), password: str | None = None, platforms=()) -> str:
        from review import accounts
        from review.db import session_scope

        password = password or f"pw-{username}-{uuid.uuid4().hex[:8]}"
        with session_scope() as s:
            accounts.create_user(s, username, role, groups=groups, platforms=platforms, password=password,
                                 actor="test")
        return password

    return make


@pytest.fixture
def web_app(web_store):
    from web.app import create_app

    return create_app()


def sign_in(client, username: str, password: str):
    """Sign in through the real form (its CSRF cookie and field); sets client.csrf; returns the
    final response (the role's start page)."""
    page = client.get("/login")
    token = CSRF_RE.search(page.text).group(1)
    resp = client.post("/login", data={"username": username, "password": password, "csrf_token": token},
                       follow_redirects=False)
    if resp.status_code != 303 or "ww_session" not in client.cookies:
        raise AssertionError(f"sign-in as {username!r} failed: {resp.status_code}")
    # Every page of a signed-in user carries the session's token (the sign-out form), even a 404.
    resp = client.get(resp.headers["location"])
    found = CSRF_RE.search(resp.text)
    if found is None:
        raise AssertionError(f"no CSRF token on {resp.url} ({resp.status_code})")
    client.csrf = found.group(1)
    return resp


@pytest.fixture
def anon_client(web_app):
    """A TestClient of the app, not signed in."""
    from fastapi.testclient import TestClient

    with TestClient(web_app) as client:
        yield client


@pytest.fixture
def client_for(web_app):
    """client_for(username, password) -> a signed-in TestClient with .csrf (the session's token)."""
    from fastapi.testclient import TestClient

    clients = []

    def make(username: str, password: str):
        client = TestClient(web_app)
        clients.append(client)
        sign_in(client, username, password)
        return client

    yield make
    for c in clients:
        c.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def live_server(web_app):
    """The real app served by uvicorn in a background thread; yields its base URL."""
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(web_app, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off", access_log=False))
    thread = threading.Thread(target=server.run, name="uvicorn-test", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def browser_page():
    """A Playwright page in the system Chromium (as the crawler launches it)."""
    from crawler.browser import CHROMIUM_ARGS, find_chromium

    exe = find_chromium()
    if not exe:
        pytest.skip("Chromium not found: install it (apt-get install chromium) or set WILDWATCH_CHROMIUM_PATH")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        page = context.new_page()
        page.set_default_timeout(15_000)
        try:
            yield page
        finally:
            context.close()
            browser.close()


def browser_login(page, base_url: str, username: str, password: str) -> None:
    """Sign in through the login form in the browser; returns when the start page has loaded."""
    page.goto(f"{base_url}/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    with page.expect_navigation():
        page.click("button[type=submit]")


@pytest.fixture
def login():
    """login(page, base_url, username, password): sign in through the real form in Chromium."""
    return browser_login


# -- seeded cases --------------------------------------------------------------------------

# Listings as sellers write them (one line each: lang, title, description, price text, amount, currency).
LISTINGS = [
    ("zh", "出售象牙手镯 老料 vx: ivory_lao88", "正品猛犸象牙，包老包真，微信 ivory_lao88 私聊", "¥12800", "12800", "CNY"),
    ("zh", "穿山甲片 药用 正品", "野生穿山甲鳞片，一斤起卖，QQ 2847739102", "¥3500", "3500", "CNY"),
    ("zh", "犀牛角杯 老物件", "老犀角雕刻杯，懂的来，加V: rhino_cup_2", "¥88000", "88000", "CNY"),
    ("en", "Carved ivory netsuke, pre-ban, old stock", "Genuine elephant ivory. WhatsApp +44 7700 900123 for pics.",
     "£450", "450", "GBP"),
    ("en", "Pangolin scales 1kg - traditional medicine", "Real scales, discreet shipping. Telegram @scalesdealer",
     "$900", "900", "USD"),
    ("en", "Baby slow loris for sale, hand tame", "Very cute, eats from hand. Message for price, can ship.",
     "$600", "600", "USD"),
    ("zh", "玳瑁手镯 天然老玳瑁", "海龟壳手镯，纯天然，可验货。微信：daimao_shop", "¥2600", "2600", "CNY"),
    ("en", "Hornbill casque pendant, red 'golden jade'", "Helmeted hornbill casque, hand carved. DM me.",
     "$1,200", "1200", "USD"),
]
_seq = itertools.count(1)
_classifier = None


def _assess(item: dict) -> dict:
    """The real classifier's assessment (loaded once per test session), as the pipeline stores it."""
    global _classifier
    if _classifier is None:
        from classifiers import load_classifier

        _classifier = load_classifier()
    from workers.jobs import _plain

    a = _classifier.assess({"id": item["listing_id"], "title": item["title"], "description": item["description"],
                            "price_text": item["price_text"], "price": item["price_amount"],
                            "seller": item["seller_id"], "platform": item["platform"], "lang": item["lang"]})
    d = a.to_dict()  # plain dicts, as workers.jobs.classify_batch stores them
    return {"score": float(a.score), "label": str(a.label), "flagged": bool(a.flagged),
            "categories": list(a.categories or []), "matches": _plain(d["matches"]), "cues": _plain(d["cues"]),
            "contacts": _plain(d["contacts"]), "explanation": str(a.explanation or ""),
            "contributions": _plain(d["contributions"]),
            "lexicon_version": str(_classifier.lexicon_version), "model_version": str(_classifier.model_version)}


@pytest.fixture
def seed_cases(web_store):
    """seed_cases(n, group="general", platform="demo-zh", priority="normal", seller=None, texts=None)
    -> case ids. Listings (cycling through LISTINGS, or `texts`: tuples like LISTINGS' rows) are
    stored, assessed by the real classifier and opened as cases through review.intake."""
    from crawler.listing import check_listing
    from review.db import session_scope
    from review.intake import open_cases, store_assessments, store_listings

    def seed(n: int, group: str = "general", platform: str = "demo-zh", priority: str = "normal",
             seller: str | None = None, texts=None) -> list[int]:
        pool = list(texts or LISTINGS)
        items = []
        for i in range(n):
            lang, title, desc, price_text, amount, currency = pool[i % len(pool)]
            k = next(_seq)
            seller_id = seller or f"seller-{k % 5}"
            items.append(check_listing({
                "platform": platform, "listing_id": f"L{k:06d}", "url": f"https://{platform}.example/item/{k}",
                "seller_id": seller_id, "seller_name": f"Shop {seller_id}",
                "seller_url": f"https://{platform}.example/shop/{seller_id}",
                "title": title, "description": desc, "price_text": price_text, "price_amount": str(Decimal(amount)),
                "currency": currency, "location": "Guangzhou" if lang == "zh" else "London", "lang": lang,
            }))
        with session_scope() as s:
            version_ids = store_listings(s, items)
            rows = [{"listing_version_id": vid, **_assess(it)} for vid, it in zip(version_ids, items)]
            by_version = store_assessments(s, rows)
            from sqlalchemy import select

            from review.models import ListingVersion

            listing_of = dict(s.execute(select(ListingVersion.id, ListingVersion.listing_id)
                                        .where(ListingVersion.id.in_(version_ids))).all())
            routed = [{"listing_id": listing_of[vid], "assessment_id": by_version[vid], "version_id": vid,
                       "group": group, "priority": priority, "rule": "test-seed", "score": row["score"],
                       "capture": None, "fetched_at": it["fetched_at"]}
                      for vid, it, row in zip(version_ids, items, rows)]
            return open_cases(s, routed, {})

    return seed

"""Every page a signed-in user can reach by following links answers without a server error, for
each role, also when its query string is hostile (the black-box probes the app meets from outside):
a walk over the real app's links from each role's start page, then each page again with junk
query parameters and junk path ids."""
from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from test_partners_print import HOSTILE, _confirm, _reports_seed, _send

HREF = re.compile(r'href="([^"#]*)')
SKIP = ("/logout", "/static/")
DOWNLOADS = (".pdf", ".zip", ".wacz", ".png", ".csv", ".jsonl")  # not pages; their routes have tests of their own
JUNK_QUERY = ("?page=-1&per_page=99999999999999999999&q=%3Cscript%3E&sort=%27%20or%201%3D1&status=%00"
              "&group=..%2F..%2Fetc&lang=%F0%9F%90%98&since=not-a-date&id=1e400")


@pytest.fixture
def sqlite_only(web_store):
    if not web_store.startswith("sqlite"):
        pytest.skip("the pages are the same on both engines; SQLite is enough for the walk")


def _walk(client, start: str, limit: int = 120) -> dict[str, int]:
    """path -> status of every same-site page reachable from `start` (at most `limit` pages)."""
    seen: dict[str, int] = {}
    todo = [start]
    while todo and len(seen) < limit:
        url = todo.pop(0)
        if url in seen:
            continue
        r = client.get(url, follow_redirects=False)
        seen[url] = r.status_code
        links = [r.headers["location"]] if r.is_redirect else []
        if r.headers.get("content-type", "").startswith("text/html"):
            links += HREF.findall(r.text)
        for href in links:
            parts = urlsplit(urljoin("http://testserver" + url, unescape(href)))
            if parts.netloc != "testserver" or parts.path.startswith(SKIP) or parts.path.endswith(DOWNLOADS):
                continue
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            # a few query variants of one page are enough (a lexicon page links to hundreds)
            variants = sum(1 for p in list(seen) + todo if p.split("?", 1)[0] == parts.path)
            if path not in seen and path not in todo and variants < 3:
                todo.append(path)
    return seen


def _numeric_variants(path: str) -> list[str]:
    """The path with each number in it replaced by ids that do not exist or do not fit."""
    out = []
    for m in re.finditer(r"/(\d+)(?=/|$)", path):
        for junk in ("0", "-1", "99999999999999999999999", "1.5", "%2e%2e"):
            out.append(path[:m.start(1)] + junk + path[m.end(1):])
    return out


@pytest.fixture
def world(sqlite_only, make_user, client_for, seed_cases):
    """Cases (one with hostile text) in the general group, confirmed and sent in a report to demo-zh."""
    from review.db import session_scope

    lead = client_for("lena", make_user("lena", "lead", groups=["general"]))
    ids = seed_cases(3, group="general") + seed_cases(1, group="general", texts=[HOSTILE])
    with session_scope() as s:
        _reports_seed().add_evidence(s, ids[0])
    _confirm(lead, ids[:2] + ids[3:])
    _send(lead, "demo-zh")
    return ids


@pytest.mark.parametrize("role,extra", [
    ("analyst", {"groups": ["general"]}),
    ("lead", {"groups": ["general"]}),
    ("admin", {}),
    ("volunteer", {}),
    ("partner", {"platforms": ["demo-zh"]}),
])
def test_no_page_reachable_by_link_fails_for_any_role(world, make_user, client_for, role, extra):
    pw = make_user(f"walk-{role}", role, password=f"pw-walk-{role}-long-enough", **extra)
    c = client_for(f"walk-{role}", pw)
    pages = _walk(c, "/")
    assert len(pages) > 3, f"{role}: the start page links almost nowhere: {pages}"
    errors = {p: s for p, s in pages.items() if s >= 500}
    assert not errors, f"{role}: server errors on {errors}"

    probed: dict[str, int] = {}
    for path in list(pages)[:60]:
        if pages[path] >= 400:
            continue
        base = path.split("?", 1)[0]
        for probe in [base + JUNK_QUERY] + _numeric_variants(base):
            r = c.get(probe, follow_redirects=False)
            probed[probe] = r.status_code
            if r.headers.get("content-type", "").startswith("text/html"):
                assert "<script>" not in r.text.lower().replace("<script src", ""), f"{probe}: unescaped input"
    errors = {p: s for p, s in probed.items() if s >= 500}
    assert not errors, f"{role}: server errors on hostile variants {errors}"


class _Forms(HTMLParser):
    """The POST forms of a page: (action, {field: value}) with their fields' default values."""

    def __init__(self):
        super().__init__()
        self.forms: list[tuple[str, dict]] = []
        self._current: dict | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and (a.get("method") or "get").lower() == "post":
            self._current = {}
            self.forms.append((a.get("action") or "", self._current))
        elif self._current is not None and tag in ("input", "select", "textarea") and a.get("name"):
            self._current.setdefault(a["name"], a.get("value") or "")

    def handle_endtag(self, tag):
        if tag == "form":
            self._current = None


JUNK_VALUES = ["", "-1", "99999999999999999999999", "<script>alert(1)</script>", "x" * 20000, "\x00\u202e",
               "../../etc/passwd", "象牙' OR 1=1 --", "1e400", "[]"]


@pytest.mark.parametrize("role,extra", [("lead", {"groups": ["general"]}), ("admin", {}), ("volunteer", {}),
                                        ("analyst", {"groups": ["general"]})])
def test_no_form_fails_on_hostile_values(world, make_user, client_for, role, extra):
    """Every POST form on the pages a role reaches, sent with each junk value in every field (the
    session's CSRF token kept): refused or done, never a server error."""
    pw = make_user(f"junk-{role}", role, password=f"pw-junk-{role}-long-enough", **extra)
    c = client_for(f"junk-{role}", pw)
    forms: dict[str, dict] = {}
    for path, status in _walk(c, "/").items():
        if status != 200:
            continue
        parser = _Forms()
        parser.feed(c.get(path).text)
        for action, fields in parser.forms:
            target = urlsplit(urljoin("http://testserver" + path, unescape(action))).path
            if not target.startswith(SKIP) and target not in forms:
                forms[target] = fields
    assert forms, f"{role}: no forms found"
    errors = {}
    for target, fields in forms.items():
        for junk in JUNK_VALUES:
            data = {k: (v if k == "csrf_token" else junk) for k, v in fields.items()}
            data["csrf_token"] = c.csrf
            r = c.post(target, data=data, follow_redirects=False)
            if r.status_code >= 500:
                errors[f"{target} <- {junk[:30]!r}"] = r.status_code
        # bytes that are not UTF-8 at all, percent-encoded as a browser would send them
        body = "&".join(f"{k}={c.csrf if k == 'csrf_token' else '%FF%FE%00'}" for k in fields)
        r = c.post(target, content=body + f"&csrf_token={c.csrf}", follow_redirects=False,
                   headers={"content-type": "application/x-www-form-urlencoded"})
        if r.status_code >= 500:
            errors[f"{target} <- invalid UTF-8"] = r.status_code
    assert not errors, f"{role}: server errors on {errors}"

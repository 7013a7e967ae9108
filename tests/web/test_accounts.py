"""Accounts: argon2id hashes, rate-limited sign-in, revocable sessions, the users CLI, and signing
in through the real form in Chromium."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from click.testing import CliRunner
from sqlalchemy import select, update

from review import accounts
from review.db import session_scope
from review.models import AuditEvent, LoginAttempt, User, WebSession

CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def _backdate_attempts(seconds: int) -> None:
    """Move every sign-in attempt into the past, as if the minute had gone by."""
    with session_scope() as s:
        for a in s.scalars(select(LoginAttempt)):
            a.at = accounts._aware(a.at) - timedelta(seconds=seconds)


def test_password_is_stored_only_as_an_argon2id_hash(web_store, make_user):
    pw = make_user("ana", "analyst", groups=["general"], password="correct horse battery")
    with session_scope(readonly=True) as s:
        user = accounts.get_user(s, "ana")
        stored = user.password_hash
        events = [(e.action, e.details) for e in s.scalars(select(AuditEvent))]
    assert stored.startswith("$argon2id$")
    assert pw not in stored
    assert PasswordHasher().verify(stored, pw)
    assert events == [("user_add", {"after": {"role": "analyst", "groups": ["general"], "platforms": []}})]
    assert pw not in repr(events)


def test_authenticate_right_wrong_unknown_disabled(web_store, make_user):
    pw = make_user("ana", "analyst", password="a-good-password")
    with session_scope() as s:
        assert accounts.authenticate(s, "ANA ", pw, "10.0.0.1").username == "ana"  # names are case-blind
    for name, password in (("ana", "wrong-password"), ("nobody", pw)):
        with session_scope() as s, pytest.raises(accounts.LoginFailed):
            accounts.authenticate(s, name, password, "10.0.0.1")
    with session_scope() as s:
        accounts.disable_user(s, "ana", actor="test")
    with session_scope() as s, pytest.raises(accounts.LoginFailed):
        accounts.authenticate(s, "ana", pw, "10.0.0.1")
    with session_scope(readonly=True) as s:
        oks = [a.ok for a in s.scalars(select(LoginAttempt).order_by(LoginAttempt.id))]
        logins = [e.target for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "login"))]
    assert oks == [True, False, False, False]
    assert logins == ["ana"]


def _try(username, password, address):
    with session_scope() as s:
        try:
            return accounts.authenticate(s, username, password, address)
        except (accounts.LoginFailed, accounts.RateLimited) as exc:
            return exc


def test_account_rate_limit_refuses_the_sixth_attempt_even_when_right(web_store, make_user):
    pw = make_user("ana", "analyst")
    for i in range(5):
        assert isinstance(_try("ana", f"wrong-{i}", f"10.0.0.{i}"), accounts.LoginFailed)
    refused = _try("ana", pw, "10.0.0.99")  # right password, fresh address: still refused
    assert isinstance(refused, accounts.RateLimited)
    assert refused.scope == "account"
    assert 1 <= refused.retry_after_s <= 61
    assert isinstance(_try("bob", "whatever", "10.0.0.99"), accounts.LoginFailed)  # other accounts unaffected
    _backdate_attempts(61)
    assert isinstance(_try("ana", pw, "10.0.0.99"), User)


def test_address_rate_limit_across_many_names(web_store, make_user):
    pw = make_user("ana", "analyst")
    for i in range(accounts.ADDRESS_FAILURES_PER_MINUTE):
        assert isinstance(_try(f"guess{i}", "password1", "203.0.113.7"), accounts.LoginFailed)
    refused = _try("ana", pw, "203.0.113.7")
    assert isinstance(refused, accounts.RateLimited) and refused.scope == "address"
    assert isinstance(_try("ana", pw, "198.51.100.1"), User)  # another address signs in


def test_sessions_end_on_logout_disable_password_change_and_expiry(web_store, make_user):
    make_user("ana", "analyst")
    with session_scope() as s:
        user = accounts.get_user(s, "ana")
        tokens = [accounts.start_session(s, user, "10.0.0.1", "test")[0] for _ in range(4)]
    with session_scope() as s:
        assert all(accounts.session_user(s, t) is not None for t in tokens)
        stored = [w.token_sha256 for w in s.scalars(select(WebSession))]
    assert not set(tokens) & set(stored)  # only hashes are kept
    with session_scope() as s:
        accounts.end_session(s, tokens[0])
    with session_scope() as s:
        accounts.set_password(s, "ana", "a-brand-new-password", actor="test")
    with session_scope() as s:
        assert [accounts.session_user(s, t) for t in tokens] == [None] * 4
        user = accounts.get_user(s, "ana")
        fresh = accounts.start_session(s, user, "10.0.0.1", "test")[0]
        late = accounts.start_session(s, user, "10.0.0.1", "test")[0]
        s.execute(update(WebSession).where(WebSession.token_sha256 == accounts._sha256(late))
                  .values(expires_at=accounts._now() - timedelta(seconds=1)))
    with session_scope() as s:
        assert accounts.session_user(s, fresh) is not None
        assert accounts.session_user(s, late) is None
        assert accounts.session_user(s, "not-a-token") is None
        accounts.disable_user(s, "ana", actor="test")
    with session_scope() as s:
        assert accounts.session_user(s, fresh) is None


def test_bad_account_input_is_refused_with_what_to_do(web_store, make_user):
    make_user("ana", "analyst")
    with session_scope() as s:
        for kwargs, words in (
            ({"username": "ana", "role": "analyst"}, "taken"),
            ({"username": "x y", "role": "analyst"}, "letters, digits"),
            ({"username": "zed", "role": "boss"}, "admin, lead, analyst, partner, volunteer"),
            ({"username": "zed", "role": "analyst", "password": "short"}, "at least 10"),
            ({"username": "zed", "role": "analyst", "groups": ["nope"], "known_groups": ["general"]},
             "the groups in the routing file are general"),
        ):
            with pytest.raises(accounts.AccountError, match=words):
                accounts.create_user(s, **kwargs)


# -- the CLI -------------------------------------------------------------------------------

def _cli(*args, input=None):
    from cli.main import app

    return CliRunner().invoke(app, list(args), input=input, catch_exceptions=False)


def test_cli_users_add_list_disable(web_store):
    r = _cli("users", "add", "ana", "--role", "analyst", "--group", "general", "--group", "zh-analysts")
    assert r.exit_code == 0, r.output
    generated = re.search(r"password \(shown once\): (\S+)", r.output).group(1)
    r = _cli("users", "add", "pat", "--role", "partner", "--platform", "demo-zh", "--password-stdin",
             input="partner-password-1\n")
    assert r.exit_code == 0 and "shown once" not in r.output
    r = _cli("users", "add", "bad", "--role", "analyst", "--group", "no-such-group")
    assert r.exit_code == 1
    assert "unknown group 'no-such-group'" in r.output and "general" in r.output and "live-animals" in r.output
    r = _cli("users", "add", "ana", "--role", "lead")
    assert r.exit_code == 1 and "taken" in r.output
    assert _cli("users", "add", "x", "--role", "king").exit_code == 2  # click names the choices

    r = _cli("users", "list", "--json")
    import json

    rows = {row["username"]: row for row in map(json.loads, r.output.splitlines())}
    assert set(rows) == {"ana", "pat"}
    assert rows["ana"]["groups"] == ["general", "zh-analysts"] and rows["pat"]["platforms"] == ["demo-zh"]
    assert "ana" in _cli("users", "list").output

    with session_scope() as s:
        assert accounts.authenticate(s, "ana", generated, "10.0.0.1").role == "analyst"
        assert accounts.authenticate(s, "pat", "partner-password-1", "10.0.0.1").role == "partner"
    r = _cli("users", "disable", "ana")
    assert r.exit_code == 0 and "disabled ana" in r.output
    assert _cli("users", "disable", "ghost").exit_code == 1
    assert json.loads(_cli("users", "list", "--json").output.splitlines()[0])["disabled"] is True
    with session_scope() as s, pytest.raises(accounts.LoginFailed):
        accounts.authenticate(s, "ana", generated, "10.0.0.1")


def test_demo_accounts_one_per_role_fresh_passwords(web_store):
    with session_scope() as s:
        first = accounts.demo_accounts(s, ["general"], ["demo-zh"])
    with session_scope() as s:
        accounts.disable_user(s, "demo-analyst", actor="test")
        second = accounts.demo_accounts(s, ["general"], ["demo-zh"])
    assert [r[1] for r in first] == ["admin", "lead", "analyst", "partner", "volunteer"]
    for (name, role, old), (_, _, new) in zip(first, second):
        assert old != new
        with session_scope() as s:
            assert accounts.authenticate(s, name, new, "10.0.0.1").role == role


# -- the sign-in page over HTTP ------------------------------------------------------------

def _login_post(client, username, password, next_path=None):
    token = CSRF_RE.search(client.get("/login").text).group(1)
    data = {"username": username, "password": password, "csrf_token": token}
    if next_path is not None:
        data["next"] = next_path
    return client.post("/login", data=data, follow_redirects=False)


@pytest.mark.parametrize("role,home", [("admin", "/admin/users"), ("lead", "/queue"), ("analyst", "/queue"),
                                       ("partner", "/partner"), ("volunteer", "/volunteer")])
def test_each_role_lands_on_its_home(anon_client, make_user, role, home):
    pw = make_user(f"u-{role}", role)
    r = _login_post(anon_client, f"u-{role}", pw)
    assert (r.status_code, r.headers["location"]) == (303, home)
    r = anon_client.get("/", follow_redirects=False)
    assert (r.status_code, r.headers["location"]) == (303, home)


def test_root_and_pages_send_strangers_to_login(anon_client):
    r = anon_client.get("/", follow_redirects=False)
    assert (r.status_code, r.headers["location"]) == (303, "/login")
    r = anon_client.get("/admin/users?x=1", follow_redirects=False)
    assert (r.status_code, r.headers["location"]) == (303, "/login?next=/admin/users%3Fx%3D1")


def test_wrong_name_and_wrong_password_look_the_same(anon_client, make_user):
    make_user("ana", "analyst")
    answers = []
    for name in ("ana", "nobody-here"):
        r = _login_post(anon_client, name, "not-the-password")
        alert = re.search(r'class="alert"[^>]*>([^<]+)<', r.text).group(1)
        answers.append((r.status_code, alert))
    assert answers[0] == answers[1] == (401, "Wrong username or password.")


@pytest.mark.parametrize("next_path,expected", [
    ("/admin/settings", "/admin/settings"),
    ("https://evil.example/phish", "/admin/users"),
    ("//evil.example/phish", "/admin/users"),
    ("/\\evil.example", "/admin/users"),
    ("javascript:alert(1)", "/admin/users"),
])
def test_next_redirects_only_to_local_paths(anon_client, make_user, next_path, expected):
    pw = make_user("root", "admin")
    r = _login_post(anon_client, "root", pw, next_path)
    assert (r.status_code, r.headers["location"]) == (303, expected)


def test_logout_ends_the_session_on_the_server(anon_client, make_user):
    pw = make_user("ana", "volunteer")
    _login_post(anon_client, "ana", pw)
    cookie = anon_client.cookies["ww_session"]
    page = anon_client.get("/volunteer")
    assert page.status_code == 200
    r = anon_client.post("/logout", data={"csrf_token": CSRF_RE.search(page.text).group(1)}, follow_redirects=False)
    assert (r.status_code, r.headers["location"]) == (303, "/login")
    anon_client.cookies.set("ww_session", cookie)  # a copy of the old cookie opens nothing
    r = anon_client.get("/volunteer", follow_redirects=False)
    assert (r.status_code, r.headers["location"]) == (303, "/login?next=/volunteer")


# -- in the browser ------------------------------------------------------------------------

@pytest.mark.browser
def test_browser_login_lands_on_home_with_no_csp_violations(web_store, make_user, live_server, browser_page,
                                                           login, tmp_path):
    pw = make_user("root", "admin")
    make_user("ana", "analyst", groups=["general", "zh-analysts"])
    problems = []
    browser_page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    browser_page.on("pageerror", lambda e: problems.append(str(e)))
    browser_page.goto(f"{live_server}/login")
    browser_page.screenshot(path=str(tmp_path / "login.png"), full_page=True)
    login(browser_page, live_server, "root", "wrong-password")
    assert browser_page.locator(".alert").inner_text() == "Wrong username or password."
    login(browser_page, live_server, "root", pw)
    assert browser_page.url == f"{live_server}/admin/users"
    assert browser_page.locator("table.data tbody tr").count() == 2
    # The stylesheet applied (no inline style anywhere, so this is app.css at work).
    assert browser_page.eval_on_selector(".topbar", "e => getComputedStyle(e).display") == "flex"
    browser_page.screenshot(path=str(tmp_path / "admin_users.png"), full_page=True)
    with browser_page.expect_navigation():
        browser_page.click("text=Sign out")
    assert browser_page.url == f"{live_server}/login"
    assert not [p for p in problems if "Content Security Policy" in p or "Refused" in p], problems
    assert (tmp_path / "login.png").stat().st_size > 0 and (tmp_path / "admin_users.png").stat().st_size > 0
    print(f"screenshots in {tmp_path}")


def test_session_expiry_slides_with_use_but_not_past_the_absolute_cap(anon_client, make_user):
    pw = make_user("val", "volunteer")
    _login_post(anon_client, "val", pw)
    now = accounts._now()
    with session_scope() as s:  # as if the last request was 2 minutes ago and 1 minute were left
        s.execute(update(WebSession).values(last_seen_at=now - timedelta(minutes=2),
                                            expires_at=now + timedelta(minutes=1)))
    assert anon_client.get("/volunteer").status_code == 200
    with session_scope(readonly=True) as s:
        ws = s.scalars(select(WebSession)).one()
        assert accounts._aware(ws.expires_at) >= now + accounts.SESSION_LIFETIME - timedelta(minutes=1)
        s.expunge(ws)
    with session_scope() as s:  # signed in almost a week ago: the slide stops at the cap
        s.execute(update(WebSession).values(created_at=now - accounts.SESSION_ABSOLUTE + timedelta(minutes=5),
                                            last_seen_at=now - timedelta(minutes=2)))
    assert anon_client.get("/volunteer").status_code == 200
    with session_scope(readonly=True) as s:
        ws = s.scalars(select(WebSession)).one()
        assert accounts._aware(ws.expires_at) <= now + timedelta(minutes=6)


def test_signing_in_ends_the_session_the_browser_carried(anon_client, make_user):
    pw = make_user("val", "volunteer")
    _login_post(anon_client, "val", pw)
    carried = anon_client.cookies["ww_session"]
    from fastapi.testclient import TestClient

    with TestClient(anon_client.app) as other:
        token = CSRF_RE.search(other.get("/login").text).group(1)
        other.cookies.set("ww_session", carried)  # e.g. a session cookie planted or left behind
        r = other.post("/login", data={"username": "val", "password": pw, "csrf_token": token},
                       follow_redirects=False)
        new = [c for c in r.headers.get_list("set-cookie") if c.startswith("ww_session=")]
        assert r.status_code == 303 and len(new) == 1 and carried not in new[0]
    with session_scope(readonly=True) as s:
        assert accounts.session_user(s, carried, touch=False) is None

"""Accounts, sign-in and browser sessions of the web app, and the audit log of account changes.

Passwords are hashed with argon2id (argon2-cffi's defaults, RFC 9106 low-memory profile). A
session cookie carries a random token; the store keeps only its SHA-256, so revoking a session
(logout, a disabled user) takes effect on the next request, and a copy of the database opens
nothing. Sign-in attempts are counted per account and per address for rate limits.
"""
from __future__ import annotations

import hashlib
import re
import secrets
from datetime import datetime, timedelta, timezone
from typing import Any, Iterable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from .models import ROLES, AuditEvent, LoginAttempt, User, WebSession

ACCOUNT_FAILURES_PER_MINUTE = 5  # the 6th attempt within a minute is refused, even if correct
ADDRESS_FAILURES_PER_MINUTE = 20
WINDOW = timedelta(minutes=1)
SESSION_LIFETIME = timedelta(hours=12)  # sliding: each request moves it on
SESSION_ABSOLUTE = timedelta(days=7)  # never longer than this after sign-in
LAST_SEEN_STEP = timedelta(minutes=1)  # write last_seen at most this often
MIN_PASSWORD = 10
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._@-]{0,99}$")

_hasher = PasswordHasher()
# Verified when the account does not exist, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class AccountError(ValueError):
    """A bad account change (unknown role, taken name, short password...), with what to do."""


class LoginFailed(Exception):
    """Wrong name or password, or a disabled account: deliberately not told apart."""


class RateLimited(Exception):
    def __init__(self, retry_after_s: int, scope: str) -> None:
        super().__init__(f"too many failed sign-ins for this {scope}; try again in {retry_after_s} s")
        self.retry_after_s = retry_after_s
        self.scope = scope  # account | address


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _aware(dt: datetime | None) -> datetime | None:
    """SQLite hands datetimes back without a zone; everything in the store is UTC."""
    if dt is None or dt.tzinfo:
        return dt
    return dt.replace(tzinfo=timezone.utc)


def _sha256(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def normalize_username(username: str) -> str:
    return (username or "").strip().lower()


def check_username(username: str) -> str:
    name = normalize_username(username)
    if not USERNAME_RE.match(name):
        raise AccountError(f"username {username!r}: use 1-100 letters, digits, '.', '_', '-' or '@', "
                           "starting with a letter or digit")
    return name


def check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise AccountError(f"password too short: use at least {MIN_PASSWORD} characters")


def generate_password() -> str:
    return secrets.token_urlsafe(15)  # 20 characters, ~120 bits


def record_event(s: Session, actor: str, action: str, target: str | None = None,
                 details: dict | None = None, user_id: int | None = None) -> AuditEvent:
    """Append one entry to the audit log (the database refuses to change or delete it)."""
    ev = AuditEvent(actor=actor, action=action, target=target, details=details, user_id=user_id, created_at=_now())
    s.add(ev)
    s.flush()
    return ev


def _clean_list(values: Iterable[str] | None) -> list[str]:
    out: list[str] = []
    for v in values or ():
        v = str(v).strip()
        if v and v not in out:
            out.append(v)
    return out


def check_groups(groups: Iterable[str], known: Iterable[str]) -> list[str]:
    """The groups, each checked against the known reviewer groups (config/routing.yaml)."""
    groups, known = _clean_list(groups), sorted(known)
    unknown = [g for g in groups if g not in known]
    if unknown:
        raise AccountError(f"unknown group {', '.join(map(repr, unknown))}: the groups in the routing file are "
                           f"{', '.join(known) or '(none)'}")
    return groups


def create_user(s: Session, username: str, role: str, groups: Iterable[str] = (), platforms: Iterable[str] = (),
                password: str | None = None, display_name: str | None = None, email: str | None = None,
                actor: str = "cli", known_groups: Iterable[str] | None = None) -> tuple[User, str | None]:
    """Add an account. Returns (user, generated password) - the password only when none was given,
    to be shown once. With `known_groups` (config/routing.yaml's), every group must be one of them."""
    name = check_username(username)
    if role not in ROLES:
        raise AccountError(f"role {role!r}: use one of {', '.join(ROLES)}")
    if known_groups is not None:
        check_groups(groups, known_groups)
    generated = None
    if password is None:
        password = generated = generate_password()
    check_password(password)
    if s.scalar(select(User.id).where(User.username == name)) is not None:
        raise AccountError(f"username {name!r} is taken")
    user = User(username=name, role=role, groups=_clean_list(groups), platforms=_clean_list(platforms),
                password_hash=_hasher.hash(password), display_name=display_name or None, email=email or None,
                prefs={}, created_at=_now())
    s.add(user)
    s.flush()
    record_event(s, actor, "user_add", target=name, user_id=user.id,
                 details={"after": {"role": role, "groups": user.groups, "platforms": user.platforms}})
    return user, generated


def list_users(s: Session) -> list[User]:
    return list(s.scalars(select(User).order_by(User.username)))


def get_user(s: Session, username: str) -> User | None:
    return s.scalar(select(User).where(User.username == normalize_username(username)))


def _require(s: Session, username: str) -> User:
    user = get_user(s, username)
    if user is None:
        raise AccountError(f"no user named {normalize_username(username)!r} (see `wildwatch users list`)")
    return user


def revoke_sessions(s: Session, user_id: int) -> int:
    res = s.execute(update(WebSession).where(WebSession.user_id == user_id, WebSession.revoked_at.is_(None))
                    .values(revoked_at=_now()))
    return res.rowcount or 0


def disable_user(s: Session, username: str, actor: str) -> User:
    """Disable an account and end all its sessions at once. Disabling twice changes nothing."""
    user = _require(s, username)
    if user.disabled_at is None:
        user.disabled_at = _now()
        n = revoke_sessions(s, user.id)
        record_event(s, actor, "user_disable", target=user.username, user_id=user.id,
                     details={"before": {"disabled": False}, "after": {"disabled": True}, "sessions_revoked": n})
    return user


def set_password(s: Session, username: str, password: str, actor: str) -> User:
    """Change a password; the user's other sessions end (whoever knew the old one is out)."""
    user = _require(s, username)
    check_password(password)
    user.password_hash = _hasher.hash(password)
    n = revoke_sessions(s, user.id)
    record_event(s, actor, "password_set", target=user.username, user_id=user.id, details={"sessions_revoked": n})
    return user


def set_prefs(s: Session, user_id: int, **prefs: Any) -> dict:
    user = s.get(User, user_id)
    if user is None:
        raise AccountError(f"no user with id {user_id}")
    user.prefs = {**(user.prefs or {}), **prefs}  # a new dict, so the JSON column is written
    return user.prefs


def _retry_after(s: Session, column, value: str, limit: int, now: datetime) -> int | None:
    """Seconds until fewer than `limit` failures remain in the window, or None if under it."""
    since = now - WINDOW
    times = s.scalars(select(LoginAttempt.at).where(column == value, LoginAttempt.ok.is_(False),
                                                    LoginAttempt.at > since)
                      .order_by(LoginAttempt.at.desc()).limit(limit)).all()
    if len(times) < limit:
        return None
    oldest = _aware(times[-1])
    return max(1, int((oldest + WINDOW - now).total_seconds()) + 1)


def authenticate(s: Session, username: str, password: str, address: str) -> User:
    """The user with this name and password, or LoginFailed / RateLimited.

    Limits count failures in the last minute: per address first (one machine trying many
    names), then per account (many machines trying one name). A refused attempt is not checked
    and not counted, so the lock lifts a minute after the failures that caused it."""
    name = normalize_username(username)[:100]
    address = (address or "unknown")[:64]
    now = _now()
    wait = _retry_after(s, LoginAttempt.address, address, ADDRESS_FAILURES_PER_MINUTE, now)
    if wait:
        raise RateLimited(wait, "address")
    wait = _retry_after(s, LoginAttempt.username, name, ACCOUNT_FAILURES_PER_MINUTE, now)
    if wait:
        raise RateLimited(wait, "account")
    user = s.scalar(select(User).where(User.username == name))
    ok = False
    try:
        ok = _hasher.verify(user.password_hash if user and user.password_hash else _DUMMY_HASH, password or "")
    except (VerificationError, InvalidHashError):
        ok = False
    ok = ok and user is not None and user.password_hash is not None and user.disabled_at is None
    # Attempts older than a day serve no limit: drop this name's, so the table stays small.
    s.execute(delete(LoginAttempt).where(LoginAttempt.username == name, LoginAttempt.at < now - timedelta(days=1)))
    s.add(LoginAttempt(username=name, address=address, ok=ok, at=now))
    if not ok:
        s.flush()
        raise LoginFailed()
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.last_login_at = now
    record_event(s, user.username, "login", target=user.username, user_id=user.id, details={"address": address})
    return user


def start_session(s: Session, user: User, address: str | None, user_agent: str | None) -> tuple[str, str]:
    """A new session for a signed-in user: (cookie token, CSRF token)."""
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    now = _now()
    s.add(WebSession(token_sha256=_sha256(token), user_id=user.id, csrf_token=csrf, address=(address or "")[:64],
                     user_agent=(user_agent or "")[:300], created_at=now, last_seen_at=now,
                     expires_at=now + SESSION_LIFETIME))
    s.flush()
    return token, csrf


def session_user(s: Session, token: str | None, touch: bool = True) -> tuple[User, WebSession] | None:
    """The live session behind a cookie token and its user, or None (unknown, expired, revoked,
    or the user disabled). With touch, moves the sliding expiry on (see needs_touch)."""
    if not token or len(token) > 200:
        return None
    ws = s.scalar(select(WebSession).where(WebSession.token_sha256 == _sha256(token)))
    if ws is None or ws.revoked_at is not None:
        return None
    now = _now()
    if _aware(ws.expires_at) <= now:
        return None
    user = ws.user
    if user is None or user.disabled_at is not None or user.password_hash is None:
        return None
    if touch and needs_touch(ws):
        _touch(ws, now)
    return user, ws


def needs_touch(ws: WebSession) -> bool:
    """Whether the sliding expiry is due to move (written at most once a minute per session, so
    most page views only read)."""
    return _now() - _aware(ws.last_seen_at) >= LAST_SEEN_STEP


def _touch(ws: WebSession, now: datetime) -> None:
    ws.last_seen_at = now
    ws.expires_at = min(now + SESSION_LIFETIME, _aware(ws.created_at) + SESSION_ABSOLUTE)


def touch_session(s: Session, session_id: int) -> None:
    ws = s.get(WebSession, session_id)
    if ws is not None and ws.revoked_at is None:
        _touch(ws, _now())


def end_session(s: Session, token: str | None) -> None:
    if token:
        s.execute(update(WebSession).where(WebSession.token_sha256 == _sha256(token), WebSession.revoked_at.is_(None))
                  .values(revoked_at=_now()))


def active_session_count(s: Session, user_id: int) -> int:
    return s.scalar(select(func.count()).select_from(WebSession).where(
        WebSession.user_id == user_id, WebSession.revoked_at.is_(None), WebSession.expires_at > _now())) or 0


def demo_accounts(s: Session, groups: Iterable[str], platforms: Iterable[str]) -> list[tuple[str, str, str]]:
    """One account per role for the demo (`demo-<role>`), each with a fresh random password:
    created, or re-enabled with a new password when a previous demo made it. Returns
    (username, role, password) rows to print once."""
    out = []
    for role in ROLES:
        name = f"demo-{role}"
        user = get_user(s, name)
        password = generate_password()
        if user is None:
            user, _ = create_user(s, name, role, groups=groups if role in ("lead", "analyst") else (),
                                  platforms=platforms if role == "partner" else (), password=password,
                                  display_name=f"Demo {role}", actor="demo")
        else:
            set_password(s, name, password, actor="demo")
            if user.disabled_at is not None:
                user.disabled_at = None
                record_event(s, "demo", "user_enable", target=name, user_id=user.id,
                             details={"before": {"disabled": True}, "after": {"disabled": False}})
        out.append((name, role, password))
    return out

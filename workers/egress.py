"""Where the workers may connect: the one check for every URL they open (webhooks, takedown
re-checks, screenshots), and how URLs that carry secrets are shown.

- Only http(s).
- Webhooks: every address the host resolves to must be public; loopback, private, link-local
  (169.254.169.254, the cloud metadata service), multicast and reserved ranges are refused unless
  WILDWATCH_ALLOW_PRIVATE_WEBHOOKS is set. The connection is made to the address that was checked
  (GuardedBackend), so a DNS answer that changes between check and connect cannot slip through.
- Re-checks and screenshots: only hosts among the platform's allowed domains, redirects included.
- A webhook URL is a credential (its path holds the token): shown only as scheme://host/….
"""
from __future__ import annotations

import ipaddress
import logging
import re
import socket
from urllib.parse import urlsplit

import httpcore
import httpx

from config.settings import get_settings

MAX_REDIRECTS = 5


class EgressError(ValueError):
    """A URL the workers refuse to open (the message never shows a secret)."""


def redact(url: object) -> str:
    """scheme://host[:port]/… : path, query, fragment and user info masked."""
    text = str(url or "")
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "<unparsable URL>"
    if not parts.scheme or not host:
        return "<URL>" if text else ""
    if ":" in host:
        host = f"[{host}]"
    hidden = parts.path not in ("", "/") or parts.query or parts.fragment or parts.username
    return f"{parts.scheme}://{host}{port}/" + ("…" if hidden else "")


_URL_IN_TEXT = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://[^\s'\"<>]+")


def redact_text(text: object, secrets: tuple[str, ...] = ()) -> str:
    """An error message with every URL in it redacted (and any given secret strings masked)."""
    out = str(text or "")
    for secret in secrets:
        if secret:
            out = out.replace(secret, redact(secret))
    return _URL_IN_TEXT.sub(lambda m: redact(m.group(0)), out)


def _split(url: str, what: str):
    if not isinstance(url, str) or not url:
        raise EgressError(f"{what}: no URL")
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise EgressError(f"{what}: not a valid URL ({redact(url)})") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise EgressError(f"{what}: only http(s) URLs are allowed, not {parts.scheme or 'no scheme'!r} "
                          f"({redact(url)})")
    if not parts.hostname:
        raise EgressError(f"{what}: URL has no host ({redact(url)})")
    return parts.hostname.lower().rstrip("."), port or (443 if parts.scheme.lower() == "https" else 80)


def check_http_url(url: str, what: str = "URL") -> str:
    """An http(s) URL with a host, or EgressError. Returns the host."""
    return _split(url, what)[0]


def forbidden_address(address: str) -> str | None:
    """Why an IP address is off limits for webhooks (None when it is a public address)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    for attr, why in (("is_loopback", "loopback"), ("is_link_local", "link-local"), ("is_unspecified", "unspecified"),
                      ("is_multicast", "multicast"), ("is_private", "private"), ("is_reserved", "reserved")):
        if getattr(ip, attr):
            return why
    if not ip.is_global:
        return "not globally routable"
    return None


def allow_private_webhooks() -> bool:
    return get_settings().allow_private_webhooks


def resolve_public(host: str, port: int, what: str, allow_private: bool = False) -> list[str]:
    """Every address `host` resolves to, each checked; EgressError if any is off limits."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise EgressError(f"{what}: cannot resolve host {host!r} ({exc})") from None
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not allow_private:
        for address in addresses:
            why = forbidden_address(address)
            if why:
                raise EgressError(
                    f"{what}: host {host!r} resolves to {address} ({why}); refused. Webhooks to private "
                    "networks need WILDWATCH_ALLOW_PRIVATE_WEBHOOKS=1")
    return addresses


def check_webhook_url(url: str, what: str = "webhook", allow_private: bool | None = None) -> list[str]:
    """An http(s) webhook URL whose host resolves only to allowed addresses; returns them."""
    host, port = _split(url, what)
    private_ok = allow_private_webhooks() if allow_private is None else allow_private
    return resolve_public(host, port, f"{what} {redact(url)}", private_ok)


def host_allowed(host: str, domains) -> bool:
    host = (host or "").lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in (str(x).lower().rstrip(".") for x in domains) if d)


def check_platform_url(url: str, domains, what: str = "URL") -> str:
    """An http(s) URL on one of the platform's allowed domains, or EgressError. Returns the host."""
    host = check_http_url(url, what)
    domains = list(domains or ())
    if not host_allowed(host, domains):
        raise EgressError(f"{what}: host {host!r} is not among the platform's allowed domains "
                          f"({', '.join(domains) or 'none configured'}); refused")
    return host


class _RedactURLs(logging.Filter):
    """httpx logs every request's full URL at INFO: a webhook's secret would land in the logs."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, httpx.URL) else a for a in record.args)
        return True


logging.getLogger("httpx").addFilter(_RedactURLs())


class GuardedBackend(httpcore.SyncBackend):
    """Connects only to checked addresses: the host is resolved once, every address checked,
    and the socket opened to a checked address (TLS still verifies the host name)."""

    def __init__(self, allow_private: bool):
        self.allow_private = allow_private

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        try:
            addresses = resolve_public(host, port, "connection", self.allow_private)
        except EgressError as exc:
            raise httpcore.ConnectError(str(exc)) from None
        last: Exception | None = None
        for address in addresses:
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                last = exc
        raise last or httpcore.ConnectError(f"cannot connect to {host}")


class _GuardedTransport(httpx.HTTPTransport):
    def __init__(self, allow_private: bool, **kwargs):
        super().__init__(**kwargs)
        # httpx builds its pool without a way to pass a network backend: rebuild it with ours.
        self._pool = httpcore.ConnectionPool(ssl_context=self._pool._ssl_context,
                                             network_backend=GuardedBackend(allow_private))


def client(*, domains=None, allow_private: bool = False, timeout: float = 20,
           headers: dict | None = None) -> httpx.Client:
    """An httpx client whose every request is checked: http(s) only; with `domains`, only those
    hosts; without allow_private, only public addresses. No proxies from the environment (they
    would bypass the checks). It never follows redirects itself (httpx reads a redirect's whole
    body): use get_status()."""
    def check(request: httpx.Request) -> None:
        url = str(request.url)
        if domains is not None:
            check_platform_url(url, domains, "request")
        else:
            check_http_url(url, "request")

    return httpx.Client(transport=_GuardedTransport(allow_private), trust_env=False, timeout=timeout,
                        follow_redirects=False, headers=headers, event_hooks={"request": [check]})


def get_status(http: httpx.Client, url: str, max_bytes: int = 64 * 1024) -> int:
    """GET `url` following at most MAX_REDIRECTS redirects (each checked by the client's hook);
    the final status (more redirects: httpx.TooManyRedirects, an error like any other). At most `max_bytes` of each body are read, undecoded (no gzip bombs)."""
    request = http.build_request("GET", url)
    for _ in range(MAX_REDIRECTS + 1):
        response = http.send(request, stream=True)
        try:
            seen = 0
            for chunk in response.iter_raw():
                seen += len(chunk)
                if seen >= max_bytes:
                    break
            following = response.next_request
        finally:
            response.close()
        if following is None:
            return response.status_code
        request = following
    raise httpx.TooManyRedirects(f"more than {MAX_REDIRECTS} redirects from {redact(url)}", request=request)

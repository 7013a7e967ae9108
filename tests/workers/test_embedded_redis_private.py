"""The embedded Redis only ever uses a server it started, in a directory only we can enter.

A long data dir puts the socket under the system temp dir, at a path anyone can compute: a
directory there that is not ours and private is refused, and a server we did not start that
answers PING on our socket is never adopted (it would receive every job and feed us its own)."""
from __future__ import annotations

import os
import socket
import stat
import threading
from pathlib import Path

import pytest


def _long(tmp_path: Path) -> Path:
    return tmp_path / ("d" * 120)  # socket path over the unix limit: it moves to the temp dir


class _PlantedRedis:
    """A unix-socket server speaking just enough RESP: +PONG to PING, +OK or nil otherwise."""

    def __init__(self, path: Path):
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.bind(str(path))
        self.sock.listen(16)
        self.commands: list[str] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._client, args=(conn,), daemon=True).start()

    def _client(self, conn):
        buf = b""
        with conn:
            while True:
                try:
                    data = conn.recv(65536)
                except OSError:
                    return
                if not data:
                    return
                buf += data
                while True:
                    parsed = _parse(buf)
                    if parsed is None:
                        break
                    args, buf = parsed
                    name = args[0].upper() if args else ""
                    self.commands.append(name)
                    reply = b"+PONG\r\n" if name == "PING" else (b"$-1\r\n" if name == "GET" else b"+OK\r\n")
                    conn.sendall(reply)

    def close(self):
        self.sock.close()


def _parse(buf: bytes):
    """One RESP array of bulk strings from buf: (args, rest) or None when incomplete."""
    if not buf.startswith(b"*") or b"\r\n" not in buf:
        return None
    head, rest = buf.split(b"\r\n", 1)
    args = []
    for _ in range(int(head[1:])):
        if b"\r\n" not in rest:
            return None
        size_line, rest = rest.split(b"\r\n", 1)
        size = int(size_line[1:])
        if len(rest) < size + 2:
            return None
        args.append(rest[:size].decode("utf-8", "replace"))
        rest = rest[size + 2:]
    return args, rest


def test_long_data_dir_socket_lives_in_a_private_directory(tmp_path):
    from workers.embedded_redis import EmbeddedRedis

    server = EmbeddedRedis(_long(tmp_path))
    assert not str(server.socket_path).startswith(str(tmp_path))
    try:
        server.start()
        st = os.lstat(server.socket_path.parent)
        assert stat.S_IMODE(st.st_mode) == 0o700 and st.st_uid == os.getuid()
        assert stat.S_IMODE(os.lstat(server.dir).st_mode) == 0o700  # the append-only file's dir too
        assert server.is_running()
    finally:
        server.stop()


def test_a_socket_directory_others_may_enter_is_refused(tmp_path):
    from workers.embedded_redis import EmbeddedRedis, EmbeddedRedisError

    server = EmbeddedRedis(_long(tmp_path))
    server.socket_path.parent.mkdir(mode=0o755)
    os.chmod(server.socket_path.parent, 0o755)  # as the old code made it (umask aside)
    try:
        with pytest.raises(EmbeddedRedisError, match=r"mode 0755.*want 0700"):
            server.start()
        assert not server.is_running() and server.pid() is None  # nothing was started
    finally:
        server.socket_path.parent.rmdir()


@pytest.mark.skipif(os.getuid() != 0, reason="needs root to give a directory to another user")
def test_a_socket_directory_of_another_user_is_refused(tmp_path):
    from workers.embedded_redis import EmbeddedRedis, EmbeddedRedisError

    server = EmbeddedRedis(_long(tmp_path))
    server.socket_path.parent.mkdir(mode=0o700)
    os.chown(server.socket_path.parent, 65534, 65534)
    try:
        with pytest.raises(EmbeddedRedisError, match="belongs to uid 65534"):
            server.start()
    finally:
        server.socket_path.parent.rmdir()


@pytest.mark.parametrize("long_path", [True, False], ids=["temp-dir-socket", "data-dir-socket"])
def test_a_planted_server_is_never_adopted(tmp_path, monkeypatch, long_path):
    from click.testing import CliRunner

    from cli.main import app
    from config.settings import get_settings
    from workers.connection import redis_url
    from workers.embedded_redis import EmbeddedRedis, EmbeddedRedisError, private_dir

    data_dir = _long(tmp_path) if long_path else tmp_path / "var"
    server = EmbeddedRedis(data_dir)
    data_dir.mkdir(parents=True)
    private_dir(server.socket_path.parent)  # even in a directory that passes every check
    planted = _PlantedRedis(server.socket_path)
    try:
        assert not server.is_running()
        with pytest.raises(EmbeddedRedisError, match="did not start"):
            server.start()
        assert "PING" not in planted.commands  # refused on who listens, before any conversation

        monkeypatch.setenv("WILDWATCH_DATA_DIR", str(data_dir))
        monkeypatch.delenv("WILDWATCH_REDIS_URL", raising=False)
        get_settings.cache_clear()
        with pytest.raises(EmbeddedRedisError):
            redis_url(start_embedded=True)
        result = CliRunner().invoke(app, ["status", "--json"])
        assert result.exit_code == 1
        assert "did not start" in result.output and "Traceback" not in result.output
        assert not [c for c in planted.commands if c not in ("PING",)]  # no job read from it
    finally:
        planted.close()
        get_settings.cache_clear()

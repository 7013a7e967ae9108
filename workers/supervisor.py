"""One process tree on one machine: Redis (embedded unless a URL is set), N workers, the cron
scheduler and any extra processes (the web app). Used by `wildwatch run` and `wildwatch demo`.

Children that die are restarted; the jobs a dead worker was running are re-queued at once.
Every child runs in its own process group and gets SIGTERM when the supervisor dies (even by
kill -9); what a child leaves behind (a worker's scheduler child) goes with its group.
"""
from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field

from config.settings import get_settings

from .connection import connect, embedded
from .procs import die_with_parent, kill_group
from .status import pipeline_idle
from .worker import reap_dead_workers

log = logging.getLogger(__name__)


def _die_with_parent() -> None:
    """Linux: SIGTERM the child when the supervisor dies (even by kill -9), keeping one tree."""
    die_with_parent()


@dataclass
class Child:
    name: str
    argv: list[str]
    proc: subprocess.Popen | None = None
    restarts: int = 0
    started_at: float = 0.0
    log_path: str = ""
    env: dict = field(default_factory=dict)


class Supervisor:
    def __init__(self, workers: int = 2, queue_names: list[str] | None = None, cron: bool = True,
                 extra: list[tuple[str, list[str]]] | None = None):
        self.children: list[Child] = []
        self.redis_started_here = False
        self.url = ""
        self.conn = None
        qs = list(queue_names or [])
        for i in range(workers):
            self.children.append(Child(f"worker-{i + 1}", [sys.executable, "-m", "workers", "worker", *qs]))
        if cron:
            self.children.append(Child("cron", [sys.executable, "-m", "workers", "cron"]))
        for name, argv in extra or []:
            self.children.append(Child(name, argv))
        self._stopping = False
        self._last_reap = 0.0

    # -- life cycle -------------------------------------------------------------------------
    def start(self) -> "Supervisor":
        settings = get_settings()
        if settings.redis_url:
            self.url = settings.redis_url
        else:
            server = embedded()
            # A server nobody uses (left by a crashed run) is adopted: we will stop it at exit.
            adopt = not server.is_running() or server.other_clients() == 0
            server.start()
            self.redis_started_here = adopt
            self.url = server.url
        self.conn = connect(self.url)
        from review.db import get_engine  # migrate once here, before the workers race to do it

        get_engine()
        for child in self.children:
            self._spawn(child)
        return self

    def _spawn(self, child: Child) -> None:
        env = {**os.environ, "WILDWATCH_REDIS_URL": self.url, "WILDWATCH_DATA_DIR": str(get_settings().data_dir)}
        log_path = get_settings().path("logs", f"{child.name}.log")
        child.log_path = str(log_path)
        with open(log_path, "ab") as out:
            child.proc = subprocess.Popen(child.argv, env=env, stdout=out, stderr=subprocess.STDOUT,
                                          stdin=subprocess.DEVNULL, start_new_session=True,
                                          preexec_fn=_die_with_parent)
        child.started_at = time.monotonic()

    def poll(self) -> None:
        """Restart dead children, re-queue their jobs, bring back our embedded Redis if it died."""
        if self._stopping:
            return
        if time.monotonic() - self._last_reap > 5:
            self._last_reap = time.monotonic()
            try:
                reap_dead_workers(self.conn)  # jobs of workers that died, here or elsewhere
            except Exception:
                log.debug("reaping skipped (Redis unavailable?)", exc_info=True)
        if self.redis_started_here and not embedded().is_running():
            log.warning("embedded Redis is down; restarting it (its append-only file keeps the queues)")
            try:
                embedded().start()
            except Exception:
                log.exception("could not restart embedded Redis")
        for child in self.children:
            if child.proc is None or child.proc.poll() is None:
                continue
            code = child.proc.returncode
            log.warning("%s exited with %s; restarting", child.name, code)
            kill_group(child.proc.pid)  # what it forked (a worker's scheduler) goes with it
            try:
                reap_dead_workers(self.conn)
            except Exception:  # Redis may be the reason it died; the next poll tries again
                log.warning("could not re-queue jobs of %s yet", child.name, exc_info=True)
            # Back off when a child keeps dying at start (bad config), so we do not spin.
            if time.monotonic() - child.started_at < 5:
                child.restarts += 1
                time.sleep(min(30, 0.5 * 2 ** min(child.restarts, 6)))
            else:
                child.restarts = 0
            self._spawn(child)

    def wait_idle(self, timeout: float = 600, settle: float = 1.0, poll: float = 0.25) -> bool:
        """Until every queue, started and scheduled registry is empty (twice, `settle` apart)."""
        deadline = time.monotonic() + timeout
        quiet_since = None
        while time.monotonic() < deadline:
            self.poll()
            try:
                idle = pipeline_idle(self.conn)
            except Exception:
                idle = False
            if idle:
                quiet_since = quiet_since or time.monotonic()
                if time.monotonic() - quiet_since >= settle:
                    return True
            else:
                quiet_since = None
            time.sleep(poll)
        return False

    def stop(self, timeout: float = 20) -> None:
        self._stopping = True
        for child in self.children:
            if child.proc and child.proc.poll() is None:
                child.proc.send_signal(signal.SIGTERM)  # RQ's warm shutdown: finish the current job
        deadline = time.monotonic() + timeout
        for child in self.children:
            if child.proc is None:
                continue
            try:
                child.proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                child.proc.kill()
                child.proc.wait()
        for child in self.children:  # leftovers of each child's group: none may outlive us
            if child.proc is not None and kill_group(child.proc.pid):
                time.sleep(0.5)
                kill_group(child.proc.pid, signal.SIGKILL)
        if self.conn is not None:
            self.conn.close()
        if self.redis_started_here:
            embedded().stop(only_if_idle=True)  # another wildwatch may be using it too

    def run_forever(self) -> None:
        def _stop(signum, _frame):
            raise KeyboardInterrupt

        signal.signal(signal.SIGTERM, _stop)
        try:
            while True:
                self.poll()
                time.sleep(1)
        except KeyboardInterrupt:
            pass
        finally:
            self.stop()

    def __enter__(self) -> "Supervisor":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

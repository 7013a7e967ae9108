"""Process helpers: children that do not outlive their parent.

A process killed with -9 runs no clean-up, so its children would live on (an RQ scheduler child
holding the scheduler locks, a worker of a dead `wildwatch run`). On Linux the kernel can send a
signal to a child when its parent dies (PR_SET_PDEATHSIG); elsewhere this does nothing and the
supervisor's process-group clean-up is what remains.
"""
from __future__ import annotations

import os
import signal

PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int | None = None, sig: int = signal.SIGTERM) -> bool:
    """Ask for `sig` when our parent dies. With parent_pid, if that parent is already gone
    (it died before we asked), signal ourselves now. Returns whether the kernel took the request.

    Call it from the thread that will stay: the kernel watches the thread that forked us."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        ok = libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False
    if ok and parent_pid is not None and os.getppid() != parent_pid:
        os.kill(os.getpid(), sig)
    return ok


def kill_group(pgid: int, sig: int = signal.SIGTERM) -> bool:
    """Signal a whole process group (a child started with start_new_session and what it forked).
    False when no process of the group is left."""
    try:
        os.killpg(pgid, sig)
        return True
    except (ProcessLookupError, PermissionError):
        return False

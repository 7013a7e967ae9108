"""`python -m workers worker [QUEUES...]` / `python -m workers cron`: the processes the supervisor starts.

Kept free of the CLI package (workers may not import cli), so `wildwatch run` can spawn them.
"""
from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    from .connection import connect

    if not argv or argv[0] not in ("worker", "cron"):
        print("usage: python -m workers worker [QUEUES...] | cron", file=sys.stderr)
        return 2
    conn = connect()
    if argv[0] == "cron":
        from . import scheduler

        scheduler.run(conn)
        return 0
    from .worker import run_worker

    run_worker(conn, argv[1:] or None, logging_level="WARNING")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Pipeline commands: `wildwatch worker | run | status | failed | demo`. Thin: the work is in workers/."""
from __future__ import annotations

import sys
from contextlib import contextmanager

import click


def _console():
    from rich.console import Console

    return Console()


@contextmanager
def _redis(start_embedded: bool = True):
    """A Redis client; starts the embedded server when no URL is set (and stops it if we started it)."""
    from config.settings import get_settings
    from workers.connection import RedisUnavailable, connect, embedded

    server = None
    if not get_settings().redis_url and start_embedded:
        server = embedded()
        if server.is_running():
            server = None
        else:
            try:
                server.start()
            except RedisUnavailable as exc:  # e.g. a socket served by a process we did not start
                raise click.ClickException(str(exc)) from None
    try:
        try:
            conn = connect()
        except RedisUnavailable as exc:
            raise click.ClickException(str(exc)) from None
        yield conn
        conn.close()
    finally:
        if server is not None:
            server.stop(only_if_idle=True)  # others may have started using it meanwhile


@click.command()
@click.argument("queues", nargs=-1)
@click.option("--burst", is_flag=True, help="Quit when the queues are empty.")
@click.option("--no-scheduler", is_flag=True, help="Do not serve retries/scheduled jobs from this worker.")
@click.option("--log-level", default="INFO", show_default=True)
def worker(queues, burst, no_scheduler, log_level):
    """Run one worker on QUEUES (default: all stages, later stages first)."""
    from workers.worker import run_worker

    with _redis() as conn:
        try:
            run_worker(conn, list(queues) or None, burst=burst, with_scheduler=not no_scheduler,
                       logging_level=log_level.upper())
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="QUEUES") from None


@click.command()
@click.option("-w", "--workers", "n_workers", type=click.IntRange(1, 64), default=2, show_default=True,
              help="Worker processes.")
@click.option("--no-cron", is_flag=True, help="Do not run the periodic re-crawl / re-check scheduler.")
@click.option("--web", is_flag=True, help="Also serve the review workspace (as `wildwatch serve`), restarted if it dies.")
@click.option("--host", default="127.0.0.1", show_default=True, help="With --web: address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="With --web: port.")
def run(n_workers, no_cron, web, host, port):
    """Run everything on this machine: Redis (embedded unless WILDWATCH_REDIS_URL), workers, scheduler
    and, with --web, the web app."""
    from workers.connection import RedisUnavailable
    from workers.supervisor import Supervisor

    extra = []
    if web:
        from .web_cmds import check_port_free

        check_port_free(host, port)
        extra = [("web", [sys.executable, "-m", "cli.main", "serve", "--host", host, "--port", str(port),
                          "--log-level", "warning"])]
    sup = Supervisor(workers=n_workers, cron=not no_cron, extra=extra)
    try:
        sup.start()
    except RedisUnavailable as exc:
        raise click.ClickException(str(exc)) from None
    con = _console()
    con.print(f"[bold]wildwatch running[/]: Redis {sup.url}; {n_workers} worker(s)"
              f"{'' if no_cron else ', cron scheduler'}{f', web on http://{host}:{port}/' if web else ''}. Logs in "
              f"{sup.children[0].log_path.rsplit('/', 1)[0]}. Ctrl-C to stop.")
    sup.run_forever()


def _ago(when) -> str:
    from datetime import datetime, timezone

    if when is None:
        return "never"
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    secs = (datetime.now(timezone.utc) - when).total_seconds()
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if secs >= size:
            return f"{secs / size:.0f}{unit} ago"
    return f"{secs:.0f}s ago"


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the same figures as one JSON object (for scripts).")
def status(as_json):
    """Queue depths, workers, failed jobs, throughput and the last crawl of each platform."""
    import json

    from rich.table import Table

    from review.db import session_scope
    from review.stats import platform_summary, throughput, totals
    from workers.status import failed_jobs, queue_rows, worker_rows

    con = _console()
    if as_json:
        with _redis() as conn:
            data = {"queues": queue_rows(conn), "workers": worker_rows(conn),
                    "failed_jobs": [{k: v for k, v in f.items() if k != "traceback"} for f in failed_jobs(conn, limit=10)]}
        with session_scope(readonly=True) as s:
            data.update(throughput=[throughput(s, m) for m in (1, 5, 15)], platforms=platform_summary(s),
                        totals=totals(s))
        when = lambda v: v.isoformat() if hasattr(v, "isoformat") else str(v)  # noqa: E731 (datetimes)
        click.echo(json.dumps(data, default=when, ensure_ascii=False))
        return
    with _redis() as conn:
        qt = Table(title="queues")
        for col in ("queue", "queued", "started", "scheduled", "failed", "finished"):
            qt.add_column(col, justify="left" if col == "queue" else "right")
        for r in queue_rows(conn):
            qt.add_row(r["queue"], *(str(r[k]) for k in ("queued", "started", "scheduled", "failed", "finished")))
        con.print(qt)
        wt = Table(title="workers")
        for col in ("name", "state", "queues", "current job", "ok", "failed", "heartbeat"):
            wt.add_column(col)
        workers = worker_rows(conn)
        for w in workers:
            wt.add_row(w["name"], w["state"], w["queues"], w["current_job"], str(w["ok"]), str(w["failed"]),
                       _ago(w["last_heartbeat"]))
        con.print(wt if workers else "[yellow]no workers running[/] (start them with `wildwatch run`)")
        failed = failed_jobs(conn, limit=10)
        if failed:
            ft = Table(title="failed jobs (newest 10; `wildwatch failed list` for all)")
            ft.add_column("job", no_wrap=True)
            for col in ("queue", "function", "failed", "error"):
                ft.add_column(col, overflow="fold")
            for f in failed:
                ft.add_row(f["id"], f["queue"], f["func"], _ago(f["ended_at"]), f["error"])
            con.print(ft)
    with session_scope(readonly=True) as s:
        tp = [throughput(s, m) for m in (1, 5, 15)]
        plats = platform_summary(s)
        tot = totals(s)
    tt = Table(title="throughput (store)")
    for col in ("window", "listings", "listings/s", "cases", "cases/s"):
        tt.add_column(col, justify="right")
    for t in tp:
        tt.add_row(f"{t['minutes']} min", str(t["listings"]), f"{t['listings_per_s']:.1f}", str(t["cases"]),
                   f"{t['cases_per_s']:.2f}")
    con.print(tt)
    pt = Table(title=f"platforms ({tot['listings']} listings, {tot['cases']} cases, {tot['ingest_errors']} bad items)")
    for col in ("platform", "rendering", "last crawl", "listings", "flagged", "screenshots"):
        pt.add_column(col)
    for p in plats:
        pt.add_row(p["platform"], p["kind"], _ago(p["last_crawl_at"]), str(p["listings"]), str(p["flagged"]),
                   str(p["screenshots"]))
    con.print(pt)


@click.group()
def failed():
    """Failed jobs: list them, or re-queue them."""


@failed.command("list")
@click.option("--traceback", "show_tb", is_flag=True, help="Show each job's full traceback.")
def failed_list(show_tb):
    """List failed jobs on every queue, newest first."""
    from rich.table import Table

    from workers.status import failed_jobs

    con = _console()
    with _redis() as conn:
        rows = failed_jobs(conn)
    if not rows:
        con.print("no failed jobs")
        return
    t = Table(title=f"{len(rows)} failed job(s)")
    t.add_column("job", no_wrap=True)  # ids are copied into `failed retry`: never fold them
    for col in ("queue", "function", "failed", "error"):
        t.add_column(col, overflow="fold")
    for r in rows:
        t.add_row(r["id"], r["queue"], r["func"], _ago(r["ended_at"]), r["error"])
    con.print(t)
    if show_tb:
        for r in rows:
            con.rule(r["id"])
            con.print(r["traceback"], markup=False, highlight=False)


@failed.command("retry")
@click.argument("job_ids", nargs=-1)
@click.option("--all", "all_", is_flag=True, help="Re-queue every failed job.")
def failed_retry(job_ids, all_):
    """Re-queue failed jobs: JOB_ID... or --all."""
    from workers.status import retry_failed

    if bool(job_ids) == all_:
        raise click.UsageError("give JOB_ID(s) or --all (not both)")
    with _redis() as conn:
        done, missing = retry_failed(conn, None if all_ else list(job_ids))
    click.echo(f"re-queued {len(done)} job(s)" + (f": {', '.join(done)}" if done and not all_ else ""))
    if missing:
        click.echo(f"not re-queued (not found among failed jobs, or not a pipeline job): {', '.join(missing)}", err=True)
        sys.exit(1)


@click.command()
@click.option("-w", "--workers", "n_workers", type=click.IntRange(1, 16), default=2, show_default=True)
@click.option("--no-crawler", is_flag=True, help="Ingest the demo sites' ground truth instead of crawling.")
@click.option("--timeout", type=float, default=900, show_default=True, help="Seconds to wait for each stage.")
@click.option("--no-serve", is_flag=True, help="Only print the summary; do not serve the review workspace.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True,
              help="Port of the review workspace (on 127.0.0.1).")
def demo(n_workers, no_crawler, timeout, no_serve, port):
    """Start everything, crawl both demo marketplaces, classify, route, capture evidence, summarise;
    then serve the review workspace with one demo account per role until Ctrl-C."""
    from rich.table import Table

    from workers.connection import RedisUnavailable
    from workers.demo import run_demo

    con = _console()
    if not no_serve:
        from .web_cmds import check_port_free

        check_port_free("127.0.0.1", port)  # say so now, not after the crawl
    try:
        result = run_demo(con.print, workers=n_workers, use_crawler=not no_crawler, timeout=timeout)
    except RedisUnavailable as exc:
        raise click.ClickException(str(exc)) from None
    t = Table(title=f"wildwatch demo ({result['seconds']:.0f}s)")
    for col in ("platform", "listings", "flagged", "by category", "by reviewer group", "screenshots", "QA"):
        t.add_column(col, overflow="fold")
    for p in result["platforms"]:
        t.add_row(p["platform"], str(p["listings"]), str(p["flagged"]),
                  ", ".join(f"{k} {v}" for k, v in p["categories"].items()) or "-",
                  ", ".join(f"{k} {v}" for k, v in p["groups"].items()) or "-", str(p["screenshots"]), str(p["qa"]))
    con.print(t)
    for note in result["notes"]:
        con.print(f"[yellow]note:[/] {note}")
    if result["failed_jobs"]:
        con.print(f"[red]{result['failed_jobs']} failed job(s)[/]: see `wildwatch failed list`")
    from config.settings import get_settings

    con.print(f"store: {get_settings().data_dir}/wildwatch.db; `wildwatch status` for details")
    if not no_serve:
        _serve_demo(con, port)


def _serve_demo(con, port: int) -> None:
    """Demo accounts (one per role, fresh random passwords) and the web app until Ctrl-C."""
    from rich.table import Table

    from review.accounts import demo_accounts
    from review.db import session_scope
    from workers.routing import load_routing

    from .web_cmds import serve_app

    with session_scope() as s:
        rows = demo_accounts(s, sorted(load_routing().groups), ["demo-zh", "demo-en"])
    url = f"http://127.0.0.1:{port}/"
    t = Table(title=f"review workspace: {url}  (passwords shown once)")
    for col in ("username", "role", "password"):
        t.add_column(col, no_wrap=True)
    for name, role, password in rows:
        t.add_row(name, role, password)
    con.print(t)
    con.print(f"[bold]serving {url}[/] - Ctrl-C to stop")
    try:
        serve_app("127.0.0.1", port, log_level="warning")
    except KeyboardInterrupt:
        pass

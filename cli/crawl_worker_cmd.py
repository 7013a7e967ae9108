"""`wildwatch crawl-worker PLATFORM`: one crawler process of a distributed crawl, and the seeding
behind `wildwatch crawl PLATFORM --distributed` (crawler.distributed, docs/scaling.md)."""
from __future__ import annotations

import json
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

import click


def shared_redis_url() -> tuple[str, bool]:
    """(the Redis of distributed crawls, whether it is this machine's embedded one)."""
    from config.settings import get_settings
    from workers.connection import redis_url

    if get_settings().redis_url:
        return get_settings().redis_url, False
    return redis_url(start_embedded=True), True


def seed_distributed(chosen, terms, max_pages, base_url, restart: bool, as_json: bool) -> None:
    """`wildwatch crawl PLATFORM --distributed`: seed the frontier, say how to add crawlers."""
    from crawler.distributed import FrontierError, seed
    from crawler.runner import CrawlSetupError, resolve_terms

    try:
        url, embedded = shared_redis_url()
        result = seed(chosen, terms=resolve_terms(chosen, terms), max_pages=max_pages, base_url=base_url,
                      redis_url=url, restart=restart)
    except (FrontierError, CrawlSetupError, ValueError) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    if as_json:
        click.echo(json.dumps({"platform": chosen.name, "seeded": result.queued, "start_urls": result.start_urls,
                               "embedded_redis": embedded}))
    else:
        click.echo(f"seeded {result.queued} first search page(s) of {chosen.name}; run "
                   f"`wildwatch crawl-worker {chosen.name}` on each crawler host (same WILDWATCH_REDIS_URL)")
    if embedded:
        click.echo("note: WILDWATCH_REDIS_URL is unset: this is the embedded Redis of this data dir, so only "
                   "crawlers on this machine can join", err=True)


@click.command("crawl-worker")
@click.argument("platform")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write this process's listings as JSONL here.")
@click.option("--queue/--no-queue", "to_queue", default=True, show_default=True,
              help="Hand listings to the RQ 'ingest' queue (on --queue-url, default the shared Redis).")
@click.option("--queue-url", help="Redis URL of the ingest queue (default: WILDWATCH_REDIS_URL).")
@click.option("--batch-size", type=click.IntRange(min=1), default=50, show_default=True, help="Listings per queued job.")
@click.option("--all", "emit_all", is_flag=True, help="Hand on every listing seen, not only new and changed ones.")
@click.option("--evidence-dir", type=click.Path(file_okay=False, path_type=Path),
              help="WARC files go to DIR/<hostname>/ (default: data_dir/evidence); a volume every host mounts at "
                   "the same path, so pipeline workers can read them.")
@click.option("--heartbeat", type=click.FloatRange(min=0.5), default=30.0, show_default=True,
              help="Seconds without a heartbeat after which this crawler's requests in flight go back to the queue.")
@click.option("-s", "--set", "settings", multiple=True, metavar="KEY=VALUE", help="Extra Scrapy setting (advanced).")
@click.option("--log-file", type=click.Path(dir_okay=False, path_type=Path), help="Default: data_dir/logs/crawl-worker-...")
@click.option("--quiet", is_flag=True, help="No live progress display.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object on stdout.")
def crawl_worker(platform, output, to_queue, queue_url, batch_size, emit_all, evidence_dir, heartbeat, settings,
                 log_file, quiet, as_json):
    """Work on the distributed crawl of PLATFORM seeded with `wildwatch crawl PLATFORM --distributed`.

    Any number of these, on any number of hosts, share one frontier in Redis (WILDWATCH_REDIS_URL):
    each page is fetched by one of them, the platform's delay and concurrency are one budget for
    all of them, and the requests of a crawler that dies are taken over by the others. Stops when
    nothing is queued or in flight anywhere."""
    from rich.live import Live

    from cli.crawl_cmds import _console, _parse_settings, _Progress, _summary_data
    from config.settings import get_settings
    from crawler.distributed import FrontierError, crawl_parameters
    from crawler.runner import CrawlSetupError, load_for_crawl, run_crawl

    try:
        chosen = load_for_crawl(platform)
        url, _ = shared_redis_url()
        params = crawl_parameters(chosen, url)
    except (CrawlSetupError, FrontierError) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    log_path = log_file or get_settings().path("logs", f"crawl-worker-{chosen.name}-{stamp}-{os.getpid()}.log")
    log_path.parent.mkdir(parents=True, exist_ok=True)
    overrides = {"LOG_FILE": str(log_path), "WILDWATCH_QUEUE_BATCH_SIZE": batch_size,
                 "WILDWATCH_FRONTIER_HEARTBEAT": heartbeat}
    if emit_all:
        overrides["WILDWATCH_EMIT_ALL"] = True
    if evidence_dir is not None:
        overrides["WILDWATCH_EVIDENCE_DIR"] = str(evidence_dir.resolve())
    overrides.update(_parse_settings(settings))
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
    progress = _Progress(chosen.name)
    live = None if quiet else Live(progress, console=_console(), refresh_per_second=4, transient=False)
    try:
        if live is not None:
            live.start()
        result = run_crawl(chosen, terms=params["terms"], max_pages=params["max_pages"], base_url=params["base_url"],
                           output=output, queue_url=(queue_url or url) if to_queue else None, overrides=overrides,
                           on_crawler=progress.attach, frontier_url=url)
    except CrawlSetupError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    finally:
        if live is not None:
            live.stop()
    data = _summary_data(chosen.name, result, output, log_path)
    data["redone_handed_on"] = result.stats.get("wildwatch/redone_handed_on", 0)
    data["shared_politeness_wait_seconds"] = round(result.stats.get("wildwatch/shared_politeness_wait_seconds", 0), 3)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False))
    else:
        click.echo(f"{chosen.name}: {data['listings']} listing(s) handed on, {data['pages']} page(s), "
                   f"{data['unchanged']} unchanged, {data['errors']} error(s)", err=True)
    click.echo(f"log: {log_path}", err=True)
    for url_, problem in result.errors[:10]:
        click.echo(f"error at {url_}: {problem}", err=True)

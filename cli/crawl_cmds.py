"""`wildwatch crawl` and `wildwatch platforms`: run the marketplace spider, check platform files."""
from __future__ import annotations

import json
import os
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import click


def _console():
    from rich.console import Console

    return Console(stderr=True)


def _split_terms(values: tuple[str, ...]) -> list[str]:
    terms: list[str] = []
    for value in values:
        terms.extend(t.strip() for t in value.replace("，", ",").split(",") if t.strip())
    return terms


def _parse_settings(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"expected KEY=VALUE, got {pair!r}", param_hint="--set")
        out[key.strip()] = value
    return out


class _Progress:
    """A live panel fed from the crawler's stats (updated by Scrapy signals as pages arrive)."""

    def __init__(self, platform: str):
        self.platform = platform
        self.crawler = None
        self.started = time.monotonic()

    def attach(self, crawler) -> None:
        self.crawler = crawler
        self.started = time.monotonic()

    def __rich__(self):
        from rich.table import Table

        stats = self.crawler.stats if self.crawler is not None else None
        get = (lambda k: stats.get_value(k, 0)) if stats is not None else (lambda k: 0)
        elapsed = max(time.monotonic() - self.started, 1e-6)
        table = Table(title=f"crawling {self.platform}", show_header=True, header_style="bold")
        for column in ("pages", "listings", "unchanged", "errors", "retries", "pages/s", "elapsed"):
            table.add_column(column, justify="right")
        table.add_row(str(get("wildwatch/pages")), str(get("item_scraped_count")),
                      str(get("wildwatch/unchanged")), str(get("wildwatch/errors")),
                      str(get("retry/count")), f"{get('wildwatch/pages') / elapsed:.1f}",
                      f"{elapsed:.0f}s")
        return table


def _finish_output(output: Path, partial: Path, unchanged: int) -> tuple[bool, str | None]:
    """Move the crawl's output into place only when it holds listings: a re-run that finds nothing
    new must not empty the file of the last run. (written?, what to tell the user)."""
    if partial.exists() and partial.stat().st_size > 0:
        os.replace(partial, output)
        return True, None
    partial.unlink(missing_ok=True)
    why = (f"{unchanged} listing(s) unchanged since the last crawl with this data dir; "
           "--all writes every listing seen" if unchanged else "no listings found")
    if output.exists() and output.stat().st_size > 0:
        return False, f"nothing written to {output} ({why}); it still holds the previous output"
    output.touch()
    return False, f"{output} is empty ({why})"


def _summary_data(platform: str, result, output, log_path) -> dict:
    """The crawl summary as data: the counters behind the table, the paths, every error."""
    stats = result.stats
    get = lambda key: stats.get(key, 0)  # noqa: E731
    return {"platform": platform, "listings": result.listings, "unchanged": get("wildwatch/unchanged"),
            "new_versions": get("wildwatch/new_versions"), "pages": get("wildwatch/pages"),
            "robots_skipped": get("robotstxt/forbidden"),
            "robots_blocked_in_browser": get("wildwatch/robotstxt/forbidden_in_browser"),
            "robots_check_failed_in_browser": get("wildwatch/robotstxt/check_failed_in_browser"),
            "structured_data_failures": get("wildwatch/structured/failures"),
            "retries": get("retry/count"), "retry_wait_seconds": get("wildwatch/retry_wait_seconds"),
            "errors": get("wildwatch/errors"), "queued_batches": get("wildwatch/handoff_batches"),
            # hostile pages (each also counted in errors, but charset fallbacks, which lose nothing)
            "too_big": get("wildwatch/too_big"), "redirect_loops": get("wildwatch/redirect_loops"),
            "not_http_links": get("wildwatch/not_http_links"), "charset_fallbacks": get("wildwatch/charset_fallbacks"),
            # the same listing linked again (other tracking parameters): not fetched twice
            "duplicate_links": get("wildwatch/duplicate_links"),
            "output": str(output) if output is not None else None, "log": str(log_path),
            "error_list": [{"url": url, "problem": str(problem)} for url, problem in result.errors]}


@click.command()
@click.argument("platform")
@click.option("--terms", "terms", multiple=True, help="Search terms (repeat or comma-separate); default: the file's.")
@click.option("--max-pages", type=click.IntRange(min=1), help="Result pages per search (overrides the file).")
@click.option("--base-url", help="Crawl this address instead of the file's base_url (e.g. a test server).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write listings as JSONL here (replaced only when this crawl hands on listings).")
@click.option("--all", "emit_all", is_flag=True,
              help="Hand on every listing seen, not only new and changed ones (unchanged keep their version).")
@click.option("--queue-url", help="Redis URL: hand listings to the RQ 'ingest' queue in batches.")
@click.option("--batch-size", type=click.IntRange(min=1), default=50, show_default=True, help="Listings per queued job.")
@click.option("-s", "--set", "settings", multiple=True, metavar="KEY=VALUE", help="Extra Scrapy setting (advanced).")
@click.option("--log-file", type=click.Path(dir_okay=False, path_type=Path), help="Default: data_dir/logs/crawl-<platform>-<time>.log")
@click.option("--quiet", is_flag=True, help="No live progress display.")
@click.option("--json", "as_json", is_flag=True,
              help="Print the summary as one JSON object on stdout (for scripts) instead of a table.")
@click.option("--distributed", is_flag=True,
              help="Only seed a crawl shared through Redis (WILDWATCH_REDIS_URL); `wildwatch crawl-worker "
                   "PLATFORM` processes on any host do the crawling (docs/scaling.md).")
@click.option("--restart", is_flag=True, help="With --distributed: discard a distributed crawl still running.")
def crawl(platform, terms, max_pages, base_url, output, emit_all, queue_url, batch_size, settings, log_file,
          quiet, as_json, distributed, restart):
    """Crawl PLATFORM (a name in the platforms directory, or a path to its YAML file).

    By default only listings that are new or changed since the last crawl with this data dir are
    handed on (-o, --queue-url); --all hands on every listing seen."""
    from rich.live import Live
    from rich.table import Table

    from config.settings import get_settings
    from crawler.runner import CrawlSetupError, load_for_crawl, run_crawl

    console = _console()
    try:
        chosen = load_for_crawl(platform)
    except CrawlSetupError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    if base_url and not base_url.startswith(("http://", "https://")):
        raise click.BadParameter(f"not an http(s) URL: {base_url!r}", param_hint="--base-url")
    if distributed:
        from cli.crawl_worker_cmd import seed_distributed

        if output is not None or queue_url or emit_all:
            raise click.UsageError("--distributed only seeds the crawl: give -o, --queue-url and --all to "
                                   "`wildwatch crawl-worker`")

        seed_distributed(chosen, _split_terms(terms) or None, max_pages, base_url, restart, as_json)
        return
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    log_path = log_file or get_settings().path("logs", f"crawl-{chosen.name}-{stamp}.log")
    log_path.parent.mkdir(parents=True, exist_ok=True)
    overrides = {"LOG_FILE": str(log_path), "WILDWATCH_QUEUE_BATCH_SIZE": batch_size}
    if emit_all:
        overrides["WILDWATCH_EMIT_ALL"] = True
    overrides.update(_parse_settings(settings))
    partial = None
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        partial = output.with_name(f".{output.name}.{os.getpid()}.partial")  # same directory: atomic replace

    progress = _Progress(chosen.name)
    live = None if quiet else Live(progress, console=console, refresh_per_second=4, transient=False)
    try:
        if live is not None:
            live.start()
        result = run_crawl(chosen, terms=_split_terms(terms) or None, max_pages=max_pages,
                           base_url=base_url, output=partial, queue_url=queue_url,
                           overrides=overrides, on_crawler=progress.attach)
    except CrawlSetupError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    finally:
        if live is not None:
            live.stop()
        if partial is not None and sys.exc_info()[0] is not None:
            partial.unlink(missing_ok=True)
    output_note = None
    if output is not None:
        _, output_note = _finish_output(output, partial, result.stats.get("wildwatch/unchanged", 0))

    stats = result.stats
    summary = Table(show_header=False, box=None)
    summary.add_row("listings handed on", str(result.listings))
    summary.add_row("unchanged (sent again: --all)" if emit_all else "unchanged (not re-sent)",
                    str(stats.get("wildwatch/unchanged", 0)))
    summary.add_row("new versions", str(stats.get("wildwatch/new_versions", 0)))
    summary.add_row("pages", str(stats.get("wildwatch/pages", 0)))
    summary.add_row("skipped by robots.txt", str(stats.get("robotstxt/forbidden", 0)))
    in_browser = stats.get("wildwatch/robotstxt/forbidden_in_browser", 0)
    if in_browser:
        summary.add_row("in-browser requests blocked by robots.txt", str(in_browser))
    check_failed = stats.get("wildwatch/robotstxt/check_failed_in_browser", 0)
    if check_failed:  # denied: their robots.txt check failed (see the log)
        summary.add_row("in-browser requests denied, robots.txt check failed", str(check_failed))
    summary.add_row("retries", str(stats.get("retry/count", 0)))
    summary.add_row("errors", str(stats.get("wildwatch/errors", 0)))
    for key, label in (("too_big", "of which pages too big"), ("redirect_loops", "of which redirect loops"),
                       ("not_http_links", "of which links not http(s)"),
                       ("charset_fallbacks", "pages whose charset label lied (read as the platform's encoding)")):
        if stats.get(f"wildwatch/{key}"):
            summary.add_row(label, str(stats[f"wildwatch/{key}"]))
    structured_failures = stats.get("wildwatch/structured/failures", 0)
    if structured_failures:  # WARNINGs in the log name each page
        summary.add_row("structured-data failures (see log)", str(structured_failures))
    if queue_url:
        summary.add_row("queued batches", str(stats.get("wildwatch/handoff_batches", 0)))
    if as_json:
        data = _summary_data(chosen.name, result, output, log_path)
        data["output_note"] = output_note
        click.echo(json.dumps(data, ensure_ascii=False))
    else:
        console.print(summary)
    # Paths on plain lines: a table would shorten them.
    if output is not None:
        click.echo(f"output: {output}" + (f" - {output_note}" if output_note else ""), err=True)
    click.echo(f"log: {log_path}", err=True)
    for url, problem in result.errors[:10]:
        click.echo(f"error at {url}: {problem}", err=True)
    if len(result.errors) > 10:
        console.print(f"... {len(result.errors) - 10} more in {log_path}")
    if not stats.get("wildwatch/pages") and result.errors:
        sys.exit(1)  # nothing could be fetched at all: let scripts notice


@click.group()
def platforms():
    """List and check platform files (config/platforms/*.yaml)."""


@platforms.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per platform file (JSON lines).")
def platforms_list(as_json):
    """Show every platform file and whether it is valid."""
    from rich.console import Console
    from rich.table import Table

    from config.settings import get_settings
    from crawler.platform_config import PlatformFileError, load_platform, platform_files

    directory = get_settings().platforms_dir
    table = Table(title=f"platforms in {directory}")
    for column in ("name", "rendering", "base_url", "listing from", "terms", "status"):
        table.add_column(column)
    for path in platform_files(directory):
        try:
            p = load_platform(path)
        except PlatformFileError as exc:
            if as_json:
                click.echo(json.dumps({"file": str(path), "name": path.stem, "valid": False,
                                       "problems": list(exc.problems)}, ensure_ascii=False))
            table.add_row(path.stem, "", "", "", "", f"[red]invalid ({len(exc.problems)} problem(s))[/red]")
            continue
        source = "structured data" if p.uses_structured_fallback else p.listing.source
        if as_json:
            click.echo(json.dumps({"file": str(path), "name": p.name, "valid": True, "rendering": p.rendering,
                                   "base_url": p.base_url, "listing_from": source, "terms": len(p.search.terms)},
                                  ensure_ascii=False))
        table.add_row(p.name, p.rendering, p.base_url, source, str(len(p.search.terms)), "[green]ok[/green]")
    if as_json:
        return
    # Pipes and files get full-width rows rather than a wrapped 80-column table.
    Console(width=None if sys.stdout.isatty() else 200).print(table)


@platforms.command("check")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
def platforms_check(files):
    """Validate FILES (default: every platform file); print file:line: key: problem for each problem."""
    from config.settings import get_settings
    from crawler.platform_config import PlatformFileError, load_platform, platform_files

    paths = list(files) or platform_files(get_settings().platforms_dir)
    if not paths:
        click.echo(f"no platform files in {get_settings().platforms_dir}", err=True)
        sys.exit(1)
    bad = 0
    for path in paths:
        try:
            load_platform(path)
            click.echo(f"ok  {path}")
        except PlatformFileError as exc:
            bad += 1
            for problem in exc.problems:
                click.echo(problem, err=True)
    if bad:
        click.echo(f"{bad} of {len(paths)} platform file(s) invalid", err=True)
        sys.exit(1)

"""`wildwatch ingest FILE.jsonl [--wait]`: listings that did not come from a crawl into the pipeline."""
from __future__ import annotations

import sys
import time
from typing import Any

import click

BATCH = 200  # listings per ingest job, like the crawler's batches
PLAIN_KEYS = {"id": "listing_id", "seller": "seller_id"}


def to_item(obj: dict, platform: str | None) -> dict:
    """A crawler item as is; a plain listing (as `wildwatch classify` reads: id, title,
    description, price, seller, platform, lang) mapped onto the listing contract."""
    if "listing_id" in obj:
        item = dict(obj)
    else:
        item = {PLAIN_KEYS.get(k, k): v for k, v in obj.items() if k not in ("price", "label", "category", "note")}
        price = obj.get("price")
        if isinstance(price, str):
            item.setdefault("price_text", price)
        elif isinstance(price, (int, float)) and not isinstance(price, bool):
            item.setdefault("price_text", str(price))
            item.setdefault("price_amount", str(price))
    if not item.get("platform") and platform:
        item["platform"] = platform
    return item


def read_items(file: str, platform: str | None) -> tuple[list[tuple[int, dict, dict]], list[str]]:
    """(line number, item, checked item) for every good line; and one message per bad line."""
    from classifiers.listings_io import read_listings
    from crawler.listing import ListingError, check_listing

    good, bad = [], []
    for line in read_listings(file):
        if line.listing is None:
            bad.append(f"{file}: {line.error}")
            continue
        item = to_item(line.listing, platform)
        try:
            checked = check_listing(item)
        except ListingError as exc:
            hint = " (give it in the line or with --platform)" if exc.field == "platform" else ""
            bad.append(f"{file}: line {line.number}: {exc}{hint}")
            continue
        good.append((line.number, item, checked))
    return good, bad


def _safe(text: Any) -> str:
    from cli.render import _safe as safe

    return safe(str(text or ""))


@click.command()
@click.argument("file", type=click.Path(allow_dash=True))
@click.option("--platform", default=None, help="Platform name for lines that carry none (plain listing JSON).")
@click.option("--wait", is_flag=True, help="Wait until every listing is classified and routed; print the cases.")
@click.option("--timeout", type=float, default=600, show_default=True, help="Seconds --wait waits at most.")
def ingest(file: str, platform: str | None, wait: bool, timeout: float) -> None:
    """Put listings from FILE (JSONL, - for stdin) into the pipeline: a partner's export, an
    analyst's own collection, anything that did not come from a crawl.

    Each line is a crawler item (platform, listing_id, url, title, description, ...) or a plain
    listing as `wildwatch classify` reads it (id, title, description, price, seller, platform,
    lang). A bad line is reported with its number and skipped; the rest go in. The listings wait
    in the "ingest" queue until a worker (`wildwatch worker` or `wildwatch run`) takes them.

    Exit status: 0 when every line went in, 1 when some lines were bad (the good ones still went in).
    """
    from cli.pipeline_cmds import _redis
    from crawler.listing import INGEST_JOB, INGEST_QUEUE

    try:
        good, bad = read_items(file, platform)
    except OSError as exc:
        raise click.ClickException(f"{file}: {exc.strerror}") from None
    for msg in bad:
        click.echo(msg, err=True)
    if not good:
        raise click.ClickException(f"{file}: no usable listing ({len(bad)} bad line{'s' if len(bad) != 1 else ''})")
    from rq import Worker

    from workers import queues

    with _redis() as conn:
        with conn.pipeline() as pipe:
            for i in range(0, len(good), BATCH):
                # the queue's serializer (workers.payloads, orjson) writes them as the crawler
                # does: plain JSON values, money as text, times as ISO-8601
                batch = [item for _, item, _ in good[i:i + BATCH]]
                queues.enqueue(conn, INGEST_QUEUE, INGEST_JOB, batch, pipeline=pipe)
            pipe.execute()
        jobs = (len(good) + BATCH - 1) // BATCH
        click.echo(f"{len(good)} listing{'s' if len(good) != 1 else ''} queued for the pipeline in {jobs} "
                   f"job{'s' if jobs != 1 else ''}" + (f"; {len(bad)} bad line{'s' if len(bad) != 1 else ''} skipped" if bad else ""))
        if not Worker.all(connection=conn, serializer=queues.SERIALIZER):
            click.echo("no worker is running: start `wildwatch worker` (or `wildwatch run`) to process them", err=True)
        if wait:
            _wait(good, timeout)
    sys.exit(1 if bad else 0)


def _wait(good: list[tuple[int, dict, dict]], timeout: float) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from review.db import session_scope
    from review.workspace import listing_outcomes

    keys = {(c["platform"], c["listing_id"], c["content_sha256"]): n for n, _, c in good}
    deadline = time.monotonic() + timeout
    while True:
        with session_scope(readonly=True) as s:
            out = listing_outcomes(s, list(keys))
        done = [k for k, o in out.items() if o["assessed"] and (not o["flagged"] or o["case_id"])]
        if len(done) == len(keys):
            break
        if time.monotonic() > deadline:
            raise click.ClickException(f"{len(keys) - len(done)} of {len(keys)} listings not processed after "
                                       f"{timeout:.0f} s; see `wildwatch status` and `wildwatch failed`")
        time.sleep(0.5)
    cases = sorted(((keys[k], k, o) for k, o in out.items() if o["case_id"]), key=lambda t: t[0])
    flagged = sum(1 for o in out.values() if o["flagged"])
    click.echo(f"processed {len(keys)}: {flagged} flagged, {len(cases)} case{'s' if len(cases) != 1 else ''}")
    if cases:
        table = Table(box=None, header_style="bold", pad_edge=False)
        for col in ("line", "case", "group", "priority", "label", "score", "listing", "title"):
            table.add_column(col)
        for n, (plat, ext, _), o in cases:
            table.add_row(str(n), str(o["case_id"]), o["group"], o["priority"], o["label"], f"{o['score']:.2f}",
                          Text(_safe(f"{plat}/{ext}")), Text(_safe(o["title"])[:60]))
        Console().print(table)

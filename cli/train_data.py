"""The training data of `wildwatch train`: a labeled file, the store's decided cases, or both.

With --from-store (and/or --also FILE) the sources are written into ONE JSONL file under the data
directory (training/train-<UTC time>.jsonl) and training runs on that file, so model.json's
`trained_on` (file name, SHA-256, listing ids) names exactly what the model learned from, and
`wildwatch eval` can run on the same file later.
"""
from __future__ import annotations

import json
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import click


def _copy_file(path: str, out, seen: set[str]) -> Counter:
    """Copy the labeled listings of `path`, reporting bad lines by number (they are skipped)."""
    from classifiers.listings_io import read_listings

    n = Counter()
    for line in read_listings(path):
        if line.listing is None:
            click.echo(f"{path}: {line.error}", err=True)
            continue
        lid = line.listing.get("id")
        if lid is not None and str(lid) in seen:
            click.echo(f"{path}: line {line.number}: id {str(lid)[:60]!r} already taken by an earlier source; skipped",
                       err=True)
            continue
        if lid is not None:
            seen.add(str(lid))
        out.write(json.dumps(line.listing, ensure_ascii=False) + "\n")
        n[str(line.listing.get("label"))] += 1
    return n


def _copy_store(out, seen: set[str]) -> Counter:
    from review.db import session_scope
    from review.labels import labeled_listings

    n = Counter()
    with session_scope(readonly=True) as s:
        for listing in labeled_listings(s):
            if listing["id"] in seen:
                continue
            seen.add(listing["id"])
            out.write(json.dumps(listing, ensure_ascii=False) + "\n")
            n[listing["label"]] += 1
    return n


def _summary(n: Counter) -> str:
    return f"{sum(n.values())} listings ({', '.join(f'{k} {v}' for k, v in sorted(n.items())) or 'none'})"


def training_file(file: str | None, from_store: bool, also: tuple[str, ...]) -> str:
    """The path `train` should read: FILE itself when it is the only source, else a new file
    combining FILE, every --also file and (with --from-store) the store's decided cases."""
    if not from_store and not also:
        if file is None:
            raise click.UsageError("give a labeled JSONL FILE, or --from-store to train on the reviewers' "
                                   "decisions (optionally with --also FILE)")
        return file
    from config.settings import get_settings

    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    path = Path(get_settings().path("training", f"train-{stamp}.jsonl"))
    seen: set[str] = set()
    with path.open("w", encoding="utf-8") as out:
        for src in ([file] if file else []) + list(also):
            click.echo(f"{src}: {_summary(_copy_file(src, out, seen))}", err=True)
        if from_store:
            n = _copy_store(out, seen)
            click.echo(f"store: {_summary(n)} from reviewers' decisions "
                       "(confirmed -> illegal, suspicious -> suspicious, dismissed -> benign)", err=True)
    click.echo(f"training data -> {path}", err=True)
    return str(path)

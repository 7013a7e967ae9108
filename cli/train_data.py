"""The training data of `wildwatch train`: a labeled file, the store's decided cases, or both.

With --from-store (and/or --also FILE) the sources are written into ONE JSONL file under the data
directory (training/train-<UTC time>.jsonl) and training runs on that file, so model.json's
`trained_on` (file name, SHA-256, listing ids) names exactly what the model learned from, and
`wildwatch eval` can run on the same file later.

A model trained from the store is a candidate (issue 11): written under the data directory and
recorded in the store with its cross-validated figures beside the active model's, both measured on
the listings neither model learned from (`figures`), for a lead to compare before switching.
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
    return training_data(file, from_store, also)[0]


def labeled_sets() -> list[str]:
    """The labeled sets in the repo, as the lexicon preview uses them (never the frozen unseen set)."""
    from review.proposals import default_labeled_files

    return [str(p) for p in default_labeled_files()]


def training_data(file: str | None, from_store: bool, also: tuple[str, ...]) -> tuple[str, dict]:
    """(the path `train` reads, what it holds: {"files": [{name, sha256, n}], "store_cases": N})."""
    from classifiers.evaluate import file_sha256

    if not from_store and not also:
        if file is None:
            raise click.UsageError("give a labeled JSONL FILE, or --from-store to train on the reviewers' "
                                   "decisions (optionally with --also FILE)")
        return file, {"files": [{"name": Path(file).name, "sha256": file_sha256(file)}], "store_cases": 0}
    from config.settings import get_settings

    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    path = Path(get_settings().path("training", f"train-{stamp}.jsonl"))
    seen: set[str] = set()
    source: dict = {"files": [], "store_cases": 0}
    with path.open("w", encoding="utf-8") as out:
        for src in ([file] if file else []) + list(also):
            n = _copy_file(src, out, seen)
            source["files"].append({"name": Path(src).name, "sha256": file_sha256(src), "n": sum(n.values())})
            click.echo(f"{src}: {_summary(n)}", err=True)
        if from_store:
            n = _copy_store(out, seen)
            source["store_cases"] = sum(n.values())
            source["store_labels"] = dict(sorted(n.items()))
            click.echo(f"store: {_summary(n)} from reviewers' decisions "
                       "(confirmed -> illegal, suspicious -> suspicious, dismissed -> benign)", err=True)
    click.echo(f"training data -> {path}", err=True)
    source["training_file"] = path.name
    return str(path), source


# -- the candidate's figures beside the active model's ----------------------------------------------
FROZEN_FILE = Path(__file__).resolve().parents[1] / "tests" / "data" / "unseen.jsonl"
SELECTION_NOTE = ("decided cases exist only for listings a model flagged, so there the model that flagged them "
                  "catches every positive by construction and its precision is the reviewers' confirm rate")


def scores(items) -> dict:
    """Precision, recall, F1, PR-AUC, illegal recall, look-alike false flags; overall and per language."""
    from classifiers.evaluate import pr_auc, report

    rep = report(items, "")
    by_lang = {lang: {**s.as_dict(), "pr_auc": pr_auc([it for it in items if it.lang == lang])}
               for lang, s in sorted(rep.by_lang.items())}
    return {**rep.overall.as_dict(), "pr_auc": rep.pr_auc, "by_lang": by_lang}


def _copies(items) -> list:
    from classifiers.evaluate import Item

    return [Item(listing=it.listing, gold=it.gold, f=it.f, grams=it.grams) for it in items]


def figures(clf, items, model, baseline, folds: int, c: float, threshold: float, method: str) -> dict:
    """`items` carry their out-of-fold predictions (cross_validate ran). The baseline - the active
    model - is scored on the same listings, those it was not trained on (by id): each side then
    predicts only listings it never learned from. The frozen unseen set is scored by both final
    models only when neither learned from any of it; it is shown, never used for choosing."""
    from classifiers.evaluate import listing_id, predict_all

    ids = baseline.training_ids
    base = {"sha256": baseline.sha256, "version": baseline.version,
            "training_ids": None if ids is None else len(ids)}
    out = {"method": method, "folds": folds, "C": c, "threshold": threshold, "baseline": base,
           "cv": {"n": len(items), **scores(items)}}
    if ids is None:
        held, note = [], "the active model records no training ids, so no listing is known to be unseen by it"
    else:
        held = [it for it in items if not ids or ((i := listing_id(it.listing)) is not None and i not in ids)]
        note = f"{len(held)} of {len(items)} training listings are not in the active model's training data"
    cand, other = held, _copies(held)
    predict_all(baseline, other, baseline.threshold)
    compared = {"n": len(held), "note": note, "by_source": {}}
    if held:
        compared.update(candidate=scores(cand), baseline=scores(other))
        for name, pick in (("labeled sets", lambda it: it.listing.get("source") != "store"),
                           ("decided cases", lambda it: it.listing.get("source") == "store")):
            a = [it for it in cand if pick(it)]
            if a:
                b = [it for it in other if pick(it)]
                compared["by_source"][name] = {"n": len(a), "candidate": scores(a), "baseline": scores(b)}
        if "decided cases" in compared["by_source"]:
            compared["by_source"]["decided cases"]["note"] = SELECTION_NOTE
    out["compared"] = compared
    out["frozen"] = _frozen(clf, items, model, baseline)
    return out


def _frozen(clf, items, model, baseline) -> dict:
    from classifiers.evaluate import featurize, listing_id, predict_all, unseen
    from classifiers.listings_io import read_listings

    name = "tests/data/unseen.jsonl"
    if not FROZEN_FILE.is_file():
        return {"file": name, "skipped": "not present"}
    listings = [x.listing for x in read_listings(str(FROZEN_FILE)) if x.listing is not None]
    trained = {listing_id(it.listing) for it in items}
    if any(listing_id(x) in trained for x in listings):
        return {"file": name, "skipped": "the candidate learned from some of it: not a test set for it"}
    if len(unseen(baseline, listings)) != len(listings):
        return {"file": name, "skipped": "the active model learned from some of it (or records no training ids)"}
    a = featurize(clf, listings)
    b = _copies(a)
    predict_all(model, a, model.threshold)
    predict_all(baseline, b, baseline.threshold)
    return {"file": name, "n": len(a), "candidate": scores(a), "baseline": scores(b)}


def save_candidate(clf, items, model, source: dict, by: str | None, folds: int, c: float, threshold: float,
                   output: str | None) -> None:
    """Measure the candidate beside the active model, write it under the data directory and record
    it in the store; classification does not change until a lead switches to it."""
    import getpass

    from classifiers.model import load_model
    from review import models_registry as registry
    from review.db import session_scope

    try:
        baseline = load_model()
    except ValueError as exc:
        raise click.ClickException(f"the active model cannot be loaded, so there is nothing to compare with: {exc}")
    click.echo(f"measuring the active model {baseline.version} on the same held-out listings...", err=True)
    figs = figures(clf, items, model, baseline, folds, c, threshold, f"{folds}-fold CV")
    text = model.to_json() + "\n"
    if output:
        Path(output).write_text(text, encoding="utf-8")
    who = by or getpass.getuser()
    with session_scope() as s:
        row = registry.record_candidate(s, text, trained_by=who, figures=figs, source=source)
        rid, sha = row.id, row.sha256
    click.echo(f"trained {model.version} on {len(items)} listings -> candidate model {rid} ({sha[:12]}); "
               f"nothing changes until a lead switches: `wildwatch models switch {rid}` or /models")
    cmp = figs["compared"]
    if cmp.get("n"):
        a, b = cmp["candidate"], cmp["baseline"]
        click.echo(f"on the {cmp['n']} listings neither model learned from: "
                   + "  ".join(f"{k} {_f(a.get(k))} vs {_f(b.get(k))}"
                               for k in ("precision", "recall", "f1", "pr_auc", "illegal_recall")))
    else:
        click.echo(f"no comparison with the active model: {cmp.get('note')}")


def _f(v) -> str:
    return "–" if v is None else f"{v:.3f}"

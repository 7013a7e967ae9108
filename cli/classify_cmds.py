"""Classifier commands: classify, eval, explain, train, bench, lexicon."""
from __future__ import annotations

import gc
import json
import sys
from pathlib import Path

import click


def _classifier(keywords: str | None, model: str | None, threshold: float | None = None):
    # no garbage collection while the classifier's modules and tables load: they make ~10^5
    # objects that all stay (a few hundred bits of garbage at most), and the collections their
    # allocations trigger cost a few % of the start (callgrind) for nothing to free; frozen after
    # (as batch.run freezes them), else the first collection would walk them all at once
    collecting = gc.isenabled()
    gc.disable()
    try:
        from classifiers import LexiconError, load_classifier
        from config.paths import keywords_dir  # not config.settings: pydantic costs a third of the start

        try:
            return load_classifier(keywords or keywords_dir(), model, threshold)
        except LexiconError as exc:
            raise click.ClickException(str(exc)) from exc
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
    finally:
        if collecting:
            gc.freeze()
            gc.enable()


def _progress(items, total: int | None, label: str):
    """A progress bar on stderr for long runs, when a person is watching (stderr is a terminal)."""
    if not sys.stderr.isatty():
        yield from items
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = [TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn()]
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)
        for item in items:
            yield item
            bar.advance(task)


def _count_lines(file: str) -> int | None:
    if file == "-":
        return None
    try:
        with open(file, "rb") as fh:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
    except OSError:
        return None


def _printable(message: str) -> str:
    return message.encode("utf-8", "backslashreplace").decode("utf-8")


_keywords_opt = click.option("--keywords", type=click.Path(file_okay=False), default=None,
                             help="Lexicon directory (default: WILDWATCH_KEYWORDS_DIR or config/keywords).")
_model_opt = click.option("--model", type=click.Path(dir_okay=False), default=None,
                          help="Model JSON from `wildwatch train` (default: the bundled classifiers/model.json).")


def _storable(text: str) -> str:
    """The listing contract's storable() (NUL and lone surrogates replaced), imported only for a
    line that needs it (crawler.listing costs ~0.1 s of every start)."""
    from crawler.listing import storable

    return storable(text)


def _load_for_worker(keywords, model):
    """The classifier in a worker process that is not forked (the lexicon cache is warm by then)."""
    return _classifier(keywords, model)


@click.command()
@click.argument("file", default="-", type=click.Path(allow_dash=True))
@click.option("--strict", is_flag=True, help="Stop at the first malformed line instead of reporting it and going on.")
@click.option("--flagged-only", is_flag=True, help="Only print listings that would go to reviewers.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes to classify with (default: the cores). Output keeps the input order; "
                   "an input of a few thousand lines runs in one process.")
@_keywords_opt
@_model_opt
def classify(file: str, strict: bool, flagged_only: bool, jobs: int | None, keywords, model) -> None:
    """Classify listings JSONL from FILE (or - for stdin): one JSON line out per input line, same order.

    Input fields: id, title, description, price (as text), seller, platform, lang (label fields are
    ignored). Crawler output (`wildwatch crawl -o`, the listing contract) works as it is: listing_id,
    price_text, seller_name; a price the crawler marked `price_placeholder` (面议, DM for price) is
    not read as the seller's words. Each field is analysed up to the contract's 50,000 characters.
    A malformed line is reported on stderr with its line number and yields {"line": N, "error": ...}.
    """
    import functools

    from classifiers.batch import Options, default_jobs, run

    clf = _classifier(keywords, model)
    out = sys.stdout.buffer
    errors = 0
    opts = Options(flagged_only=flagged_only, strict=strict, storable=_storable)
    loader = functools.partial(_load_for_worker, keywords, model)
    progress = None
    if sys.stderr.isatty():  # a person is watching: a progress bar (counting the lines reads the file once more)
        progress = functools.partial(_progress, total=_count_lines(file), label="classifying")
    try:
        stream = sys.stdin.buffer if file == "-" else open(file, "rb")
    except FileNotFoundError as exc:
        raise click.ClickException(f"{file}: no such file") from exc
    with stream:
        for result in run(clf, stream, opts, jobs or default_jobs(), loader, progress):
            if result.message is not None:
                click.echo(_printable(f"{file}: {result.message}"), err=True)
            if result.error:
                errors += 1
                if strict:
                    out.flush()
                    raise SystemExit(1)
            if result.out:
                out.write(result.out)
    out.flush()
    if errors:
        click.echo(f"{file}: {errors} line(s) could not be classified (see above)", err=True)


@click.command(name="explain")
@click.argument("text")
@click.option("--description", "-d", default="", help="Listing description (TEXT is the title).")
@click.option("--price", default="")
@click.option("--json", "as_json", is_flag=True, help="Print the Assessment as JSON.")
@_keywords_opt
@_model_opt
def explain(text: str, description: str, price: str, as_json: bool, keywords, model) -> None:
    """Show the Assessment for one text, with matched terms highlighted."""
    from cli.render import print_assessment

    clf = _classifier(keywords, model)
    listing = {"title": text, "description": description, "price": price}
    a = clf.assess(listing)
    if as_json:
        click.echo(json.dumps(a.to_dict(), ensure_ascii=False, indent=1))
        return
    print_assessment(listing, a)


@click.command(name="eval")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--cv/--no-cv", default=None,
              help="Cross-validate the learned model (default: on when any listing's id is one the model was "
                   "trained on). --no-cv asks for held-out figures of the model and is refused on such listings.")
@click.option("--skip-trained", is_flag=True,
              help="Leave out the listings the model was trained on (by id) and score the rest as held out.")
@click.option("--folds", default=5, show_default=True)
@click.option("--rules-only", is_flag=True, help="Score with the hand-set rules alone (no learned weights).")
@click.option("--group-by", type=click.Choice(["category", "lang"]), default=None,
              help="Group cross-validation: leave one gold category (benign listings dealt across the folds) "
                   "or one language out, so a feature that only memorises a group's words shows up.")
@click.option("--show", default=15, show_default=True, help="How many misses and false flags to list.")
@click.option("--json", "as_json", is_flag=True, help="Print figures as JSON.")
@_keywords_opt
@_model_opt
def eval_cmd(file, cv, skip_trained, folds, rules_only, group_by, show, as_json, keywords, model) -> None:
    """Precision, recall, F1 (positive = illegal or suspicious), illegal recall and false flags on traps,
    per language and per difficulty tag, with the misses and false flags explained.

    Whether the figures are held out is decided by listing id against the ids the model records from
    `wildwatch train`: if any listing is training data (or has no id), the learned part is
    cross-validated on FILE instead, and the output says how many overlap."""
    from classifiers.evaluate import (cross_validate, featurize, group_cross_validate, predict_all, report,
                                      scores_by_group, training_overlap, unseen)
    from classifiers.listings_io import read_listings
    from classifiers.model import Model
    from cli.render import print_report

    clf = _classifier(keywords, model)
    listings, bad = [], 0
    for line in read_listings(file):
        if line.listing is None:
            bad += 1
            click.echo(f"{file}: {line.error}", err=True)
        else:
            listings.append(line.listing)
    unlabeled = [i for i, x in enumerate(listings) if x.get("label") not in ("illegal", "suspicious", "benign")]
    if unlabeled:
        raise click.ClickException(
            f"{file}: {len(unlabeled)} of {len(listings)} listings have no valid 'label' "
            "(illegal | suspicious | benign); eval needs labeled listings (format: LABELING.md)")
    overlap = training_overlap(clf.model, listings)
    if skip_trained and not rules_only:
        kept = unseen(clf.model, listings)
        if not kept:
            raise click.ClickException(f"{file}: no listing left after leaving out the model's training data "
                                       f"({overlap.describe()})")
        click.echo(f"{file}: left out {len(listings) - len(kept)} of {len(listings)} listings "
                   f"({overlap.describe()})", err=True)
        listings = kept
        overlap = training_overlap(clf.model, listings)
    if cv is False and not rules_only and not overlap.held_out:
        raise click.ClickException(
            f"{file}: {overlap.describe()}. Held-out figures of the model on them would be in-sample. "
            "Drop --no-cv to cross-validate on FILE, or pass --skip-trained to score only listings it has not seen.")
    items = featurize(clf, list(_progress(listings, len(listings), "matching")))
    by_group = None
    if rules_only:
        predict_all(Model.rules_only(), items, clf.threshold)
        method = "rules only (no learned weights)"
        by_group = scores_by_group(items, group_by) if group_by else None
    elif group_by:
        c = float(clf.model.trained_on.get("C", 1.0))
        by_group = group_cross_validate(items, group_by, c=c, threshold=clf.threshold)
        method = f"leave one {group_by} out: each {group_by}'s listings scored by a model fit without them"
    elif cv or not overlap.held_out:
        c = float(clf.model.trained_on.get("C", 1.0))
        cross_validate(items, k=folds, c=c, threshold=clf.threshold)
        method = (f"{folds}-fold cross-validation of the learned model on FILE (weights refit per fold)"
                  + ("" if overlap.held_out else f", because {overlap.describe()}"))
    else:
        predict_all(clf.model, items, clf.threshold)
        method = f"model {clf.model_version}, held out: {overlap.describe()}"
    rep = report(items, method)
    rep.by_group = by_group or {}
    if as_json:
        click.echo(json.dumps({"method": method, "overlap": overlap.as_dict(),
                               "overall": rep.overall.as_dict(), "pr_auc": rep.pr_auc,
                               "by_group": {k: v.as_dict() for k, v in rep.by_group.items()},
                               "by_lang": {k: v.as_dict() for k, v in rep.by_lang.items()},
                               "by_tag": {k: v.as_dict() for k, v in rep.by_tag.items()}}, indent=1))
        return
    print_report(rep, clf, show=show, bad_lines=bad)
    if not rules_only and not group_by:
        held = overlap.held_out and not cv
        click.echo(f"training data: {overlap.describe()}: these figures are "
                   + ("held out (the model, on listings it was not trained on)" if held else
                      f"{folds}-fold cross-validation on FILE, not held-out figures of the model"))


@click.command()
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--from-store", is_flag=True,
              help="Also learn from the reviewers' decided cases in the store (confirmed -> illegal, "
                   "suspicious -> suspicious, dismissed -> benign, the reason code as a tag).")
@click.option("--also", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Another labeled JSONL file to add (repeatable).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Where to write the model (default: the bundled classifiers/model.json).")
@click.option("--c", "c", default=1.0, show_default=True, help="Inverse regularisation strength.")
@click.option("--threshold", default=0.6, show_default=True,
              help="Score at or above which a listing is flagged for reviewers (stored in the model).")
@click.option("--folds", default=5, show_default=True)
@click.option("--candidate/--no-candidate", default=None,
              help="Store the model as a candidate under the data directory, recorded with its figures beside "
                   "the active model's, for a lead to switch to (default: with --from-store and no -o).")
@click.option("--labeled-sets/--no-labeled-sets", default=None,
              help="Add the repo's labeled sets (default: with --from-store and no FILE / --also).")
@click.option("--by", "by", default=None, help="Who trains it (recorded with a candidate; default: your login).")
@_keywords_opt
def train(file, from_store, also, output, c, threshold, folds, candidate, labeled_sets, by, keywords) -> None:
    """Train the learned component on labeled listings JSONL and report its cross-validated figures.

    With --from-store / --also, the sources are combined into one file under the data directory
    (printed), which the model then names as its training data. `train --from-store` makes a
    candidate (see `wildwatch models`): nothing changes for classification until a lead switches."""
    from cli.train_data import labeled_sets as repo_sets, training_data

    candidate = (from_store and not output) if candidate is None else candidate
    if labeled_sets or (labeled_sets is None and from_store and not file and not also):
        also = tuple(also) + tuple(repo_sets())
    file, source = training_data(file, from_store, also)
    from classifiers import features as feat
    from classifiers.evaluate import cross_validate, featurize, file_sha256, hands_of, listing_id, report
    from classifiers.listings_io import read_listings
    from classifiers.model import DEFAULT_MODEL_PATH, fit, version_of

    clf = _classifier(keywords, None)
    listings = []
    for line in read_listings(file):
        if line.listing is None:
            click.echo(f"{file}: {line.error}", err=True)
        elif line.listing.get("label") not in ("illegal", "suspicious", "benign"):
            click.echo(f"{file}: line {line.number}: missing or unknown 'label'; skipped", err=True)
        else:
            listings.append(line.listing)
    if len({x["label"] for x in listings}) < 3 or len(listings) < 20:
        raise click.ClickException(f"{file}: need at least 20 labeled listings covering illegal, suspicious and benign")
    items = featurize(clf, listings)
    cross_validate(items, k=folds, c=c, threshold=threshold)
    rep = report(items, f"{folds}-fold CV")
    model = fit([feat.vector(it.f) for it in items], [it.gold for it in items], c=c, grams=[it.grams for it in items],
                hands=hands_of(items))
    model.threshold = threshold
    ids = [listing_id(x) for x in listings]
    if None in ids:  # eval then cannot recognise them: it treats every listing without an id as seen
        click.echo(f"{file}: {ids.count(None)} labeled listing(s) have no 'id'; `wildwatch eval` will treat "
                   "listings without an id as possible training data", err=True)
    # The ids let `wildwatch eval` tell training data from held-out listings, whatever file they are in.
    model.trained_on = {"file": Path(file).name, "sha256": file_sha256(file), "n": len(items), "C": c,
                        "lexicon_version": clf.lexicon_version, "ids": sorted({i for i in ids if i is not None})}
    model.version = version_of(model)  # the whole file (threshold, training data), not the weights alone
    o = rep.overall
    if candidate:
        from cli.train_data import save_candidate

        save_candidate(clf, items, model, source, by, folds, c, threshold, output)
    else:
        out = Path(output) if output else DEFAULT_MODEL_PATH
        out.write_text(model.to_json() + "\n", encoding="utf-8")
        click.echo(f"trained {model.version} on {len(items)} listings -> {out}")
    click.echo(f"{folds}-fold CV: " + "  ".join(  # None: no listing of that kind (no look-alikes, say)
        f"{k} {'–' if v is None else f'{v:.3f}'}" for k, v in (
            ("precision", o.precision), ("recall", o.recall), ("F1", o.f1), ("illegal recall", o.illegal_recall),
            ("trap false-flag rate", o.trap_false_flag_rate))))


@click.group()
def bench() -> None:
    """Benchmarks that print figures side by side with a baseline."""


@bench.command(name="classify")
@click.option("--file", "file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Labeled listings JSONL (default: ../shared/corpus/dev.jsonl if present, else the bundled sample).")
@click.option("--stream", default=20_000, show_default=True, help="Listings in the 1-in-100-topical stream.")
@click.option("--rounds", default=7, show_default=True,
              help="Alternating rounds (baselines, wildwatch) per workload; each side's best round counts.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON on stdout (the table goes to stderr).")
@_keywords_opt
def bench_classify(file, stream, rounds, as_json, keywords) -> None:
    """Throughput and memory of the classifier vs baselines that run jieba over every listing
    (HMM=False, like for like with our segmenter: the headline ratio; and jieba's default HMM=True)."""
    from rich.console import Console

    from classifiers.bench import run_bench

    if rounds < 1:
        raise click.BadParameter("must be at least 1", param_hint="--rounds")
    results = run_bench(_classifier(keywords, None), file, stream, rounds, Console(stderr=True) if as_json else None)
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=1))


bench.add_command(bench_classify)


@click.group()
def lexicon() -> None:
    """Keyword lists: check them, see what they hold."""


@lexicon.command(name="check")
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
def lexicon_check(paths) -> None:
    """Validate keyword files (default: the configured keywords directory)."""
    from classifiers import LexiconError, load_lexicon
    from config.settings import get_settings

    files = []
    for p in paths:
        p = Path(p)
        files.extend(sorted(p.glob("*.yaml")) if p.is_dir() else [p])
    try:
        lex = load_lexicon(get_settings().keywords_dir, files=files or None)
    except LexiconError as exc:
        for problem in exc.problems:
            click.echo(problem, err=True)
        raise SystemExit(1)
    click.echo(f"ok: {len(lex.entries)} entries in {len(lex.files)} files, version {lex.version}")

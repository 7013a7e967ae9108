"""`wildwatch lexicon propose|proposals|preview|accept|reject|revert|stats`: volunteers'
lexicon proposals from the command line (issue 11), for people who work in git. The commands
join the `lexicon` group of cli/classify_cmds.py."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from cli.classify_cmds import lexicon


def _fail(problems) -> None:
    for p in problems:
        click.echo(p, err=True)
    raise SystemExit(1)


def _user(s, name: str, roles: tuple[str, ...] | None = None):
    from review import accounts

    u = accounts.get_user(s, name)
    if u is None or u.disabled_at is not None:
        _fail([f"--by {name}: no active account of that name (wildwatch users list)"])
    if roles and u.role not in roles:
        _fail([f"--by {name}: a {u.role}; only {' or '.join(roles)} may do this"])
    return u


@lexicon.command(name="propose")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--by", "by", required=True, help="Your account name (wildwatch users list).")
def lexicon_propose(file: str, by: str) -> None:
    """Store the proposal in FILE (YAML: op, term, variants, category, kind, cue, weight, lang,
    reason, source, must_match, must_not_match; see docs/volunteers.md) as a draft."""
    from config.yamlfile import YamlFileError, parse_yaml
    from review.db import session_scope
    from review.proposals import ProposalError, create_proposal

    text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
    try:
        spec = parse_yaml(text, Path(file)).data
    except YamlFileError as exc:
        _fail([str(p) for p in exc.problems])
    try:
        with session_scope() as s:
            u = _user(s, by)
            p = create_proposal(s, spec, author=u.username, author_id=u.id)
            click.echo(f"proposal {p.id} stored as a draft: {p.op} {p.term!r}; next: wildwatch lexicon preview {p.id}")
    except ProposalError as exc:
        _fail([f"{file}: {p}" for p in exc.problems])


@lexicon.command(name="proposals")
@click.option("--status", type=click.Choice(["draft", "previewed", "accepted", "rejected", "reverted"]))
def lexicon_proposals(status: str | None) -> None:
    """List proposals, newest first."""
    from review.db import session_scope
    from review.proposals import list_proposals

    with session_scope(readonly=True) as s:
        for p in list_proposals(s, status):
            click.echo(f"{p.id:>5}  {p.status:<9}  {p.op:<12}  {p.term}  (by {p.author})")


def _pct(x) -> str:
    return "   -  " if x is None else f"{x * 100:5.1f}%"


@lexicon.command(name="preview")
@click.argument("proposal_id", type=int)
@click.option("--limit", default=100_000, show_default=True, help="How many undecided stored listings to run.")
@click.option("--labeled", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Labeled JSONL file(s) instead of the repo's labeled sets.")
@click.option("--json", "as_json", is_flag=True, help="Print the whole preview as JSON.")
def lexicon_preview(proposal_id: int, limit: int, labeled, as_json: bool) -> None:
    """Run the impact preview of a proposal and store it with the proposal."""
    from review.db import session_scope
    from review.proposals import ProposalError, preview

    def progress(stage, done, total):
        click.echo(f"  {stage}: {done}{'/' + str(total) if total else ''}", err=True)

    try:
        with session_scope() as s:
            r = preview(s, proposal_id, labeled_files=[Path(p) for p in labeled] or None, undecided_limit=limit,
                        progress=progress)
    except ProposalError as exc:
        _fail(exc.problems)
    if as_json:
        click.echo(json.dumps(r, ensure_ascii=False, indent=1, default=str))
        return
    click.echo(f"lexicon {r['lexicon_before']} -> {r['lexicon_after']} ({', '.join(r['files'])})")
    click.echo(f"{'set':<32} {'n':>6}  precision        recall           F1               +flag -flag")
    for x in r["labeled"] + [r["decided"]]:
        b, a = x["before"], x["after"]
        click.echo(f"{x['name'][:32]:<32} {b['n']:>6}  {_pct(b['precision'])}->{_pct(a['precision'])}  "
                   f"{_pct(b['recall'])}->{_pct(a['recall'])}  {_pct(b['f1'])}->{_pct(a['f1'])}  "
                   f"{x['newly_n']:>5} {x['no_longer_n']:>5}")
    u = r["undecided"]
    click.echo(f"undecided listings: {u['n']} read, {u['containing_change']} contain the change, "
               f"{u['newly_flagged']} newly flagged, {u['no_longer_flagged']} no longer flagged")
    for x in r["examples"]:
        want = "must match    " if x["must_match"] else "must not match"
        click.echo(f"  {'PASS' if x['passed'] else 'FAIL'}  {want}  {x['label']:<10} {x['text'][:70]}")


def _decide(action: str, proposal_id: int, by: str, note: str) -> None:
    from review import proposals as P
    from review.db import session_scope

    try:
        with session_scope() as s:
            u = _user(s, by, P.DECIDER_ROLES)
            fn = {"accept": P.accept, "reject": P.reject, "revert": P.revert}[action]
            p = fn(s, proposal_id, actor=u.username, actor_role=u.role, actor_id=u.id, note=note)
            extra = f"; lexicon {p.lexicon_before} -> {p.lexicon_after}" if action == "accept" else ""
            click.echo(f"proposal {p.id} {p.status}{extra}")
    except P.ProposalError as exc:
        _fail(exc.problems)


@lexicon.command(name="accept")
@click.argument("proposal_id", type=int)
@click.option("--by", "by", required=True, help="A lead's or admin's account name (not the author).")
@click.option("--note", default="")
def lexicon_accept(proposal_id: int, by: str, note: str) -> None:
    """Write a previewed proposal into the keyword files (a new lexicon version; workers pick it up)."""
    _decide("accept", proposal_id, by, note)


@lexicon.command(name="reject")
@click.argument("proposal_id", type=int)
@click.option("--by", "by", required=True, help="A lead's or admin's account name (not the author).")
@click.option("--note", required=True, help="Why not: the author learns from it.")
def lexicon_reject(proposal_id: int, by: str, note: str) -> None:
    """Reject a proposal, with a note."""
    _decide("reject", proposal_id, by, note)


@lexicon.command(name="revert")
@click.argument("proposal_id", type=int)
@click.option("--by", "by", required=True, help="A lead's or admin's account name.")
@click.option("--note", default="")
def lexicon_revert(proposal_id: int, by: str, note: str) -> None:
    """Put the files an accepted proposal changed back as they were (if unchanged since)."""
    _decide("revert", proposal_id, by, note)


@lexicon.command(name="stats")
@click.option("--csv", "as_csv", is_flag=True, help="CSV on stdout.")
def lexicon_stats(as_csv: bool) -> None:
    """Per term, from reviewers' decisions: hits in 7/30/90 days, precision, dismiss reasons, last hit."""
    import csv

    from review.db import session_scope
    from review.term_stats import term_figures

    with session_scope(readonly=True) as s:
        figures = term_figures(s)
    rows = sorted(figures.items(), key=lambda kv: (-kv[1]["hits_90"], kv[0]))
    head = ["term", "hits_7", "hits_30", "hits_90", "positive", "dismissed", "precision", "dismiss_reasons",
            "last_hit", "suppressed_by"]
    out = [[t, f["hits_7"], f["hits_30"], f["hits_90"], f["positive"], f["dismissed"],
            "" if f["precision"] is None else round(f["precision"], 3),
            ";".join(f"{k}:{v}" for k, v in f["reasons"].most_common()), f["last_hit"] or "",
            ";".join(f"{k}:{v}" for k, v in f["suppressed_by"].most_common())] for t, f in rows]
    if as_csv:
        w = csv.writer(sys.stdout)
        w.writerow(head)
        w.writerows(out)
        return
    for r in out:
        click.echo(f"{r[0]:<24} 7d {r[1]:>4}  30d {r[2]:>4}  90d {r[3]:>5}  +{r[4]} -{r[5]}  prec {r[6]!s:<6} {r[7]}")


@lexicon.command(name="trial")
@click.argument("proposal_id", type=int)
@click.option("--by", "by", required=True, help="A lead's or admin's account name (not the author).")
@click.option("--days", default=14, show_default=True, help="How long it runs in the background (1-90).")
def lexicon_trial(proposal_id: int, by: str, days: int) -> None:
    """Run a previewed proposal in the background for DAYS: workers record what it would flag,
    without opening cases. See its hits on the proposal's page; promote with `lexicon accept`."""
    from review import proposals as P
    from review import shadow
    from review.db import session_scope

    try:
        with session_scope() as s:
            u = _user(s, by, P.DECIDER_ROLES)
            sh = shadow.start(s, proposal_id, actor=u.username, actor_role=u.role, actor_id=u.id, days=days)
            click.echo(f"proposal {proposal_id} on trial (trial {sh.id}) until {sh.ends_at:%Y-%m-%d %H:%M} UTC")
    except P.ProposalError as exc:
        _fail(exc.problems)


@lexicon.command(name="versions")
@click.option("--limit", default=50, show_default=True)
def lexicon_versions(limit: int) -> None:
    """Recorded lexicon versions, newest first (ID, hash, when, who, how, changed files)."""
    from review import lexicon_versions as V
    from review.db import session_scope

    with session_scope(readonly=True) as s:
        rows = V.history(s, limit)
    if not rows:
        click.echo("no version recorded yet (the first accepted proposal records one)")
    for r in rows:
        how = r["action"] + (f" proposal {r['proposal_id']}" if r["proposal_id"] else "") + (
            f" back to {r['restored_id']}" if r["restored_id"] else "")
        click.echo(f"{r['id']:>5}  {r['version']}  {r['created_at']:%Y-%m-%d %H:%M}  {r['actor']:<12}  {how:<24}  "
                   f"{', '.join(r['changed_files']) or '-'}")


@lexicon.command(name="rollback")
@click.argument("version_id", type=int)
@click.option("--by", "by", required=True, help="A lead's or admin's account name.")
@click.option("--note", default="")
def lexicon_rollback(version_id: int, by: str, note: str) -> None:
    """Write the keyword files of recorded version VERSION_ID back (see `lexicon versions`);
    workers use it from their next batch. The files as they are now are recorded first."""
    from review import lexicon_versions as V
    from review import proposals as P
    from review.db import session_scope

    try:
        with session_scope() as s:
            u = _user(s, by, V.ROLLBACK_ROLES)
            v = V.rollback(s, version_id, actor=u.username, actor_role=u.role, actor_id=u.id, note=note,
                           directory=P.keywords_dir())
            click.echo(f"lexicon rolled back to version {version_id} ({v.version}); recorded as {v.id}")
    except V.VersionError as exc:
        _fail(exc.problems)

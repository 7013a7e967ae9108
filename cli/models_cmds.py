"""`wildwatch models`: the trained models, the active one, switching between them (issue 11)."""
from __future__ import annotations

import json

import click


@click.group()
def models() -> None:
    """Classifier models: candidates from `wildwatch train --from-store`, the active one, switching."""


def _f(v) -> str:
    return "–" if v is None else f"{v:.3f}"


def _describe(r: dict) -> str:
    src = r["source"] or {}
    files = ", ".join(f"{f.get('name')}" for f in src.get("files") or [])
    parts = [files or "no files", f"{src.get('store_cases', 0)} decided cases"]
    return f"{r['n_train']} listings ({'; '.join(parts)})"


@models.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="Print the models as JSON.")
def models_list(as_json: bool) -> None:
    """Every recorded model, newest first; the active one is marked with *, and each candidate's
    figures are shown beside the active model's when they were measured on the same listings."""
    from review import models_registry as registry
    from review.db import session_scope

    with session_scope() as s:  # records the shipped model on first sight
        rows = registry.rows(s)
        current, problem = registry.active(s)
        pairs = [(r, registry.side_by_side(r, current)) for r in rows]
    if as_json:
        click.echo(json.dumps([{**r, "created_at": r["created_at"].isoformat(), "side_by_side": sbs}
                               for r, sbs in pairs], ensure_ascii=False, indent=1, default=str))
        return
    if problem:
        click.echo(f"note: {problem}", err=True)
    for r, sbs in pairs:
        mark = "*" if r["active"] else " "
        click.echo(f"{mark} {r['id']:>3}  {r['sha256'][:12]}  {r['version']:<14} {r['kind']:<9} "
                   f"{r['created_at']:%Y-%m-%d %H:%M}  by {r['trained_by']}  {_describe(r)}")
        cmp = sbs.get("compared") or {}
        if sbs["same_baseline"]:
            a, b = cmp["candidate"], cmp["baseline"]
            click.echo(f"        on {cmp['n']} listings neither learned from (this vs active): "
                       + "  ".join(f"{label} {_f(a.get(k))} vs {_f(b.get(k))}" for k, label in registry.METRICS))
        elif r["kind"] == "candidate" and not r["active"]:
            click.echo(f"        not compared with the active model: {sbs['why_not']}")


@models.command(name="current")
def models_current() -> None:
    """The model classification uses now (the pointer under the data directory)."""
    from classifiers.model import active_pointer, resolve_model_path
    from review import models_registry as registry
    from review.db import session_scope

    try:
        path = resolve_model_path()
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    with session_scope() as s:
        row, problem = registry.active(s)
        line = f"{row.id}  {row.sha256}  {row.version}  {row.kind}" if row else "not recorded in the store"
    click.echo(f"active model: {line}")
    click.echo(f"file: {path}" + ("" if active_pointer().exists() else " (no pointer: the shipped model)"))
    if problem:
        click.echo(f"note: {problem}")


@models.command(name="switch")
@click.argument("ref")
@click.option("--by", "by", required=True, help="The lead or admin who switches (an account name).")
@click.option("--note", default=None, help="Why (kept in the history and the audit log).")
def models_switch(ref: str, by: str, note: str | None) -> None:
    """Make model REF (an id, a SHA-256 prefix, or 'shipped') the one classification uses; 'back'
    returns to the model active before the last switch. Workers pick it up from their next batch."""
    from review import accounts
    from review import models_registry as registry
    from review.db import session_scope

    try:
        with session_scope() as s:
            user = accounts.get_user(s, by)
            if user is None or user.disabled_at is not None:
                raise registry.RegistryError(f"--by {by}: no active account of that name (wildwatch users list)")
            if ref.strip().lower() == "back":
                row = registry.switch_back(s, user.username, user.role, actor_id=user.id, note=note)
            else:
                row = registry.switch(s, ref, user.username, user.role, actor_id=user.id, note=note)
            rid, sha, version = row.id, row.sha256, row.version
    except registry.RegistryError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"active model: {rid} {sha[:12]} {version}; workers use it from their next batch")

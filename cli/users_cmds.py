"""Account commands: `wildwatch users add | list | disable`. The work is in review/accounts.py."""
from __future__ import annotations

import sys

import click

ROLES = ("admin", "lead", "analyst", "partner", "volunteer")  # review.models.ROLES (kept light for --help)


def _known_groups() -> list[str]:
    from workers.routing import RoutingError, load_routing

    try:
        return sorted(load_routing().groups)
    except RoutingError as exc:
        raise click.ClickException(f"cannot check groups: {exc}") from None


@click.group()
def users():
    """Accounts of the web app: add, list, disable."""


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), required=True, help="What the account may do.")
@click.option("--group", "groups", multiple=True, metavar="G",
              help="Reviewer group (from the routing file) whose queue an analyst or lead works; repeatable.")
@click.option("--platform", "platforms", multiple=True, metavar="P",
              help="Platform whose reports a partner sees; repeatable.")
@click.option("--password-stdin", is_flag=True,
              help="Read the password from standard input (first line); otherwise one is generated and printed once.")
@click.option("--display-name", default=None, help="Full name shown in the app.")
@click.option("--email", default=None)
def users_add(name, role, groups, platforms, password_stdin, display_name, email):
    """Add an account NAME. Without --password-stdin a random password is printed once."""
    from review import accounts
    from review.db import session_scope

    password = None
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise click.UsageError("--password-stdin: standard input was empty")
    try:
        with session_scope() as s:
            user, generated = accounts.create_user(s, name, role, groups=groups, platforms=platforms,
                                                   password=password, display_name=display_name, email=email,
                                                   actor="cli", known_groups=_known_groups())
            username = user.username
    except accounts.AccountError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"added {username} ({role}" + (f"; groups {', '.join(groups)}" if groups else "")
               + (f"; platforms {', '.join(platforms)}" if platforms else "") + ")")
    if generated:
        click.echo(f"password (shown once): {generated}")


@users.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per account (for scripts).")
def users_list(as_json):
    """List accounts: role, groups, platforms, status, last sign-in."""
    import json

    from review import accounts
    from review.db import session_scope

    with session_scope(readonly=True) as s:
        rows = [{"username": u.username, "role": u.role, "groups": list(u.groups or []),
                 "platforms": list(u.platforms or []), "disabled": u.disabled_at is not None,
                 "last_login_at": u.last_login_at.isoformat() if u.last_login_at else None}
                for u in accounts.list_users(s)]
    if as_json:
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    if not rows:
        click.echo("no accounts yet: add one with `wildwatch users add NAME --role admin`")
        return
    from rich.console import Console
    from rich.table import Table

    t = Table(title=f"{len(rows)} account(s)")
    for col in ("username", "role", "groups", "platforms", "status", "last sign-in"):
        t.add_column(col, overflow="fold")
    for r in rows:
        t.add_row(r["username"], r["role"], ", ".join(r["groups"]) or "-", ", ".join(r["platforms"]) or "-",
                  "disabled" if r["disabled"] else "active", (r["last_login_at"] or "never")[:16])
    Console().print(t)


@users.command("disable")
@click.argument("name")
def users_disable(name):
    """Disable account NAME; its open sessions end at once."""
    from review import accounts
    from review.db import session_scope

    try:
        with session_scope() as s:
            user = accounts.disable_user(s, name, actor="cli")
            username = user.username
    except accounts.AccountError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"disabled {username}; their sessions have ended")

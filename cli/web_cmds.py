"""`wildwatch serve`: the review workspace (web/), served by uvicorn."""
from __future__ import annotations

import socket

import click


def check_port_free(host: str, port: int) -> None:
    """A clear error before uvicorn's own when the port is taken."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError as exc:
            raise click.ClickException(f"cannot listen on {host}:{port} ({exc.strerror}); "
                                       "is another server running there? Choose another with --port") from None


def serve_app(host: str, port: int, log_level: str = "info") -> None:
    import uvicorn

    from review.db import get_engine
    from web.app import create_app

    get_engine()  # migrate the store before the first request
    uvicorn.run(create_app(), host=host, port=port, log_level=log_level, proxy_headers=False, server_header=False)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Put a TLS proxy in front before listening beyond this machine.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]), default="info",
              show_default=True)
def serve(host, port, log_level):
    """Serve the review workspace (sign in with an account from `wildwatch users add`)."""
    check_port_free(host, port)
    click.echo(f"wildwatch review workspace on http://{host}:{port}/  (Ctrl-C to stop)")
    serve_app(host, port, log_level)

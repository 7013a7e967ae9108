"""`wildwatch demo-sites`: serve the two demo marketplaces until Ctrl-C."""
from __future__ import annotations

import time
from collections import Counter

import click


@click.command("demo-sites")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--zh-port", default=8801, show_default=True, help="Port of the Chinese (GBK) site; 0 = any free port.")
@click.option("--en-port", default=8802, show_default=True, help="Port of the English (JSON API) site; 0 = any free port.")
@click.option("--no-flaky", is_flag=True, help="Do not answer some English API requests with 429/503.")
def demo_sites(host: str, zh_port: int, en_port: int, no_flaky: bool) -> None:
    """Serve the demo marketplaces (zh: GBK server-rendered; en: JS + flaky JSON API)."""
    from crawler.demo_sites import DemoSites

    sites = DemoSites(host=host, zh_port=zh_port, en_port=en_port, flaky=not no_flaky)
    sites.start()
    try:
        counts = Counter((row["site"], row["label"]) for row in sites.listings)
        for site, url in (("zh", sites.zh_url), ("en", sites.en_url)):
            summary = ", ".join(f"{label} {counts[(site, label)]}" for label in ("illegal", "suspicious", "benign"))
            click.echo(f"{site} site: {url}/  ({summary})")
        click.echo(f"flaky API: {'off' if no_flaky else 'on'}. Press Ctrl-C to stop.")
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        click.echo("stopping demo sites")
    finally:
        sites.stop()

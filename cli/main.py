"""The `wildwatch` command: a thin layer that wires the rooms together.

Each room's commands live in their own module here and are registered below.
Heavy imports happen inside the commands so that `wildwatch --help` stays fast.
"""
from __future__ import annotations

import importlib

import click

# module path -> names of click commands/groups it exports
_COMMAND_MODULES = {
    "cli.classify_cmds": ["classify", "eval_cmd", "explain", "train", "bench", "lexicon"],
    "cli.crawl_cmds": ["crawl", "platforms"],
    "cli.demo_sites_cmd": ["demo_sites"],
    "cli.pipeline_cmds": ["worker", "run", "status", "failed", "demo"],
}


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="wildwatch")
def app() -> None:
    """wildwatch: find illegal wildlife trade in online marketplace listings.

    Crawl marketplaces, score each listing with a Chinese/English classifier that explains
    itself, route hits to reviewers and turn confirmed hits into takedown reports.
    Settings come from WILDWATCH_* environment variables (see README).
    """


def _register() -> None:
    for module_name, names in _COMMAND_MODULES.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue  # that room's commands are not built yet
            raise
        for name in names:
            cmd = getattr(module, name, None)
            if cmd is not None:
                app.add_command(cmd)


_register()


def main() -> None:
    app()


if __name__ == "__main__":
    main()

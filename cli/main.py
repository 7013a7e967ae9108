"""The `wildwatch` command: a thin layer that wires the rooms together.

Each room's commands live in their own module here and are registered below.
Heavy imports happen inside the commands so that `wildwatch --help` stays fast.
"""
from __future__ import annotations

import gc
import importlib

# no garbage collection while click and the command modules load (their objects all stay; the
# collections their allocations trigger are ~1% of a `wildwatch classify` start): frozen after
gc.disable()

import click  # noqa: E402

# module path -> names of click commands/groups it exports
_COMMAND_MODULES = {
    "cli.classify_cmds": ["classify", "eval_cmd", "explain", "train", "bench", "lexicon"],
    "cli.crawl_cmds": ["crawl", "platforms"],
    "cli.crawl_worker_cmd": ["crawl_worker"],
    "cli.demo_sites_cmd": ["demo_sites"],
    "cli.pipeline_cmds": ["worker", "run", "status", "failed", "demo"],
    "cli.users_cmds": ["users"],
    "cli.web_cmds": ["serve"],
    "cli.ingest_cmd": ["ingest"],
    "cli.lexicon_cmds": ["lexicon"],  # adds propose/preview/accept/... to classify_cmds' group
    "cli.reports_cmds": ["reports"],
    "cli.models_cmds": ["models"],
}


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="wildwatch")
def app() -> None:
    """wildwatch: find illegal wildlife trade in online marketplace listings.

    Crawl marketplaces, score each listing with a Chinese/English classifier that explains
    itself, route hits to reviewers and turn confirmed hits into takedown reports.
    Settings come from WILDWATCH_* environment variables (see README).
    """


class CommandModuleError(RuntimeError):
    """A command module listed in `_COMMAND_MODULES` cannot be loaded: wildwatch refuses to start
    rather than run with some of its commands silently missing."""


def _register(group: click.Group, modules: dict[str, list[str]]) -> None:
    for module_name, names in modules.items():
        try:
            module = importlib.import_module(module_name)
        except Exception as exc:  # any import failure: name the module and the cause, keep the traceback
            raise CommandModuleError(
                f"cannot load the wildwatch commands in {module_name}: {type(exc).__name__}: {exc} "
                "(a missing dependency: reinstall with `pip install -e .`; else a bug in that module)"
            ) from exc
        for name in names:
            cmd = getattr(module, name, None)
            if not isinstance(cmd, click.Command):
                raise CommandModuleError(f"{module_name} has no click command {name!r} "
                                         f"(listed in cli.main._COMMAND_MODULES)")
            group.add_command(cmd)


try:
    _register(app, _COMMAND_MODULES)
finally:
    gc.freeze()
    gc.enable()


def main() -> None:
    app()


if __name__ == "__main__":
    main()

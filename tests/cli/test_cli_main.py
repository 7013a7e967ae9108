"""The command line refuses to start with a command module missing, and says which and why."""
from __future__ import annotations

import importlib
import subprocess
import sys
import textwrap

import click
import pytest

from cli.main import _COMMAND_MODULES, CommandModuleError, _register, app


def _module(tmp_path, monkeypatch, name: str, body: str) -> str:
    (tmp_path / f"{name}.py").write_text(textwrap.dedent(body), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, name, raising=False)
    return name


def test_every_listed_command_is_registered():
    registered = list(app.commands.values())
    for module_name, names in _COMMAND_MODULES.items():
        module = importlib.import_module(module_name)
        for name in names:
            assert getattr(module, name) in registered, f"{module_name}.{name}"


def test_a_module_failing_to_import_names_the_module_and_the_cause(tmp_path, monkeypatch):
    name = _module(tmp_path, monkeypatch, "ww_broken_cmds", """
        import click
        raise RuntimeError("boom while importing")
        """)
    with pytest.raises(CommandModuleError) as err:
        _register(click.Group(), {name: ["hello"]})
    assert f"cannot load the wildwatch commands in {name}: RuntimeError: boom while importing" in str(err.value)
    assert isinstance(err.value.__cause__, RuntimeError)  # the original traceback is kept


def test_a_missing_module_is_no_longer_skipped():
    # This case (the module itself not found) used to be skipped without a word.
    with pytest.raises(CommandModuleError, match="ww_no_such_cmds: ModuleNotFoundError"):
        _register(click.Group(), {"ww_no_such_cmds": ["hello"]})


def test_a_listed_command_the_module_lacks_is_an_error(tmp_path, monkeypatch):
    name = _module(tmp_path, monkeypatch, "ww_partial_cmds", """
        import click

        @click.command()
        def hello():
            pass
        """)
    group = click.Group()
    with pytest.raises(CommandModuleError, match="ww_partial_cmds has no click command 'goodbye'"):
        _register(group, {name: ["hello", "goodbye"]})
    _register(group, {name: ["hello"]})
    assert list(group.commands) == ["hello"]


def test_the_wildwatch_command_fails_loudly():
    # A command module that cannot be imported in a real process: `wildwatch --help` exits non-zero
    # and names it (before, the command simply vanished from --help).
    code = ("import sys; sys.modules['cli.demo_sites_cmd'] = None; "
            "sys.argv = ['wildwatch', '--help']; import cli.main; cli.main.main()")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert "CommandModuleError: cannot load the wildwatch commands in cli.demo_sites_cmd" in proc.stderr
    assert "Usage:" not in proc.stdout

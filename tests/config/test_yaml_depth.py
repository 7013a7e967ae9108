"""Nesting 5,000 (or 100,000) deep in any file people edit is a file:line error, never a
traceback or a crash (issue 15): lexicon, platform and routing files, through their loaders."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from config.yamlfile import MAX_DEPTH, YamlFileError, parse_yaml

REPO = Path(__file__).resolve().parents[2]


def _deep_texts(n: int) -> dict[str, str]:
    return {
        "flow": "a: " + "[" * n + "]" * n + "\n",
        "flow-map": "a: " + "{k: " * n + "1" + "}" * n + "\n",
        "block": "a:\n" + "".join(" " * i + "k:\n" for i in range(1, n)) + " " * n + "k: 1\n",
        "dashes": "a:\n" + "- " * n + "1\n",
    }


@pytest.mark.parametrize("kind", ["flow", "flow-map", "block", "dashes"])
def test_deep_nesting_is_refused_at_its_line(kind):
    text = "# a comment\n" + _deep_texts(5000 if kind != "block" else 300)[kind]
    with pytest.raises(YamlFileError) as err:
        parse_yaml(text, "f.yaml")
    (problem,) = err.value.problems
    assert problem.kind == "depth" and problem.line >= 2
    assert str(problem).startswith(f"f.yaml:{problem.line}: nested more than {MAX_DEPTH} levels deep")


def test_a_hundred_thousand_levels_do_not_crash_the_process():
    """libyaml's composer recursed in C: this used to kill the interpreter (SIGSEGV)."""
    code = ("from config.yamlfile import parse_yaml, YamlFileError\n"
            "try:\n    parse_yaml('a: ' + '[' * 100000 + ']' * 100000, 'f.yaml')\n"
            "except YamlFileError as e:\n    print(e)\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.startswith("f.yaml:1: nested more than"), proc.stderr[-500:]


def test_ordinary_nesting_still_loads():
    doc = parse_yaml("a:\n" + "".join(" " * i + "k:\n" for i in range(1, 50)) + " " * 50 + "k: 1\n", "f.yaml")
    assert doc.data["a"]["k"]["k"]


def test_each_file_kind_reports_depth_with_file_and_line(tmp_path):
    from classifiers.lexicon import LexiconError, load_lexicon
    from crawler.platform_config import PlatformFileError, load_platform
    from workers.routing import RoutingError, load_routing

    deep = "[" * 5000 + "]" * 5000
    lex = tmp_path / "deep.yaml"
    lex.write_text(f"entries:\n  - term: x\n    notes: {deep}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_lexicon(files=[lex])
    assert f"{lex}:3: nested more than" in str(err.value)

    plat = tmp_path / "shop.yaml"
    plat.write_text(f"name: shop\nbase_url: http://127.0.0.1/\nlisting: {deep}\n", encoding="utf-8")
    with pytest.raises(PlatformFileError) as err:
        load_platform(plat)
    assert f"{plat}:3: nested more than" in str(err.value)

    routing = tmp_path / "routing.yaml"
    routing.write_text(f"groups:\n  a: {{}}\nrules: {deep}\n", encoding="utf-8")
    with pytest.raises(RoutingError) as err:
        load_routing(routing)
    assert f"{routing}:3: nested more than" in str(err.value)

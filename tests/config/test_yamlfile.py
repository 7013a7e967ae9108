"""config.yamlfile: safe loading, a line for every place, repeated keys refused."""
from __future__ import annotations

import textwrap

import pytest
import yaml

from config.yamlfile import YamlFileError, parse_yaml, read_yaml

TEXT = textwrap.dedent("""\
    # a comment
    name: demo
    groups:
      zh: {email: [a@example.org]}
      en:
        description: English
    rules:
      - name: first
        when: {lang: zh}
      -   name: second
          priority: low
    2024: a number as a key
    """)


def test_data_is_what_the_safe_loader_gives():
    assert parse_yaml(TEXT, "f.yaml").data == yaml.safe_load(TEXT)


@pytest.mark.parametrize("path, line", [
    ((), 2), (("name",), 2), (("groups",), 3), (("groups", "zh"), 4), (("groups", "zh", "email"), 4),
    (("groups", "zh", "email", 0), 4), (("groups", "en", "description"), 6), (("rules",), 7),
    (("rules", 0), 8), (("rules", 1), 10), (("rules", 1, "priority"), 11), (("rules", 0, "when", "lang"), 9),
    ((2024,), 12), (("2024",), 12),
    # places that do not exist point at their nearest existing parent
    (("groups", "fr"), 3), (("rules", 5, "name"), 7), (("rules", 1, "when"), 10), (("nope", "deeper"), 2),
])
def test_line_of_each_place(path, line):
    assert parse_yaml(TEXT, "f.yaml").line(path) == line


def test_at_formats_file_line_problem():
    doc = parse_yaml(TEXT, "config/f.yaml")
    assert doc.at(("rules", 1, "priority"), "must be high") == "config/f.yaml:11: must be high"
    empty = parse_yaml("# nothing\n", "e.yaml")
    assert empty.data is None and empty.line(("a",)) is None and empty.at((), "empty") == "e.yaml: empty"


def test_every_repeated_key_is_reported():
    text = "a: 1\nb:\n  x: 1\n  y: 2\n  x: 3\na: 4\nlist:\n  - {k: 1, k: 2}\n"
    with pytest.raises(YamlFileError) as err:
        parse_yaml(text, "d.yaml")
    assert [str(p) for p in err.value.problems] == [
        "d.yaml:5: duplicate key 'x' (first at line 3); remove or rename one",
        "d.yaml:6: duplicate key 'a' (first at line 1); remove or rename one",
        "d.yaml:8: duplicate key 'k' (first at line 8); remove or rename one",
    ]
    assert {p.kind for p in err.value.problems} == {"duplicate-key"}


def test_merge_keys_are_not_duplicates_and_explicit_keys_win():
    text = "base: &base {a: 1, b: 2}\nthing:\n  <<: *base\n  b: 3\n"
    doc = parse_yaml(text, "m.yaml")
    assert doc.data["thing"] == {"a": 1, "b": 3}
    assert doc.line(("thing", "b")) == 4


def test_syntax_errors_name_the_line():
    with pytest.raises(YamlFileError) as err:
        parse_yaml("a: 1\nb: [unclosed\nc: 2\n", "s.yaml")
    [problem] = err.value.problems
    assert problem.kind == "syntax" and problem.line is not None and problem.line >= 2
    assert str(problem).startswith(f"s.yaml:{problem.line}: YAML syntax error: ")


def test_python_objects_are_never_built(tmp_path):
    marker = tmp_path / "pwned"
    with pytest.raises(YamlFileError) as err:
        parse_yaml(f"x: !!python/object/apply:os.system ['touch {marker}']\n", "evil.yaml")
    assert not marker.exists()
    assert err.value.problems[0].kind == "syntax" and "evil.yaml:1:" in str(err.value)


def test_read_yaml_reports_unreadable_and_non_utf8_files(tmp_path):
    with pytest.raises(YamlFileError, match=r"missing.yaml: cannot read file: No such file"):
        read_yaml(tmp_path / "missing.yaml")
    gbk = tmp_path / "gbk.yaml"
    gbk.write_bytes("name: 象牙\n".encode("gbk"))
    with pytest.raises(YamlFileError, match=r"gbk.yaml: not UTF-8 \(byte 6\)"):
        read_yaml(gbk)
    ok = tmp_path / "ok.yaml"
    ok.write_text("name: 象牙\n", encoding="utf-8")
    assert read_yaml(ok).data == {"name": "象牙"} and read_yaml(ok).path == str(ok)

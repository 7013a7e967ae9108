"""The routing file is validated like the platform files: every problem at once, each with its line."""
from __future__ import annotations

import pytest

from workers.routing import RoutingError, load_routing, parse

THREE_PROBLEMS = """\
groups:
  zh-analysts: {email: [zh@example.org]}
  general: {}
rules:
  - name: zh-ivory
    when: {lang: zh, score_min: 1.5}
    group: zh-analysts
    priority: high
  - name: everything-else
    group: generalist
    priority: someday
"""


def test_every_problem_is_reported_with_its_line():
    with pytest.raises(RoutingError) as err:
        parse(THREE_PROBLEMS, "routing.yaml")
    assert err.value.problems == [
        "routing.yaml:6: rule #1 ('zh-ivory'): field 'when.score_min': must be a number from 0 to 1",
        "routing.yaml:10: rule #2 ('everything-else'): field 'group': 'generalist' is not one of the groups "
        "(zh-analysts, general)",
        "routing.yaml:11: rule #2 ('everything-else'): field 'priority': must be one of urgent, high, normal, low",
    ]
    assert str(err.value) == "\n".join(err.value.problems)


def test_problems_of_every_kind_come_together_in_file_order():
    text = THREE_PROBLEMS.replace("  general: {}\n", "  general: {colour: red}\n") + "extra: 1\n" \
        + "smtp: {port: twenty-five}\n"
    with pytest.raises(RoutingError) as err:
        parse(text, "routing.yaml")
    lines = [int(p.split(":")[1]) for p in err.value.problems]
    assert lines == sorted(lines) and len(lines) == 6
    text = "\n".join(err.value.problems)
    assert "routing.yaml:3: group 'general': unknown field 'colour'" in text
    assert "routing.yaml:12: unknown top-level field 'extra'" in text
    assert "routing.yaml:13: smtp: field 'port': must be a whole number" in text


def test_a_repeated_key_is_an_error_not_a_silent_overwrite():
    text = THREE_PROBLEMS.replace("    priority: high\n", "    priority: high\n    priority: low\n")
    with pytest.raises(RoutingError) as err:
        parse(text, "routing.yaml")
    assert err.value.problems == ["routing.yaml:9: duplicate key 'priority' (first at line 8); remove or rename one"]


def test_a_valid_file_gives_the_same_routing_as_before():
    text = THREE_PROBLEMS.replace("score_min: 1.5", "score_min: 0.5").replace("generalist", "general") \
        .replace("someday", "normal")
    routing = parse(text, "routing.yaml")
    assert [(r.name, r.line, r.when) for r in routing.rules] == [
        ("zh-ivory", 5, {"lang": ("zh",), "score_min": 0.5}), ("everything-else", 9, {})]
    assert routing.groups["zh-analysts"].email == ("zh@example.org",) and routing.smtp == {}
    assert routing.route(0.7, "illegal", [], "zh", "p").rule == "zh-ivory"
    assert routing.route(0.4, "illegal", [], "zh", "p").group == "general"


def test_a_file_that_is_not_utf8_is_a_clear_error(tmp_path):
    path = tmp_path / "routing.yaml"
    path.write_bytes("groups:\n  中文: {}\n".encode("gbk"))
    with pytest.raises(RoutingError, match=r"routing.yaml: not UTF-8 \(byte \d+\)"):
        load_routing(path)


def test_a_webhook_to_a_private_address_is_refused_when_the_file_loads(monkeypatch):
    text = ("groups:\n  g:\n    webhook: http://169.254.169.254/latest/meta-data\n"
            "rules:\n  - name: all\n    group: g\n    priority: normal\n")
    monkeypatch.delenv("WILDWATCH_ALLOW_PRIVATE_WEBHOOKS", raising=False)
    from config.settings import get_settings

    get_settings.cache_clear()
    with pytest.raises(RoutingError) as err:
        parse(text, "routing.yaml")
    assert err.value.problems[0].startswith("routing.yaml:3: group 'g': field 'webhook': host 169.254.169.254 "
                                            "is a link-local address")
    monkeypatch.setenv("WILDWATCH_ALLOW_PRIVATE_WEBHOOKS", "1")
    get_settings.cache_clear()
    assert parse(text, "routing.yaml").groups["g"].webhook.startswith("http://169.254")

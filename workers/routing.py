"""Routing rules (config/routing.yaml): first matching rule picks reviewer group and priority.

The file is edited by people, so every problem is reported with the file, the line, the rule
and the field, and nothing is evaluated: conditions are plain values compared for equality or
against numeric bounds.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from config.settings import get_settings

PRIORITIES = ("urgent", "high", "normal", "low")
LABELS = ("illegal", "suspicious", "benign")
LIST_CONDITIONS = ("label", "category", "lang", "platform")
NUMBER_CONDITIONS = ("score_min", "score_max")
GROUP_FIELDS = ("description", "webhook", "webhook_env", "email")
SMTP_FIELDS = ("host", "port", "sender", "starttls", "username", "password_env")


class RoutingError(ValueError):
    """A problem in the routing file, with where it is."""


@dataclass(frozen=True)
class Group:
    name: str
    description: str = ""
    webhook: str | None = None
    webhook_env: str | None = None
    email: tuple[str, ...] = ()

    @property
    def webhook_url(self) -> str | None:
        if self.webhook_env:
            return os.environ.get(self.webhook_env) or None
        return self.webhook

    def channels(self) -> list[str]:
        out = []
        if self.webhook or self.webhook_env:
            out.append("webhook")
        if self.email:
            out.append("email")
        return out


@dataclass(frozen=True)
class Rule:
    name: str
    group: str
    priority: str
    line: int
    when: dict[str, Any] = field(default_factory=dict)

    def matches(self, score: float, label: str, categories: list[str], lang: str | None, platform: str) -> bool:
        w = self.when
        if "score_min" in w and score < w["score_min"]:
            return False
        if "score_max" in w and score > w["score_max"]:
            return False
        if "label" in w and label not in w["label"]:
            return False
        if "category" in w and not set(categories) & set(w["category"]):
            return False
        if "lang" in w and (lang or "") not in w["lang"]:
            return False
        if "platform" in w and platform not in w["platform"]:
            return False
        return True


@dataclass(frozen=True)
class Route:
    group: str
    priority: str
    rule: str


@dataclass(frozen=True)
class Routing:
    path: str
    rules: tuple[Rule, ...]
    groups: dict[str, Group]
    smtp: dict[str, Any]
    qa_sample_rate: float

    def route(self, score: float, label: str, categories: list[str], lang: str | None, platform: str) -> Route | None:
        for rule in self.rules:
            if rule.matches(score, label, list(categories or ()), lang, platform):
                return Route(rule.group, rule.priority, rule.name)
        return None


def _lines(text: str) -> dict[tuple, int]:
    """1-based line of each rule/group node, found by composing the YAML (keeps positions)."""
    out: dict[tuple, int] = {}
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return out
    if not isinstance(root, yaml.MappingNode):
        return out
    for key, value in root.value:
        if key.value == "rules" and isinstance(value, yaml.SequenceNode):
            for i, node in enumerate(value.value):
                out[("rules", i)] = node.start_mark.line + 1
                if isinstance(node, yaml.MappingNode):
                    for k, v in node.value:
                        out[("rules", i, k.value)] = k.start_mark.line + 1
                        if k.value == "when" and isinstance(v, yaml.MappingNode):
                            for wk, _ in v.value:
                                out[("rules", i, "when", wk.value)] = wk.start_mark.line + 1
        elif isinstance(value, yaml.MappingNode):
            for k, v in value.value:
                out[(key.value, k.value)] = k.start_mark.line + 1
        out[(key.value,)] = key.start_mark.line + 1
    return out


def parse(text: str, path: str = "<routing>") -> Routing:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise RoutingError(f"{path}{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    lines = _lines(text)

    def err(key: tuple, msg: str) -> RoutingError:
        line = lines.get(key) or lines.get(key[:2]) or lines.get(key[:1])
        return RoutingError(f"{path}{f':{line}' if line else ''}: {msg}")

    if not isinstance(data, dict):
        raise RoutingError(f"{path}: must be a mapping with 'groups' and 'rules'")
    unknown = set(data) - {"groups", "rules", "smtp", "qa_sample_rate"}
    if unknown:
        k = sorted(unknown)[0]
        raise err((k,), f"unknown top-level field {k!r} (expected groups, rules, smtp, qa_sample_rate)")

    groups: dict[str, Group] = {}
    raw_groups = data.get("groups") or {}
    if not isinstance(raw_groups, dict) or not raw_groups:
        raise err(("groups",), "field 'groups': must map group names to settings (at least one group)")
    for name, g in raw_groups.items():
        g = g or {}
        if not isinstance(g, dict):
            raise err(("groups", name), f"group {name!r}: must be a mapping")
        for k in g:
            if k not in GROUP_FIELDS:
                raise err(("groups", name), f"group {name!r}: unknown field {k!r} (expected {', '.join(GROUP_FIELDS)})")
        webhook = g.get("webhook")
        if webhook is not None and not (isinstance(webhook, str) and webhook.startswith(("http://", "https://"))):
            raise err(("groups", name), f"group {name!r}: field 'webhook': must be an http(s) URL")
        email = g.get("email") or []
        if isinstance(email, str):
            email = [email]
        if not isinstance(email, list) or not all(isinstance(e, str) and "@" in e for e in email):
            raise err(("groups", name), f"group {name!r}: field 'email': must be a list of addresses")
        groups[str(name)] = Group(
            name=str(name),
            description=str(g.get("description") or ""),
            webhook=webhook,
            webhook_env=g.get("webhook_env"),
            email=tuple(email),
        )

    smtp = data.get("smtp") or {}
    if not isinstance(smtp, dict):
        raise err(("smtp",), "field 'smtp': must be a mapping")
    for k in smtp:
        if k not in SMTP_FIELDS:
            raise err(("smtp", k), f"smtp: unknown field {k!r} (expected {', '.join(SMTP_FIELDS)})")
    if "port" in smtp and not isinstance(smtp["port"], int):
        raise err(("smtp", "port"), "smtp: field 'port': must be a whole number")

    rate = data.get("qa_sample_rate", 0.0)
    if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not 0 <= rate <= 1:
        raise err(("qa_sample_rate",), "field 'qa_sample_rate': must be a number from 0 to 1")

    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise err(("rules",), "field 'rules': must be a non-empty list")
    rules = []
    seen = set()
    for i, r in enumerate(raw_rules):
        if not isinstance(r, dict):
            raise err(("rules", i), f"rule #{i + 1}: must be a mapping")
        name = r.get("name")
        label = f"rule #{i + 1}" + (f" ({name!r})" if name else "")
        if not isinstance(name, str) or not name:
            raise err(("rules", i), f"{label}: field 'name': required")
        if name in seen:
            raise err(("rules", i, "name"), f"{label}: field 'name': duplicate rule name")
        seen.add(name)
        for k in r:
            if k not in ("name", "when", "group", "priority"):
                raise err(("rules", i, k), f"{label}: unknown field {k!r} (expected name, when, group, priority)")
        if r.get("group") not in groups:
            raise err(("rules", i, "group"), f"{label}: field 'group': {r.get('group')!r} is not one of the groups ({', '.join(groups)})")
        if r.get("priority") not in PRIORITIES:
            raise err(("rules", i, "priority"), f"{label}: field 'priority': must be one of {', '.join(PRIORITIES)}")
        when = r.get("when") or {}
        if not isinstance(when, dict):
            raise err(("rules", i, "when"), f"{label}: field 'when': must be a mapping of conditions")
        clean: dict[str, Any] = {}
        for k, v in when.items():
            where = ("rules", i, "when", k)
            if k in NUMBER_CONDITIONS:
                if isinstance(v, bool) or not isinstance(v, (int, float)) or not 0 <= v <= 1:
                    raise err(where, f"{label}: field 'when.{k}': must be a number from 0 to 1")
                clean[k] = float(v)
            elif k in LIST_CONDITIONS:
                values = [v] if isinstance(v, str) else v
                if not isinstance(values, list) or not values or not all(isinstance(x, str) for x in values):
                    raise err(where, f"{label}: field 'when.{k}': must be a value or a list of values")
                if k == "label" and set(values) - set(LABELS):
                    raise err(where, f"{label}: field 'when.label': must be among {', '.join(LABELS)}")
                clean[k] = tuple(values)
            else:
                raise err(where, f"{label}: unknown condition 'when.{k}' (expected {', '.join(NUMBER_CONDITIONS + LIST_CONDITIONS)})")
        rules.append(Rule(name=name, group=r["group"], priority=r["priority"], line=lines.get(("rules", i), 0), when=clean))
    if rules[-1].when:
        raise err(("rules", len(rules) - 1), f"rule #{len(rules)} ({rules[-1].name!r}): the last rule must have no "
                  "'when' conditions, so that every flagged listing reaches a reviewer group")
    return Routing(path=path, rules=tuple(rules), groups=groups, smtp=dict(smtp), qa_sample_rate=float(rate))


_cache: dict[tuple, Routing] = {}


def load_routing(path: Path | str | None = None) -> Routing:
    """The routing file, re-read when it changes (workers pick up edits without a restart)."""
    p = Path(path or get_settings().routing_file)
    try:
        st = p.stat()
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise RoutingError(f"{p}: cannot read routing file: {exc.strerror}") from None
    key = (str(p), st.st_mtime_ns, st.st_size)
    if key not in _cache:
        _cache.clear()
        _cache[key] = parse(text, str(p))
    return _cache[key]

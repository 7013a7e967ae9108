"""Routing rules (config/routing.yaml): first matching rule picks reviewer group and priority.

The file is edited by people, so it is validated like the platform files (pydantic models, the
shared YAML loader in config.yamlfile) and EVERY problem is reported at once, each as
`file:line: rule/group: field: problem`. Nothing is evaluated: conditions are plain values
compared for equality or against numeric bounds.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from config.settings import get_settings
from config.yamlfile import YamlDocument, YamlFileError, parse_yaml

PRIORITIES = ("urgent", "high", "normal", "low")
LABELS = ("illegal", "suspicious", "benign")
LIST_CONDITIONS = ("label", "category", "lang", "platform")
NUMBER_CONDITIONS = ("score_min", "score_max")
GROUP_FIELDS = ("description", "webhook", "webhook_env", "email")
SMTP_FIELDS = ("host", "port", "sender", "starttls", "username", "password_env")


class RoutingError(ValueError):
    """Problems in the routing file; `problems` lists each as `file:line: ...` (str: all of them)."""

    def __init__(self, problems: list[str] | str):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("\n".join(self.problems))


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


# -- the file's schema (pydantic) -------------------------------------------------------------

def _number_0_1(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise ValueError("must be a number from 0 to 1")
    return float(value)


def _values(value: Any) -> tuple[str, ...]:
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not values or not all(isinstance(x, str) for x in values):
        raise ValueError("must be a value or a list of values")
    return tuple(values)


def _labels(value: Any) -> tuple[str, ...]:
    values = _values(value)
    if set(values) - set(LABELS):
        raise ValueError(f"must be among {', '.join(LABELS)}")
    return values


def _http_url(value: Any) -> Any:
    """An http(s) URL; a host written as an IP address must be public (the same rule notify applies
    at send time, where names are resolved too) unless private webhooks are allowed."""
    if value is None:
        return value
    if not (isinstance(value, str) and value.startswith(("http://", "https://"))):
        raise ValueError("must be an http(s) URL")
    from .egress import EgressError, allow_private_webhooks, check_http_url, forbidden_address

    try:
        host = check_http_url(value, "webhook")
    except EgressError as exc:
        raise ValueError(str(exc)) from None
    try:
        why = forbidden_address(host.strip("[]"))
    except ValueError:
        why = None  # a name, resolved and checked when sending
    if why and not allow_private_webhooks():
        raise ValueError(f"host {host} is a {why} address; webhooks to private networks need "
                         "WILDWATCH_ALLOW_PRIVATE_WEBHOOKS=1")
    return value


def _addresses(value: Any) -> tuple[str, ...]:
    values = [value] if isinstance(value, str) else (value or [])
    if not isinstance(values, list) or not all(isinstance(e, str) and "@" in e for e in values):
        raise ValueError("must be a list of addresses")
    return tuple(values)


def _priority(value: Any) -> Any:
    if value not in PRIORITIES:
        raise ValueError(f"must be one of {', '.join(PRIORITIES)}")
    return value


def _whole_number(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("must be a whole number")
    return value


def _mapping_or_none(what: str):
    def check(value: Any) -> Any:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise ValueError(f"must be {what}")
        return value
    return BeforeValidator(check)


Number01 = Annotated[float, BeforeValidator(_number_0_1)]
Values = Annotated[tuple[str, ...], BeforeValidator(_values)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GroupSpec(_Strict):
    description: str = ""
    webhook: Annotated[str | None, BeforeValidator(_http_url)] = None
    webhook_env: str | None = None
    email: Annotated[tuple[str, ...], BeforeValidator(_addresses)] = ()


class SmtpSpec(_Strict):
    host: str | None = None
    port: Annotated[int | None, BeforeValidator(_whole_number)] = None
    sender: str | None = None
    starttls: bool | None = None
    username: str | None = None
    password_env: str | None = None


class WhenSpec(_Strict):
    score_min: Number01 | None = None
    score_max: Number01 | None = None
    label: Annotated[tuple[str, ...], BeforeValidator(_labels)] | None = None
    category: Values | None = None
    lang: Values | None = None
    platform: Values | None = None


class RuleSpec(_Strict):
    name: Annotated[str, Field(min_length=1)]
    when: Annotated[WhenSpec, _mapping_or_none("a mapping of conditions")] = WhenSpec()
    group: str
    priority: Annotated[str, BeforeValidator(_priority)]


class RoutingFile(_Strict):
    groups: Annotated[dict[str, Annotated[GroupSpec, _mapping_or_none("a mapping")]],
                      Field(min_length=1)]
    rules: Annotated[list[RuleSpec], Field(min_length=1)]
    smtp: Annotated[SmtpSpec, _mapping_or_none("a mapping")] = SmtpSpec()
    qa_sample_rate: Number01 = 0.0


_EXPECTED = {RoutingFile: "groups, rules, smtp, qa_sample_rate", GroupSpec: ", ".join(GROUP_FIELDS),
             SmtpSpec: ", ".join(SMTP_FIELDS), RuleSpec: "name, when, group, priority",
             WhenSpec: ", ".join(NUMBER_CONDITIONS + LIST_CONDITIONS)}
# What a whole section must be, when it is not (pydantic's own words name Python types).
_SECTION = {"groups": "must map group names to settings (at least one group)",
            "rules": "must be a non-empty list", "smtp": "must be a mapping"}
_TYPE_WORDS = {"model_type": "must be a mapping", "dict_type": "must be a mapping",
               "list_type": "must be a list", "string_type": "must be text",
               "bool_type": "must be true or false", "bool_parsing": "must be true or false"}


# -- problems, in the words of the file ---------------------------------------------------------

def _rule_label(data: Any, index: int) -> str:
    rules = data.get("rules") if isinstance(data, dict) else None
    raw = rules[index] if isinstance(rules, list) and index < len(rules) else None
    name = raw.get("name") if isinstance(raw, dict) else None
    return f"rule #{index + 1}" + (f" ({name!r})" if isinstance(name, str) and name else "")


def _problem(doc: YamlDocument, err: dict) -> tuple[int, str]:
    """(line, "file:line: where: what") for one pydantic error."""
    loc, kind = tuple(err["loc"]), err["type"]
    msg = err["msg"].removeprefix("Value error, ")
    if kind == "missing":
        msg = "required"
    elif kind in _TYPE_WORDS:
        msg = _TYPE_WORDS[kind]
    elif kind == "too_short" and loc in (("groups",), ("rules",)):
        msg = _SECTION[loc[0]]
    elif kind == "too_short" and loc[-1:] == ("name",):
        msg = "required"
    elif msg.startswith("Input should be"):
        msg = "must be" + msg.removeprefix("Input should be")
    if len(loc) == 1 and kind in ("model_type", "dict_type", "list_type"):
        msg = _SECTION.get(loc[0], msg)

    if not loc:
        return 0, doc.at((), "must be a mapping with 'groups' and 'rules'")
    # who: rule #N ('name') / group 'x' / smtp / (top level); then the field inside it
    if loc[0] == "rules" and len(loc) > 1:
        who, inner, model = _rule_label(doc.data, loc[1]), loc[2:], RuleSpec
        if inner[:1] == ("when",):
            model = WhenSpec
    elif loc[0] == "groups" and len(loc) > 1:
        who, inner, model = f"group {loc[1]!r}", loc[2:], GroupSpec
    elif loc[0] == "smtp" and len(loc) > 1:
        who, inner, model = "smtp", loc[1:], SmtpSpec
    else:
        who, inner, model = "", loc, RoutingFile
    dotted = ".".join(str(x) for x in inner)
    if kind == "extra_forbidden":
        noun = "condition" if model is WhenSpec else "top-level field" if not who else "field"
        text = f"unknown {noun} {dotted!r} (expected {_EXPECTED[model]})"
    elif inner:
        text = f"field {dotted!r}: {msg}"
    else:
        text = msg
    line = doc.line(loc) or 0
    return line, doc.at(loc, f"{who}: {text}" if who else text)


def _cross_checks(doc: YamlDocument) -> list[tuple[int, str]]:
    """What no single field shows: unknown groups, repeated rule names, a last rule with conditions.
    Run on the raw data, so they are reported together with the field problems."""
    data = doc.data if isinstance(doc.data, dict) else {}
    groups = data.get("groups") if isinstance(data.get("groups"), dict) else None
    rules = data.get("rules") if isinstance(data.get("rules"), list) else []
    out, seen = [], set()
    for i, raw in enumerate(rules):
        if not isinstance(raw, dict):
            continue
        label, name, group = _rule_label(data, i), raw.get("name"), raw.get("group")
        if isinstance(name, str) and name:
            if name in seen:
                where = ("rules", i, "name")
                out.append((doc.line(where), doc.at(where, f"{label}: field 'name': duplicate rule name")))
            seen.add(name)
        if groups and isinstance(group, str) and group not in groups:
            where = ("rules", i, "group")
            out.append((doc.line(where), doc.at(where, f"{label}: field 'group': {group!r} is not one of "
                                                       f"the groups ({', '.join(map(str, groups))})")))
    if rules and isinstance(rules[-1], dict) and rules[-1].get("when"):
        where = ("rules", len(rules) - 1)
        out.append((doc.line(where), doc.at(where, f"{_rule_label(data, len(rules) - 1)}: the last rule must have "
                                                   "no 'when' conditions, so that every flagged listing reaches "
                                                   "a reviewer group")))
    return out


def parse(text: str, path: str = "<routing>") -> Routing:
    """Validate the routing file's text; RoutingError lists every problem, one per line."""
    try:
        doc = parse_yaml(text, path)
    except YamlFileError as exc:
        raise RoutingError([f"{path}:{p.line}: not valid YAML: {p.detail}" if p.kind == "syntax" and p.line
                            else f"{path}: not valid YAML: {p.detail}" if p.kind == "syntax" else str(p)
                            for p in exc.problems]) from None
    if not isinstance(doc.data, dict):
        raise RoutingError([f"{path}: must be a mapping with 'groups' and 'rules'"])
    problems = _cross_checks(doc)
    try:
        spec = RoutingFile.model_validate(doc.data)
    except ValidationError as exc:
        problems += [_problem(doc, err) for err in exc.errors()]
    if problems:
        # file order; a problem found twice (by pydantic and a cross-check) is said once
        raise RoutingError(list(dict.fromkeys(text for _, text in sorted(problems, key=lambda p: p[0]))))
    groups = {str(name): Group(name=str(name), description=g.description, webhook=g.webhook,
                               webhook_env=g.webhook_env, email=g.email) for name, g in spec.groups.items()}
    rules = tuple(Rule(name=r.name, group=r.group, priority=r.priority, line=doc.line(("rules", i)) or 0,
                       when=r.when.model_dump(exclude_none=True)) for i, r in enumerate(spec.rules))
    smtp = spec.smtp.model_dump(exclude_none=True)
    return Routing(path=path, rules=rules, groups=groups, smtp=smtp, qa_sample_rate=spec.qa_sample_rate)


_cache: dict[tuple, Routing] = {}


def load_routing(path: Path | str | None = None) -> Routing:
    """The routing file, re-read when it changes (workers pick up edits without a restart)."""
    p = Path(path or get_settings().routing_file)
    try:
        st = p.stat()
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise RoutingError(f"{p}: cannot read routing file: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise RoutingError(f"{p}: not UTF-8 (byte {exc.start}); save the file as UTF-8") from None
    key = (str(p), st.st_mtime_ns, st.st_size)
    if key not in _cache:
        _cache.clear()
        _cache[key] = parse(text, str(p))
    return _cache[key]

"""Reason codes for review decisions (config/review.yaml), loaded and validated.

The file is edited by people, so every problem names the file and the line. It is read with
config/yamlfile.py (the safe loader; a repeated key is an error, not silently the last one).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from config.settings import get_settings
from config.yamlfile import YamlFileError, parse_yaml

DECISION_ACTIONS = ("confirm", "suspicious", "dismiss", "escalate")
CODE_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,49}")
_ACTION_FIELDS = {"label", "default", "reasons"}
_REASON_FIELDS = {"code", "label", "hint"}
_TOP_FIELDS = {"actions", "blur_categories"}


class ReasonError(ValueError):
    """A problem in the reason codes file, or a code that is not allowed for an action."""


@dataclass(frozen=True)
class Reason:
    code: str
    label: str
    action: str
    hint: str = ""


@dataclass(frozen=True)
class Action:
    name: str
    label: str
    default: str
    reasons: tuple[Reason, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(r.code for r in self.reasons)


@dataclass(frozen=True)
class ReasonCodes:
    path: str
    actions: dict[str, Action]
    blur_categories: frozenset[str]

    def check(self, action: str, code: str | None) -> Reason:
        """The reason for `code` if it belongs to `action`; ReasonError saying what is allowed."""
        act = self.actions.get(action)
        if act is None:
            raise ReasonError(f"action {action!r}: reason codes exist for {', '.join(DECISION_ACTIONS)}")
        if not code or not str(code).strip():
            raise ReasonError(f"reason: required to {action} a case (one of {', '.join(act.codes)})")
        for r in act.reasons:
            if r.code == code:
                return r
        raise ReasonError(f"reason {str(code)[:60]!r} is not a reason to {action} (one of {', '.join(act.codes)})")

    def label(self, code: str | None) -> str:
        for act in self.actions.values():
            for r in act.reasons:
                if r.code == code:
                    return r.label
        return code or ""

    def as_dict(self) -> dict:
        """Plain data for templates, JavaScript and the JSON API."""
        return {name: {"label": a.label, "default": a.default,
                       "reasons": [{"code": r.code, "label": r.label, "hint": r.hint} for r in a.reasons]}
                for name, a in self.actions.items()}


def parse(text: str, path: str = "<review.yaml>") -> ReasonCodes:
    """Validate the reason codes file's text. Raises ReasonError naming file and line."""
    try:
        doc = parse_yaml(text, path)
    except YamlFileError as exc:
        raise ReasonError(str(exc)) from None
    data = doc.data

    def err(where: tuple, msg: str) -> ReasonError:
        return ReasonError(doc.at(where, msg))

    if not isinstance(data, dict):
        raise err((), "must be a mapping with 'actions' (and optionally 'blur_categories')")
    for k in data:
        if k not in _TOP_FIELDS:
            raise err((k,), f"unknown field {k!r} (expected {', '.join(sorted(_TOP_FIELDS))})")
    raw_actions = data.get("actions")
    if not isinstance(raw_actions, dict):
        raise err(("actions",), "field 'actions': must map each decision action to its reasons")
    for name in raw_actions:
        if name not in DECISION_ACTIONS:
            raise err(("actions", name), f"unknown action {name!r} (expected {', '.join(DECISION_ACTIONS)})")

    seen_codes: dict[str, tuple] = {}
    actions: dict[str, Action] = {}
    for name in DECISION_ACTIONS:
        if name not in raw_actions:
            continue
        raw = raw_actions[name]
        at = ("actions", name)
        if not isinstance(raw, dict):
            raise err(at, f"action {name!r}: must be a mapping with label, default, reasons")
        for k in raw:
            if k not in _ACTION_FIELDS:
                raise err(at + (k,), f"action {name!r}: unknown field {k!r} (expected label, default, reasons)")
        label = raw.get("label", name.capitalize())
        if not isinstance(label, str) or not label.strip():
            raise err(at + ("label",), f"action {name!r}: field 'label' must be text")
        items = raw.get("reasons")
        if not isinstance(items, list) or not items:
            raise err(at + ("reasons",), f"action {name!r}: field 'reasons' must be a non-empty list")
        reasons = []
        for i, item in enumerate(items):
            here = at + ("reasons", i)
            if not isinstance(item, dict):
                raise err(here, f"action {name!r}, reason {i + 1}: must be a mapping with code and label")
            for k in item:
                if k not in _REASON_FIELDS:
                    raise err(here + (k,), f"action {name!r}, reason {i + 1}: unknown field {k!r} (expected code, label, hint)")
            code, rlabel, hint = item.get("code"), item.get("label"), item.get("hint", "")
            if not isinstance(code, str) or not CODE_RE.fullmatch(code):
                raise err(here + ("code",), f"action {name!r}, reason {i + 1}: code {code!r} must be 1-50 lowercase "
                                             "letters, digits or '-', starting with a letter or digit")
            if code in seen_codes:
                raise err(here + ("code",), f"reason code {code!r} is used twice (also at line {doc.line(seen_codes[code])}); "
                                             "codes are unique across all actions")
            seen_codes[code] = here + ("code",)
            if not isinstance(rlabel, str) or not rlabel.strip():
                raise err(here + ("label",), f"reason {code!r}: field 'label' must be text")
            if not isinstance(hint, str):
                raise err(here + ("hint",), f"reason {code!r}: field 'hint' must be text")
            reasons.append(Reason(code=code, label=rlabel.strip(), action=name, hint=hint.strip()))
        default = raw.get("default", reasons[0].code)
        if default not in {r.code for r in reasons}:
            raise err(at + ("default",), f"action {name!r}: default {default!r} is not one of its reason codes")
        actions[name] = Action(name=name, label=label.strip(), default=default, reasons=tuple(reasons))

    missing = [a for a in DECISION_ACTIONS if a not in raw_actions]
    if missing:
        raise err(("actions",), f"actions: missing {', '.join(missing)} (every decision needs reason codes)")
    blur = data.get("blur_categories", [])
    if not isinstance(blur, list) or not all(isinstance(c, str) and c for c in blur):
        raise err(("blur_categories",), "field 'blur_categories': must be a list of category names")
    return ReasonCodes(path=path, actions=actions, blur_categories=frozenset(blur))


def review_file() -> Path:
    return Path(get_settings().review_file)


def load_reasons(path: str | Path | None = None) -> ReasonCodes:
    """The reason codes of `path` (default: settings.review_file), re-read when the file changes."""
    p = Path(path) if path is not None else review_file()
    try:
        mtime = p.stat().st_mtime_ns
    except OSError as exc:
        raise ReasonError(f"{p}: cannot read the reason codes file ({exc.strerror})") from None
    return _load(str(p), mtime)


@lru_cache(maxsize=8)
def _load(path: str, _mtime: int) -> ReasonCodes:
    return parse(Path(path).read_text(encoding="utf-8"), path)

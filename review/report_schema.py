"""The published JSON Schema of a takedown report (review/schemas/takedown-report-v<N>.schema.json)
and the check every generated report passes: errors name the place (JSON path) and the problem.

    problems = schema_problems(doc)      # [] when valid; ["items/0/url: 'ftp://x' does not match ..."]
    check_document(doc)                  # ReportSchemaError with every problem otherwise

Version 1 only grows: fields are added (additionalProperties stays open), never removed or
retyped; such a change is a new version and a new file next to this one.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .report_items import SCHEMA_VERSION

SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"


class ReportSchemaError(ValueError):
    pass


def schema_path(version: str = SCHEMA_VERSION) -> Path:
    return SCHEMA_DIR / f"takedown-report-v{version}.schema.json"


@lru_cache(maxsize=4)
def load_schema(version: str = SCHEMA_VERSION) -> dict:
    return json.loads(schema_path(version).read_text(encoding="utf-8"))


def _validator(version: str):
    from jsonschema import Draft202012Validator, FormatChecker

    schema = load_schema(version)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def schema_problems(doc: dict) -> list[str]:
    """Every way `doc` breaks the schema of its own version, as 'path: message' lines."""
    version = str(doc.get("schema_version") or SCHEMA_VERSION) if isinstance(doc, dict) else SCHEMA_VERSION
    if not schema_path(version).is_file():
        return [f"schema_version: {version!r} has no published schema (known: {SCHEMA_VERSION})"]
    errors = sorted(_validator(version).iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
    return [f"{'/'.join(map(str, e.absolute_path)) or '(document)'}: {e.message[:300]}" for e in errors]


def check_document(doc: dict) -> None:
    problems = schema_problems(doc)
    if problems:
        raise ReportSchemaError("takedown report does not match its schema:\n  " + "\n  ".join(problems[:50]))


__all__ = ["ReportSchemaError", "schema_path", "load_schema", "schema_problems", "check_document"]

"""Legal basis from data: config/legal/*.yaml maps category x jurisdiction to provisions.

    legal = load_legal()                         # LegalError lists every "file:line: problem"
    legal.provisions(["ivory"], ["CN"])           # INTL (CITES) always, then each jurisdiction's

One file per jurisdiction, named after its code (cn.yaml -> CN); the format is described at the
top of config/legal/intl.yaml. A platform file names its jurisdictions (`jurisdictions: [CN]`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from classifiers.lexicon import CATEGORIES
from config.settings import CONFIG_DIR
from config.yamlfile import YamlFileError, read_yaml

LEGAL_DIR = CONFIG_DIR / "legal"
INTERNATIONAL = "INTL"
WILDLIFE = tuple(c for c in CATEGORIES if c != "none")


class LegalError(ValueError):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Provision(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9\-]{1,60}$")
    cite: str = Field(min_length=3)
    summary: str = Field(min_length=10)
    categories: list[str] = Field(min_length=1)
    source: str = Field(min_length=8)

    @field_validator("categories")
    @classmethod
    def _known(cls, values: list[str]) -> list[str]:
        bad = [v for v in values if v != "all" and v not in WILDLIFE]
        if bad:
            raise ValueError(f"unknown category {bad[0]!r}: use one of {', '.join(WILDLIFE)}, or all")
        return values


class _File(_Strict):
    jurisdiction: str = Field(pattern=r"^[A-Z]{2,4}$")
    name: str = Field(min_length=2)
    provisions: list[_Provision] = Field(min_length=1)


@dataclass(frozen=True)
class Provision:
    id: str
    jurisdiction: str
    jurisdiction_name: str
    cite: str
    summary: str
    categories: tuple[str, ...]
    source: str

    def covers(self, category: str) -> bool:
        return "all" in self.categories or category in self.categories

    def to_dict(self) -> dict:
        return {"id": self.id, "jurisdiction": self.jurisdiction, "cite": self.cite, "summary": self.summary,
                "source": self.source}


@dataclass(frozen=True)
class LegalBasis:
    by_jurisdiction: dict[str, tuple[Provision, ...]]
    names: dict[str, str]

    def provisions(self, categories, jurisdictions) -> list[Provision]:
        """The provisions covering any of `categories`: international ones first, then each of the
        platform's jurisdictions in its order; each provision once."""
        out, seen = [], set()
        for j in (INTERNATIONAL, *jurisdictions):
            for p in self.by_jurisdiction.get(j, ()):
                if p.id not in seen and any(p.covers(c) for c in categories):
                    seen.add(p.id)
                    out.append(p)
        return out

    def unknown(self, jurisdictions) -> list[str]:
        return [j for j in jurisdictions if j not in self.by_jurisdiction]


def _loc(loc) -> str:
    parts = []
    for item in loc:
        parts.append(f"[{item}]" if isinstance(item, int) else ("." if parts else "") + str(item))
    return "".join(parts) or "(top level)"


def parse_file(path: Path) -> tuple[_File | None, list[str]]:
    try:
        doc = read_yaml(path)
    except YamlFileError as exc:
        return None, [str(p) for p in exc.problems]
    if not isinstance(doc.data, dict):
        return None, [doc.at((), "(top level): expected a mapping with jurisdiction, name, provisions")]
    try:
        parsed = _File.model_validate(doc.data)
    except ValidationError as exc:
        return None, [doc.at(e["loc"], f"{_loc(e['loc'])}: {e['msg'].removeprefix('Value error, ')}")
                      for e in exc.errors()]
    if parsed.jurisdiction != path.stem.upper():
        return None, [doc.at(("jurisdiction",), f"jurisdiction: {parsed.jurisdiction!r} does not match the file "
                                                f"name {path.name!r} (name the file {parsed.jurisdiction.lower()}.yaml)")]
    problems, first = [], {}
    for i, p in enumerate(parsed.provisions):
        if p.id in first:
            problems.append(doc.at(("provisions", i, "id"), f"provisions[{i}].id: {p.id!r} is used twice "
                                                             f"(first at line {first[p.id]})"))
        first.setdefault(p.id, doc.line(("provisions", i, "id")))
    parsed._lines = first  # for duplicate ids across files
    return (None if problems else parsed), problems


def load_legal(legal_dir: Path | str | None = None) -> LegalBasis:
    """Every file of config/legal/; raises LegalError naming every problem (file:line: what)."""
    d = Path(legal_dir or LEGAL_DIR)
    files = sorted(p for p in d.glob("*.y*ml") if p.suffix in (".yaml", ".yml")) if d.is_dir() else []
    if not files:
        raise LegalError([f"{d}: no legal basis files (*.yaml); see config/legal/intl.yaml for the format"])
    problems, by_j, names, owner = [], {}, {}, {}
    for path in files:
        parsed, errs = parse_file(path)
        problems += errs
        if parsed is None:
            continue
        provs = []
        for p in parsed.provisions:
            if p.id in owner:
                problems.append(f"{path}:{parsed._lines[p.id]}: provisions id {p.id!r} is also in {owner[p.id]}")
                continue
            owner[p.id] = path.name
            provs.append(Provision(p.id, parsed.jurisdiction, parsed.name, p.cite.strip(), " ".join(p.summary.split()),
                                   tuple(p.categories), p.source.strip()))
        by_j[parsed.jurisdiction] = tuple(provs)
        names[parsed.jurisdiction] = parsed.name
    if INTERNATIONAL not in by_j and not problems:
        problems.append(f"{d}: no intl.yaml (jurisdiction INTL): the international basis (CITES) is missing")
    if problems:
        raise LegalError(problems)
    return LegalBasis(by_j, names)


@lru_cache(maxsize=4)
def _cached(path: str, _mtimes: tuple) -> LegalBasis:
    return load_legal(path)


def legal_basis() -> LegalBasis:
    """load_legal() of the configured directory, reloaded when a file changes."""
    d = LEGAL_DIR
    mtimes = tuple(sorted((p.name, p.stat().st_mtime_ns) for p in d.glob("*.y*ml"))) if d.is_dir() else ()
    return _cached(str(d), mtimes)



"""What the classifier returns for one listing."""
from __future__ import annotations

from dataclasses import dataclass, field

LABELS = ("illegal", "suspicious", "benign")


@dataclass(slots=True)
class Match:
    term: str  # as written by the seller (original text slice)
    canonical: str  # the lexicon entry's canonical term
    category: str
    kind: str
    field: str  # title | description | price | seller
    start: int  # offsets in the ORIGINAL field text
    end: int
    cue: str | None = None
    negated: bool = False  # preceded by a negation (不是/非/not ...)
    suppressed_by: str | None = None  # a benign look-alike covering it (象牙白 covers 象牙)
    weight: float = 0.0

    def to_dict(self) -> dict:
        return {"term": self.term, "canonical": self.canonical, "category": self.category, "kind": self.kind,
                "field": self.field, "start": self.start, "end": self.end, "cue": self.cue,
                "negated": self.negated, "suppressed_by": self.suppressed_by, "weight": self.weight}


@dataclass(slots=True)
class Contact:
    kind: str  # wechat | qq | phone | telegram | whatsapp | zalo | line
    value: str
    field: str

    def to_dict(self) -> dict:
        return {"kind": self.kind, "value": self.value, "field": self.field}


@dataclass
class Assessment:
    score: float
    label: str
    flagged: bool
    categories: list[str] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    explanation: str = ""
    contributions: list[tuple[str, float]] = field(default_factory=list)  # feature -> logit share
    warnings: list[str] = field(default_factory=list)  # e.g. a field cut to the analysis limit

    def to_dict(self) -> dict:
        d = {"score": round(self.score, 4), "label": self.label, "flagged": self.flagged,
             "categories": list(self.categories), "matches": [m.to_dict() for m in self.matches],
             "cues": list(self.cues), "contacts": [c.to_dict() for c in self.contacts],
             "explanation": self.explanation, "contributions": [[k, round(v, 3)] for k, v in self.contributions]}
        if self.warnings:
            d["warnings"] = list(self.warnings)
        return d

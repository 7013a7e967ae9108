"""The learned component: two small logistic regressions over the rule features.

- `pos`: flagged (illegal or suspicious) vs benign -> the score;
- `ill`: illegal vs suspicious, among flagged listings -> the label.
Trained with scikit-learn, stored as plain JSON weights (a few KB, diff-able, reproducible:
lbfgs on the same data gives the same weights), applied with a dot product at run time.
"""
from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from .features import FEATURE_NAMES, RULE_BIAS, RULE_WEIGHTS

DEFAULT_MODEL_PATH = Path(__file__).resolve().parent / "model.json"
POSITIVE = ("illegal", "suspicious")


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


@dataclass
class LinearModel:
    coef: dict[str, float]
    intercept: float

    def logit(self, f: dict[str, float]) -> float:
        coef = self.coef
        total = 0.0
        for k, v in f.items():
            w = coef.get(k)
            if w:
                total += w * v
        return self.intercept + total


@dataclass
class Model:
    pos: LinearModel
    ill: LinearModel
    threshold: float = 0.5
    version: str = "rules"
    trained_on: dict = field(default_factory=dict)

    @property
    def training_ids(self) -> frozenset[str] | None:
        """Ids of the listings the weights were fit on (`wildwatch train` records them); empty for
        the hand-set rules; None for a learned model that did not record them."""
        if self.version == "rules" and not self.trained_on:
            return frozenset()
        ids = self.trained_on.get("ids")
        return frozenset(str(i) for i in ids) if isinstance(ids, list) else None

    @classmethod
    def rules_only(cls) -> "Model":
        """The hand-set rule prior, used when no trained model is present."""
        ill = {"name": 2.0, "hint_suspicious": -3.0, "cue_wink": 0.5, "cue_demand": 0.5, "negated_product": -1.5,
               "legal_certificate": -1.0, "legal_drug_approval": -1.0, "cat_saiga": -2.0, "cat_bear": -1.0}
        return cls(pos=LinearModel(dict(RULE_WEIGHTS), RULE_BIAS), ill=LinearModel(ill, 0.0))

    def to_json(self) -> str:
        return json.dumps({
            "version": self.version, "threshold": self.threshold, "trained_on": self.trained_on,
            "features": list(FEATURE_NAMES),
            "pos": {"intercept": self.pos.intercept, "coef": self.pos.coef},
            "ill": {"intercept": self.ill.intercept, "coef": self.ill.coef},
        }, ensure_ascii=False, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str, where: str = "model") -> "Model":
        try:
            d = json.loads(text)
            return cls(
                pos=LinearModel({k: float(v) for k, v in d["pos"]["coef"].items()}, float(d["pos"]["intercept"])),
                ill=LinearModel({k: float(v) for k, v in d["ill"]["coef"].items()}, float(d["ill"]["intercept"])),
                threshold=float(d.get("threshold", 0.5)), version=str(d.get("version", "?")),
                trained_on=dict(d.get("trained_on", {})),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"{where}: not a wildwatch model file ({exc}); retrain with `wildwatch train FILE`") from exc


def load_model(path: Path | str | None = None) -> Model:
    path = Path(path) if path else DEFAULT_MODEL_PATH
    if not path.exists():
        return Model.rules_only()
    return Model.from_json(path.read_text(encoding="utf-8"), str(path))


def fit(X: list[list[float]], labels: list[str], c: float = 1.0) -> Model:
    """Train both regressions on feature vectors (FEATURE_NAMES order) and gold labels."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    Xa = np.asarray(X, dtype=float)
    y_pos = np.array([lab in POSITIVE for lab in labels], dtype=int)
    pos = LogisticRegression(C=c, max_iter=2000, class_weight="balanced").fit(Xa, y_pos)
    mask = y_pos == 1
    y_ill = np.array([lab == "illegal" for lab in labels], dtype=int)[mask]
    ill = LogisticRegression(C=c, max_iter=2000, class_weight="balanced").fit(Xa[mask], y_ill)

    def as_linear(m) -> LinearModel:
        coef = {n: round(float(w), 5) for n, w in zip(FEATURE_NAMES, m.coef_[0]) if abs(w) > 1e-6}
        return LinearModel(coef, round(float(m.intercept_[0]), 5))

    model = Model(pos=as_linear(pos), ill=as_linear(ill))
    digest = hashlib.sha256(model.to_json().encode()).hexdigest()[:10]
    model.version = f"lr-{digest}"
    return model


_LEGAL_FLOOR = ("legal_drug_approval", "legal_certificate", "legal_licence", "legal_captive_bred", "legal_exemption")


def decide(model: Model, f: dict[str, float], threshold: float) -> tuple[float, str]:
    """Score and label for one listing's features.

    Rules on top of the learned score, both sending the listing to a human as suspicious rather than
    clearing it, unless a benign context explains the name (toy, brand, colour...):
    - a named wildlife product sold through a claimed legal channel (drug approval number,
      certificate, licence, captive-bred);
    - a product named only to be denied, next to a wink (非象牙 ... 懂的来, "not ivory ;) you know").
    """
    score = sigmoid(model.pos.logit(f))
    if score >= threshold and f.get("vague_name_only") and not _any_context(f):
        # only a vague name (hornbill, rhino, 白货) and nothing around it: not enough for a reviewer
        return min(score, threshold - 0.01), "benign"
    if score < threshold:
        strong_product = (max(f.get("name", 0.0), f.get("product_form", 0.0), f.get("code_word", 0.0)) >= 0.5
                          or f.get("hint_suspicious", 0.0) > 0)  # mammoth ivory, saiga horn: named, if weakly
        benign = any(v for k, v in f.items() if k.startswith("benign_"))
        if not benign and ((strong_product and any(f.get(k) for k in _LEGAL_FLOOR)) or f.get("denied_with_wink")
                           or f.get("live_unpapered")):
            return threshold, "suspicious"
        return score, "benign"
    return score, "illegal" if sigmoid(model.ill.logit(f)) >= 0.5 else "suspicious"


def floor_reason(f: dict[str, float]) -> str:
    """The explanation's note when decide() sent a listing the learned score would clear to review."""
    if f.get("denied_with_wink"):
        return " | product denied next to a wink: a reviewer should check it"
    if f.get("live_unpapered"):
        return " | live animal of a CITES-listed group offered without papers: a reviewer should check it"
    return " | legal channel claimed: a reviewer should check it"


def _any_context(f: dict[str, float]) -> bool:
    """Any trade cue, contact, legal channel or cover-story signal in the listing."""
    return any(v for k, v in f.items() if k.startswith(("cue_", "legal_")) or k in (
        "contacts_found", "negated_benign_material", "cover_with_tell", "cover_with_wink", "denied_with_wink"))

"""The learned component: logistic regressions over the rule features and over the text.

- `text`: hashed n-grams of the normalised text (textgrams.py: Chinese character 1-3-grams,
  words and word pairs) -> a regularised logistic regression, pruned to its largest weights; its
  logit is one more input, `text_model`, of the two below (stacked on out-of-fold logits, so the
  combination is calibrated on text the text part did not see);
- `pos`: flagged (illegal or suspicious) vs benign -> the score;
- `ill`: illegal vs suspicious, among flagged listings -> the label.
Trained with scikit-learn, stored as plain JSON weights (diff-able, reproducible: the same data
gives the same weights), applied with dot products at run time. The text part only runs on
topical listings (the pre-filter still ends the rest).
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .features import _weighted_sum, FEATURE_NAMES, RULE_BIAS, RULE_WEIGHTS

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
        if _weighted_sum is not None and coef.__class__ is dict and f.__class__ is dict:
            total = _weighted_sum(coef, f)  # the loop below in C (None: a weight or value not a float)
            if total is not None:
                return self.intercept + total
        total = 0.0
        for k, v in f.items():
            w = coef.get(k)
            if w:
                total += w * v
        return self.intercept + total


TEXT_KEEP = 3000  # largest text weights kept in model.json (the rest are pruned to zero)
TEXT_CLIP = 6.0  # the text logit is clipped: one wordy listing cannot outvote the rules alone


@dataclass
class TextModel:
    bits: int
    weights: dict[int, float]  # bucket -> weight (pruned)
    intercept: float
    _dense: object = field(default=None, repr=False)

    def logit(self, ids) -> float:
        w = self.weights
        total = self.intercept + sum(w.get(i, 0.0) for i in set(ids))
        return max(-TEXT_CLIP, min(TEXT_CLIP, total))

    def dense(self):
        """The weights as a float32 array over all buckets (for the compiled scorer)."""
        if self._dense is None:
            import numpy as np

            a = np.zeros(1 << self.bits, dtype=np.float32)
            for k, v in self.weights.items():
                a[k] = v
            self._dense = a
        return self._dense

    def to_dict(self) -> dict:
        return {"bits": self.bits, "intercept": self.intercept,
                "weights": {str(k): v for k, v in sorted(self.weights.items())}}

    @classmethod
    def from_dict(cls, d: dict) -> "TextModel":
        return cls(int(d["bits"]), {int(k): float(v) for k, v in d["weights"].items()}, float(d["intercept"]))


@dataclass
class Model:
    pos: LinearModel
    ill: LinearModel
    threshold: float = 0.5
    version: str = "rules"
    trained_on: dict = field(default_factory=dict)
    text: TextModel | None = None
    sha256: str = ""  # of the file it was loaded from (load_model); "" for one built in memory

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
            **({"text": self.text.to_dict()} if self.text else {}),
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
                text=TextModel.from_dict(d["text"]) if d.get("text") else None,
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"{where}: not a wildwatch model file ({exc}); retrain with `wildwatch train FILE`") from exc


def load_model(path: Path | str | None = None) -> Model:
    """The model in `path`; without one, the active model a lead switched to (models_dir()/ACTIVE),
    else the shipped classifiers/model.json, else the hand-set rules."""
    path = Path(path) if path else resolve_model_path()
    if not path.exists():
        return Model.rules_only()
    data = path.read_bytes()
    model = Model.from_json(data.decode("utf-8"), str(path))
    model.sha256 = hashlib.sha256(data).hexdigest()
    return model


# -- the active model (issue 11): trained candidates live under the data directory ------------------
# models_dir()/<sha256>.json holds each candidate (named by the SHA-256 of its bytes, so a name
# cannot point at other weights than the ones a lead looked at); models_dir()/ACTIVE holds the
# SHA-256 of the one classification uses. No ACTIVE file: the shipped model.json.
ACTIVE_NAME = "ACTIVE"
_SHA = re.compile(r"[0-9a-f]{64}")


def models_dir() -> Path:
    from config.paths import data_dir  # not config.settings: pydantic costs a third of a short command's start

    return data_dir() / "models"


def active_pointer() -> Path:
    return models_dir() / ACTIVE_NAME


def candidate_path(sha256: str) -> Path:
    if not _SHA.fullmatch(sha256 or ""):
        raise ValueError(f"{sha256!r}: not a model id (the SHA-256 of a model file, 64 hex digits)")
    return models_dir() / f"{sha256}.json"


def active_sha256() -> str | None:
    """The SHA-256 in models_dir()/ACTIVE, None when there is no such file (the shipped model)."""
    pointer = active_pointer()
    try:
        text = pointer.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{pointer}: unreadable ({exc}); `wildwatch models switch shipped` clears it") from exc
    if not _SHA.fullmatch(text):
        raise ValueError(f"{pointer}: line 1: {text[:80]!r} is not a model id (64 hex digits); "
                         "`wildwatch models switch shipped` clears it")
    return text


def resolve_model_path() -> Path:
    """The file classification uses now: the active candidate, else the shipped model.json. A
    pointer to a missing or altered file is an error, never a silent fall-back to other weights."""
    sha = active_sha256()
    if sha is None:
        return DEFAULT_MODEL_PATH
    path = candidate_path(sha)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ValueError(f"{active_pointer()} names model {sha[:12]}, but {path} is missing; "
                         f"`wildwatch models switch {sha[:12]}` writes it back from the store") from None
    if hashlib.sha256(data).hexdigest() != sha:
        raise ValueError(f"{path}: its content does not match its name (SHA-256); it was changed after training")
    return path


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_candidate(text: str) -> tuple[str, Path]:
    """Write a model file under models_dir() named by its SHA-256; returns (sha256, path)."""
    data = text.encode("utf-8")
    sha = hashlib.sha256(data).hexdigest()
    path = candidate_path(sha)
    if not (path.exists() and path.read_bytes() == data):
        _write_atomic(path, data)
    return sha, path


def set_active(sha256: str | None) -> None:
    """Point classification at candidate `sha256` (its file must exist), or None: the shipped
    model. Atomic: a worker reading the pointer sees the old or the new id, never half of one."""
    if sha256 is None:
        active_pointer().unlink(missing_ok=True)
        return
    if not candidate_path(sha256).is_file():
        raise ValueError(f"no model file {candidate_path(sha256)}")
    _write_atomic(active_pointer(), (sha256 + "\n").encode("ascii"))


def fit(X: list[list[float]], labels: list[str], c: float = 1.0, grams: list | None = None,
        text_c: float = 0.3, seed: int = 13, hands: list | None = None) -> Model:
    """Train the regressions on feature vectors (FEATURE_NAMES order) and gold labels; with `grams`
    (each listing's n-gram bucket ids, None for a listing that is not topical) the text part too,
    its out-of-fold logits feeding `text_model`. `hands`: each listing's labeled set
    (text_oof.hand_of its id): the out-of-fold folds then hold whole sets (see text_oof.py)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    Xa = np.asarray(X, dtype=float)
    y_pos = np.array([lab in POSITIVE for lab in labels], dtype=int)
    text = None
    if grams is not None and len(set(y_pos.tolist())) == 2:
        col = FEATURE_NAMES.index("text_model")
        Xa[:, col] = _oof_text_logits(grams, y_pos, text_c, seed, hands=hands)
        text = _fit_text(grams, y_pos, text_c)
    pos = LogisticRegression(C=c, max_iter=2000, class_weight="balanced").fit(Xa, y_pos)
    mask = y_pos == 1
    y_ill = np.array([lab == "illegal" for lab in labels], dtype=int)[mask]
    ill = LogisticRegression(C=c, max_iter=2000, class_weight="balanced").fit(Xa[mask], y_ill)

    def as_linear(m) -> LinearModel:
        coef = {n: round(float(w), 5) for n, w in zip(FEATURE_NAMES, m.coef_[0]) if abs(w) > 1e-6}
        return LinearModel(coef, round(float(m.intercept_[0]), 5))

    model = Model(pos=as_linear(pos), ill=as_linear(ill), text=text)
    digest = hashlib.sha256(model.to_json().encode()).hexdigest()[:10]
    model.version = f"lr-{digest}"
    return model


def version_of(model: Model) -> str:
    """lr-<hash of everything in the file but the version>: assessments record it, so two files
    that differ (weights, threshold or training data) never share a version."""
    saved, model.version = model.version, ""
    try:
        return f"lr-{hashlib.sha256(model.to_json().encode()).hexdigest()[:10]}"
    finally:
        model.version = saved


def _matrix(grams: list, bits: int):
    from scipy.sparse import csr_matrix

    rows, cols = [], []
    for r, ids in enumerate(grams):
        for i in set(ids or ()):
            rows.append(r)
            cols.append(i)
    return csr_matrix(([1.0] * len(rows), (rows, cols)), shape=(len(grams), 1 << bits))


def _fit_text(grams: list, y, c: float) -> TextModel:
    """L2-regularised logistic regression on the n-gram buckets of topical listings, pruned to the
    TEXT_KEEP largest weights."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from .textgrams import BITS

    topical = [i for i, g in enumerate(grams) if g is not None]
    m = LogisticRegression(C=c, max_iter=3000, class_weight="balanced", solver="liblinear")
    m.fit(_matrix([grams[i] for i in topical], BITS), y[topical])
    w = m.coef_[0]
    keep = np.argsort(-np.abs(w))[:TEXT_KEEP]
    weights = {int(i): round(float(w[i]), 4) for i in keep if abs(w[i]) >= 1e-4}
    return TextModel(BITS, weights, round(float(m.intercept_[0]), 4))


def _oof_text_logits(grams: list, y, c: float, seed: int, k: int = 5, hands: list | None = None):
    """Each listing's text logit from a text model fit without it (k folds): the stacked
    regressions learn how far to trust the text part on text it has not seen. With `hands`, each
    fold holds whole labeled sets (text by a hand the text model did not read; text_oof.py)."""
    import random

    import numpy as np

    from .text_oof import group_folds

    out = np.zeros(len(grams))
    topical = [i for i, g in enumerate(grams) if g is not None]
    fold_list = group_folds(topical, hands, k) if hands is not None else None
    if fold_list is None:
        rng = random.Random(seed)
        order = topical[:]
        rng.shuffle(order)
        fold_list = [order[f::k] for f in range(k)]
    for f in range(k):
        test = set(fold_list[f])
        train = {i for i in topical if i not in test}
        if len(set(y[sorted(train)].tolist())) < 2:
            continue
        tm = _fit_text([grams[i] if i in train else None for i in range(len(grams))], y, c)
        for i in test:
            out[i] = tm.logit(grams[i])
    return out


_LEGAL_FLOOR = ("legal_drug_approval", "legal_certificate", "legal_licence", "legal_captive_bred", "legal_exemption")


def decide(model: Model, f: dict[str, float], threshold: float) -> tuple[float, str]:
    """Score and label for one listing's features.

    Rules on top of the learned score, both sending the listing to a human as suspicious rather than
    clearing it, unless a benign context explains the name (toy, brand, colour...):
    - a named wildlife product sold through a claimed legal channel (drug approval number,
      certificate, licence, captive-bred), except a captive-bred App II animal with its papers
      (features.live_papered: the labels' consensus is a pet sale);
    - a product named only to be denied, next to a wink (非象牙 ... 懂的来, "not ivory ;) you know");
    - a product named outright in the title (虎骨, rhino horn powder, 象牙手镯) with nothing in the
      listing that explains it away: a bare offer is still an offer, whatever the learned weights
      make of listings that say little.
    """
    score = sigmoid(model.pos.logit(f))
    if score >= threshold and f.get("text_model", 0.0) > 0 and (_no_wildlife_evidence(f) or _talks_about(f)):
        # the learned text part weighs evidence, it is none itself: trade talk alone (ai cần ib,
        # ship COD, DM me) in a listing the pre-filter let through on a substring (ngà in ngày)
        score = min(score, sigmoid(model.pos.logit({k: v for k, v in f.items() if k != "text_model"})))
    if score >= threshold and f.get("vague_name_only") and not _any_context(f) and not f.get("priced_unpapered") and not f.get("described_offer") and not f.get("vague_live_framed") and not (
            f.get("descr_matches_product") and (not f.get("cat_live_animal") or f.get("descr_aspects"))):
        # only a vague name (hornbill, rhino, 白货) and nothing around it: not enough for a reviewer
        # (q17: a material tell of the named group, XJ + 有清香, is something around it; an animal's
        # looks alone are not: an owl with big eyes is a mug as often as a bird; q23: two tells of
        # different kinds that agree with the animal, its looks and its diet or habits, are)
        return min(score, threshold - 0.01), "benign"
    if score < threshold:
        if f.get("paper_unchecked"):  # legal_regime.py: a prohibited product with a paper claimed beside it
            return threshold, "suspicious"
        if f.get("priced_unpapered"):  # priced_live.py: a listed live animal with a price or deposit, no paper
            return threshold, "suspicious"
        if f.get("described_offer"):  # described_live.py: a listed group's animal described, offered alive
            return threshold, "suspicious"
        strong_product = (max(f.get("name", 0.0), f.get("product_form", 0.0), f.get("code_word", 0.0)) >= 0.5
                          or f.get("hint_suspicious", 0.0) > 0)  # mammoth ivory, saiga horn: named, if weakly
        benign = any(v for k, v in f.items() if k.startswith("benign_"))
        legal_claim = strong_product and any(f.get(k) for k in _LEGAL_FLOOR) and not f.get("live_papered")
        if not benign and (legal_claim or f.get("denied_with_wink")
                           or f.get("live_unpapered") or _named_outright(f) or f.get("keyword_spam")):
            return threshold, "suspicious"
        if _cover_story(f):
            return threshold, "suspicious"
        if not benign and f.get("owner_offer") and not f.get("vague_name_only") and ("no_product" not in f or f.get("descr_n")):
            return threshold, "suspicious"  # offered_piece.py: an owner's question that offers the piece
        return score, "benign"
    if f.get("held_question"):  # held_piece.py: an owner asking about a piece in hand is no seller
        return score, "suspicious"
    if f.get("strict_unpapered"):  # strict_listed.py: App I / China class I / Viet Nam IB alive, no papers
        return score, "illegal"
    if f.get("wild_bear_part"):  # bear_parts.py: a bear paw, a whole wild gall bladder, no legal source
        return score, "illegal"
    return score, "illegal" if sigmoid(model.ill.logit(f)) >= 0.5 else "suspicious"


# what says a listing is about wildlife even when no product is named: a product denied or
# covered, a species group described, a live animal of a listed group, a material in quotes, a wink
_EVIDENCE = ("negated_product", "suppressed_product", "descr_n", "described_not_named", "live_listed",
             "negated_benign_material", "cover_with_tell", "cover_with_wink", "denied_with_wink", "cue_wink")


def _talks_about(f: dict[str, float]) -> bool:
    """A post that talks about the trade (two or more reporting, explaining, asking or exhibiting
    words: news, explainers, 'how do I report this seller', exhibition notices) and offers nothing
    itself: the trade words the learned text part reads are quoted, not offered. Likewise an App II
    animal with its papers: the rehoming talk the text part reads is answered by the papers."""
    return f.get("talk_about", 0.0) >= 0.6 or bool(f.get("live_papered"))


def _no_wildlife_evidence(f: dict[str, float]) -> bool:
    return "no_product" in f and not any(f.get(k) for k in _EVIDENCE)


def _cover_story(f: dict[str, float]) -> bool:
    """A legal material named with a wink (唔係牛骨，你明嘅; 'bone', you know) or with the tells of
    the real thing (ox bone with Schreger lines), and no other look-alike (a toy, a colour, news):
    the material is the cover, whatever the learned weights make of the pair."""
    return bool((f.get("cover_with_wink") or f.get("cover_with_tell"))
                and not any(v for k, v in f.items() if k.startswith("benign_") and k not in _COVER_MATERIALS))


_COVER_MATERIALS = ("benign_legal_material", "benign_replica")


def _named_outright(f: dict[str, float]) -> bool:
    """A strong product term (weight >= 0.75) in the title, not denied, and nothing saying the item
    is something else (a brand, a toy, the platform's category, the title's own item noun) or that it
    is a captive-bred App II animal with its papers (features.live_papered: 'Saker falcon with CITES');
    a papered App I animal or primate (live_papers.PAPERED_APP_I) stays in review by design."""
    return bool(f.get("product_strong") and f.get("product_in_title") and not f.get("negated_product")
                and not any(f.get(k) for k in ("item_is_other", "brand_name", "category_benign", "vague_name_only"))
                and not (f.get("live_papered") and not f.get("papered_app_i")))  # q24: a papered App II pet


def floor_reason(f: dict[str, float]) -> str:
    """The explanation's note when decide() sent a listing the learned score would clear to review
    (the rules in decide()'s order)."""
    if f.get("paper_unchecked"):
        return " | a prohibited product offered with a paper claimed beside it: a reviewer should check the paper"
    if f.get("priced_unpapered"):
        return (" | live animal of a CITES-listed group offered for a price or deposit with no paper named:"
                " a reviewer should check it")
    if f.get("described_offer"):
        return (" | an animal of a CITES-listed group described (not named), offered alive: a reviewer should"
                " check it")
    if any(v for k, v in f.items() if k.startswith("benign_")):  # only the cover story floor passes a look-alike
        return " | a legal material named with a wink or the tells of the real thing: a reviewer should check it"
    if f.get("papered_app_i") and f.get("live_papered") and _named_outright(f):  # q44: was the cover-story note
        return " | an App I animal or primate offered with papers: a reviewer checks the papers (by design)"
    if _named_outright(f) and not (f.get("denied_with_wink") or f.get("live_unpapered")
                                   or any(f.get(k) for k in _LEGAL_FLOOR)):
        return " | a wildlife product named outright in the title, nothing explains it away: a reviewer should check it"
    if f.get("owner_offer") and not (f.get("denied_with_wink") or f.get("live_unpapered") or _named_outright(f)
                                     or f.get("keyword_spam") or any(f.get(k) for k in _LEGAL_FLOOR)):
        return " | an owner asks about a piece described or named as a protected one and offers it: a reviewer should check it"
    if f.get("keyword_spam") and not (f.get("denied_with_wink") or f.get("live_unpapered")):
        return " | one product term repeated over and over (keyword stuffing): a reviewer should check it"
    if f.get("denied_with_wink"):
        return " | product denied next to a wink: a reviewer should check it"
    if f.get("live_unpapered"):
        return " | live animal of a CITES-listed group offered without papers: a reviewer should check it"
    if any(f.get(k) for k in _LEGAL_FLOOR) and not f.get("live_papered"):
        return " | legal channel claimed: a reviewer should check it"
    return " | a legal material named with a wink or the tells of the real thing: a reviewer should check it"


def _any_context(f: dict[str, float]) -> bool:
    """Any trade cue, contact, legal channel or cover-story signal in the listing."""
    return any(v for k, v in f.items() if k.startswith(("cue_", "legal_")) or k in (
        "contacts_found", "negated_benign_material", "cover_with_tell", "cover_with_wink", "denied_with_wink"))

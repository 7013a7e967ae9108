"""Evaluation: metrics on labeled listings, and cross-validation of the learned component.

Positive = illegal or suspicious. Anything learned is scored by stratified k-fold
cross-validation when any evaluated listing is one it was trained on (by listing id, see
`training_overlap`): never on its own training data.
"""
from __future__ import annotations

import hashlib
import random
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from . import features as feat
from .engine import Classifier
from .model import POSITIVE, Model, decide, fit

TRAP_PREFIX = "trap_"


@dataclass
class Item:
    listing: dict
    gold: str
    f: dict[str, float]
    grams: list[int] | None = None  # n-gram buckets of a topical listing (the learned text part's input)
    pred_score: float = 0.0
    pred_label: str = "benign"

    @property
    def tags(self) -> list[str]:
        return list(self.listing.get("tags") or [])

    @property
    def lang(self) -> str:
        return str(self.listing.get("lang") or "?")


@dataclass
class Scores:
    n: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    illegal: int = 0
    illegal_flagged: int = 0
    illegal_as_illegal: int = 0
    traps: int = 0
    traps_flagged: int = 0
    exact: int = 0

    def add(self, it: Item) -> None:
        gp, pp = it.gold in POSITIVE, it.pred_label in POSITIVE
        self.n += 1
        self.tp += gp and pp
        self.fp += (not gp) and pp
        self.fn += gp and not pp
        self.tn += (not gp) and not pp
        self.exact += it.gold == it.pred_label
        if it.gold == "illegal":
            self.illegal += 1
            self.illegal_flagged += pp
            self.illegal_as_illegal += it.pred_label == "illegal"
        if it.gold == "benign" and (it.listing.get("trap") is True or any(t.startswith(TRAP_PREFIX) for t in it.tags)):
            self.traps += 1
            self.traps_flagged += pp

    @staticmethod
    def _div(a: int, b: int) -> float | None:
        return a / b if b else None

    @property
    def precision(self):
        return self._div(self.tp, self.tp + self.fp)

    @property
    def recall(self):
        return self._div(self.tp, self.tp + self.fn)

    @property
    def f1(self):
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)

    @property
    def illegal_recall(self):
        return self._div(self.illegal_flagged, self.illegal)

    @property
    def trap_false_flag_rate(self):
        return self._div(self.traps_flagged, self.traps)

    def as_dict(self) -> dict:
        return {"n": self.n, "precision": self.precision, "recall": self.recall, "f1": self.f1,
                "illegal_recall": self.illegal_recall,
                "illegal_labelled_illegal": self._div(self.illegal_as_illegal, self.illegal),
                "trap_false_flag_rate": self.trap_false_flag_rate, "label_accuracy": self._div(self.exact, self.n)}


@dataclass
class Report:
    overall: Scores
    by_lang: dict[str, Scores]
    by_tag: dict[str, Scores]
    items: list[Item]
    method: str
    pr_auc: float | None = None
    misses: list[Item] = field(default_factory=list)
    false_flags: list[Item] = field(default_factory=list)
    by_group: dict[str, Scores] = field(default_factory=dict)  # group cross-validation: each held-out group


def file_sha256(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def listing_id(listing: dict) -> str | None:
    """The listing's id as text (`id`, or a crawler item's `listing_id`); None when it has none."""
    value = listing.get("id", listing.get("listing_id"))
    return str(value) if value not in (None, "") else None


@dataclass
class Overlap:
    """How the evaluated listings relate to the model's training data, by listing id."""
    n: int  # evaluated listings
    trained: int  # of them, ids the model was trained on
    no_id: int  # of them, without an id: cannot be told apart from training data
    training_ids: int | None  # ids the model records; None when it records none

    @property
    def held_out(self) -> bool:
        """True only when every listing is known to be unseen by the model."""
        return self.training_ids is not None and self.trained == 0 and self.no_id == 0

    def describe(self) -> str:
        if self.training_ids is None:
            return ("the model records no training ids, so any listing may be training data "
                    "(retrain with `wildwatch train FILE` to record them)")
        parts = []
        if self.trained:
            parts.append(f"{self.trained} of {self.n} listings are in the model's training data (by id)")
        if self.no_id:
            parts.append(f"{self.no_id} of {self.n} listings have no id, so they may be training data")
        return "; ".join(parts) or f"none of the {self.n} listings is among the model's {self.training_ids} training ids"

    def as_dict(self) -> dict:
        return {"n": self.n, "in_training_data": self.trained, "without_id": self.no_id,
                "model_training_ids": self.training_ids, "held_out": self.held_out}


def training_overlap(model: Model, listings: list[dict]) -> Overlap:
    ids = model.training_ids
    own = [listing_id(x) for x in listings]
    return Overlap(n=len(listings), trained=sum(i is not None and i in ids for i in own) if ids else 0,
                   no_id=0 if ids is not None and not ids else sum(i is None for i in own),
                   training_ids=None if ids is None else len(ids))


def unseen(model: Model, listings: list[dict]) -> list[dict]:
    """The listings known not to be the model's training data (an id it was not trained on)."""
    ids = model.training_ids
    if ids is None:
        return []
    if not ids:  # the hand-set rules: trained on nothing
        return list(listings)
    return [x for x in listings if (i := listing_id(x)) is not None and i not in ids]


# The answers in a labeled file (LABELING.md): never shown to the classifier. (`category` there is
# the gold wildlife category, not the platform's category the listing contract carries.)
GOLD_KEYS = frozenset({"label", "category", "tags", "rationale", "trap", "goods", "malformed"})


def without_answers(listing: dict) -> dict:
    return {k: v for k, v in listing.items() if k not in GOLD_KEYS}


def featurize(clf: Classifier, listings: list[dict]) -> list[Item]:
    items = []
    for lst in listings:
        shown = without_answers(lst)
        norm: list[str] = []
        raw, contacts, _ = clf.raw_matches(shown, norm)
        f, _why = feat.extract(raw, len(contacts), clf.quoted_material(shown) if raw else None, shown)
        items.append(Item(listing=lst, gold=str(lst.get("label", "benign")), f=f,
                          grams=clf.text_grams(norm[0]) if raw and norm else None))
    return items


def _predict(model: Model, it: Item, threshold: float) -> None:
    f = it.f
    if model.text is not None and it.grams is not None:
        f = {**f, "text_model": model.text.logit(it.grams)}
    it.pred_score, it.pred_label = decide(model, f, threshold)


def folds(items: list[Item], k: int, seed: int = 13) -> list[list[int]]:
    """Stratified fold assignment by gold label; deterministic for a seed."""
    by_label: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        by_label[it.gold].append(i)
    rng = random.Random(seed)
    out: list[list[int]] = [[] for _ in range(k)]
    for label in sorted(by_label):
        idx = by_label[label]
        rng.shuffle(idx)
        for j, i in enumerate(idx):
            out[j % k].append(i)
    return out


GROUP_BY = ("category", "lang")


def group_of(it: Item, by: str) -> str:
    """The listing's group for group cross-validation: its language, or its gold category."""
    if by == "lang":
        return it.lang
    return str(it.listing.get("category") or "none")


def group_folds(items: list[Item], by: str, seed: int = 13) -> tuple[list[str], list[list[int]]]:
    """One fold per group (leave one group out). By category, the listings of category `none`
    (benign look-alikes and everyday goods) belong to no wildlife group: they are dealt across the
    folds (stratified by label), so every training set has benign listings and every test fold too."""
    if by not in GROUP_BY:
        raise ValueError(f"group by {by!r}: one of {', '.join(GROUP_BY)}")
    names = sorted({group_of(it, by) for it in items} - ({"none"} if by == "category" else set()))
    index = {g: i for i, g in enumerate(names)}
    out: list[list[int]] = [[] for _ in names]
    pool: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        g = group_of(it, by)
        if g in index:
            out[index[g]].append(i)
        else:
            pool[it.gold].append(i)
    rng = random.Random(seed)
    for label in sorted(pool):
        idx = pool[label]
        rng.shuffle(idx)
        for j, i in enumerate(idx):
            out[j % len(out)].append(i)
    return names, out


def group_cross_validate(items: list[Item], by: str, c: float = 1.0, threshold: float = 0.5,
                         seed: int = 13, text: bool = True) -> dict[str, Scores]:
    """Leave one group out (a category, a language): every item is predicted by a model that never
    saw its group, so a feature that only memorises a group's words shows up. Returns the scores of
    each held-out group."""
    names, fold_list = group_folds(items, by, seed)
    cross_validate(items, c=c, threshold=threshold, fold_list=fold_list, text=text)
    scores: dict[str, Scores] = {}
    for name, idx in zip(names, fold_list):
        s = scores[name] = Scores()
        for i in idx:
            s.add(items[i])
    return scores


def cross_validate(items: list[Item], k: int = 5, c: float = 1.0, threshold: float = 0.5, seed: int = 13,
                   fold_list: list[list[int]] | None = None, text: bool = True) -> None:
    """Predict every item with a model trained on the other folds (stratified k folds, or the
    given ones)."""
    for test_idx in (fold_list if fold_list is not None else folds(items, k, seed)):
        if not test_idx:
            continue
        test = set(test_idx)
        train = [it for i, it in enumerate(items) if i not in test]
        model = fit([feat.vector(it.f) for it in train], [it.gold for it in train], c=c,
                    grams=[it.grams for it in train] if text else None, hands=hands_of(train))
        for i in test_idx:
            _predict(model, items[i], threshold)


def hands_of(items: list[Item]) -> list[str | None]:
    """Each listing's labeled set (text_oof.hand_of its id): the text part's out-of-fold folds hold
    whole sets, so the stacked weights learn how far to trust it on text by another hand."""
    from .text_oof import hand_of

    return [hand_of(listing_id(it.listing)) for it in items]


def predict_all(model: Model, items: list[Item], threshold: float) -> None:
    for it in items:
        _predict(model, it, threshold)


def pr_auc(items: list[Item]) -> float | None:
    """Average precision of the score for positive (illegal or suspicious)."""
    ranked = sorted(items, key=lambda it: -it.pred_score)
    positives = sum(it.gold in POSITIVE for it in items)
    if not positives:
        return None
    hits, total = 0, 0.0
    for rank, it in enumerate(ranked, 1):
        if it.gold in POSITIVE:
            hits += 1
            total += hits / rank
    return total / positives


def scores_by_group(items: list[Item], by: str) -> dict[str, Scores]:
    out: dict[str, Scores] = defaultdict(Scores)
    for it in items:
        out[group_of(it, by)].add(it)
    return dict(sorted(out.items()))


def report(items: list[Item], method: str) -> Report:
    overall = Scores()
    by_lang: dict[str, Scores] = defaultdict(Scores)
    by_tag: dict[str, Scores] = defaultdict(Scores)
    for it in items:
        overall.add(it)
        by_lang[it.lang].add(it)
        for t in it.tags:
            by_tag[t].add(it)
    misses = [it for it in items if it.gold in POSITIVE and it.pred_label not in POSITIVE]
    false_flags = [it for it in items if it.gold not in POSITIVE and it.pred_label in POSITIVE]
    return Report(overall, dict(by_lang), dict(by_tag), items, method, pr_auc(items), misses, false_flags)

"""Rule features: what the lexicon matches and the context cues say about one listing.

Each feature has a readable name so the score can be explained feature by feature. The rule
prior (`RULE_WEIGHTS`) is hand-set from the domain research; the learned model re-weighs the same
features from labeled data and keeps the rule prior as one of its inputs.
"""
from __future__ import annotations

from collections import defaultdict

from .lexicon import CATEGORIES, CUES, PRODUCT_KINDS
from .matcher import RawMatch

TRADE_CUES = CUES["trade_cue"]
BENIGN_CUES = CUES["benign_context"]
LEGAL_CUES = CUES["legal_channel"]
WILDLIFE = tuple(c for c in CATEGORIES if c != "none")

FEATURE_NAMES: tuple[str, ...] = (
    ("name", "code_word", "product_form", "product_strong", "product_weak_only", "product_in_title",
     "product_terms", "negated_product",
     "suppressed_product", "hint_suspicious", "contacts_found", "no_product", "product_and_benign",
     "product_and_trade", "negated_benign_material", "cover_with_tell", "vague_name_only", "rule_prior")
    + tuple(f"cue_{c}" for c in TRADE_CUES)
    + tuple(f"benign_{c}" for c in BENIGN_CUES)
    + tuple(f"legal_{c}" for c in LEGAL_CUES)
    + tuple(f"cat_{c}" for c in WILDLIFE)
)

# Hand-set rule weights (logit units): the prior before any learning.
RULE_WEIGHTS: dict[str, float] = {
    "name": 4.0, "code_word": 2.5, "product_form": 3.0, "product_strong": 0.5, "product_weak_only": -1.0,
    "product_in_title": 0.5, "product_terms": 0.8,
    "negated_product": -2.5, "suppressed_product": -0.5, "hint_suspicious": -0.3, "contacts_found": 0.6,
    "no_product": -3.0, "product_and_benign": -0.5, "product_and_trade": 0.5, "negated_benign_material": 1.5, "cover_with_tell": 2.0,
    "cue_contact": 0.6, "cue_demand": 0.8, "cue_wink": 1.2, "cue_price": 0.8, "cue_secrecy": 0.8,
    "cue_sale": 0.2, "cue_origin": 0.4, "cue_wild": 0.6, "cue_live": 0.4, "cue_quality": 0.6,
    "benign_colour": -3.0, "benign_idiom": -3.0, "benign_brand": -3.0, "benign_media": -2.5,
    "benign_toy": -2.5, "benign_replica": -2.0, "benign_legal_material": -1.5, "benign_conservation": -2.5,
    "benign_food": -2.0, "benign_pet": -2.0, "benign_place": -2.5, "benign_medicine": -1.5,
    "benign_fashion": -2.0, "benign_other": -1.5,
    "legal_drug_approval": -1.0, "legal_certificate": -0.5, "legal_captive_bred": -0.7, "legal_licence": -0.7,
    "legal_synthetic": -2.0,
}
RULE_BIAS = -2.0

# What a reviewer reads for each feature in an explanation.
FEATURE_LABELS: dict[str, str] = {
    "name": "product name", "code_word": "code word", "product_form": "product form",
    "product_strong": "unambiguous product", "product_weak_only": "only a vague name",
    "product_in_title": "named in the title", "product_terms": "several product terms",
    "negated_product": "product denied", "suppressed_product": "covered by a look-alike or qualifier",
    "hint_suspicious": "legal-but-risky material", "contacts_found": "contact handle",
    "no_product": "no product named", "product_and_benign": "product with benign context",
    "product_and_trade": "product with trade cues", "negated_benign_material": "replica denied (wink)",
    "cover_with_tell": "legal material with a tell of the real thing",
    "vague_name_only": "only the animal's name",
    **{f"cue_{c}": f"{c.replace('_', ' ')} cue" for c in TRADE_CUES},
    **{f"benign_{c}": f"benign {c.replace('_', ' ')}" for c in BENIGN_CUES},
    **{f"legal_{c}": f"legal channel ({c.replace('_', ' ')})" for c in LEGAL_CUES},
    **{f"cat_{c}": c.replace("_", " ") for c in WILDLIFE},
}


def extract(matches: list[RawMatch], n_contacts: int) -> tuple[dict[str, float], dict[str, list[RawMatch]]]:
    """Feature values, and for each feature the matches behind it (for the explanation)."""
    f: dict[str, float] = defaultdict(float)
    why: dict[str, list[RawMatch]] = defaultdict(list)
    products = [m for m in matches if m.entry.kind in PRODUCT_KINDS and m.suppressed_by is None]
    live_products = [m for m in products if not m.negated]
    for m in live_products:
        if m.demand:
            f["cue_demand"] = 1.0
            why["cue_demand"].append(m)
        k = m.entry.kind
        if m.entry.weight >= f[k]:
            f[k] = m.entry.weight
        why[k].append(m)
        if m.field == "title":
            f["product_in_title"] = 1.0
            why["product_in_title"].append(m)
    f["product_terms"] = min(len({m.entry.term for m in live_products}), 3) / 3
    if live_products:
        top_weight = max(m.entry.weight for m in live_products)
        if top_weight >= 0.75:
            f["product_strong"] = 1.0  # names the product itself (象牙手镯, rhino horn)
        elif top_weight < 0.5:
            f["product_weak_only"] = 1.0  # only an animal name or a vague code word (rhino, 白货)
        if all(m.entry.kind == "name" and m.entry.weight < 0.5 and m.entry.category != "live_animal"
               for m in live_products):
            f["vague_name_only"] = 1.0  # hornbill, rhino: the animal, not a part of it
            why["vague_name_only"] = list(live_products)
    if products and not live_products:
        f["negated_product"] = 1.0
        why["negated_product"] = [m for m in products if m.negated]
    suppressed = [m for m in matches if m.suppressed_by is not None]
    if suppressed:
        f["suppressed_product"] = 1.0
        why["suppressed_product"] = suppressed
        replicas = [m for m in suppressed if m.replica]
        if replicas:
            f["benign_replica"] = 1.0  # 仿象牙, faux ivory
            why["benign_replica"].extend(replicas)
    if live_products:
        best = max(live_products, key=lambda m: (m.entry.weight, m.entry.kind == "name"))
        if best.entry.label_hint == "suspicious" or all(m.entry.label_hint == "suspicious" for m in live_products):
            f["hint_suspicious"] = 1.0
            why["hint_suspicious"].append(best)
        cat_weight: dict[str, float] = defaultdict(float)
        for m in live_products:
            cat_weight[m.entry.category] += m.entry.weight
        top = max(cat_weight, key=cat_weight.get)
        f[f"cat_{top}"] = 1.0
    else:
        f["no_product"] = 1.0
    for m in matches:
        e = m.entry
        if e.kind == "trade_cue" and not m.negated:
            f[f"cue_{e.cue}"] = 1.0
            why[f"cue_{e.cue}"].append(m)
        elif e.kind == "benign_context":
            if m.negated and e.cue in ("replica", "legal_material"):
                f["negated_benign_material"] = 1.0  # 不是树脂 / not resin: a wink, not a disclaimer
                why["negated_benign_material"].append(m)
            elif not m.negated:
                f[f"benign_{e.cue}"] = 1.0
                why[f"benign_{e.cue}"].append(m)
        elif e.kind == "legal_channel" and not m.negated:
            f[f"legal_{e.cue}"] = 1.0
            why[f"legal_{e.cue}"].append(m)
    if n_contacts:
        f["contacts_found"] = 1.0
        f["cue_contact"] = 1.0
    has_product = bool(live_products)
    if has_product and any(f[f"benign_{c}"] for c in BENIGN_CUES):
        f["product_and_benign"] = 1.0
    if has_product and any(f[f"cue_{c}"] for c in TRADE_CUES):
        f["product_and_trade"] = 1.0
    # "bovine bone" with Schreger lines: a legal material named next to a tell of the real thing
    tells = [m for m in matches if m.entry.kind == "trade_cue" and m.entry.cue == "quality"
             and m.entry.category != "none" and not m.negated]
    if tells and (f.get("benign_legal_material") or f.get("benign_replica")):
        f["cover_with_tell"] = 1.0
        why["cover_with_tell"] = tells
    f["rule_prior"] = rule_logit(f) / 4.0  # scaled so the learner's weights stay comparable
    return dict(f), dict(why)


def rule_logit(f: dict[str, float]) -> float:
    return RULE_BIAS + sum(RULE_WEIGHTS.get(k, 0.0) * v for k, v in f.items() if k != "rule_prior")


def vector(f: dict[str, float]) -> list[float]:
    return [f.get(name, 0.0) for name in FEATURE_NAMES]


def attribute(coef: dict[str, float], f: dict[str, float]) -> list[tuple[str, float]]:
    """Each feature's share of the logit, with the rule prior's share spread back over the features
    it is made of (it is linear in them), sorted by size. This is what explanations show."""
    prior_w = coef.get("rule_prior", 0.0) / 4.0
    parts = []
    for k, v in f.items():
        if not v or k == "rule_prior":
            continue
        share = coef.get(k, 0.0) * v + prior_w * RULE_WEIGHTS.get(k, 0.0) * v
        if share:
            parts.append((k, share))
    return sorted(parts, key=lambda kv: -abs(kv[1]))

"""Rule features: what the lexicon matches and the context cues say about one listing.

Each feature has a readable name so the score can be explained feature by feature. The rule
prior (`RULE_WEIGHTS`) is hand-set from the domain research; the learned model re-weighs the same
features from labeled data and keeps the rule prior as one of its inputs.
"""
from __future__ import annotations

from . import feature_kinds
from .source_digest import compiled
from .legal_regime import paper_unchecked
from .strict_listed import strict_unpapered
from .priced_live import priced_live
from .described_live import described_offer
from .framed_live import vague_framed
from .described_strict import described_strict
from .bear_parts import wild_bear_part
from .terse_forms import form_apart
from .lexicon import CATEGORIES, CUES
from .matcher import RawMatch
from .offered_piece import OFFER
from .study_offers import without_study
from .retold_reports import retold_report
from .food_groups import other_group_foods

# feature_kinds.py compiled as it is (tests compare the two), unless built from other bytes (source_digest)
_compiled_kinds = compiled("_feature_kinds")
_extract_kinds = _compiled_kinds.extract if _compiled_kinds is not None else feature_kinds.extract

try:  # the same sums in C (tests compare both); None from either: a non-float met, the loops below
    from ._scorefast import shares as _shares, weighted_sum as _weighted_sum
except ImportError:
    _shares = _weighted_sum = None

TRADE_CUES = CUES["trade_cue"]
BENIGN_CUES = CUES["benign_context"]
LEGAL_CUES = CUES["legal_channel"]
WILDLIFE = tuple(c for c in CATEGORIES if c != "none")

FEATURE_NAMES: tuple[str, ...] = (
    ("name", "code_word", "product_form", "product_strong", "product_weak_only", "product_in_title",
     "product_terms", "negated_product",
     "suppressed_product", "hint_suspicious", "contacts_found", "no_product", "product_and_benign",
     "product_and_trade", "negated_benign_material", "cover_with_tell", "cover_with_wink", "denied_with_wink", "vague_name_only",
     "descr_n", "descr_aspects", "descr_matches_product", "described_not_named", "live_listed", "live_unpapered",
     "live_papered", "talk_about", "keyword_spam",
     "category_benign", "item_is_other", "brand_name", "name_with_form", "text_model",
     "rule_prior", "paper_unchecked", "held_question", "owner_offer", "strict_unpapered", "wild_bear_part")
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
    "denied_with_wink": 2.0, "cover_with_wink": 1.5,
    "descr_n": 1.2, "descr_aspects": 0.8, "descr_matches_product": 0.8, "described_not_named": 2.5,
    "live_listed": 0.3, "live_unpapered": 1.5, "live_papered": -4.0, "talk_about": -1.5, "keyword_spam": 1.0, "cue_no_papers": 0.6,
    "category_benign": -3.0, "item_is_other": -1.5, "brand_name": -2.5, "name_with_form": 1.5,
    "cue_contact": 0.6, "cue_demand": 0.8, "cue_wink": 1.2, "cue_price": 0.8, "cue_secrecy": 0.8,
    "cue_sale": 0.2, "cue_origin": 0.4, "cue_wild": 0.6, "cue_live": 0.4, "cue_quality": 0.6,
    "benign_colour": -3.0, "benign_idiom": -3.0, "benign_brand": -3.0, "benign_media": -2.5,
    "benign_toy": -2.5, "benign_replica": -2.0, "benign_legal_material": -1.5, "benign_conservation": -2.5,
    "benign_food": -2.0, "benign_pet": -2.0, "benign_place": -2.5, "benign_medicine": -1.5,
    "benign_fashion": -2.0, "benign_other": -1.5, "benign_vehicle": -3.0, "benign_digital": -3.0,
    "legal_drug_approval": -1.0, "legal_certificate": -0.5, "legal_captive_bred": -0.7, "legal_licence": -0.7,
    "legal_synthetic": -2.0, "legal_exemption": -0.3,
}
RULE_BIAS = -2.0

# What a reviewer reads for each feature in an explanation.
FEATURE_LABELS: dict[str, str] = {
    "name": "product name", "code_word": "code word", "product_form": "product form",
    "product_strong": "unambiguous product", "product_weak_only": "only a vague name",
    "product_in_title": "named in the title (or under a title that says nothing)", "product_terms": "several product terms",
    "negated_product": "product denied", "suppressed_product": "covered by a look-alike or qualifier",
    "hint_suspicious": "legal-but-risky material", "contacts_found": "contact handle",
    "no_product": "no product named", "product_and_benign": "product with benign context",
    "product_and_trade": "product with trade cues", "negated_benign_material": "cover material denied or in quotes (wink)",
    "cover_with_tell": "legal material with a tell of the real thing",
    "denied_with_wink": "product denied next to a wink",
    "cover_with_wink": "legal material named next to a wink",
    "vague_name_only": "only the animal's name",
    "descr_n": "described by its tells", "descr_aspects": "described in more than one way",
    "descr_matches_product": "description fits the named product", "described_not_named": "described, not named",
    "live_listed": "live animal of a CITES-listed group", "live_unpapered": "live CITES-listed animal offered without papers",
    "live_papered": "captive-bred App II animal offered with its papers",
    "talk_about": "talks about the trade (report, explainer, question), offers nothing",
    "keyword_spam": "one product term repeated over and over (keyword stuffing)",
    "category_benign": "the platform files it as something else", "item_is_other": "the title's item is something else",
    "brand_name": "an animal name used as a brand (X牌)", "text_model": "learned from the text",
    "name_with_form": "named with the form it is sold in",
    "paper_unchecked": "prohibited product offered with a paper claimed (the reviewer checks it)",
    "held_question": "an owner asks about a piece with the tells of a protected group (at most suspicious)",
    "owner_offer": "an owner asks about a protected-looking piece and offers it (a reviewer should see it)",
    "strict_unpapered": "live App I / China class I / Viet Nam IB animal offered without papers (illegal)",
    "wild_bear_part": "bear paw, or whole gall bladder said to be wild, with no legal source claimed (illegal)",
    **{f"cue_{c}": f"{c.replace('_', ' ')} cue" for c in TRADE_CUES},
    **{f"benign_{c}": f"benign {c.replace('_', ' ')}" for c in BENIGN_CUES},
    **{f"legal_{c}": f"legal channel ({c.replace('_', ' ')})" for c in LEGAL_CUES},
    **{f"cat_{c}": c.replace("_", " ") for c in WILDLIFE},
}


def extract(matches: list[RawMatch], n_contacts: int, quoted: str | None = None,
            listing=None) -> tuple[dict[str, float], dict[str, list[RawMatch]]]:
    """Feature values (features that are 0 are left out), and for each feature the matches behind
    it (for the explanation): feature_kinds.extract, then the rule prior. One pass over the
    matches: this runs for every topical listing."""
    f, why = _extract_kinds(matches, n_contacts, quoted)
    if "benign_conservation" in f and not n_contacts and f.get("product_strong") and listing:
        kept = without_study(matches, listing)  # study_offers.py: study words beside an amount and a DM
        if kept is not None:
            f, why = _extract_kinds(kept, n_contacts, quoted)
    if not n_contacts and "no_product" not in f:
        retold_report(f, why, matches, listing)  # retold_reports.py: TIL ... called 'red ivory' (a report retold)
    if "benign_food" in f and "no_product" not in f:
        other_group_foods(f, why, matches)  # food_groups.py: 花胶 beside 鱼翅 speaks for no fin (q53)
    paper_unchecked(f, why, matches)  # legal_regime.py: a paper claimed on a prohibited product
    if ("descr_n" in f or "cue_quality" in f) and any(m.held for m in matches) and not any(
            k in f for k in _SELLING):  # held_piece.py: an owner asking, not selling (no price, contact, sale word)
        f["held_question"] = 1.0
        why["held_question"] = [m for m in matches if m.held]
    if "cue_sale" in f and any(m.canonical == OFFER for m in why.get("cue_sale", ())):
        f["owner_offer"] = 1.0  # offered_piece.py: 求鉴定 … 有人要也可以出
        why["owner_offer"] = [m for m in why["cue_sale"] if m.canonical == OFFER]
    if "cat_live_animal" in f and "live_papered" not in f:
        strict_unpapered(f, why, matches, listing)  # strict_listed.py: an App I / class I / IB animal with no paper
        priced_live(f, why, matches, listing)  # priced_live.py: a listed animal with a price or deposit, no paper
    if "descr_n" in f:
        described_offer(f, why, matches, listing)  # described_live.py: one description, an offer, a live frame
    if "vague_name_only" in f:
        vague_framed(f, why, matches, listing)  # framed_live.py: a vague live-animal word, alive, with a price
    if "descr_n" in f and "strict_unpapered" not in f:
        described_strict(f, why, matches, listing)  # described_strict.py: an App I / class I species described
    if "cat_bear" in f and listing:
        wild_bear_part(f, why, matches, listing)  # bear_parts.py: a paw, a whole wild gall bladder
    if "name_with_form" not in f and "trade_cue" in {m.kind for m in matches}:
        form_apart(f, why, matches, listing)  # terse_forms.py: 海鹤 正红 蛋面, a name and its form a word apart
    f["rule_prior"] = rule_logit(f) / 4.0  # scaled so the learner's weights stay comparable
    return f, why


_SELLING = ("cue_sale", "cue_price", "cue_contact", "cue_demand")


def rule_logit(f: dict[str, float]) -> float:
    if _weighted_sum is not None and f.__class__ is dict:
        total = _weighted_sum(RULE_WEIGHTS, f)
        if total is not None:
            return RULE_BIAS + total
    total = 0.0
    for k, v in f.items():
        w = RULE_WEIGHTS.get(k)  # rule_prior has no rule weight
        if w:
            total += w * v
    return RULE_BIAS + total


def vector(f: dict[str, float]) -> list[float]:
    return [f.get(name, 0.0) for name in FEATURE_NAMES]


def attribution_weights(coef: dict[str, float]) -> dict[str, float]:
    """Per feature, its own weight plus its part of the rule prior's weight (the prior is linear in
    the features): a feature's share of the logit is this times its value."""
    prior_w = coef.get("rule_prior", 0.0) / 4.0
    return {k: coef.get(k, 0.0) + prior_w * RULE_WEIGHTS.get(k, 0.0) for k in FEATURE_NAMES if k != "rule_prior"}


def attribute(weights: dict[str, float], f: dict[str, float]) -> list[tuple[str, float]]:
    """Each feature's share of the logit (weights from attribution_weights), largest first. This is
    what explanations show."""
    if _shares is not None and f.__class__ is dict and weights.__class__ is dict:
        out = _shares(weights, f)
        if out is not None:
            return out
    return _attribute_py(weights, f)


def _attribute_py(weights: dict[str, float], f: dict[str, float]) -> list[tuple[str, float]]:
    """attribute() in Python (the reference of _scorefast.shares)."""
    parts = []
    sizes = []
    for k, v in f.items():
        if v:
            w = weights.get(k)
            if w:
                parts.append((k, w * v))
                sizes.append(-abs(w * v))
    return [parts[i] for i in sorted(range(len(parts)), key=sizes.__getitem__)]  # stable, C-level key


"""What one item of a takedown report says: every element of a notice under the EU Digital
Services Act Art. 16(2), the evidence a platform needs, and a DSA Art. 17 / Transparency Database
suggestion. Built from the store, the platform file and config/legal; used by review.reports.

Sharing levels (Traffic Light Protocol 2.0), the rule for partners:
  RED    never leaves wildwatch: a RED case is never put in a report, and is dropped from a draft
         if a lead raises it to RED before the report is sent.
  AMBER  to the platform concerned only: the case goes in that platform's report, seen only by
         that platform's partner accounts and tokens (a report is always about one platform).
  GREEN, CLEAR  as AMBER for reports; these levels would also allow sharing with the wider
         community (other platforms, the coalition), which wildwatch does not do.
Whatever the level, a partner never sees analysts' names, notes, QA data or other platforms.
"""
from __future__ import annotations

import csv
import io
import os
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from config.settings import get_settings

from .legal import LegalBasis
from .models import Case, Evidence
from .reasons import load_reasons

SCHEMA_VERSION = "1"
SHAREABLE = ("AMBER", "GREEN", "CLEAR")  # RED never goes to a partner
CATEGORY_LABELS = {
    "ivory": "elephant ivory", "pangolin": "pangolin (scales or parts)", "rhino_horn": "rhinoceros horn",
    "tiger": "tiger parts", "leopard": "leopard parts", "hornbill": "helmeted hornbill casque",
    "totoaba": "totoaba swim bladder", "turtle_shell": "sea turtle shell (hawksbill)", "saiga": "saiga antelope horn",
    "bear": "bear parts (bile, gall bladder, paws)", "live_animal": "live protected animal",
    "other_wildlife": "other protected wildlife",
}
GOOD_FAITH = ("We have a good-faith belief that the information and allegations in this notice are accurate "
              "and complete (Regulation (EU) 2022/2065, Art. 16(2)(d)).")
PRODUCT_KINDS = ("name", "code_word", "product_form", "descriptor")


def shareable(tlp: str | None) -> bool:
    return (tlp or "").upper() in SHAREABLE


def iso(dt: datetime | None) -> str | None:
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def notifier() -> dict:
    st = get_settings()
    return {"name": st.notifier_name, "email": st.notifier_email, "trusted_flagger": bool(st.trusted_flagger)}


def _matched_words(matches: list | None) -> list[str]:
    words = []
    for m in matches or []:
        if isinstance(m, dict) and m.get("kind") in PRODUCT_KINDS and not m.get("negated") and not m.get("suppressed_by"):
            term = str(m.get("term") or "")
            if term and term not in words:
                words.append(term)
    return words[:20]


def _evidence(session: Session, case: Case, version_id: int) -> list[dict]:
    rows = session.scalars(select(Evidence).where((Evidence.case_id == case.id) | (Evidence.listing_version_id == version_id))
                           .order_by(Evidence.id)).all()
    return [{"kind": e.kind, "file": os.path.basename(e.path or ""), "sha256": e.sha256, "size": e.size,
             "captured_at": iso(e.captured_at), "url": e.url, "warc_record_id": e.warc_record_id} for e in rows]


def build_item(session: Session, case: Case, platform: str, jurisdictions: list[str], legal: LegalBasis) -> dict:
    """The notice for one confirmed case (plain JSON data). No analyst's name, no notes."""
    listing, assessment = case.listing, case.assessment
    version = assessment.version
    categories = [c for c in (assessment.categories or []) if c in CATEGORY_LABELS] or ["other_wildlife"]
    products = ", ".join(CATEGORY_LABELS[c] for c in categories)
    words = _matched_words(assessment.matches)
    provisions = legal.provisions(categories, jurisdictions)
    reasons = load_reasons()
    reason_label = reasons.label(case.reason_code)
    st = get_settings()
    legal_text = "; ".join(p.cite for p in provisions) or "no provision configured (config/legal)"
    explanation = (
        f"The listing offers {products} for sale. "
        + (f"Its text names: {', '.join(words)}. " if words else "")
        + f"A reviewer of the working group confirmed it as an illegal wildlife product ({reason_label}). "
        + f"Legal basis: {legal_text}.")
    price_amount = version.price_amount
    return {
        "reference": f"WW-{case.id}",
        "platform": platform,
        "listing_id": listing.external_id,
        "url": listing.url,
        "seller_id": listing.seller_id,
        "seller_name": listing.seller_name,
        "seller_url": listing.seller_url,
        "title": version.title,
        "description": version.description,
        "price_text": version.price_text,
        "price_amount": None if price_amount is None else format(price_amount.normalize(), "f"),
        "currency": version.currency,
        "location": version.location,
        "lang": version.lang,
        "captured_at": iso(version.fetched_at or version.created_at),
        "content_sha256": version.content_sha256,
        "category": categories[0],
        "categories": categories,
        "species_product": products,
        "matched_words": words,
        "reason_code": case.reason_code,
        "reason": reason_label,
        "decided_at": iso(case.decided_at),
        "tlp": case.tlp,
        "legal_basis": [p.to_dict() for p in provisions],
        "explanation": explanation,
        "evidence": _evidence(session, case, version.id),
        "automated_detection": True,  # found by the classifier, confirmed by a person
        "dsa_statement_suggestion": {
            "decision_ground": "DECISION_GROUND_ILLEGAL_CONTENT",
            "illegal_content_legal_ground": legal_text,
            "illegal_content_explanation": explanation,
            "category": "STATEMENT_CATEGORY_ANIMAL_WELFARE",
            "category_specification": ["KEYWORD_UNLAWFUL_SALE_ANIMALS"],
            "source_type": "SOURCE_TRUSTED_FLAGGER" if st.trusted_flagger else "SOURCE_ARTICLE_16",
            "source_identity": st.notifier_name,
            "automated_detection": "Yes",
            "content_type": ["CONTENT_TYPE_PRODUCT", "CONTENT_TYPE_TEXT"],
        },
    }


# CSV: one row per item; the columns are part of the published format (append only, never reorder).
CSV_COLUMNS = (
    "report_id", "platform", "reference", "listing_id", "url", "seller_id", "seller_name", "seller_url",
    "title", "description", "price_text", "price_amount", "currency", "captured_at", "category",
    "species_product", "matched_words", "reason_code", "decided_at", "legal_basis", "explanation",
    "evidence_sha256", "tlp", "notifier_name", "notifier_email", "good_faith_statement",
    "dsa_category", "dsa_keyword", "dsa_source_type", "automated_detection",
)


def _cell(value: Any) -> str:
    """Listing text is hostile: a cell a spreadsheet would read as a formula is quoted."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_text(document: dict) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    n = document["notifier"]
    for it in document["items"]:
        dsa = it["dsa_statement_suggestion"]
        row = {**it, "report_id": document["report_id"], "matched_words": " | ".join(it["matched_words"]),
               "legal_basis": " | ".join(p["cite"] for p in it["legal_basis"]),
               "evidence_sha256": " | ".join(f"{e['kind']}:{e['sha256']}" for e in it["evidence"]),
               "notifier_name": n["name"], "notifier_email": n["email"],
               "good_faith_statement": document["good_faith_statement"], "dsa_category": dsa["category"],
               "dsa_keyword": " | ".join(dsa["category_specification"]), "dsa_source_type": dsa["source_type"],
               "automated_detection": dsa["automated_detection"]}
        w.writerow([_cell(row.get(c)) for c in CSV_COLUMNS])
    return out.getvalue()

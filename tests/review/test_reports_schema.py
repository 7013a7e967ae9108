"""The published JSON Schema of takedown reports: every generated report (draft, sent, several
categories, with evidence) validates; a broken one is refused naming the JSON path; the schema
documents every field an item carries; the CSV columns are the published ones, in order."""
from __future__ import annotations

import copy
import json

import oversight_seed as seed
import pytest
import reports_seed


@pytest.fixture
def store(store_url):
    from review.db import get_engine

    get_engine(store_url)
    return store_url


def _sent_document(s, n=3, categories=("ivory",), platform="demo-zh"):
    from review import reports

    lead = seed.user(s, "lena", "lead", groups=("zh-analysts",))
    ids = seed.cases(s, n, platform=platform, categories=categories)
    for cid in ids:
        seed.decide(s, cid, lead, "confirm", "named-species")
        reports_seed.add_evidence(s, cid)
    r = reports.create_report(s, lead, platform)
    draft = copy.deepcopy(reports.document(r))
    reports.mark_reviewed(s, lead, r.id)
    reports.send(s, lead, r.id)
    return draft, reports.document(r)


def test_every_generated_report_validates(store):
    from review.db import session_scope
    from review.report_schema import schema_problems

    with session_scope() as s:
        draft, sent = _sent_document(s, 3, categories=("pangolin", "ivory"))
    assert draft["status"] == "draft" and sent["status"] == "sent"
    assert schema_problems(draft) == [] and schema_problems(sent) == []
    kinds = {e["kind"] for it in sent["items"] for e in it["evidence"]}
    assert kinds == {"warc", "screenshot"}  # the evidence part of the schema was exercised
    # As a partner downloads it (bytes -> JSON), too.
    from review.reports import canonical

    assert schema_problems(json.loads(canonical(sent))) == []


def test_a_broken_report_is_refused_naming_the_place(store):
    from review.db import session_scope
    from review.report_schema import ReportSchemaError, check_document, schema_problems

    with session_scope() as s:
        _, doc = _sent_document(s, 1)
    bad = copy.deepcopy(doc)
    bad["items"][0]["url"] = "javascript:alert(1)"
    bad["items"][0]["tlp"] = "RED"
    bad["items"][0]["evidence"][0]["sha256"] = "not-a-hash"
    del bad["notifier"]["email"]
    problems = schema_problems(bad)
    assert any(p.startswith("items/0/url:") for p in problems), problems
    assert any(p.startswith("items/0/tlp:") for p in problems), problems
    assert any(p.startswith("items/0/evidence/0/sha256:") for p in problems), problems
    assert any(p.startswith("notifier:") and "email" in p for p in problems), problems
    with pytest.raises(ReportSchemaError, match="items/0/url"):
        check_document(bad)
    assert schema_problems({**doc, "schema_version": "9"})[0].startswith("schema_version:")


def test_a_report_that_breaks_the_schema_is_not_sent(store, monkeypatch):
    from review import report_items, reports
    from review.db import session_scope

    with session_scope() as s:
        lead = seed.user(s, "lena", "lead", groups=("zh-analysts",))
        cid = seed.cases(s, 1)[0]
        seed.decide(s, cid, lead, "confirm", "named-species")
        r = reports.create_report(s, lead, "demo-zh")
        reports.mark_reviewed(s, lead, r.id)
        rid = r.id
    monkeypatch.setattr(report_items, "GOOD_FAITH", "")  # a statement the schema refuses (too short)
    monkeypatch.setattr(reports, "GOOD_FAITH", "")
    with pytest.raises(reports.ReportError, match="good_faith_statement"), session_scope() as s:
        reports.send(s, seed.user(s, "lena2", "lead", groups=("zh-analysts",)), rid)
    with session_scope() as s:
        assert reports.lead_report(s, {"username": "x", "role": "admin"}, rid).status == "reviewed"


def test_the_schema_documents_every_item_field_and_is_a_valid_schema():
    from jsonschema import Draft202012Validator

    from review.report_schema import load_schema

    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$id"] == "https://wildwatch.example/schemas/takedown-report/v1"
    item_fields = set(schema["$defs"]["item"]["properties"])
    built = {"item_id", "reference", "platform", "listing_id", "url", "seller_id", "seller_name", "seller_url", "title",
             "description", "price_text", "price_amount", "currency", "location", "lang", "captured_at",
             "content_sha256", "category", "categories", "species_product", "matched_words", "reason_code", "reason",
             "decided_at", "tlp", "legal_basis", "explanation", "evidence", "automated_detection",
             "dsa_statement_suggestion"}
    assert built <= item_fields


def test_every_built_item_field_is_in_the_schema(store):
    from review.db import session_scope
    from review.report_schema import load_schema

    with session_scope() as s:
        _, doc = _sent_document(s, 1)
    schema = load_schema()
    assert set(doc) <= set(schema["properties"])
    assert set(doc["items"][0]) <= set(schema["$defs"]["item"]["properties"])
    assert set(doc["items"][0]["evidence"][0]) <= set(schema["$defs"]["evidence"]["properties"])


def test_csv_columns_are_stable():
    from review.report_items import CSV_COLUMNS

    assert CSV_COLUMNS == (
        "report_id", "platform", "reference", "listing_id", "url", "seller_id", "seller_name", "seller_url",
        "title", "description", "price_text", "price_amount", "currency", "captured_at", "category",
        "species_product", "matched_words", "reason_code", "decided_at", "legal_basis", "explanation",
        "evidence_sha256", "tlp", "notifier_name", "notifier_email", "good_faith_statement",
        "dsa_category", "dsa_keyword", "dsa_source_type", "automated_detection")

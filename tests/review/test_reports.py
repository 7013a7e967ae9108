"""Takedown reports in the store: draft -> reviewed -> sent, what each item carries (DSA Art. 16(2)),
the TLP rule, a sent report frozen by the store and by the database, partners' scope and answers,
API tokens, time to removal; and the legal basis files' validation (file:line: problem)."""
from __future__ import annotations

from datetime import timedelta

import oversight_seed as seed
import pytest
from sqlalchemy import select, text, update


@pytest.fixture
def store(store_url):
    from review.db import get_engine

    get_engine(store_url)
    return store_url


def _confirmed(s, lead, n=3, platform="demo-zh", group="zh-analysts", categories=("ivory",)):
    ids = seed.cases(s, n, group=group, platform=platform, categories=categories)
    for cid in ids:
        seed.decide(s, cid, lead, "confirm", "named-species")
    return ids


def _lead(s, name="lena", groups=("zh-analysts",)):
    return seed.user(s, name, "lead", groups=groups)


def test_report_lifecycle_and_every_notice_element(store, monkeypatch):
    from config.settings import get_settings
    from review import reports
    from review.db import session_scope

    monkeypatch.setenv("WILDWATCH_NOTIFIER_NAME", "Example Wildlife Crime Working Group")
    monkeypatch.setenv("WILDWATCH_NOTIFIER_EMAIL", "reports@wcwg.example")
    monkeypatch.setenv("WILDWATCH_TRUSTED_FLAGGER", "true")
    get_settings.cache_clear()
    with session_scope() as s:
        lead = _lead(s)
        ids = _confirmed(s, lead)
        assert [c["case_id"] for c in reports.candidates(s, lead, "demo-zh")] == ids
        r = reports.create_report(s, lead, "demo-zh")
        assert r.status == "draft" and sorted(i.case_id for i in r.items) == ids
        assert reports.candidates(s, lead, "demo-zh") == []  # "since the last report": nothing left
        with pytest.raises(reports.ReportError, match="review it before sending"):
            reports.send(s, lead, r.id)
        reports.mark_reviewed(s, lead, r.id)
        reports.send(s, lead, r.id)
        doc = reports.document(r)
    get_settings.cache_clear()
    assert doc["notifier"] == {"name": "Example Wildlife Crime Working Group", "email": "reports@wcwg.example",
                               "trusted_flagger": True}
    assert "good-faith belief" in doc["good_faith_statement"] and doc["jurisdictions"] == ["CN"]
    item = doc["items"][0]
    for key in ("url", "listing_id", "seller_id", "seller_url", "title", "description", "price_text", "captured_at",
                "content_sha256", "category", "decided_at", "reason_code", "legal_basis", "explanation", "evidence"):
        assert key in item, key
    assert item["url"].startswith("https://demo-zh.example/") and item["category"] == "ivory"
    assert item["reason_code"] == "named-species" and item["captured_at"].endswith("Z")
    cites = [p["id"] for p in item["legal_basis"]]
    assert cites[0] == "cites-appendix-i" and "cn-wpl-28" in cites and "cn-ivory-ban-2016" in cites
    assert not any(p["id"].startswith(("gb-", "us-", "vn-")) for p in item["legal_basis"])
    assert all(p["source"] for p in item["legal_basis"])
    assert "elephant ivory" in item["explanation"] and "Wildlife Protection Law" in item["explanation"]
    dsa = item["dsa_statement_suggestion"]
    assert dsa["category"] == "STATEMENT_CATEGORY_ANIMAL_WELFARE"
    assert dsa["category_specification"] == ["KEYWORD_UNLAWFUL_SALE_ANIMALS"]
    assert dsa["source_type"] == "SOURCE_TRUSTED_FLAGGER" and dsa["automated_detection"] == "Yes"
    # Never an analyst's own name, never a note.
    assert "lena" not in reports.canonical(doc).decode()


def test_sent_report_is_frozen_by_the_store_and_the_database(store):
    from review import reports
    from review.db import session_scope
    from review.models import TakedownReport, TakedownReportItem

    with session_scope() as s:
        lead = _lead(s)
        ids = _confirmed(s, lead, 2)
        r = reports.create_report(s, lead, "demo-zh")
        reports.mark_reviewed(s, lead, r.id)
        reports.send(s, lead, r.id)
        rid, item_id, digest = r.id, r.items[0].id, r.sha256
        with pytest.raises(reports.ReportError, match="sent reports cannot change"):
            reports.remove_item(s, lead, rid, ids[0])
    for sql in (f"UPDATE takedown_reports SET sha256 = 'x' WHERE id = {rid}",
                f"UPDATE takedown_reports SET status = 'draft' WHERE id = {rid}",
                f"DELETE FROM takedown_reports WHERE id = {rid}",
                f"UPDATE takedown_report_items SET payload = NULL WHERE id = {item_id}",
                f"DELETE FROM takedown_report_items WHERE id = {item_id}"):
        with pytest.raises(Exception, match="sent"), session_scope() as s:
            s.execute(text(sql))
    with session_scope() as s:  # tracking columns still move: the re-check and the partner's answer
        s.execute(update(TakedownReportItem).where(TakedownReportItem.id == item_id)
                  .values(last_checked_at=reports.now_utc()))
        assert s.get(TakedownReport, rid).sha256 == digest
        assert reports.canonical(s.get(TakedownReport, rid).document)  # stored document intact


def test_tlp_red_never_goes_out_and_a_case_raised_to_red_stops_the_send(store):
    from review import reports
    from review.cases import set_tlp
    from review.db import session_scope

    with session_scope() as s:
        lead = _lead(s)
        ids = _confirmed(s, lead, 3)
        set_tlp(s, ids[0], lead, "RED", "handed to police")
        cands = {c["case_id"]: c["shareable"] for c in reports.candidates(s, lead, "demo-zh")}
        assert cands == {ids[0]: False, ids[1]: True, ids[2]: True}
        with pytest.raises(reports.ReportError, match="TLP:RED"):
            reports.create_report(s, lead, "demo-zh", case_ids=[ids[0]])
        r = reports.create_report(s, lead, "demo-zh")  # all: the RED one is left out
        assert sorted(i.case_id for i in r.items) == ids[1:]
        reports.mark_reviewed(s, lead, r.id)
        set_tlp(s, ids[1], lead, "RED")
        with pytest.raises(reports.ReportError, match=f"case {ids[1]}: TLP:RED"):
            reports.send(s, lead, r.id)
        reports.remove_item(s, lead, r.id, ids[1])
        assert r.status == "draft"  # changed after review: reviewed again
        reports.mark_reviewed(s, lead, r.id)
        reports.send(s, lead, r.id)
        assert [i["reference"] for i in reports.document(r)["items"]] == [f"WW-{ids[2]}"]


def test_only_confirmed_cases_of_the_leads_groups_and_one_platform(store):
    from review import reports
    from review.db import session_scope

    with session_scope() as s:
        lead = _lead(s)
        analyst = seed.user(s, "ana", "analyst", groups=("zh-analysts",))
        pending = seed.cases(s, 1)
        other_group = _confirmed(s, seed.user(s, "olga", "lead", groups=("en-analysts",)), 1, group="en-analysts")
        en = _confirmed(s, lead, 1, platform="demo-en")
        with pytest.raises(reports.ReportDenied):
            reports.create_report(s, analyst, "demo-zh", case_ids=pending)
        with pytest.raises(reports.ReportError, match="is pending"):
            reports.create_report(s, lead, "demo-zh", case_ids=pending)
        with pytest.raises(reports.ReportError, match="not found in your groups"):
            reports.create_report(s, lead, "demo-zh", case_ids=other_group)
        with pytest.raises(reports.ReportError, match="another platform"):
            reports.create_report(s, lead, "demo-zh", case_ids=en)


def test_partner_scope_outcomes_and_time_to_removal(store):
    from review import reports, rechecks
    from review.db import session_scope

    with session_scope() as s:
        lead = _lead(s, groups=("zh-analysts", "en-analysts"))
        zh = _confirmed(s, lead, 2)
        en = _confirmed(s, lead, 1, platform="demo-en", group="en-analysts")
        extra = _confirmed(s, lead, 1)
        rz = reports.create_report(s, lead, "demo-zh", case_ids=zh)
        re_ = reports.create_report(s, lead, "demo-en")
        draft_only = reports.create_report(s, lead, "demo-zh", case_ids=extra)
        for r in (rz, re_):
            reports.mark_reviewed(s, lead, r.id)
            reports.send(s, lead, r.id)
        rz_id, re_id, draft_id = rz.id, re_.id, draft_only.id
        items = sorted(i.id for i in rz.items)
    with session_scope() as s:
        assert [r.id for r in reports.partner_reports(s, ("demo-zh",))] == [rz_id]  # not the draft, not demo-en
        for rid in (re_id, draft_id):
            with pytest.raises(reports.ReportNotFound):
                reports.partner_report(s, ("demo-zh",), rid)
        with pytest.raises(reports.ReportNotFound):
            reports.set_outcome(s, ("demo-en",), rz_id, items[0], "removed", actor="p")
        with pytest.raises(reports.ReportError, match="say why"):
            reports.set_outcome(s, ("demo-zh",), rz_id, items[1], "not_actioned", actor="p")
        first = reports.set_outcome(s, ("demo-zh",), rz_id, items[0], "removed", actor="p")
        at = first.outcome_at
        again = reports.set_outcome(s, ("demo-zh",), rz_id, items[0], "removed", actor="p")  # idempotent
        assert again.outcome_at == at and reports.partner_report(s, ("demo-zh",), rz_id).status == "acknowledged"
        reports.set_outcome(s, ("demo-zh",), rz_id, items[1], "removed", actor="p")
        sent_at = reports.utc(reports.partner_report(s, ("demo-zh",), rz_id).sent_at)
        assert en and len(reports.partner_items(reports.partner_report(s, ("demo-zh",), rz_id))) == 2
    # Our re-check: item 0 gone 30 h after sending; item 1 still up after the partner said removed.
    rechecks.record([items[0]], [], at=sent_at + timedelta(hours=30))
    rechecks.record([], [items[1]], at=sent_at + timedelta(days=2))
    with session_scope(readonly=True) as s:
        stats = {d["platform"]: d for d in reports.removal_stats(s)}
    zh_stats = stats["demo-zh"]
    assert zh_stats["items"] == 2 and zh_stats["seen_gone"] == 1 and zh_stats["said_removed"] == 2
    assert zh_stats["still_live"] == [items[1]] and zh_stats["accuracy"] == 1.0
    assert zh_stats["within_7d"] == 1.0 and zh_stats["within_24h"] == 0.5  # item 1: partner's word, minutes
    # hours: [~0 (the partner's word), 30 (the re-check)]; p90 interpolates between them
    assert 26.9 < zh_stats["p90_hours"] <= 27.0 and zh_stats["p50_hours"] <= 15.0
    assert stats["demo-en"]["items"] == 1 and stats["demo-en"]["answered"] == 0


def test_partner_tokens_are_hashed_scoped_and_revocable(store):
    from review import accounts, reports
    from review.db import session_scope
    from review.models import PartnerToken

    with session_scope() as s:
        admin = seed.user(s, "root", "admin")
        accounts.create_user(s, "shopco", "partner", platforms=["demo-zh"], password=seed.PASSWORD, actor="t")
        with pytest.raises(reports.ReportDenied):
            reports.create_token(s, _lead(s), "shopco")
        row, token = reports.create_token(s, admin, "shopco", "T&S bot")
        assert row.token_sha256 != token and token not in str(s.scalars(select(PartnerToken.token_sha256)).all())
        assert reports.token_scope(s, token)["platforms"] == ("demo-zh",)
        assert reports.token_scope(s, token + "x") is None
        reports.revoke_token(s, admin, row.id)
        assert reports.token_scope(s, token) is None


def test_legal_files_are_validated_with_file_and_line(tmp_path):
    from review.legal import LegalError, load_legal

    (tmp_path / "intl.yaml").write_text(
        "jurisdiction: INTL\nname: International\nprovisions:\n"
        "  - id: cites-i\n    cite: CITES App. I\n    summary: trade prohibited in these\n"
        "    categories: [ivory, unicorn]\n    source: https://cites.org/x\n", encoding="utf-8")
    (tmp_path / "cn.yaml").write_text(
        "jurisdiction: VN\nname: China\nprovisions:\n  - id: cn-1\n    cite: x\n", encoding="utf-8")
    (tmp_path / "gb.yaml").write_text("jurisdiction: GB\nname: UK\nprovisions:\n"
                                      "  - id: cites-i\n    cite: Ivory Act\n    summary: dealing prohibited here\n"
                                      "    categories: [all]\n    source: https://legislation.gov.uk/x\n"
                                      "    extra: 1\n", encoding="utf-8")
    with pytest.raises(LegalError) as exc:
        load_legal(tmp_path)
    text_ = str(exc.value)
    assert f"{tmp_path / 'intl.yaml'}:7: provisions[0].categories: unknown category 'unicorn'" in text_
    assert f"{tmp_path / 'cn.yaml'}:" in text_ and "summary: Field required" in text_
    assert f"{tmp_path / 'gb.yaml'}:9: provisions[0].extra: Extra inputs are not permitted" in text_


def test_the_shipped_legal_files_load_and_name_each_source():
    from review.legal import load_legal

    legal = load_legal()
    assert {"INTL", "CN", "VN", "GB", "US", "EU"} <= set(legal.by_jurisdiction)
    ivory = [p.id for p in legal.provisions(["ivory"], ["GB", "US", "EU", "VN"])]
    for pid in ("cites-appendix-i", "gb-ivory-act-2018", "us-esa-1538", "us-lacey-3372", "eu-wtr-8", "vn-penal-244"):
        assert pid in ivory

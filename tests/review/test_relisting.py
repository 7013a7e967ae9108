"""Relisting: after a takedown report is sent, a new listing by the same seller on the platform,
with the same text (up to case, spacing, punctuation and digits), or with a contact handle of
the reported listing is linked to the earlier case; an unrelated listing, a listing seen before
the report and the reported listing itself are not. Links are made once, shown both ways, and a
case of another group is not named."""
from __future__ import annotations

import itertools
from datetime import datetime, timedelta, timezone

import oversight_seed as seed
import pytest

_seq = itertools.count(1)
TEXT = ("象牙手镯 老料 #12", "纯天然象牙，包老包真，价格 800，微信 ivory88 私聊")


@pytest.fixture
def store(store_url):
    from review.db import get_engine

    get_engine(store_url)
    return store_url


def put(s, platform, seller, title, desc, contacts=(), when=None, case_group=None, listing_id=None):
    """Store one listing and its assessment (review.intake, as the pipeline does); open a case when
    case_group is given. Returns (listing id, case id or None)."""
    from sqlalchemy import select

    from crawler.listing import check_listing
    from review.intake import open_cases, store_assessments, store_listings
    from review.models import ListingVersion

    k = next(_seq)
    when = when or datetime.now(timezone.utc)
    item = check_listing({"platform": platform, "listing_id": listing_id or f"R{k:05d}", "title": title,
                          "description": desc, "url": f"https://{platform}.example/{k}", "seller_id": seller,
                          "seller_name": f"Shop {seller}", "price_text": "¥800", "lang": "zh",
                          "fetched_at": when.isoformat()})
    [vid] = store_listings(s, [item])
    aid = store_assessments(s, [{"listing_version_id": vid, "lexicon_version": "l", "model_version": "m",
                                 "score": 0.9, "label": "illegal", "flagged": True, "categories": ["ivory"],
                                 "matches": [], "cues": [], "explanation": "x",
                                 "contacts": [{"kind": kind, "value": value} for kind, value in contacts]}])[vid]
    lid = s.scalar(select(ListingVersion.listing_id).where(ListingVersion.id == vid))
    cid = None
    if case_group:
        [cid] = open_cases(s, [{"listing_id": lid, "assessment_id": aid, "version_id": vid, "group": case_group,
                                "priority": "normal", "rule": "t", "score": 0.9, "capture": None, "fetched_at": None}], {})
    return lid, cid


def _send(s, lead, case_ids, platform="demo-zh"):
    from review import reports

    for cid in case_ids:
        seed.decide(s, cid, lead, "confirm", "named-species")
    r = reports.create_report(s, lead, platform, case_ids)
    reports.mark_reviewed(s, lead, r.id)
    reports.send(s, lead, r.id)
    return r


def _links(s):
    from sqlalchemy import select

    from review.models import RelistingLink

    return {(l.listing_id, l.earlier_case_id): tuple(l.reasons) for l in s.scalars(select(RelistingLink))}


def test_relistings_are_linked_by_seller_text_or_contact_and_nothing_else(store):
    from review.db import session_scope
    from review.relisting import for_cases, for_listing

    past = datetime.now(timezone.utc) - timedelta(days=3)
    with session_scope() as s:
        lead = seed.user(s, "lena", "lead", groups=("zh-analysts",))
        old_lid, old_case = put(s, "demo-zh", "s1", *TEXT, contacts=[("wechat", "ivory88")], when=past,
                                case_group="zh-analysts")
        before_lid, _ = put(s, "demo-zh", "s1", "旧货 别的东西 在报告之前", "早就在了", when=past)  # seen before the report
        _send(s, lead, [old_case])
        assert _links(s) == {}
        seller_lid, seller_case = put(s, "demo-zh", "s1", "全新 手镯 另一件", "完全不同的描述文字", case_group="zh-analysts")
        text_lid, _ = put(s, "demo-zh", "s9", "象牙手镯  老料 #13!", "纯天然象牙，包老包真，价格 750，微信 ivory88 私聊")
        contact_lid, _ = put(s, "demo-en", "x7", "Old bangle, natural material", "Ask me on WeChat",
                             contacts=[("WeChat", "IVORY88")])
        other_lid, _ = put(s, "demo-zh", "s5", "纯棉T恤 九成新", "尺码L，同城自提", contacts=[("wechat", "tshirt_guy")])
        links = _links(s)
        assert links == {(seller_lid, old_case): ("seller",), (text_lid, old_case): ("text",),
                         (contact_lid, old_case): ("contact:wechat:ivory88",)}
        # the same listings stored again (a re-crawl, a re-assessment): no second link
        put(s, "demo-zh", "s9", "象牙手镯  老料 #13!", "纯天然象牙，包老包真，价格 750，微信 ivory88 私聊",
            listing_id=s.get(__import__("review.models").models.Listing, text_lid).external_id)
        assert _links(s) == links

        back = for_listing(s, lead, seller_lid)
        assert [e["earlier"]["case_id"] for e in back["relisted_from"]] == [old_case] and back["relisted_as"] == []
        fwd = for_listing(s, lead, old_lid)
        assert sorted(e["later"]["listing_id"] for e in fwd["relisted_as"]) == sorted([seller_lid, text_lid, contact_lid])
        assert {e["later"]["listing_id"]: e["later"]["case_id"] for e in fwd["relisted_as"]}[seller_lid] == seller_case
        assert sorted(e["later"]["listing_id"] for e in for_cases(s, lead, [old_case])[old_case]) == \
            sorted([seller_lid, text_lid, contact_lid])
        assert before_lid not in {e["later"]["listing_id"] for e in fwd["relisted_as"]}
        assert other_lid not in {l for l, _ in links}

        # an analyst of another group sees that a relisting exists, not which case it is
        outsider = seed.user(s, "olga", "analyst", groups=("en-analysts",))
        [e] = for_listing(s, outsider, seller_lid)["relisted_from"]
        assert e["earlier"]["case_id"] is None and e["earlier"]["other_group"]


def test_text_key_ignores_case_width_spacing_digits_but_not_words():
    from review.relisting import text_key

    assert text_key("IVORY Bangle #12", "call 555-1234") == text_key("ivory  bangle 13", "CALL 555 9999!")
    assert text_key("ＩＶＯＲＹ bangle", "old") == text_key("ivory bangle", "old")  # full width
    assert text_key("ivory bangle", "old") != text_key("ivory bangle", "new")
    assert text_key("hi", "12345") == ""  # too short to link anything


def test_nothing_reported_nothing_linked(store):
    from review.db import session_scope

    with session_scope() as s:
        put(s, "demo-zh", "s1", *TEXT, case_group="zh-analysts")
        put(s, "demo-zh", "s1", *TEXT)
        assert _links(s) == {}

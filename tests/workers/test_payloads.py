"""orjson for the pipeline's payloads (issue 13) gives the same values as the json module did:
job arguments (RQ's serializer), the assessment parts a classify job stores, the ingest CLI's
items; and platform files are read once and again only when they change."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal

from pipeline_helpers import make_items
from rq.serializers import JSONSerializer

from crawler.listing import json_default
from workers.payloads import OrjsonSerializer, plain


def _old_plain(value):  # workers.jobs._plain before issue 13
    return json.loads(json.dumps(value, ensure_ascii=False, default=lambda o: getattr(o, "__dict__", str(o))))


def test_job_arguments_read_back_equal_either_way_with_amounts_as_strings():
    items = make_items(6)
    items[0]["price_amount"] = Decimal("1234.5600")
    items[1]["posted_at"] = datetime(2026, 10, 1, 4, 0, 5, 123, tzinfo=timezone.utc)
    items[2]["title"] = "象牙 \u202e bidi, NUL \x00, emoji 🐘"
    items[3]["capture"] = {"headers": {"X-A": "v"}, "n": 2**63 - 1, "f": 0.1}
    job = ("workers.jobs.ingest_batch", None, [items], {"batch_id": None})
    # what the old serializer made of them (json, the contract's json_default for money and times)
    expected = json.loads(json.dumps(job, default=json_default))
    assert OrjsonSerializer.loads(OrjsonSerializer.dumps(job)) == expected
    assert expected[2][0][0]["price_amount"] == "1234.56"
    # the crawler still writes with RQ's JSONSerializer: read the same; and the other way round
    plain_job = json.loads(json.dumps(job, default=json_default))
    assert OrjsonSerializer.loads(JSONSerializer.dumps(plain_job)) == plain_job
    assert JSONSerializer.loads(OrjsonSerializer.dumps(plain_job)) == plain_job


def test_what_orjson_refuses_goes_through_the_json_module_as_before():
    odd = {"lone": "\ud800", "huge": 10**30, "nested": [{"x": "\udfff"}]}
    assert OrjsonSerializer.loads(OrjsonSerializer.dumps(odd)) == json.loads(json.dumps(odd))
    # NaN written by a producer with the json module: read, as json.loads reads it
    nan = OrjsonSerializer.loads(JSONSerializer.dumps({"price_amount": float("nan")}))["price_amount"]
    assert nan != nan
    # a pickle is still no JSON job
    import pickle

    import pytest

    with pytest.raises(ValueError):
        OrjsonSerializer.loads(pickle.dumps({"a": 1}))


def test_assessment_parts_are_stored_exactly_as_before():
    from workers.jobs import classifier

    clf = classifier()
    texts = [(i["title"], i["description"]) for i in make_items(8)] + [
        ("Genuine elephant ivory bangle, pre-ban", "PM me on WhatsApp +1 555 0100, cash only"),
        ("穿山甲片 一斤", "微信 shop88 包邮"), ("", ""), ("vintage denim jacket", "size M")]
    seen_matches = False
    for n, (title, desc) in enumerate(texts):
        a = clf.assess({"id": str(n), "title": title, "description": desc, "price_text": "", "seller": "s",
                        "platform": "demo-zh", "lang": None})
        d = a.to_dict() if hasattr(a, "to_dict") else {}
        for part in ("matches", "cues", "contacts", "contributions"):
            value = d.get(part, getattr(a, part, None))
            assert plain(value) == _old_plain(value)
        for raw in (a.matches, a.cues, a.contacts):  # the dataclasses themselves, not only to_dict's
            assert plain(raw) == _old_plain(raw)
        seen_matches |= bool(a.matches)
    assert seen_matches


def test_plain_on_dataclasses_tuples_and_odd_values():
    @dataclass
    class Hit:
        term: str
        span: tuple
        weight: float

    value = {"hits": [Hit("象牙", (0, 2), 0.5)], "t": (1, "a"), 3: None,
             "when": datetime(2026, 1, 1, tzinfo=timezone.utc), "money": Decimal("1.50"),
             "bad": "\ud800", "big": 10**25}
    assert plain(value) == _old_plain(value)


def test_platform_files_are_read_once_and_again_when_changed(tmp_path, monkeypatch):
    import os

    import workers.platforms as platforms

    calls = []
    real = platforms.load_platform
    monkeypatch.setattr(platforms, "load_platform", lambda p: calls.append(p) or real(p))
    from config.settings import CONFIG_DIR

    text = (CONFIG_DIR / "platforms" / "example-jsonld.yaml").read_text(encoding="utf-8")
    path = tmp_path / "example-jsonld.yaml"
    path.write_text(text, encoding="utf-8")
    first = platforms.load_platforms(tmp_path)
    again = platforms.load_platforms(tmp_path)
    assert first == again and len(calls) == 1
    assert first["example-jsonld"].rendering == "static"
    path.write_text(text.replace("rendering: static", "rendering: browser"), encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))  # a new mtime even on coarse clocks
    changed = platforms.load_platforms(tmp_path)
    assert len(calls) == 2 and changed["example-jsonld"].rendering == "browser"
    path.unlink()
    assert "example-jsonld" not in platforms.load_platforms(tmp_path) and len(calls) == 2

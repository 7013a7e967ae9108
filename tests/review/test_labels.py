"""The reviewers' decisions as labeled training data, and `wildwatch train --from-store`."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import oversight_seed as seed


def _run(*args):
    from cli.main import app

    return CliRunner().invoke(app, list(args), catch_exceptions=False, env={"COLUMNS": "220"})


@pytest.fixture
def decided(store_url, monkeypatch):
    """Cases in every state: 8 confirmed, 7 suspicious, 9 dismissed, 1 escalated, 1 pending."""
    from config.settings import get_settings
    from review.db import session_scope

    monkeypatch.setenv("WILDWATCH_QA_DECISION_RATE", "0")
    get_settings.cache_clear()
    with session_scope() as s:
        ana = seed.user(s, "ana", "analyst", ["zh-analysts"])
        ivory = seed.cases(s, 8, categories=["ivory", "tiger"], title="出售象牙手镯", description="老料 微信 ivory88")
        maybe = seed.cases(s, 7, categories=["ivory"], title="猛犸象牙雕件", description="懂的来")
        white = seed.cases(s, 9, categories=["ivory"], title="象牙白 连衣裙", description="颜色：象牙白，全新")
        other = seed.cases(s, 2)
        for cid in ivory:
            seed.decide(s, cid, ana, "confirm", "code-word")
        for cid in maybe:
            seed.decide(s, cid, ana, "suspicious", "ambiguous-material")
        for cid in white:
            seed.decide(s, cid, ana, "dismiss", "colour-or-idiom")
        seed.decide(s, other[0], ana, "escalate")
    return {"ivory": ivory, "maybe": maybe, "white": white, "other": other}


def test_decided_cases_become_labeled_listings(decided):
    from review.db import session_scope
    from review.labels import labeled_listings

    with session_scope(readonly=True) as s:
        rows = list(labeled_listings(s))
        only_en = list(labeled_listings(s, groups=["en-analysts"]))
    assert only_en == []
    by_case = {r["case_id"]: r for r in rows}
    assert set(by_case) == set(decided["ivory"] + decided["maybe"] + decided["white"])  # not open, not escalated
    c = by_case[decided["ivory"][0]]
    assert (c["label"], c["category"], c["tags"]) == ("illegal", "ivory", ["code-word"])
    assert c["title"].startswith("出售象牙手镯") and c["description"] == "老料 微信 ivory88"
    assert c["id"] == f"case-{c['case_id']}" and c["platform"] == "demo-zh" and c["lang"] == "zh"
    m = by_case[decided["maybe"][0]]
    assert (m["label"], m["category"], m["tags"]) == ("suspicious", "ivory", ["ambiguous-material"])
    w = by_case[decided["white"][0]]
    assert (w["label"], w["category"], w["tags"]) == ("benign", "none", ["colour-or-idiom"])
    assert [r["case_id"] for r in rows] == sorted(by_case)


def test_train_from_store_and_also_a_file(decided, tmp_path):
    extra = tmp_path / "extra.jsonl"
    extra.write_text("\n".join([
        json.dumps({"id": "x-1", "title": "象牙塔里的青春", "description": "小说 二手", "label": "benign",
                    "category": "none", "tags": ["trap_idiom"]}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "x-2", "title": "穿山甲片 一斤", "description": "药用 正品", "label": "illegal",
                    "category": "pangolin", "tags": ["plain"]}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    model = tmp_path / "model.json"
    res = _run("train", "--from-store", "--also", str(extra), "-o", str(model), "--folds", "3")
    assert res.exit_code == 0, res.output
    assert "line 2: not valid JSON" in res.output  # the bad line is named; the rest goes in
    assert "store: 24 listings (benign 9, illegal 8, suspicious 7)" in res.output
    trained = json.loads(model.read_text(encoding="utf-8"))["trained_on"]
    assert trained["n"] == 26
    assert set(trained["ids"]) == {f"case-{i}" for i in decided["ivory"] + decided["maybe"] + decided["white"]} | \
        {"x-1", "x-2"}
    data = [line for line in res.output.splitlines() if line.startswith("training data -> ")]
    combined = data[0].split(" -> ", 1)[1]
    lines = [json.loads(x) for x in open(combined, encoding="utf-8")]
    assert len(lines) == 26 and trained["file"] == combined.rsplit("/", 1)[-1]


def test_train_without_data_says_what_to_give(store_url):
    res = _run("train")
    assert res.exit_code == 2 and "--from-store" in res.output

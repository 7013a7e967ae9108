"""`wildwatch ingest FILE [--wait]`: crawler items and plain listing JSON into the real pipeline
(embedded Redis, real workers, the store); bad lines are reported by number, the rest go in."""
from __future__ import annotations

import json
import re

from click.testing import CliRunner
from pipeline_helpers import drain, make_items, start_worker


def _cli(*args):
    from cli.main import app

    return CliRunner().invoke(app, list(args), catch_exceptions=False, env={"COLUMNS": "200"})


def _file(tmp_path):
    crawler_item = make_items(1)[0]  # 象牙手镯: flagged
    lines = [
        json.dumps(crawler_item, ensure_ascii=False),
        '{"id": "p1", "title": "not json',
        json.dumps({"id": "p2", "title": "穿山甲片 一斤", "description": "微信联系 shop88", "price": 380,
                    "seller": "s9"}, ensure_ascii=False),
        json.dumps({"title": "no id at all"}),
        "",
        json.dumps({"id": "p3", "title": "纯棉T恤 九成新", "description": "同城自提", "price": "¥30"}, ensure_ascii=False),
        "[1, 2]",
    ]
    path = tmp_path / "listings.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_ingest_reports_bad_lines_and_queues_the_rest(store_url, redis_conn, tmp_path):
    from review.db import session_scope
    from review.stats import totals

    result = _cli("ingest", str(_file(tmp_path)), "--platform", "partner-export")
    assert result.exit_code == 1  # some lines were bad; the good ones went in
    out = result.output
    assert "line 2: not valid JSON" in out and "line 4: field 'listing_id': required" in out
    assert "line 7: expected a JSON object" in out
    assert "3 listings queued for the pipeline in 1 job; 3 bad lines skipped" in out
    assert "no worker is running" in out
    drain(redis_conn)
    with session_scope(readonly=True) as s:
        t = totals(s)
    assert (t["listings"], t["cases"], t["ingest_errors"]) == (3, 2, 0)


def test_ingest_wait_prints_what_became_cases(store_url, redis_conn, tmp_path):
    path = tmp_path / "good.jsonl"
    path.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in make_items(6)) + "\n", encoding="utf-8")
    worker = start_worker()
    try:
        result = _cli("ingest", str(path), "--wait", "--timeout", "120")
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    assert result.exit_code == 0, result.output
    assert "6 listings queued" in result.output and "processed 6: 2 flagged, 2 cases" in result.output
    rows = re.findall(r"^(\d+) +(\d+) +(\S+) .*?(demo-zh/L\d+) +(.*)$", result.output, re.M)
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [("1", "zh-analysts", "demo-zh/L0", "象牙手镯 老料 #0"),
                                                       ("5", "zh-analysts", "demo-zh/L4", "象牙手镯 老料 #4")]


def test_ingest_of_nothing_usable_is_an_error(store_url, redis_conn, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"title": "x"}\nnope\n', encoding="utf-8")
    result = _cli("ingest", str(path))
    assert result.exit_code == 1 and "no usable listing (2 bad lines)" in result.output
    missing = _cli("ingest", str(tmp_path / "missing.jsonl"))
    assert missing.exit_code == 1 and "No such file" in missing.output

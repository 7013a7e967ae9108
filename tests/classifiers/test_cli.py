import json

from click.testing import CliRunner

from cli.main import app


def run(args, input=None):
    return CliRunner().invoke(app, args, input=input, catch_exceptions=False)


def test_classify_keeps_order_and_reports_bad_lines_by_number(tmp_path):
    good1 = {"id": "a", "title": "出 象.牙 手镯 老料 私聊", "description": "", "price": "¥2800"}
    good2 = {"id": "b", "title": "美的 电饭煲 9成新", "description": "上海自提", "price": "¥80"}
    lines = [json.dumps(good1, ensure_ascii=False), "{not json", "[1, 2]", json.dumps(good2, ensure_ascii=False)]
    f = tmp_path / "in.jsonl"
    f.write_bytes(("\n".join(lines) + "\n").encode() + b'{"id": "c", "title": "\xff\xfe"}\n')
    res = run(["classify", str(f)])
    assert res.exit_code == 0
    out = [json.loads(x) for x in res.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["a", None, None, "b", None]
    assert out[0]["flagged"] is True and out[0]["label"] in ("illegal", "suspicious")
    assert out[3]["flagged"] is False
    assert out[1]["line"] == 2 and "not valid JSON" in out[1]["error"]
    assert out[4]["line"] == 5 and "not UTF-8" in out[4]["error"]
    assert "line 2" in res.stderr and "line 3" in res.stderr and "line 5" in res.stderr


def test_classify_strict_stops_at_first_bad_line(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text('{"title": "ok"}\n{oops\n{"title": "never read"}\n', encoding="utf-8")
    res = run(["classify", "--strict", str(f)])
    assert res.exit_code == 1
    assert len(res.stdout.splitlines()) == 1


def test_classify_reads_stdin_and_reports_offsets_in_original_text():
    listing = {"id": "x", "title": "好货 象 牙 筷子", "description": "加微 ivory_seller88 详聊"}
    res = run(["classify", "-"], input=json.dumps(listing, ensure_ascii=False) + "\n")
    out = json.loads(res.stdout)
    m = next(m for m in out["matches"] if m["canonical"] == "象牙")
    assert listing["title"][m["start"]:m["end"]] == "象 牙"
    assert {"kind": "wechat", "value": "ivory_seller88", "field": "description"} in out["contacts"]
    assert out["explanation"]


def test_explain_prints_highlighted_assessment():
    res = run(["explain", "Genuine elephant ivory bangle, not resin", "-d", "WhatsApp +852 6123 4567"])
    assert res.exit_code == 0
    assert "ivory" in res.stdout.lower() and "whatsapp" in res.stdout.lower()


def test_train_then_eval_uses_cross_validation_on_training_data(tmp_path):
    rows = []
    for i in range(12):
        rows.append({"id": f"i{i}", "title": f"象牙手镯 老料 {i}号 私聊", "label": "illegal", "lang": "zh", "tags": ["plain"]})
        rows.append({"id": f"s{i}", "title": f"猛犸象牙 手串 {i}号", "label": "suspicious", "lang": "zh", "tags": ["trap_legal_alt"]})
        rows.append({"id": f"b{i}", "title": f"象牙白 衬衫 {i}号", "label": "benign", "lang": "zh", "tags": ["trap_color"]})
    data = tmp_path / "train.jsonl"
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    model = tmp_path / "model.json"
    res = run(["train", str(data), "-o", str(model)])
    assert res.exit_code == 0, res.output
    assert json.loads(model.read_text())["trained_on"]["n"] == 36
    res = run(["eval", str(data), "--model", str(model)])
    assert "cross-validation" in res.stdout and "training data" in res.stdout
    assert "false-flag rate on benign traps" in res.stdout


def test_lexicon_check_reports_problems(tmp_path):
    (tmp_path / "x.yaml").write_text("entries:\n  - {term: 象牙, category: ivory, kind: nam, source: s}\n", encoding="utf-8")
    res = run(["lexicon", "check", str(tmp_path)])
    assert res.exit_code == 1
    assert "x.yaml:2: entry 1 (象牙): kind 'nam'" in res.stderr


def test_bench_prints_both_rates_and_memory(tmp_path):
    rows = [{"id": f"x{i}", "title": t, "label": lab} for i, (t, lab) in enumerate(
        [("象牙手镯 老料", "illegal"), ("美的 电饭煲", "benign"), ("Pangolin scales per kg", "illegal")] * 5)]
    data = tmp_path / "d.jsonl"
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    res = CliRunner().invoke(app, ["bench", "classify", "--file", str(data), "--stream", "300", "--rounds", "2", "--json"],
                             catch_exceptions=False)
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["data"] == {"path": str(data), "listings": 15, "note": "given with --file"}
    for workload in ("labeled", "stream"):  # both baselines (HMM=False like for like, HMM=True), side by side
        got = out[workload]
        for key in ("wildwatch_per_s", "baseline_per_s", "baseline_hmm_per_s", "ratio", "ratio_hmm",
                    "median_round_ratio", "median_round_ratio_hmm"):
            assert got[key] > 0, (workload, key)
        assert got["ratio"] == got["wildwatch_per_s"] / got["baseline_per_s"]
    assert "1 in 100" in out["stream"]["workload"] and out["rss_mb"] > 0
    assert "HMM=False" in res.stderr and "resident memory" in res.stderr


def test_bench_says_which_data_it_falls_back_to_on_a_fresh_clone(monkeypatch, tmp_path):
    from classifiers import bench

    monkeypatch.setattr(bench, "DEV_FILE", tmp_path / "no-shared" / "dev.jsonl")  # as on a fresh clone
    path, note = bench.default_file()
    assert path == bench.DEMO_FILE and path.exists()
    assert "demo listings" in note and "dev.jsonl was not found" in note and "not comparable" in note

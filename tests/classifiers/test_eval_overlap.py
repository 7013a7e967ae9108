"""`wildwatch eval` tells training data from held-out listings by listing id, not by file hash."""
import json

import pytest
from click.testing import CliRunner

from cli.main import app


def run(args):
    return CliRunner().invoke(app, args, catch_exceptions=False)


def _rows(prefix: str, n: int) -> list[dict]:
    rows = []
    for i in range(n):
        rows.append({"id": f"{prefix}i{i}", "title": f"象牙手镯 老料 {prefix}{i}号 私聊", "label": "illegal", "lang": "zh"})
        rows.append({"id": f"{prefix}s{i}", "title": f"猛犸象牙 手串 {prefix}{i}号", "label": "suspicious", "lang": "zh"})
        rows.append({"id": f"{prefix}b{i}", "title": f"象牙白 衬衫 {prefix}{i}号", "label": "benign", "lang": "zh",
                     "tags": ["trap_color"]})
    return rows


def _write(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A model trained on 36 listings (ids t...), and those listings."""
    d = tmp_path_factory.mktemp("overlap")
    rows = _rows("t", 12)
    data = _write(d / "train.jsonl", rows)
    model = d / "model.json"
    res = run(["train", str(data), "-o", str(model)])
    assert res.exit_code == 0, res.output
    return model, rows


def _eval(model, path, *extra):
    res = run(["eval", str(path), "--model", str(model), "--json", *extra])
    return res, (json.loads(res.stdout) if res.exit_code == 0 else None)


def test_train_records_the_sorted_training_ids(trained):
    model, rows = trained
    assert json.loads(model.read_text())["trained_on"]["ids"] == sorted(r["id"] for r in rows)


def test_training_data_with_one_line_dropped_is_still_cross_validated(trained, tmp_path):
    model, rows = trained
    res, out = _eval(model, _write(tmp_path / "minus1.jsonl", rows[1:]))  # another file hash, same listings
    assert out["overlap"]["in_training_data"] == 35 and not out["overlap"]["held_out"]
    assert "cross-validation" in out["method"] and "35 of 35 listings are in the model's training data" in out["method"]
    shown = run(["eval", str(tmp_path / "minus1.jsonl"), "--model", str(model)])
    assert "35 of 35 listings are in the model's training data" in shown.stdout
    assert "not held-out figures" in shown.stdout


def test_one_overlapping_listing_is_enough_to_cross_validate(trained, tmp_path):
    model, rows = trained
    fresh = _rows("u", 6)
    res, out = _eval(model, _write(tmp_path / "mixed.jsonl", fresh + rows[:1]))
    assert out["overlap"] == {"n": 19, "in_training_data": 1, "without_id": 0, "model_training_ids": 36,
                              "held_out": False}
    assert "cross-validation" in out["method"] and "1 of 19 listings" in out["method"]


def test_unseen_ids_are_scored_by_the_model_as_held_out(trained, tmp_path):
    model, _ = trained
    res, out = _eval(model, _write(tmp_path / "fresh.jsonl", _rows("u", 6)))
    assert out["overlap"]["held_out"] and out["overlap"]["in_training_data"] == 0
    assert "held out" in out["method"] and "cross-validation" not in out["method"]
    assert out["overall"]["n"] == 18


def test_held_out_figures_on_training_data_are_refused(trained, tmp_path):
    model, rows = trained
    res, _ = _eval(model, _write(tmp_path / "mixed.jsonl", _rows("u", 6) + rows[:2]), "--no-cv")
    assert res.exit_code == 1
    assert "2 of 20 listings are in the model's training data" in res.output and "--skip-trained" in res.output
    res, out = _eval(model, tmp_path / "mixed.jsonl", "--no-cv", "--skip-trained")
    assert res.exit_code == 0, res.output
    assert out["overall"]["n"] == 18 and out["overlap"]["held_out"] and "held out" in out["method"]


def test_listings_without_an_id_may_be_training_data(trained, tmp_path):
    model, _ = trained
    fresh = _rows("u", 6)
    del fresh[0]["id"]
    res, out = _eval(model, _write(tmp_path / "noid.jsonl", fresh))
    assert out["overlap"]["without_id"] == 1 and not out["overlap"]["held_out"]
    assert "1 of 18 listings have no id" in out["method"] and "cross-validation" in out["method"]


def test_a_model_that_records_no_ids_is_never_taken_as_held_out(trained, tmp_path):
    model, _ = trained
    old = json.loads(model.read_text())
    del old["trained_on"]["ids"]  # a model trained before ids were recorded
    old_model = tmp_path / "old.json"
    old_model.write_text(json.dumps(old), encoding="utf-8")
    res, out = _eval(old_model, _write(tmp_path / "fresh.jsonl", _rows("u", 6)))
    assert out["overlap"]["model_training_ids"] is None and "cross-validation" in out["method"]
    assert "records no training ids" in out["method"]
    res, _ = _eval(old_model, tmp_path / "fresh.jsonl", "--no-cv")
    assert res.exit_code == 1 and "retrain" in res.output


def test_the_shipped_model_records_its_training_ids():
    from classifiers.model import load_model

    ids = load_model().training_ids
    assert ids and len(ids) == load_model().trained_on["n"]

"""`wildwatch classify` on hostile input (issue 15): a lone surrogate in an id, JSON nested 1,000
deep -> one error line each (or the line classified), the rest classified; messages say what
the file is and what to do, with columns as an editor counts them."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from classifiers.listings_io import read_listings

REPO = Path(__file__).resolve().parents[2]
LEXICON = REPO / "tests" / "workers" / "lexicon"


def _errors(path) -> list[str]:
    return [line.error for line in read_listings(path) if line.listing is None]


def test_surrogates_and_deep_nesting_do_not_stop_the_run(tmp_path):
    lines = [
        json.dumps({"id": "a\ud800", "title": "象牙手镯 \udfff"}),  # lone surrogates, as JSON escapes
        '{"id": "deep", "x": ' + "[" * 1000 + "]" * 1000 + "}",
        json.dumps({"id": "ok", "title": "纯棉T恤"}, ensure_ascii=False),
        '{"id": "x", "title": "tab\there"}',
        json.dumps({"id": "last", "title": "象牙"}, ensure_ascii=False),
    ]
    path = tmp_path / "hostile.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "cli.main", "classify", str(path), "--keywords", str(LEXICON)],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    out = [json.loads(ln) for ln in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a\ud800", None, "ok", None, "last"]  # the id kept, as an escape
    assert "score" in out[0] and "score" in out[2] and "score" in out[4]
    assert out[1] == {"id": None, "line": 2, "error": "line 2: JSON nested too deep to read (a listing is a flat object)"}
    assert out[3]["error"] == "line 4: not valid JSON (Invalid control character at column 26)"  # not "at at"
    assert "2 line(s) could not be classified" in proc.stderr


def test_utf16_file_is_named_with_what_to_do(tmp_path):
    for encoding, name in (("utf-16", "UTF-16"), ("utf-16-le", "UTF-16LE"), ("utf-32", "UTF-32")):
        path = tmp_path / f"{encoding}.jsonl"
        path.write_text('{"id": "a", "title": "象牙"}\n{"id": "b", "title": "x"}\n', encoding=encoding)
        errors = _errors(path)
        assert len(errors) == 1, errors  # once for the file, not once per line
        assert f"the file is {name}, not UTF-8" in errors[0] and f"iconv -f {name} -t UTF-8" in errors[0]
        assert "GBK" not in errors[0]


def test_cut_lines_and_other_encodings_get_columns_in_characters(tmp_path):
    path = tmp_path / "mixed.jsonl"
    cut = '{"id": "cut", "title": "象牙手'.encode()[:-1]  # the last character cut in half
    gbk = '{"id": "g", "title": "象牙"}'.encode("gbk")
    latin = '{"id": "l", "title": "café"}'.encode("latin-1")
    path.write_bytes(b"\n".join([cut, gbk, latin, '\ufeff{"id": 1,}'.encode()]) + b"\n")
    errors = _errors(path)
    # column 27 is where the cut character starts, counting characters (byte 31)
    assert errors[0].startswith("line 1: ends in the middle of a character at column 27 (a cut line")
    assert errors[1].startswith("line 2: not UTF-8 (bad byte 0xcf at column 23)") and "GBK" in errors[1]
    assert errors[2].startswith("line 3: not UTF-8 (bad byte 0xe9 at column 26)") and "GBK" not in errors[2]
    assert errors[3] == "line 4: not valid JSON (Expecting property name enclosed in double quotes at column 11)"

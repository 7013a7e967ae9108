"""colour_codes' precondition (any colour or piece code written at all) as substring tests, against
the regex of the same alternatives it replaced, over the normalised texts of the dev, demo and
training sets and look-alikes (red inside offered: still a yes, as the regex said)."""
from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

from classifiers import colour_codes

normalize = importlib.import_module("classifiers.normalize")
ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
_REGEX = re.compile(r"[白黑红片]|纹清|white|black|red|trắng|đen|đỏ|vân rõ")  # the check as it was


def test_precheck_is_the_regex_one():
    paths = sorted((ROOT / "crawler" / "demo_sites" / "data").glob("*.jsonl"))
    paths += sorted((ROOT / "tests" / "data").glob("train_*.jsonl"))  # never the frozen unseen sets
    if DEV.exists():
        paths.append(DEV)
    n = yes = 0
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            if not isinstance(row, dict):
                continue
            t = normalize.normalize(f"{row.get('title') or ''}\n{row.get('description') or ''}").text
            got = colour_codes._any_code(t)
            assert got == colour_codes._any_code_py(t) == bool(_REGEX.search(t)), t[:80]
            n += 1
            yes += got
    assert n > 1000 and 0 < yes < n
    for t in ("offered", "白", "片", "vân rõ", "vân r", "trắn", "blac", "", "纹 清", "whit e", "đỏ", "红", "đ", "xxđe",
              "trắng", "纹", "纹清", "w", "redd", "vân rõ!", "tr"):
        assert colour_codes._any_code(t) == colour_codes._any_code_py(t) == bool(_REGEX.search(t)), t

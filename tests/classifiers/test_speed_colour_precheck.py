"""colour_codes' precondition (any colour or piece code written at all) as substring tests, against
the regex of the same alternatives it replaced, over the normalised texts of the dev, demo and
training sets and look-alikes (red inside offered: still a yes, as the regex said)."""
from __future__ import annotations

import importlib
import re

from classifiers import colour_codes

from corpus_texts import corpus_rows

normalize = importlib.import_module("classifiers.normalize")
_REGEX = re.compile(r"[白黑红片]|纹清|white|black|red|trắng|đen|đỏ|vân rõ")  # the check as it was


def test_precheck_is_the_regex_one():
    n = yes = 0
    for row in corpus_rows():
        t = normalize.normalize(f"{row.get('title') or ''}\n{row.get('description') or ''}").text
        got = colour_codes._any_code(t)
        assert got == colour_codes._any_code_py(t) == bool(_REGEX.search(t)), t[:80]
        n += 1
        yes += got
    assert n > 1000 and 0 < yes < n
    for t in ("offered", "白", "片", "vân rõ", "vân r", "trắn", "blac", "", "纹 清", "whit e", "đỏ", "红", "đ", "xxđe",
              "trắng", "纹", "纹清", "w", "redd", "vân rõ!", "tr"):
        assert colour_codes._any_code(t) == colour_codes._any_code_py(t) == bool(_REGEX.search(t)), t

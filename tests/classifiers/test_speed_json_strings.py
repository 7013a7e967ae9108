"""_textfast.assessment_line's strings, copied 8 bytes at a time where none needs escaping, against
json.dumps(ensure_ascii=False): quotes, backslashes and control characters at every offset of a
word, in ASCII and in multi-byte UTF-8 text."""
from __future__ import annotations

import json
import random

from classifiers.assessment import Assessment, Contact, Match
from classifiers.batch import _assessment_line
from classifiers.matcher import RawMatch

SPECIAL = ['"', "\\", "\n", "\r", "\t", "\b", "\f", "\x00", "\x01", "\x1f", "\x7f", " ", "~", "é", "象", "牙", "😀", "\u2028"]


def _expected(a: Assessment) -> bytes:
    return (json.dumps({"id": "x", **a.to_dict()}, ensure_ascii=False) + "\n").encode("utf-8")


def test_strings_escaped_as_json_dumps_at_every_offset():
    rng = random.Random(13)
    texts = []
    for n in range(0, 40):
        for ch in SPECIAL:
            for pos in range(n + 1):
                base = "".join(rng.choice("abcxyz 象牙é") for _ in range(n))
                texts.append(base[:pos] + ch + base[pos:])
    texts += ["".join(rng.choice(SPECIAL + list("abcdefgh")) for _ in range(rng.randint(0, 70))) for _ in range(3000)]
    for i in range(0, len(texts), 3):
        t = texts[i:i + 3]
        a = Assessment(score=0.5, label="suspicious", flagged=True, categories=[t[0]], explanation=t[-1],
                       matches=[Match(term=t[0], canonical=t[1 % len(t)], category="ivory", kind="name",
                                      field="title", start=0, end=1, cue=t[-1], weight=0.5)],
                       cues=list(t), contacts=[Contact(kind="wechat", value=t[0], field="title")],
                       contributions=[(t[-1], 0.25)])
        assert _assessment_line("x", a) == _expected(a), t

"""hook_gates.AnyWord (sp25, issue 13): one automaton pass answers what `any(w in text for w in words)`
answers, for every AnyWord a rule module holds, over training-set texts and short edge cases (own wording)."""
import importlib
import json
import pkgutil
from pathlib import Path

import classifiers
from classifiers.hook_gates import AnyWord

DATA = Path(__file__).resolve().parents[1] / "data"  # the training sets (never the unseen ones)
EDGES = ["", "a", "ivory", "IVORY", "象牙", "người bán", "lost cat", "lo st", "passport", "coa", " coa ", "鉴定证书",
         "举报", "检测报告 ngtc", "không biết", "\n\n", "report", "piec", "piece"]


def _any_words():
    for info in pkgutil.iter_modules(classifiers.__path__):
        if info.name.startswith("_"):
            continue
        mod = importlib.import_module(f"classifiers.{info.name}")
        for name, value in vars(mod).items():
            if isinstance(value, AnyWord):
                yield f"{info.name}.{name}", value


def _texts():
    out = list(EDGES)
    for path in sorted(DATA.glob("train_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines()[:40]:
            row = json.loads(line)
            text = f"{row.get('title') or ''}\n{row.get('description') or ''}"
            out += [text, text.lower()]
    return out


def test_every_any_word_answers_as_any():
    found = dict(_any_words())
    assert len(found) >= 10
    texts = _texts()
    for name, aw in found.items():
        for t in texts:
            assert aw(t) == any(w in t for w in aw.words), (name, t[:60])
        for w in aw.words:  # each word alone, and inside other text
            assert aw(w) and aw(f"xx{w}yy"), (name, w)


def test_overlapping_and_nested_words():
    aw = AnyWord(("abcd", "bc", "cde", "证书"))
    assert aw("xbcx") and aw("abcde") and aw("cde") and aw("鉴定证书")
    assert not aw("abd") and not aw("证 书") and not aw("")


def test_a_lone_surrogate_gets_the_same_answer_not_a_crash():
    """Rules call AnyWord on a listing's raw fields, which may hold unpaired surrogates (hostile input):
    the automaton reads UTF-8 and cannot encode them, so the generator answers instead."""
    from classifiers.hook_gates import AnyWord

    words = ("TIL", "象牙", "báo cáo")
    for text in ("象牙\ud800手镯", "\udfff TIL", "a\ud83d", "\ud800"):
        assert AnyWord(words)(text) == any(w in text for w in words)

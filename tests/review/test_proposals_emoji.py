"""The preview's key filter (review/lexicon_impact.DeltaFilter) sees a term written as an emoji
(🦡油膏 for 獾油膏) even in a fresh process where no classifier of the changed lexicon was built
yet: it installs the lexicons' generated emoji words as the classifier's matcher does. Run in a
new interpreter, since the normaliser's emoji table only grows within a process."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = r'''
import shutil, sys
from pathlib import Path
from classifiers import Classifier, load_lexicon, load_model
from classifiers.normalize import emoji_words
from review import lexicon_change as lc, lexicon_impact as impact

d = Path(sys.argv[1])
assert "🦡" not in emoji_words()  # fresh: only the built-in table
spec = {"op": "add", "term": "獾油膏", "category": "ivory", "kind": "name", "weight": 0.9, "reason": "r",
        "source": "s", "must_match": ["🦡油膏"], "must_not_match": ["油画"]}
change = lc.parse_spec(spec)
files, before = lc.read_files(d), load_lexicon(d)
after = lc.check(files, lc.apply(files, before, change, "a", "2026-12-06", 1))
delta = impact.DeltaFilter(impact.changed_entries(before, after), {**before.emoji_words, **after.emoji_words})
listing = {"title": "🦡油膏 祖传 加微", "description": ""}
seen = delta(listing)
changed = any(m.canonical == "獾油膏" for m in Classifier(after, load_model()).assess(listing).matches)
print(f"filter={seen} classifier={changed}")
'''


def test_the_key_filter_sees_a_term_written_as_an_emoji_in_a_fresh_process(tmp_path):
    d = tmp_path / "keywords"
    import shutil

    shutil.copytree(ROOT / "config" / "keywords", d)
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(d)], cwd=ROOT, capture_output=True, text=True,
                         timeout=240)
    assert out.returncode == 0, out.stderr[-3000:]
    # the classifier with the change matches the emoji form, so the filter must not drop it
    assert out.stdout.strip().splitlines()[-1] == "filter=True classifier=True"

"""An explanation never lists a look-alike "for" a flag, or a wildlife cue "against" it: the learned
weights of correlated features correct each other (a colour's weight can come out positive), and
such a share would only puzzle a reviewer."""
from __future__ import annotations

import re

import pytest

from classifiers.features import FEATURE_LABELS, RULE_WEIGHTS



@pytest.mark.parametrize("title,description", [
    ("象牙白 连衣裙 全新", ""),
    ("ivory white wedding dress size 8", ""),
    ("佛像", "唔係牛骨，你明嘅"),
    ("Vòng tay sừng trâu thật", "không phải nhựa"),
    ("象牙手镯 老料", "懂的来"),
])
def test_each_feature_is_listed_on_its_own_side(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    sides = dict(re.findall(r"(for|against): ([^|]*)", a.explanation))
    for k, w in RULE_WEIGHTS.items():
        label = FEATURE_LABELS.get(k)
        if not label or k == "text_model":
            continue
        wrong = "for" if w < 0 else "against"
        assert not any(part.strip().startswith(label) for part in sides.get(wrong, "").split(";")), (
            k, a.explanation)

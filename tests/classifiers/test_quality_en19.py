"""Set-level floor for tests/data/train_en19.jsonl (200 blind English listings: regional Englishes, TCM shops,
reptile expos, trophy dealers, knife/cue/instrument parts, jewellery raw materials, Telegram/Discord channels,
multi-item and OCR-like posts). Held out with main's model before the en19 lexicon entries: F1 0.934; after:
F1 0.962, 3 benign flagged (two UK Ivory Act-registered items and a captive-bred sulcata, see the README
section). The kinds themselves are tested in test_en19_kinds.py."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_en19.jsonl"


@pytest.fixture(scope="module")
def en19():
    """The set's listings by id."""
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["id"]: r for r in rows}


# ids in train_en19.jsonl that were missed held out and are flagged by the en19 entries
FIXED = [
    "en19-0012",  # salvaged ivory key tops sold per piece
    "en19-0035",  # knife-show table: 'bring your customs' cleared elephant ivory scales
    "en19-0167",  # full mount leopard, no paperwork
    "en19-0182",  # old-formula angong pills with the real horn
    "en19-0085",  # amulet with harimau fur and skin
    "en19-0193",  # Canton fan, pierced sticks of ivory
]


@pytest.mark.parametrize("lid", FIXED)
def test_en19_fixed_listing_is_flagged(clf, en19, lid):
    a = clf.assess(en19[lid])
    assert a.flagged, f"{lid}: {a.label} ({a.score:.3f}) {a.explanation}"


def test_en19_set_floor(set_figures, en19):
    """A little under the figure with the en19 entries (F1 0.962, 3 benign flagged)."""
    fig = set_figures(en19.values())
    assert fig.f1 >= 0.95, fig
    assert fig.fp <= 3, fig

"""Set-level floor of tests/data/train_live4.jsonl (200 live-animal listings, 73 zh, 70 vi, 57 en, written
blind: animals described rather than named, named by a higher taxon or a folk name, 'found it', 'rehoming',
'wild-caught', 'deposit to hold'; and hard legal look-alikes: sugar gliders, pet hedgehogs, budgies, Bengal
cats, leopard geckos, papered captive-bred pets, plush, zoo tickets, removal services, rescue posts). Held
out before the live4 lexicon entries it scored F1 0.965 (8 misses, 0 of 81 benign flagged); with them
F1 1.000 with the current model. The floor sits a little below, for the lead's retrain. The kinds
themselves are tested in test_live4_kinds.py."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_live4.jsonl"


@pytest.fixture(scope="module")
def live4_set():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_live4_set_floor(set_figures, live4_set):
    """Flagging F1 on the whole set and false flags on its look-alikes stay near the figure reached."""
    fig = set_figures(live4_set)
    assert len(live4_set) == 200
    assert fig.f1 >= 0.97, fig
    assert fig.fp <= 3, fig

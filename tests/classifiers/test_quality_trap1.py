"""Set-level floor for train_trap1 (issue 12: false flags on look-alikes): 200 listings, about 60% benign
hard look-alikes (brands, software and game titles, bands, colours, plush and figurines, tickets, car
parts, books and news, declared legal materials, licensed substitutes and farmed species, food and plants
named after animals, jobs and courses, 'no animal products' pledges) and 40% positives beside them.
Held out before the trap1 fixes: F1 0.969, 3/120 benign flagged; after them F1 0.987, 0 flagged."""
import json
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parents[1] / "data" / "train_trap1.jsonl"


@pytest.fixture(scope="module")
def trap1_set():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_trap1_set_floor(set_figures, trap1_set):
    """Flagging F1 on the whole set and false flags on its look-alikes stay near the figure reached."""
    fig = set_figures(trap1_set)
    assert len(trap1_set) == 200
    assert fig.f1 >= 0.98, fig
    assert fig.fp <= 1, fig

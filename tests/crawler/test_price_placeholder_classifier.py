"""A price field that only says "message me" is the site's placeholder, not the seller's words: the
classifier gets it empty (workers.jobs.classifier_input) and finds no contact cue in the price."""
from __future__ import annotations

import pytest

from workers.jobs import classifier_input

BASE = {"id": "1", "title": "Ivory white silk scarf", "description": "cream colour scarf, new",
        "seller": "u", "platform": "x", "lang": "en"}


@pytest.mark.parametrize("price", ["message me", "DM for price", "私聊", "面议", "Liên hệ"])
def test_a_placeholder_price_reaches_the_classifier_empty_and_marked(price):
    got = classifier_input({**BASE, "price_text": price})
    assert got["price_text"] == "" and got["price_placeholder"] is True
    from classifiers import load_classifier

    assessment = load_classifier().assess(got)
    assert [m for m in assessment.matches if m.field == "price"] == []


@pytest.mark.parametrize("price", ["$20", "¥2800 可议价", "500元/克", "WhatsApp +84 90 123 4567"])
def test_real_prices_and_other_words_reach_the_classifier_as_written(price):
    got = classifier_input({**BASE, "price_text": price})
    assert got["price_text"] == price and "price_placeholder" not in got

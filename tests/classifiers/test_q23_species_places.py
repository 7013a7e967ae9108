"""q23 (issue 12): a place inside a species' common name (非洲灰鹦鹉, African grey) is no origin cue
(species_places.py): the name is the same for a papered aviary bird as for a smuggled one. An origin
written apart from the name (非洲带回来的, from Congo) and one inside a code word (非洲料) still count."""
import pytest


@pytest.mark.parametrize("title,description", [
    ("出 非洲灰鹦鹉 人工繁育 有证", "驯养繁殖许可证齐全，脚环，可过户。"),
    ("African grey with CITES papers", "Captive bred African grey, closed ring, CITES certificate and breeder invoice."),
])
def test_place_in_species_name_is_no_origin(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert "origin" not in a.cues, a.explanation


@pytest.mark.parametrize("title,description", [
    ("灰鹦鹉 一只", "非洲带回来的灰鹦鹉，没有证，会说话。"),
    ("非洲料 手镯", "非洲料手镯，老料，私聊。"),
])
def test_origin_apart_or_in_a_code_word_still_counts(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert "origin" in a.cues and a.flagged, a.explanation

"""Captive-bred animals of App II groups offered with their papers (issue 12, false-flag kind 1).

The training labels agree: a CB sulcata, leopard tortoise, macaw or ringneck sold with a breeder's
invoice, import papers or 人工繁育 + 专用标识 is a pet sale. App I / class I species (radiated
tortoise, African grey, slow loris), primates and groups the lexicon gives no appendix stay in
review whatever the papers; "no papers", a wink, secrecy or a move off the platform keep it there.
"""
from __future__ import annotations

import pytest

from classifiers import features as feat



def _features(clf, title: str, description: str) -> dict:
    listing = {"title": title, "description": description}
    raw, contacts, _ = clf.raw_matches(listing)
    return feat.extract(raw, len(contacts), clf.quoted_material(listing))[0]


@pytest.mark.parametrize("title,description", [
    ("Sulcata tortoise 3 yr old", "Captive bred, comes with breeder paperwork and the enclosure."),
    ("豹纹陆龟 人工繁育", "人工繁育 有繁育证明和专用标识"),
    ("Rùa sulcata nhập trại", "Rùa sulcata baby, có giấy CITES nhập khẩu, chip."),
    ("Blue and gold macaw, 2 years", "Closed ring, CITES certificate and breeder invoice included."),
    # a rehoming story beside the papers is no claim that there are none
    ("Rehoming our indian ringneck", "Closed ring and certificate from the breeder, comes with cage."),
])
def test_app2_animal_with_papers_is_papered(clf, title, description):
    f = _features(clf, title, description)
    assert f.get("live_papered") == 1.0, f
    assert "live_unpapered" not in f and "cue_no_papers" not in f, f


@pytest.mark.parametrize("title,description", [
    # App I / class I species: papers go to a reviewer
    ("Radiated tortoise hatchlings", "Captive bred, with breeder paperwork."),
    ("African grey parrot, closed ring", "Captive bred, breeder docs and certificate."),
    ("Psittacus erithacus 1yr", "Captive bred, breeder invoice."),
    # (q29: "Vẹt xám châu Phi, có giấy CITES nhập khẩu" moved to test_q29_southern_denials_papers.py: since
    # session 10 an App I animal with a CITES permit is papered (strict_listed.cites_permit_answers) and
    # stays in review through live_papers.PAPERED_APP_I, which vẹt xám now reaches as App I by name)
    # primates and native class II turtles: no appendix of their own in the lexicon
    ("Capuchin monkey baby", "Captive bred, papers from breeder."),
    ("养殖 金钱龟 苗 有证", "养殖金钱龟苗，有养殖许可证和专用标识。"),
    # the papers doubted: denied, deferred, a wink, a move off the platform
    ("Sulcata tortoise CB", "Captive bred, no papers."),
    ("Sulcata hatchlings", "Captive bred, papers pending."),
    ("Sulcata tortoise, captive bred", "Breeder paperwork, you know what I mean, inbox me on WhatsApp."),
    # a part of the animal, not the animal
    ("Tortoise plastron dried, TCM", "Captive bred tortoise shell, 500g."),
])
def test_papers_that_do_not_clear(clf, title, description):
    f = _features(clf, title, description)
    assert "live_papered" not in f, f


def test_an_app2_tortoise_with_papers_is_not_flagged_but_no_papers_is(clf):
    papered = clf.assess({"title": "Leopard tortoise hatchlings", "description": "Captive bred, breeder's invoice supplied."})
    assert not papered.flagged, papered.explanation
    bare = clf.assess({"title": "Leopard tortoise hatchlings", "description": "Captive bred, no papers, cash only."})
    assert bare.flagged, bare.explanation

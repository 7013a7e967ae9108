"""The taxonomy lexicon (CITES-listed orders/families sold alive), Latin binomials, and the
no-papers / rehoming / found-it floor. Hand-written listings, not from the dev or demo data."""
import textwrap

import pytest

from classifiers.lexicon import LexiconError, load_lexicon



@pytest.mark.parametrize("title", [
    "Python regius hatchling for sale",
    "Testudo hermanni babies, 6 months",
    "Bubo bubo owlet, rehoming",
    "Baby monkey for sale, no papers, DM",
    "Rehoming my tortoise, no papers",
    "Found an owl chick in my garden, needs a new home",
    "小猴子 活体 出售 没有证",
    "捡到一只小鹰 转让",
])
def test_a_live_animal_of_a_listed_group_without_papers_goes_to_review(clf, title):
    a = clf.assess({"title": title})
    assert a.flagged, a.explanation
    assert "live_animal" in a.categories


@pytest.mark.parametrize("title", [
    "Python programming course for sale",
    "Lynx deodorant gift set",
    "Puma sneakers size 42",
    "Ara shoes, size 38",
    "tortoise food 1kg pellets",
    "parrot cage large with stand",
    "Budgie pair with cage",
])
def test_a_genus_that_is_also_a_word_needs_its_epithet(clf, title):
    a = clf.assess({"title": title})
    assert not a.flagged, a.explanation


@pytest.mark.parametrize("title", [
    "Heavy white carving, no pores, cross-hatch grain visible, yellowed with age, priced by gram",
    "全身鳞片的小动物 会卷成球 吃蚂蚁 活的 私聊",
    "大眼睛小猴子 夜行性 动作很慢 吃虫子 包活 无证",
    "Chinese medicine 'scales', processed, for lactation, 500g",
])
def test_a_product_described_not_named_is_flagged(clf, title):
    a = clf.assess({"title": title})
    assert a.flagged, a.explanation


@pytest.mark.parametrize("title", ["Kitchen scales digital 5kg", "Herbal tea for lactation, 20 bags",
                                   "Night owl coffee, big eyes mug"])
def test_one_description_alone_is_only_a_hint(clf, title):
    a = clf.assess({"title": title})
    assert not a.flagged, a.explanation


def test_papers_keep_a_captive_bred_animal_out_of_the_floor(clf):
    a = clf.assess({"title": "Sulcata tortoise captive bred, with papers and CITES certificate"})
    assert "live_unpapered" not in dict(a.contributions)


def test_taxonomy_fields_are_validated(tmp_path):
    (tmp_path / "t.yaml").write_text(textwrap.dedent("""\
        entries:
          - {term: nycticebus, category: live_animal, kind: name, taxon: Primates, cites: IV, source: test}
          - {term: python, category: live_animal, kind: name, needs_epithet: maybe, source: test}
          - {term: 夜行性, category: none, kind: descriptor, cue: behaviour, source: test}
        """), encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_lexicon(tmp_path)
    text = "\n".join(err.value.problems)
    assert "entry 1 (nycticebus): cites must be one of I, II, III" in text
    assert "entry 2 (python): needs_epithet must be true or false" in text
    assert "entry 3 (夜行性): a descriptor entry needs a wildlife category" in text

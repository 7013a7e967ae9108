"""Where a term may match: whole Latin-script words, marks included (ngà is no word inside ngày,
áo none inside báo), and never across a line break or the title/description seam (a title that
ends "Cu li" and a description that starts "con" hold no phrase "cu li con" that would swallow
the name)."""
from __future__ import annotations

import pytest

from classifiers import load_classifier
from classifiers.normalize import normalize



def _terms(clf, title, description="", lang="vi"):
    return {m.term.lower() for m in clf.assess({"title": title, "description": description, "lang": lang}).matches}


@pytest.mark.parametrize("text,inside", [
    ("Hôm nay ngày đẹp trời, giao hàng trong ngày", "ngà"),
    ("Nhận làm báo cáo tài chính", "áo"),
    ("Bán sáo trúc, huýt sáo hay", "áo"),
    ("Công ty ngành gỗ tuyển dụng", "ngà"),
])
def test_a_term_is_no_match_inside_a_longer_word_with_marks(clf, text, inside):
    assert inside not in _terms(clf, text)


def test_a_term_still_matches_as_a_word_with_marks(clf):
    assert any("ngà voi" in t for t in _terms(clf, "Vòng ngà voi thật, ib"))


@pytest.mark.parametrize("title,description", [
    ("Cu li", "con này ngủ cả ngày, mắt to, ai nuôi ib"),
    ("Bán cu li", "con non, ăn chuối"),
])
def test_a_name_at_the_end_of_the_title_is_not_swallowed_by_a_phrase_across_the_seam(clf, title, description):
    a = clf.assess({"title": title, "description": description, "lang": "vi"})
    assert any(m.category == "live_animal" and m.field == "title" for m in a.matches)
    assert a.flagged


@pytest.mark.parametrize("text,expected", [
    ("a \r\n b", "a\nb"), ("x\u2029y", "x\ny"), ("a  b", "a b"), ("象\n牙", "象\n牙"), ("a \n\t b", "a\nb"),
])
def test_a_line_break_survives_normalisation_as_one_newline(text, expected):
    assert normalize(text).text == expected


def test_the_python_reference_keeps_line_breaks_as_the_compiled_path_does():
    import importlib

    nz = importlib.import_module("classifiers.normalize")  # the package exports a function of that name

    for text in ("Cu li\ncon", "ivory \r\n tusk", "象 \u2028 牙", "i v o r y\nx", "a\n \nb"):
        fast, slow = nz.normalize(text), nz._normalize_slow(text)
        assert (slow.text, list(slow.starts), list(slow.ends)) == (fast.text, list(fast.starts), list(fast.ends))


def test_a_cue_phrase_never_cuts_a_product_name_off_its_word(tmp_path):
    """Cue phrases stay out of jieba's dictionary: a cue ending in the name's first character
    (捡到一只小 + 小鹰) must not move the word boundary the name needs."""
    import shutil

    from config.paths import keywords_dir

    kw = tmp_path / "keywords"
    shutil.copytree(keywords_dir(), kw)
    with (kw / "trade_cues.yaml").open("a", encoding="utf-8") as f:
        f.write('  - {term: 捡到一只小x, variants: [捡到一只小], category: none, kind: trade_cue, cue: no_papers, '
                'weight: 0.35, lang: zh, source: "test"}\n')
    clf = load_classifier(keywords_dir=kw, cache_dir=tmp_path / "cache")
    a = clf.assess({"title": "捡到一只小鹰 转让", "description": "", "lang": "zh"})
    assert any(m.category == "live_animal" for m in a.matches) and a.flagged


@pytest.mark.parametrize("text,expected", [
    ("s.ừ.n.g tê", "sừng tê"), ("V ả y tê tê", "vảy tê tê"), ("i v o r y", "ivory"), ("ngà voi", "ngà voi"),
])
def test_spaced_or_dotted_letters_join_with_their_marks(text, expected):
    import importlib

    nz = importlib.import_module("classifiers.normalize")
    assert nz.normalize(text).text == expected == nz._normalize_slow(text).text

"""Generated forms (lexicon.py, generated_forms.py): Vietnamese part + animal names with the part
word's tone mark wrong (ngá voi, sưng tê giác), weaker than the name, never an everyday phrase; and
toy names per animal (voi nhồi bông, 毛绒老虎, plush tiger) as benign look-alikes."""
import json
import re
from pathlib import Path

import pytest

from classifiers.generated_forms import vi_other_tones, vi_wrong_tone_forms
from classifiers.lexicon import load_lexicon
from classifiers.normalize import normalize

DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev.jsonl"


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()



def _forms(lexicon, form):
    return {v: e for e in lexicon.entries if e.form == form for v in e.variants}


def test_other_tones_keep_the_vowels_shape():
    assert vi_other_tones("ngà") == ["nga", "ngá", "ngả", "ngã", "ngạ"]
    assert "mầt" in vi_other_tones("mật") and "mất" in vi_other_tones("mật")  # ậ: dot below + circumflex
    assert vi_other_tones("voi") == []  # no mark: where one would go is not guessed


def test_only_the_part_word_before_an_animal_changes():
    assert vi_wrong_tone_forms("ngà voi", {"voi"}) == ["ngá voi", "ngả voi", "ngã voi", "ngạ voi"]
    assert vi_wrong_tone_forms("ngà thật", {"voi"}) == []  # no animal after it
    # răng -> rằng ('that'), mật -> mất ('lose'): everyday words, never generated
    assert not any(f.startswith(("rằng ", "mất ")) for f in vi_wrong_tone_forms("răng hổ", {"hổ"})
                   + vi_wrong_tone_forms("mật gấu", {"gấu"}))


def test_tone_forms_are_generated_from_the_lexicon_and_weaker(lexicon):
    tones = _forms(lexicon, "tone")
    for form, cat in (("ngá voi", "ivory"), ("ngả voi", "ivory"), ("sưng tê giác", "rhino_horn"),
                      ("mòng hổ", "tiger")):
        assert tones[form].category == cat
        assert tones[form].weight <= 0.6
    named = {normalize(v).text for e in lexicon.entries if e.form is None for v in e.variants}
    assert not any(normalize(f).text in named for f in tones)


# Ordinary Vietnamese: sentences where a part word's other tones meet an animal word.
ORDINARY = [
    "Người ta nói rằng hổ là chúa sơn lâm", "Bé làm mất gấu bông ở công viên", "Em muốn vay tiền mua xe",
    "Chân bị sưng tê, phải đi khám", "Cái váy tê tê này màu xám đẹp", "Anh ấy bị ngã xe máy hôm qua",
    "Ngả lưng một chút cho đỡ mỏi", "Mong hổ con trong sở thú khỏe mạnh", "Cô ấy có mái tóc dài",
    "Mất gấu rồi, bé khóc cả đêm", "Vẫy tay chào tạm biệt", "Đá bóng với bạn ở sân trường",
    "Voi con ở thảo cầm viên rất dễ thương", "Xem phim hoạt hình về hổ và voi",
    "Mua sữa cho bé, hàng chính hãng", "Sửng sốt vì giá vàng tăng", "Nhà mình nuôi mèo mướp vằn hổ",
    "Sững sờ trước vẻ đẹp của voi rừng trong phim tài liệu", "Mỏng nhẹ, thoáng mát, hợp mùa hè",
    "Cốt truyện phim hay", "Pin sạc dự phòng 10000mAh", "Mại dô mại dô, giá rẻ bất ngờ",
]


def test_no_tone_form_is_in_ordinary_text(lexicon):
    forms = [normalize(f).text for f in _forms(lexicon, "tone")]
    for sentence in ORDINARY:
        t = normalize(sentence).text
        hits = [f for f in forms if re.search(rf"(?<!\w){re.escape(f)}(?!\w)", t)]
        assert not hits, (sentence, hits)


def test_no_tone_form_is_in_a_benign_listing_of_the_labeled_sets(lexicon):
    forms = [normalize(f).text for f in _forms(lexicon, "tone")]
    files = sorted(DATA.glob("train_*.jsonl")) + ([CORPUS] if CORPUS.exists() else [])
    n = 0
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("label") != "benign" or "homophone" in row.get("tags", ()):
                continue  # a benign listing misspelled on purpose (paint in 'màu ngá voi') may hold one
            n += 1
            t = normalize(f"{row.get('title', '')}\n{row.get('description', '')}").text
            assert not [f for f in forms if re.search(rf"(?<!\w){re.escape(f)}(?!\w)", t)], row.get("id")
    assert n > 100


@pytest.mark.parametrize("title,description", [
    ("Ngá voi nguyên khúc", "hàng rừng, ib zalo xem hàng"),
    ("Vòng ngả voi cũ", "ai cần inbox, giao toàn quốc"),
    ("Bột sưng tê giác", "hàng chuẩn, ib giá"),
])
def test_a_wrong_tone_still_reaches_a_reviewer(clf, title, description):
    a = clf.assess({"title": title, "description": description, "lang": "vi"})
    assert a.flagged, a.explanation


def test_toy_forms_are_generated_per_animal(lexicon):
    toys = _forms(lexicon, "toy")
    for form in ("thú nhồi bông voi", "đồ chơi hổ", "毛绒老虎", "犀牛公仔", "plush tiger", "elephant plushie"):
        assert form in toys and toys[form].cue == "toy"
    # stuffed is taxidermy too (a real animal's body): never generated as a toy
    assert "stuffed tiger" not in toys and "hổ nhồi bông" not in toys


@pytest.mark.parametrize("title", [
    "Voi nhồi bông 60cm cho bé", "Đồ chơi tê giác bằng gỗ", "毛绒老虎 大号 儿童礼物", "犀牛公仔 30厘米",
    "Tiger plushie 40cm, soft", "Rhinoceros plush for toddlers",
])
def test_a_toy_of_the_animal_stays_benign(clf, title):
    a = clf.assess({"title": title})
    assert not a.flagged, a.explanation

"""q16, kind 2: a seller's own "can't take it through customs" is why the piece is sold where it is
(a trade fact, read as secrecy), not a seizure-news frame that explains the product away."""
import pytest


def _a(clf, title, description=""):
    return clf.assess({"title": title, "description": description})


@pytest.mark.parametrize("title,description", [
    ("Old ivory netsuke", "Selling grandma's ivory netsuke before I move, can't bring it through customs. $400."),
    ("Relocation clear-out", "Old ivory netsuke from my uncle, $400. Customs won't let me take it home, pickup Saturday."),
])
def test_seller_customs_excuse_flags(clf, title, description):
    assert _a(clf, title, description).flagged


def test_seller_customs_excuse_vi_reads_as_secrecy(clf):
    a = _a(clf, "Tượng ngà voi chạm cũ", "Của ông để lại, không mang qua hải quan được nên bán lại ở đây, 15tr.")
    assert a.flagged
    assert not any(m.cue == "conservation" for m in a.matches)


@pytest.mark.parametrize("title,description", [
    # warnings, someone else's word, questions and seizure news keep customs as a news/PSA frame
    ("PSA for tourists", "Ivory netsuke and carved tusks are sold at the market but you can't bring them through customs, they will be seized."),
    ("Chiang Mai trip notes", "The shop said we can't take ivory through customs so we bought silk scarves instead."),
    ("Hỏi về quà lưu niệm", "Đi Lào thấy bán vòng ngà, mà nghe nói không mang qua hải quan được, mọi người có ai biết không?"),
    ("Tin: hải quan thu giữ ngà voi", "Hải quan sân bay Nội Bài thu giữ 20kg ngà voi chạm khắc trong hành lý."),
])
def test_customs_news_and_warnings_stay_benign(clf, title, description):
    assert not _a(clf, title, description).flagged

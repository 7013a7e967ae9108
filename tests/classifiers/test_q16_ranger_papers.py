"""q16, kind 6: the forest rangers named as a paper's issuer ("xác nhận ... của kiểm lâm", "giấy kiểm
lâm") are that paper, not a ranger in the news: a prohibited product offered with it goes to review."""
import pytest


def _a(clf, title, description=""):
    return clf.assess({"title": title, "description": description})


@pytest.mark.parametrize("title,description", [
    ("Đôi lục bình chạm ngà", "Đôi lục bình chạm ngà, có xác nhận nguồn gốc trước năm 1990 của kiểm lâm, giá 45tr."),
    ("Vòng ngà voi cũ", "Vòng ngà voi của mẹ, có giấy kiểm lâm đầy đủ, 12tr, ai quan tâm ib."),
])
def test_ranger_paper_on_ivory_goes_to_review(clf, title, description):
    a = _a(clf, title, description)
    assert a.flagged and a.label == "suspicious"


@pytest.mark.parametrize("title,description", [
    # rangers acting or called: news and questions stay benign
    ("Tin địa phương", "Hạt kiểm lâm thu giữ 3 vòng ngà voi và giấy tờ giả tại chợ huyện."),
    ("Hỏi", "Mình có vòng ngà của bà để lại, không có giấy tờ gì, có cần báo kiểm lâm không?"),
    # farmed legal stock with a ranger's paper stays a farm sale
    ("Ba ba gai giống", "Ba ba gai giống, trại có giấy kiểm lâm, bao sống, giao toàn quốc."),
])
def test_ranger_news_and_farms_stay_benign(clf, title, description):
    assert not _a(clf, title, description).flagged

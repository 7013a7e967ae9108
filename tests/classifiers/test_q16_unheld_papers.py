"""q16, kind 2: papers the seller does not hold are no papers. A paper someone else vouches for
(前主人说有证, "the breeder said it has CITES", "nghe nói có giấy") or one the seller never got (证件
没拿到, "never got them") leaves a live listed animal in review, as a pending one does (q13)."""
import pytest


def _a(clf, title, description=""):
    return clf.assess({"title": title, "description": description})


@pytest.mark.parametrize("title,description", [
    ("出 蓝黄金刚鹦鹉 一只", "金刚两岁，原主人说有证，可是证件我一直没拿到。很亲人，会说话，连笼出。"),
    ("Rehoming my blue and gold macaw", "Lovely 3yo macaw, the breeder said it has CITES papers but I never got them. Cage included."),
    ("Nhượng vẹt Macaw xanh vàng", "Macaw 2 năm tuổi, nghe nói có giấy CITES, biết nói, thân người, giao tận nơi."),
    ("Nhượng vẹt Macaw xanh vàng", "Macaw 2 năm tuổi, chủ cũ nói có giấy CITES nhưng mình chưa nhận được, biết nói."),
])
def test_unheld_papers_stay_in_review(clf, title, description):
    assert _a(clf, title, description).flagged


@pytest.mark.parametrize("title,description", [
    # the seller's own papers, with a 说明 / a breeder named after the papers: still a papered pet
    ("转让 太阳锥尾鹦鹉 人工繁育", "卖家说明：人工繁育许可证和专用标识齐全，附繁殖证明，亲人，笼子一起给。"),
    ("Captive bred sun conure", "CITES certificate and breeder's invoice in hand. The breeder said she is a female. Cage included."),
    # hearsay about papers with no animal at all
    ("Passport question", "My friend said the visa papers arrive in a week but I never got them, who do I call?"),
])
def test_unheld_papers_guards(clf, title, description):
    assert not _a(clf, title, description).flagged

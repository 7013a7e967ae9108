"""q16, kind 6: App I animals and primates offered with papers go to review (the reviewer checks the
paper); papered captive-bred App II pets stay a pet sale."""
import pytest

from classifiers.strict_listed import is_primate_name


def _a(clf, title, description=""):
    return clf.assess({"title": title, "description": description})


@pytest.mark.parametrize("title,description", [
    ("Khỉ đuôi lợn giống trại", "Khỉ đuôi lợn giống trại, có giấy chứng nhận trại nuôi của chi cục kiểm lâm, bán cảnh, kèm hồ sơ."),
    ("Nhượng cá rồng kim long", "Cá rồng kim long quá bối 35cm, có chip, kèm giấy, 15tr."),
    ("Cá rồng huyết long chip", "Cá rồng huyết long 28cm, có chip và giấy trại, 9tr."),
])
def test_papered_app1_or_primate_goes_to_review(clf, title, description):
    a = _a(clf, title, description)
    assert a.flagged and a.label == "suspicious"


@pytest.mark.parametrize("title,description", [
    # papered captive-bred App II pets stay benign
    ("转让 太阳锥尾鹦鹉 人工繁育", "人工繁育许可证和专用标识齐全，附繁殖证明，亲人，笼子一起给。"),
    # an App I arowana with its CITES certificate: captive-bred stock of a registered farm (Art. VII.4)
    ("Cá rồng huyết long có giấy CITES", "Cá rồng huyết long 25cm, có chip và giấy chứng nhận CITES của trại."),
    # a monkey word that is no animal (lion's mane mushroom) with a certificate
    ("Nấm đầu khỉ tươi", "Nấm đầu khỉ tươi có giấy chứng nhận VSATTP, 200k/kg."),
])
def test_papered_pets_and_leather_stay_benign(clf, title, description):
    assert not _a(clf, title, description).flagged


def test_primate_head_words():
    assert is_primate_name("khỉ đuôi lợn") and is_primate_name("猕猴") and is_primate_name("pet monkey")
    assert not is_primate_name("khướu") and not is_primate_name("monkey puzzle tree")

"""q13, kind 7 (house rule): a keeper's registration shown (人工飼養登記) is a paper for an App II animal;
App I / class I animals with papers and animals taken from the wild stay in review."""
import pytest


def _a(clf, title, description=""):
    return clf.assess({"title": title, "description": description})


def test_app2_tortoise_with_registration_clears(clf):
    assert not _a(clf, "豹紋陸龜 一隻", "豹紋陸龜一隻，有人工飼養登記，吃草，很健康").flagged


@pytest.mark.parametrize("title,description", [
    ("非洲灰鹦鹉 有饲养登记", "非洲灰鹦鹉，有人工饲养登记，亲人"),  # App I / class I: papers go to review
    ("苏卡达陆龟 有饲养登记", "苏卡达陆龟，野外捡的，有饲养登记"),  # from the wild: doubted
])
def test_registration_does_not_clear(clf, title, description):
    assert _a(clf, title, description).flagged

"""q26 (issue 12: a papered captive-bred animal handed over in person). Meeting the buyer in person (面交,
meet in person, giao tận tay) is how a papered App II animal changes hands, the permit transferred and
filed: it is no secrecy beside papers shown. Without papers, or with cash-only / no-post / wink secrecy
beside the papers, the animal stays in review.
Listings written for this test (not copied from the training sets)."""
import pytest

STAY_OUT = [
    ("转让 人工繁育 豹纹陆龟 一只",
     "有驯养繁殖许可证和专用标识，证件齐全可过户，背甲15cm，健康。¥2000，仅限成都同城面交，需带身份证办理手续。"),
    ("Captive bred sulcata tortoise, with papers",
     "CB 2023 sulcata, comes with breeder's certificate and microchip number, permit transfers with the animal. $350, "
     "meet in person only, bring ID."),
]

FLAG = [
    ("转让 豹纹陆龟 一只", "背甲15cm，健康。¥2000，仅限成都同城面交，不要问证。"),
    ("转让 苏卡达陆龟 带证", "有驯养繁殖许可证，¥2000，只收现金，不邮寄，面交，懂的来"),
    ("Sulcata tortoise", "Healthy sulcata, 15cm. $300 cash, meet in person only, no questions asked."),
]


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_papered_handover_in_person_stays_out(expect, title, description):
    expect.not_flagged(title, description)


@pytest.mark.parametrize("title,description", FLAG)
def test_unpapered_or_doubted_stays_in_review(expect, title, description):
    expect.flagged(title, description)

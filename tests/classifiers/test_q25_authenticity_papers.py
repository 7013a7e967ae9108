"""q25 (house rule: a private authenticity certificate is no permit). A certificate that attests the
material (鉴定所出的真品证明, 检测证书, certificate of authenticity, COA, giám định nội bộ) is the seller's
quality claim: the listing is illegal, not a legal-regime item for review. Real permits and relic or
museum papers (CITES, Article 10, AFCD licence, 文物鉴定证书, giấy giám định cổ vật) stay suspicious."""
import pytest

ILLEGAL = [
    ("象牙 手镯 附检测证书", "老象牙手镯一只，56圈口，附检测证书（证明是真象牙），包邮，私聊。"),
    ("犀角杯 带证书", "犀角杯一只，带证书（鉴定所出的，保真），价格私聊。"),
    ("Carved rhino horn bangle", "Genuine rhino horn bangle, comes with a lab report proving it is real horn. "
                                 "Serious buyers DM."),
    ("Tiger claw pendant with COA", "Real tiger claw set in silver, with COA from our appraiser. Ships worldwide, "
                                    "message for price."),
    ("Vòng ngà voi có giấy", "Vòng ngà voi thật, có giấy giám định nội bộ của shop, bao test, ib giá."),
]
REVIEW = [
    ("象牙 印章 清代 文物", "清代象牙印章，附文物鉴定证书及拍卖行合法来源证明，仅限文物拍卖渠道。"),
    ("Ivory netsuke, Article 10 certificate", "Antique ivory netsuke, c. 1880, sold with Article 10 certificate "
                                              "and a certificate of authenticity from the auction house."),
    ("Tượng ngà cổ có giấy", "Tượng ngà cổ thời Nguyễn, có giấy giám định cổ vật của bảo tàng tỉnh, xem hồ sơ."),
]


@pytest.mark.parametrize("title,description", ILLEGAL)
def test_authenticity_certificate_is_no_permit(expect, title, description):
    a = expect.flagged(title, description)
    assert a.label == "illegal", (title, a.explanation)


@pytest.mark.parametrize("title,description", REVIEW)
def test_real_permits_and_relic_papers_stay_in_review(expect, title, description):
    a = expect.flagged(title, description)
    assert a.label == "suspicious", (title, a.explanation)

"""Papers beside a live animal of a CITES-listed group (issue 12, kinds left for code by the zh6, en7
and vi6 sets): what the papers answer and what still doubts them.

1. Papers present answer a transfer/rehoming story: 转让/轉讓/rehoming/nhượng lại is how a keeper
   passes an animal on, and it claims "no papers" only where no paper is named (人工繁育许可证,
   专用标识, CITES permit, breeder's invoice, giấy phép / giấy CITES). A no-papers phrase is no paper
   either: 有证 inside 没有证 is no certificate.
2. A buyer who requires papers (求购…带证, 求收 有證, "WTB ... with CITES papers only", "cần mua ...
   có giấy") asks through the legal channel; a buyer who waives them (有证没证都收, papers not
   needed, không cần giấy) stays flagged.
3. Private messages on the platform (私信, 私聊, DM, PM, ib, inbox) are how every marketplace talks:
   alone they do not doubt the papers; moving the deal to another app (加微信, WhatsApp me, Zalo) beside
   the papers still does.
The listings are new wording, not copied from those sets."""
import pytest


# (title, description): papered App II animals and paper-requiring buyers: must stay out
PASS = [
    # 1. a transfer or rehoming story beside the papers
    ("转让 苏卡达陆龟 带证", "人工繁育许可证、专用标识和购买发票都有，因为搬家只能转让，有意私信"),
    ("轉讓 太陽鸚鵡 有CITES文件", "有漁護署許可證同CITES文件，因為移民轉讓，PM我"),
    ("Rehoming my sun conure", "Captive bred, comes with CITES permit and breeder invoice. Rehoming fee applies, DM for details"),
    ("Nhượng lại rùa sulcata", "Rùa sulcata có giấy phép nuôi và giấy CITES đầy đủ, nhượng lại do chuyển nhà, ib"),
    # 2. a buyer who requires papers
    ("求购 苏卡达陆龟 必须带证", "只要人工繁育、带专用标识，没证的别来，价格好商量"),
    ("求购 陆龟 带证", "只要有人工繁育许可证和专用标识的，没证的别来"),
    ("求收 太陽鸚鵡 有證", "只收人工繁殖 有證嘅 一歲以內"),
    ("WTB sulcata tortoise", "Captive bred with CITES papers only, no wild caught please. Based in Leeds"),
    ("Cần mua rùa sulcata có giấy", "Cần mua rùa sulcata có giấy CITES và giấy phép nuôi, không mua hàng không giấy"),
    ("Mua vẹt macaw có giấy", "cần mua vẹt macaw có giấy CITES, không có giấy không mua"),
    ("Looking for CB sulcata with papers", "Must come with CITES certificate and breeder invoice, no papers no deal. PM me"),
    # 3. the platform's own private messages beside the papers
    ("陆龟 带证 人工繁育", "人工繁育许可证 专用标识 齐全 价格私聊"),
    ("Sun conure CB with CITES", "Captive bred, CITES permit and breeder invoice included. DM me"),
    ("Rùa sulcata có giấy CITES", "rùa sulcata 2 tuổi, có giấy CITES và giấy phép nuôi, inbox"),
]

# (title, description): must reach a reviewer
FLAG = [
    # 1. a transfer with no paper named, and papers denied
    ("转让 陆龟 一只", "没证 养不了 便宜出"),
    ("Rehoming sun conure", "no papers, free to a good home, DM"),
    ("Nhượng lại rùa sulcata", "không giấy tờ, ib"),
    # 2. a buyer who waives the papers
    ("收 陆龟 各种", "有证没证都收 量大优先"),
    ("求购 太阳鹦鹉", "人工繁育最好，有证没证都行"),
    ("Cần mua rùa sulcata", "có giấy càng tốt, không cần giấy cũng được, ib"),
    ("WTB baby sun conure", "Looking for a hand-fed baby. Don't care about papers, cash ready"),
    # 3. the deal moved to another app beside the papers
    ("陆龟 带证 人工繁育", "人工繁育许可证 专用标识 齐全 加微信看货"),
    ("Sun conure CB with CITES", "Captive bred, CITES permit and breeder invoice included. WhatsApp me"),
    ("Rùa sulcata có giấy CITES", "rùa sulcata có giấy CITES, kết bạn zalo"),
]


@pytest.mark.parametrize("title,description", PASS)
def test_papered_animal_or_paper_requiring_buyer_stays_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, a.explanation


@pytest.mark.parametrize("title,description", FLAG)
def test_unpapered_or_doubted_live_animal_reaches_a_reviewer(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, a.explanation


@pytest.mark.parametrize("title,description", [
    ("陆龟 没有证 便宜出", "养不了了"),
    ("小陆龟 三只", "有证没证都行 要的来"),
    ("Sun conure", "can't give paperwork, sorry"),
])
def test_a_no_papers_phrase_is_no_paper(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not any(m.kind == "legal_channel" for m in a.matches), [(m.term, m.canonical) for m in a.matches]

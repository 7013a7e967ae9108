"""q30 (label strength, house rules at the top of tests/data/README.md): flagged listings that must be
labelled illegal, not suspicious, and their look-alikes that must stay in review or out.

- Viet Nam group IB turtles and monitors named precisely and offered without papers (strict_listed's
  per-species table: rùa hộp trán vàng, rùa Trung Bộ, rùa đầu to, kì đà vân) and the African grey by
  its southern name (két xám);
- a bear paw, or a whole gall bladder said to be wild (bear_parts.py); farm bile without a licence stays
  suspicious, a licensed drug with an approval number stays out;
- a collector's certificate (收藏证书) on a piece of no claimed age is no permit (authenticity_papers);
- a leg ring beside papers still being made (证说是在办) is no paper shown: the parrot goes to review;
- a species name asked rather than stated (rùa hộp trán vàng?) stays in review.
"""
import pytest

ILLEGAL = [
    ("Rùa hộp trán vàng 14cm", "Bán rùa hộp trán vàng 14cm, khỏe, ăn chuối, ai mua ib zalo."),
    ("Rùa Trung Bộ con", "Rùa Trung Bộ 600g, vừa bắt ngoài suối về, bán lẹ 1tr2, ib."),
    ("Rùa đầu to 1 ký", "Bán con rùa đầu to 1 ký, mỏ khoằm, ai cần ib."),
    ("kì đà vân 5kg", "Bán kì đà vân 5kg còn sống, giao Bình Dương, ai lấy gọi."),
    ("Két xám biết nói", "Két xám châu Phi 3 tuổi, nói nhiều, không có giấy tờ, để lại 12 triệu."),
    ("Rùa hộp trán vàng đực", "Rùa hộp trán vàng đực 1 ký, đóng mai kín, ai chơi thì hú em nghen."),
    ("Bear paws frozen", "Frozen bear paws x3 from the hunting season, $90 each."),
    ("Dried bear paw", "One dried bear paw, from a hunter up north, good for tonic soup."),
    ("Tay gấu tươi", "Còn 2 tay gấu tươi, ướp đá, nhà hàng cần thì gọi."),
    ("Bàn chân gấu khô", "2 bàn chân gấu khô, mỗi cái gần 1 ký, nấu cao hoặc ngâm rượu."),
    ("Rượu tay gấu", "Bình rượu ngâm tay gấu 10 lít, ngâm 4 năm, bổ gân cốt."),
    ("熊掌 一对 山货", "山货熊掌一对，冷冻，宴客用。"),
    ("Wild gall, whole, dried", "Whole wild bear gall bladder, dried, 60g, very bitter."),
    ("熊胆 整个 野的", "山里朋友弄的，野生整胆，一个70克左右。"),
    ("Mat gau rung nguyen tui", "mat gau rung nguyen tui, say kho, hang Tay Bac."),
    ("Bear gall, whole", "Whole bear gall from a forest bear, not farm, dried."),
    ("XY料 手镯 有收藏证书", "XY料手镯，56圈口，有收藏证书，私聊看视频。"),
]
REVIEW = [
    # farm bile without a licence (house rule: suspicious)
    ("Mật gấu nuôi lọ 10ml", "Mật gấu nuôi ở trại, rút tươi, lọ 10ml, không có số đăng ký, ai cần ib."),
    ("熊胆粉 养殖场 无批号", "自家养殖场熊胆粉，0.5克一瓶，没有批号，私聊。"),
    # wild bile powder: a boast, not a whole gall bladder
    ("Bear bile powder, wild", "Bear bile powder from wild bears, 10g bottle, DM for price."),
    # a claw is no paw
    ("Bear claw necklace", "Old necklace with 4 real black bear claws on leather, from an estate. $150."),
    # a collector's certificate on a piece said to be old: the age declaration the reviewer checks
    ("民国 老牙 筷子 有收藏证书", "民国老牙筷子一双，有收藏证书，价格私聊。"),
    # App II turtle group word only: stays suspicious
    ("Rùa hộp size 12", "Bán rùa hộp size 12, ăn khỏe, ib."),
    # a species guessed, not stated: the reviewer identifies it
    ("Rùa hộp lưng vàng 11cm", "Rùa hộp lưng vàng (rùa hộp trán vàng?) 11cm, bắt ở suối, ai mua ib."),
    # a ring beside papers still being made: no paper shown
    ("蓝黄金刚 有脚环", "蓝黄金刚鹦鹉，一岁半，有脚环，证说是在办，会上手，同城自提。"),
]
BENIGN = [
    ("熊胆粉 国药准字", "熊胆粉胶囊，国药准字，药店购入，未拆封，转让。"),
    ("Bear paw slippers size M", "Fluffy bear paw slippers, size M, worn twice. $10."),
    ("熊掌豆腐 家常菜", "熊掌豆腐做法分享，豆腐切块煎黄，加酱汁焖煮。"),
    ("Két sắt màu xám", "Thanh lý két sắt màu xám 50kg, khóa số, còn mới, 1tr5."),
    ("Blue and gold macaw, closed ring, CITES papers", "Captive bred blue and gold macaw, closed ring, CITES "
                                                     "certificate and breeder invoice, $1500."),
]


@pytest.mark.parametrize("title,description", ILLEGAL)
def test_house_rule_illegal_kinds_are_labelled_illegal(expect, title, description):
    a = expect.flagged(title, description)
    assert a.label == "illegal", (title, a.explanation)


@pytest.mark.parametrize("title,description", REVIEW)
def test_look_alikes_stay_in_review(expect, title, description):
    a = expect.flagged(title, description)
    assert a.label == "suspicious", (title, a.explanation)


@pytest.mark.parametrize("title,description", BENIGN)
def test_legal_and_everyday_look_alikes_stay_out(expect, title, description):
    expect.not_flagged(title, description)

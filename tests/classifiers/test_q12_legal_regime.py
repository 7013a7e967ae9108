"""Issue 12 kind 6 (legal-regime items) and Viet Nam's bear farms (q12, from train_vi7's "left for
code" list). A prohibited product (ivory, rhino horn, tiger parts, pangolin scales, hawksbill,
hornbill, Vietnamese farm bear bile; live animals keep their own papers rule) offered with a paper
claimed beside it (a farm's registration, a medicine's registration number, a ranger's confirmation, a
certificate, 'declared before 2005') goes to a reviewer who checks the paper: the paper phrase is not
a look-alike that clears it. In Viet Nam a bear farm's registration covers keeping chipped bears, not
selling bile, and "the bears went to a rescue centre" beside a sale is no conservation post. The
listings below are new wording, not copied from the set. Guards: registered medicines and farm papers
for legal stock (softshell turtles, pythons, farmed deer velvet), papered App II pets, licensed
Chinese bear-bile drugs, news and questions about papers, declared legal materials."""
import pytest

FLAG = [
    # Vietnamese bear farm bile with the farm's paper, or the bears 'sent to rescue'
    ("Mật gấu trại Hà Tĩnh có giấy trại", "Mật gấu lấy từ trại đăng ký đàng hoàng, lọ 3ml, 600k, giao toàn quốc"),
    ("Thanh lý mật gấu khô", "Nhà có trại gấu, gấu đã giao cho trung tâm cứu hộ, còn ít mật khô bán lại, ai cần ib"),
    # prohibited products with a Vietnamese paper phrase (farm/ranger confirmation, registration number)
    ("Vòng ngà voi có xác nhận của kiểm lâm", "Vòng ngà voi bản 10 ly, đã đăng ký với kiểm lâm, bán lại 15tr"),
    ("Cao dán có vảy tê tê, có số đăng ký", "Cao dán xương khớp thành phần vảy tê tê, có số đăng ký, còn 5 hộp bán lại"),
    # an antique / certificate claim on ivory where another word of the post read as a colour
    ("Tượng ngà voi cổ có giấy chứng nhận", "Tượng ngà voi thời Pháp, có giấy chứng nhận, màu trắng ngà ngả vàng, giá 20tr"),
]

PASS = [
    # legal stock with farm papers or a medicine's registration number
    ("Ba ba giống có giấy trại", "Ba ba gai giống thương phẩm, có giấy trại, giao toàn quốc"),
    ("Nhung hươu trại nuôi có giấy trại", "Nhung hươu tươi trại nuôi Nghệ An, có giấy trại, 2tr/lạng"),
    ("Thuốc bổ gan có số đăng ký", "Viên uống bổ gan, có số đăng ký Bộ Y tế, 150k/hộp"),
    # licensed Chinese bear-bile drug and UDCA
    ("熊胆粉 胶囊 国药准字", "国药准字Z号熊胆粉胶囊，正规药店销售，凭处方。"),
    ("Thuốc UDCA 300mg có số đăng ký", "Ursodeoxycholic acid tổng hợp, không phải mật gấu, có số đăng ký"),
    # a question or news about papers, selling nothing
    ("Hỏi: ngà voi có giấy kiểm lâm thì có được bán không?", "Nhà có cặp ngà ông để lại, hỏi cho vui, không bán đâu"),
    # a declared legal material
    ("Lược sừng trâu có giấy chứng nhận", "Lược sừng trâu thật, có giấy chứng nhận làng nghề, 120k"),
]


@pytest.mark.parametrize("title,description", FLAG)
def test_paper_claims_on_prohibited_products_go_to_review(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert a.flagged, a.explanation


@pytest.mark.parametrize("title,description", PASS)
def test_papers_for_legal_goods_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description})
    assert not a.flagged, a.explanation

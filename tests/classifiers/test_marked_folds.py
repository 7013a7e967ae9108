"""Vietnamese written with its marks, read through its unmarked form (classifiers/marked_folds.py,
session 12). In a text written with marks a folded hit must agree with the marks the seller wrote:
'chân sưng tê' is no 'sừng tê', 'nhập Nga có' no 'ngà cổ', 'đổi mới' no 'đồi mồi', 'màu đen pha' no
'đèn pha'. A text written bare keeps its folded reading (nga voi, sung te, vay te te, mat gau), and a
mark changed on one syllable of a product name beside one written right still reads as the product
where the name or trade says so (sưng tê 100 gam bán, ngà vọi, sừng tè giác). Also: a legal-material
phrase whose last word begins a product term (lược sừng | sừng tê giác) no longer covers it
(declared_materials.material_named_after)."""
import pytest

from classifiers.marked_folds import agrees, mostly_bare

# ordinary Vietnamese written with marks, whose unmarked form is a product name
STAY_OUT = [
    ("Chân bị sưng tê mấy hôm nay", "Ai biết thuốc gì bôi cho đỡ không ạ, cảm ơn cả nhà"),
    ("Tay sưng tê buốt sau khi tiêm", "Em hỏi chút, bán thuốc gì cho đỡ vậy các bác?"),
    ("Mắt cá chân sưng tê sau trận bóng", "Chườm đá hay chườm nóng thì tốt hơn mọi người"),
    ("Ngồi lâu quá nên chân vậy tê luôn", "Cả nhà có bài tập nào cho dân văn phòng không"),
    ("Bị vậy tê cả tay", "Bán lại máy massage cầm tay, giá 500k, còn bảo hành"),
    ("Xe tải nhập Nga có giấy tờ", "Bán gấp xe tải Kamaz đời 2015, máy khỏe"),
    ("Máy khoan cũ", "Hàng nhập Nga có chứng từ đầy đủ, chạy tốt, giá 1tr2"),
    ("Áo phao dày", "Bên Nga có tuyết rơi sớm nên mình mua dư, áo phao giá 300k"),
    ("Ốp lưng mặt gấu dễ thương", "Ốp iPhone 13 mặt gấu dễ thương, giá 50k, nhiều màu"),
    ("Tẩy gấu trúc cho bé", "Set 6 cục tẩy hình gấu trúc, giá 30k"),
]

# the folded hit each of these must not make beside a product named as written (a look-alike or cue
# read through another mark would clear or colour the listing)
NOT_READ = [
    ("Vòng ngà ma mút nhập Nga có chứng từ", "đồ cổ ngà"),  # ngà cổ, old ivory
    ("Bán ngà voi treo tường, 2 cây nguyên", "手镯"),  # tượng (statue), a form word
    ("Chè chuối nướng 15k, món tráng miệng tên ngà voi", "手镯"),  # chuỗi (a strand)
    ("Sừng tê giác châu Phi màu đen pha nâu, khúc 300g", "pô xe"),  # đèn pha, the headlight look-alike
    ("Vòng tay ngà voi màu đen pha trắng lạ lắm", "pô xe"),
]

FLAG = [
    # bare, as sellers type without an input method
    ("ban nga voi nguyen khuc", "nga voi nguyen khuc 2 ky, ib gia"),
    ("can ban sung te", "sung te 2 lang, hang chuan, gia tot"),
    ("vay te te kho", "vay te te kho 1kg, ship toan quoc"),
    ("mat gau rung", "mat gau rung nguyen tui, lh zalo"),
    # bare product words inside a text written with marks
    ("Cần bán nga voi nguyên khúc", "Giá thương lượng, xem hàng trực tiếp"),
    ("Mình có ít vay te te sao", "Ai cần ib mình báo giá"),
    ("Ship toàn quốc", "mat gau rung loại 1, nguyên túi"),
    ("Bán sung te giac xịn", "Bao test, ai cần liên hệ"),
    # one syllable with another mark beside one written right, with the name or trade
    ("Bán sưng tê 100 gam", "Hàng chuẩn, giá tốt, ai cần ib"),
    ("Có ít tê giắc cần bán, 80g", "Ai cần nhắn mình"),
    ("Mặt phật ngà vọi bọc vàng", "Nhận đặt theo tuổi"),
    ("Sừng tế giác nguyên khúc", "Hàng về ít, ai cần nhắn riêng"),
    # a headlight look-alike no longer read in a colour ('màu đen pha nâu')
    ("Sừng tê giác châu Phi màu đen pha nâu", "Khúc 300g, hàng về ít"),
    # a legal-material phrase whose last word begins the product term
    ("Bán lược sừng tê giác thật", "Lược chải tóc, giá 5tr"),
    ("Lược sừng tê giác chải tóc", "Hàng hiếm, để lại cho người biết chơi"),
]

STILL_LEGAL = [
    ("Lược sừng trâu thật 100%", "Giá 80k, làng nghề Thụy Ứng"),
    ("Vòng tay sừng trâu đen", "Giá rẻ, bảo hành 1 năm"),
]


@pytest.mark.parametrize("title,description", STAY_OUT)
def test_marked_words_are_not_read_as_a_product(clf, title, description):
    a = clf.assess({"title": title, "description": description, "lang": "vi"})
    assert not a.flagged, (title, a.explanation)


@pytest.mark.parametrize("text,entry", NOT_READ)
def test_marked_words_make_no_folded_hit(clf, text, entry):
    a = clf.assess({"title": text, "lang": "vi"})
    assert entry not in [m.canonical for m in a.matches], [(m.term, m.canonical) for m in a.matches]


@pytest.mark.parametrize("title,description", FLAG)
def test_bare_and_misspelled_products_still_flag(clf, title, description):
    a = clf.assess({"title": title, "description": description, "lang": "vi"})
    assert a.flagged, (title, a.explanation)


@pytest.mark.parametrize("title,description", STILL_LEGAL)
def test_legal_horn_combs_stay_out(clf, title, description):
    a = clf.assess({"title": title, "description": description, "lang": "vi"})
    assert not a.flagged, (title, a.explanation)


def test_mostly_bare_text_keeps_the_folded_reading():
    assert mostly_bare("ban nga voi nguyen khuc, gia tốt")
    assert not mostly_bare("bán ngà voi nguyên khúc, giá tốt")


@pytest.mark.parametrize("text,span,product,want", [
    ("màu đen pha", "đen pha", False, False),  # a look-alike never through another mark
    ("nhập nga có giấy", "nga có", True, False),  # no syllable written as the key's
    ("vòng nga vôi đẹp", "vòng nga vôi", True, True),  # three syllables, one written right
    ("chân sưng tê quá", "sưng tê", True, False),  # two syllables, no trade in the clause
    ("sưng tê 150 gam", "sưng tê", True, True),
    ("vòng ngà voi", "vòng ngà voi", True, True),
])
def test_agreement_by_syllable(text, span, product, want):
    s = text.index(span)
    forms = {"đen pha": ("đèn pha",), "nga có": ("ngà cổ",), "vòng nga vôi": ("vòng ngà voi",),
             "sưng tê": ("sừng tê",), "vòng ngà voi": ("vòng ngà voi",)}[span]
    assert agrees(text, s, s + len(span), forms, product) is want

"""q42 (session 13, Vietnamese scope). Kinds from the vi13, mx1 and adv2 sections of tests/data/README.md:
(b) an admixture negated with a verb pair ('không pha trộn sừng trâu', 'không độn nhựa'): what is not
mixed in is denied, not the item's declared material (train_vi13 0083); (c) a business named after an
animal with lowercase words of its trade between ('Tiệm bánh Tê Tê', 'quán lẩu dê tên Ông Ba Mươi');
(d) a quoted denial of ivory on a named legal material stays honest (train_mx1 0144); (e) the owner's own
legality worry or question ('em không muốn vi phạm pháp luật', 'có vi phạm pháp luật không') is an asking
word, not a conservation frame (train_adv2 0233); (a) a quoted product word after a legal-material
phrase is not covered by it ('Lược sừng "tê"', unmarked too: train_vi13 0112), and an animal quoted after
its part word is the product with a wink (xương "hổ"), as the unmarked xuong "ho" already was."""
import pytest

# (b) the product promised unmixed: the legal material after 'không pha trộn / trộn / độn' is what is
# not in it (several were flagged only weakly or not at all before: the material read as declared)
ADMIXTURE_FLAG = [
    ("Vòng ngà trơn", "Ngà thật 100%, không trộn nhựa, không độn bột đá. Size 56."),
    ("Sừng tê xẻ lát 30g", "Sừng tê xẻ lát, ngâm nước uống. Không pha tạp sừng bò. 30g giá 9tr."),
    ("Sung te xe lat 30g", "Sung te xe lat mong, ngam nuoc uong. Khong pha tron sung trau. 30g gia 9tr."),
    ("Cao hổ nấu 100g", "Cao nấu từ xương hổ, không trộn xương bò. 100g giá 5tr."),
    ("Sừng tê mài sẵn 20g", "Bột mài từ sừng tê, cam kết không độn sừng trâu. 20g giá 6tr."),
]
ADMIXTURE_STAY_OUT = [
    ("Lược sừng trâu", "Lược sừng trâu nguyên chất, không pha trộn sừng bò. Giá 150k."),
    ("Vòng sừng trâu nguyên chất", "Vòng sừng trâu đen, không độn nhựa, không pha trộn sừng bò. Giá 250k."),
    ("Vòng tay xương bò", "Xương bò thật, không trộn nhựa hay bột đá. Giá 100k."),
    ("Luoc sung trau", "Luoc sung trau nguyen chat, khong pha tron sung bo, gia 150k."),
    ("Cà phê nguyên chất", "Cà phê rang mộc, không pha trộn đậu nành, bắp. 500g giá 120k."),
    ("Vòng sừng trâu", "Sừng trâu thật, không pha trộn sừng tê hay nhựa, giá 200k."),
]

# (c) businesses named after an animal, with lowercase words of the trade before the name
BUSINESS_STAY_OUT = [
    ("Tiệm bánh Tê Tê khai trương", "Tiệm bánh Tê Tê giảm giá 20% bánh kem, bánh mì. Địa chỉ 12 Lê Lợi."),
    ("Quán lẩu dê tên Ông Ba Mươi", "Quán lẩu dê Ông Ba Mươi mở cửa từ 10h, đặt bàn qua hotline."),
    ("Tiem banh Te Te", "Tiem banh Te Te giam gia banh kem 20%."),
    ("Tiệm nail Ngà Voi", "Tiệm nail Ngà Voi làm móng giá rẻ, đặt lịch qua zalo."),
    ("Tiệm vàng Kim Ngà", "Tiệm vàng Kim Ngà thu mua vàng giá cao."),
    ("Quán nhậu Hổ Báo tuyển nhân viên", "Quán nhậu Hổ Báo cần tuyển 2 bạn phục vụ, lương 6tr."),
]
# a trade word, a herbal or forest-goods trade between: what the business buys or sells
BUSINESS_FLAG = [
    ("Quán nhậu cần mua Tê Tê", "Quán nhậu cần mua Tê Tê sống, giá cao, ai có ib."),
    ("Tiệm chuyên Ngà Voi", "Tiệm chuyên Ngà Voi, Sừng Tê, hàng về đều, ib giá."),
    ("Tiem thuoc Ngà Voi", "Tiệm thuốc có ngà voi nguyên khúc 2kg, ib giá."),
    ("Tiệm thuốc bắc Sừng Tê", "Tiệm thuốc bắc Sừng Tê Giác mài sẵn, 10g giá 3tr."),
]

# (d) a quoted denial of ivory or horn on a named legal material: honest
HONEST_DENIAL = [
    ("Vòng tay gỗ trầm 'không phải ngà'", "Vòng trầm hương tự nhiên, không phải ngà, không phải sừng. Hàng Khánh Hòa."),
    ("Vòng trầm hương \"không phải ngà\"", "Vòng trầm hương Khánh Hòa 108 hạt, thơm tự nhiên. Giá 800k."),
    ("Vong tram huong 'khong phai nga'", "Vong tram huong tu nhien, khong phai nga voi. Gia 500k."),
    ("Vòng sừng trâu 'không phải sừng tê'", "Vòng sừng trâu đen bóng, hàng Thanh Hóa. Giá 200k."),
    ("Vòng tay xương bò \"không phải ngà\"", "Vòng xương bò trắng, khắc hoa văn, giá 250k."),
]
WINKED_DENIAL = [
    ("Vòng tay 'không phải ngà'", "Vòng trắng ngà, vân xương cá, ai hiểu ib. Giá 8tr."),
    ("Vòng trắng \"không phải ngà\" đâu nhé", "Hàng cũ, vân ô trám rõ, nặng tay, ib giá."),
]

# (e) an owner asks about the law for a piece with tells, and an offer is on the table
OWNER_QUESTION_FLAG = [
    ("Nhờ các bác xem giúp", "Nhà em có cái vòng tay màu vàng ngà, vân chéo li ti như xương cá, nặng tay, của bà "
     "để lại. Có người trả 10 triệu. Em muốn bán nhưng không muốn vi phạm pháp luật, cần giấy gì ở kiểm lâm không ạ?"),
    ("Nhờ tư vấn", "Nhà em có cái sừng tê giác cũ của ông, có người trả 200 triệu. Em sợ vi phạm pháp luật nên "
     "muốn hỏi làm giấy ở kiểm lâm có được không?"),
    ("Hoi ve cai tau", "Nha em co cai tau thuoc mau vang nga, van cheo li ti, nang tay. Co nguoi tra 5 trieu. "
     "Ban thi co vi pham phap luat khong a?"),
]
CONSERVATION_STAY_OUT = [
    ("Cảnh báo buôn bán ngà voi", "Buôn bán ngà voi là vi phạm pháp luật, hãy báo cho kiểm lâm khi thấy rao bán."),
    ("Tin tức", "Kiểm lâm bắt giữ 2 tạ ngà voi, đối tượng vi phạm pháp luật bị khởi tố."),
    ("Mình hỏi chút", "Mọi người cho mình hỏi mua vòng ngà voi có vi phạm pháp luật không? Mình không mua đâu, "
     "chỉ tò mò."),
]

# (a) a quoted product word after a legal-material phrase: the quotes wink, the phrase covers nothing
QUOTED_AFTER_MATERIAL_FLAG = [
    ("Lược sừng \"lạ\" màu đen", "Lược sừng màu đen, thớ rất mịn, bán lại ai hiểu."),
    ("Lược sừng \"tê\" 50g", "Lược chải tóc, giá 5tr."),
    ("Luoc sung \"te\" 50g", "Luoc chai toc, gia 5tr."),
    ("Lược sừng 'tê giác'", "Lược chải tóc, giá 5tr."),
    ("Luoc sung 'te giac'", "Luoc chai toc, gia 5tr."),
    ("Luoc sung te giac", "Luoc chai toc, gia 5tr."),
    # the animal of a part name in quotes (the marked text read as the unmarked one already was)
    ("Vòng xương \"hổ\"", "Vòng đeo tay, giá 3tr."),
    ("Mặt dây chuyền xương 'hổ'", "Hàng cũ, để lại 3tr, ai cần ib."),
]
QUOTED_AFTER_MATERIAL_STAY_OUT = [
    ("Lược sừng trâu \"xịn\"", "Lược sừng trâu chải tóc, hàng Thanh Hóa, giá 150k."),
    ("Lược sừng lạ mắt", "Lược sừng trâu hoa văn lạ mắt, giá 150k"),
    ("Lược sừng trâu", "Lược sừng trâu chải tóc, giá 150k"),
    ("Luoc sung trau \"xin\"", "Luoc sung trau chai toc, gia 150k."),
    ("Móc khóa \"hổ\"", "Móc khóa hình con hổ dễ thương, giá 20k."),
    ("Áo thun in hình \"hổ\"", "Áo thun cotton in hình con hổ, giá 150k."),
    # a quoted material after a form word: the replica's so-called material (train_vi13 0199's kind)
    ("Vòng tay 'ngà' nhựa giá rẻ, không phải ngà thật", "Vòng giả ngà bằng nhựa, màu trắng sữa, đeo cho vui."),
]


@pytest.mark.parametrize("title,description", ADMIXTURE_FLAG + BUSINESS_FLAG + WINKED_DENIAL + OWNER_QUESTION_FLAG
                         + QUOTED_AFTER_MATERIAL_FLAG)
def test_flags(expect, title, description):
    expect.flagged(title, description, "vi")


@pytest.mark.parametrize("title,description", ADMIXTURE_STAY_OUT + BUSINESS_STAY_OUT + HONEST_DENIAL
                         + CONSERVATION_STAY_OUT + QUOTED_AFTER_MATERIAL_STAY_OUT)
def test_stays_out(expect, title, description):
    expect.not_flagged(title, description, "vi")


def test_admixture_material_is_denied_not_declared(clf):
    a = clf.assess({"title": "Sừng tê xẻ lát", "description": "Sừng tê xẻ lát. Không trộn sừng trâu. 30g giá 9tr."})
    assert [m.negated for m in a.matches if m.term == "sừng trâu"] == [True]


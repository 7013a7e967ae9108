"""Vietnamese listings written by hand for issue 12 (not from dev.jsonl, the demo data or
tests/data/unseen.jsonl): look-alikes that must stay out of the queue (farmed and legal animals,
buffalo-horn, bone and resin goods, toys, pharmacy items with legal ingredients, brands, plants and
everyday words that share a wildlife word) and trade listings that must reach a reviewer (named,
described, written without marks, teencode, live animals of listed groups)."""
import pytest


# (title, description): must be flagged (illegal or suspicious)
FLAG = [
    ("Bay nhẫn ngà voi bọc vàng 18k", "Hàng cũ sưu tầm, ai thích ib"),
    ("✈️ vòng tay ngà, vân ô trám rõ nét", "soi đèn thấy vân, ib giá"),
    ("Móng cọp bọc bạc đeo hộ mệnh", "bảo đảm thật 100%, ai cần inbox"),
    ("Nanh cọp rừng thật, có vân máu", "bao đốt, bao soi"),
    ("Răng hổ thật bịt bạc", "hàng cũ của ông để lại"),
    ("Da hổ nguyên tấm cả đầu", "trải sàn, liên hệ zalo"),
    ("Xuong ho nau cao, hang chuan rung", "ai can ib"),
    ("Vay te te kho 500g", "ship kin toan quoc"),
    ("Sung te giac chau phi", "1 khuc 2 lang, ai biet thi ib"),
    ("Bàn chân gấu khô", "hàng rừng Tây Nguyên, giá tốt"),
    ("Tê tê con bắt trong rẫy", "còn khỏe, ai nuôi ib"),
    ("Khỉ đuôi lợn con 3 tháng", "ăn chuối, quen người, không giấy tờ"),
    ("Culi con mắt to tròn", "ngủ ngày, dễ nuôi, ai lấy ib"),
    ("Vẹt xám châu phi biết nói", "không có giấy, giao tận nơi"),
    ("Rùa núi vàng 2kg", "bắt ngoài rừng, còn sống"),
    ("Hổ con 2 tháng tuổi", "khỏe mạnh, giao kín"),
    ("Mỏ sừng hồng hoàng chạm rồng", "hàng hiếm, ai chơi ib"),
    ("Vòng đồi mồi thật", "hơ nóng uốn được, không phải nhựa"),
    ("Cao hổ cốt nguyên chất loại 1", "100g, nấu từ xương thật"),
    ("Rượu hổ cốt ngâm 10 năm", "bình 5 lít, ai cần liên hệ"),
    ("Nhẫn lông đuôi voi bện tay", "lông voi thật, hộ mệnh"),
    ("Tượng ngà cổ thời Pháp", "có giấy tờ sưu tầm"),
    ("Mèo gấm con", "bắt được ngoài rẫy, ai nuôi ib"),
    ("Vượn đen má trắng con", "quen người, ăn hoa quả"),
    ("Cần mua ngà voi, sừng tê số lượng lớn", "giá cao, gặp trực tiếp"),
    ("Gom nanh, móng, ngà các loại", "ai có ib giá"),
    ("Hàng trắng chạm Phật, nặng tay", "soi đèn có vân hình thoi, không phải nhựa, không phải xương, ai hiểu thì ib"),
    ("Hàng đen mài ra bọt", "sợi như tóc, ai biết thì ib"),
    ("Sừng tê mài uống giải độc hạ sốt", "hàng chuẩn, bao test"),
    ("Chuỗi hạt ngà 108 hạt", "ngả vàng lên nước, không phải xương bò"),
    ("Da báo hoa mai thật", "tấm lớn, có đầu"),
    ("Móng gấu ngựa bịt bạc", "hàng rừng, ai cần ib"),
    ("Sừng linh dương", "bào mỏng, hạ sốt"),
    ("Rắn hổ chúa 3m", "hàng rừng, còn sống"),
    ("Cao sơn dương nguyên chất", "nấu từ xương sơn dương rừng"),
    ("Trúc ngà voi hay ngà voi thật? Ngà voi thật nhé", "mặt dây chuyền, ib"),
    ("Phôi ngà 2kg", "ai làm thợ ib"),
    ('Bán vòng tay ngà voi', ''),
    ('Vòng ngà voi Châu Phi', 'ai cần ib'),
    ('Nhẫn ngà 2 chỉ', 'ngà thật'),
    ('Lông voi thật đeo tay', 'hộ mệnh, đã test'),
    ('Móng hổ thật bịt vàng', ''),
    ('Vuốt gấu rừng', 'bọc bạc'),
    ('Sừng tê giác thật', 'mài uống'),
    ('Vảy trút', '1 lạng'),
    ('Khỉ mặt đỏ con', 'ăn khỏe'),
    ('Voọc chà vá con', 'ai nuôi ib'),
    ('Cu li', 'con này ngủ cả ngày, mắt to, ai nuôi ib'),
    ('Gà lôi trắng', 'bắt được trên núi'),
    ('Chim công xanh', 'hàng rừng'),
    ('Đại bàng con', 'bắt được ngoài rừng, ai nuôi'),
    ('Sơn dương con', 'hàng rừng'),
    ('Gấu ngựa con', 'ai nuôi ib'),
    ('Mật gấu rừng nguyên túi', 'không phải gấu nuôi'),
    ('Cao hổ', 'lọ 100g hàng chuẩn'),
    ('Vòng đồi mồi thật', 'hơ nóng uốn được, không phải nhựa'),
    ('Đàn piano cổ phím ngà', 'đời 1920, phím ngà voi nguyên bản'),
    ('Tượng ngà voi cổ có giấy chứng nhận', 'mua đấu giá, có giấy tờ'),
    ('Hộp đựng trầu khảm ngà xưa', 'đồ cổ thời Pháp'),
    ('Ống điếu sừng tê xưa', 'đồ cổ gia truyền'),
    ('Mật gấu nuôi nhà', 'gấu nhà nuôi, lấy mật sạch'),
    ('Vảy tê tê sao cát', 'lợi sữa, 1 lạng'),
    ('Ngà voi ma mút', 'có giấy kiểm định, hàng Nga'),
    ('Vòng tay trắng chạm hoa', 'không phải nhựa, không phải xương, nặng tay, vân ô trám'),
    ("🦏 nguyên khúc 1,2kg", "hàng châu phi, ib"),
    ("Mặt Phật trắng ngà", "không phải xương bò, ai hiểu thì ib"),
]

# (title, description): must NOT be flagged
PASS = [
    ("Vòng tay sừng trâu đen tự nhiên", "hàng làng nghề, đánh bóng thủ công"),
    ("Lược sừng bò chải tóc", "giảm rụng tóc, hàng Việt"),
    ("Tượng Phật Di Lặc nhựa composite màu ngà", "cao 30cm, để xe ô tô"),
    ("Vòng tay giả ngà bằng nhựa resin", "phụ kiện thời trang giá rẻ"),
    ("Nhẫn xương bò khắc hoa văn", "handmade, nhiều size"),
    ("Cao ban long nguyên chất", "nấu từ gạc hươu nuôi trang trại"),
    ("Nhung hươu tươi trại Hương Sơn", "có giấy kiểm dịch, giao Hà Nội"),
    ("Ba ba giống nuôi thương phẩm", "bao sống, giao toàn quốc"),
    ("Gấu bông hổ con siêu dễ thương 40cm", "quà cho bé"),
    ("Mô hình tê giác bằng nhựa", "đồ chơi trẻ em, an toàn"),
    ("Móc khóa hình con voi bằng gỗ", "quà lưu niệm"),
    ("Tranh thêu chữ thập mãnh hổ hạ sơn", "khổ 1m2, đã thêu xong"),
    ("Tượng hổ phong thủy bằng đồng", "để bàn làm việc"),
    ("Áo dài lụa màu trắng ngà size M", ""),
    ("Gạch ốp tường màu trắng ngà 30x60", "hàng loại 1"),
    ("Rèm cửa vải màu ngà voi chống nắng", "may theo kích thước"),
    ("Bình giữ nhiệt Tiger 500ml", "chính hãng Nhật"),
    ("Nồi cơm điện Tiger 1.8L", "bảo hành 12 tháng"),
    ("Giày Onitsuka Tiger Mexico 66", "size 41, còn mới"),
    ("Bia Tiger thùng 24 lon", "giao nhanh nội thành"),
    ("An cung ngưu hoàng hoàn Hàn Quốc", "thành phần sừng trâu thay sừng tê, có số đăng ký"),
    ("Viên uống bổ gan UDCA tổng hợp", "không chứa mật gấu, có số đăng ký"),
    ("Cao ngựa bạch nguyên chất", "nấu từ xương ngựa trắng"),
    ("Yến sào Khánh Hòa nguyên tổ 100g", ""),
    ("Chim công Ấn Độ trắng nuôi sinh sản", "trại có giấy phép"),
    ("Nhím giống thương phẩm", "trại có giấy phép, bao sống"),
    ("Dúi mốc giống nuôi trang trại", "ăn tre, dễ nuôi"),
    ("Heo rừng lai nuôi thả vườn", "thịt sạch, giao tận nơi"),
    ("Hamster bear trắng 2 tháng tuổi", "kèm lồng và thức ăn"),
    ("Dịch vụ hổ trợ đăng ký sim chính chủ", ""),
    ("Tòa nhà sừng sững giữa trung tâm", "cho thuê văn phòng"),
    ("Báo cáo tài chính mẫu Excel", ""),
    ("Tê tay chân uống viên gì?", "viên bổ thần kinh có số đăng ký"),
    ("Voi sen tam nong lanh", "inox 304, bao hanh 2 nam"),
    ("Chậu cây lưỡi hổ", "lọc không khí, để phòng khách"),
    ("Cây giống hoa móng cọp xanh ngọc", "leo giàn đẹp"),
    ("Váy da báo sexy", "chất thun co giãn"),
    ("Thảm lông họa tiết da hổ", "lông nhân tạo, 1m6 x 2m"),
    ("Dầu gió xanh con ó", "Eagle Brand 24ml"),
    ("Bọ tê giác sống", "kiến vương nuôi cho bé xem"),
    ("Bong bóng cá basa khô 500g", "nấu súp"),
    ("Sách tranh động vật hoang dã cho bé", "hổ, voi, tê giác"),
    ("Chậu xương rồng mini để bàn", ""),
    ("Áo thun in hình con hổ", "cotton 100%"),
    ("Kẹp cá sấu điện 10 cái", "dùng cho sửa chữa"),
    ("Rùa tai đỏ con", "kèm bể kính"),
    ("Vòng tay đá mắt hổ", "phong thủy hợp mệnh"),
    ("Đàn piano Yamaha phím nhựa", "đời 1990, còn đẹp"),
    ("Kỳ nhông Úc bearded dragon", "kèm chuồng và đèn"),
    ('Lá mật gấu khô 1kg', 'nấu nước uống mát gan'),
    ('Cây mật gấu giống', 'dễ trồng'),
    ('Hay bị tê tê đầu ngón tay', 'dùng viên bổ thần kinh nào tốt'),
    ('Lốp xe mòn vẹt cần thay', 'bán lốp cũ'),
    ('Sách học vẹt tiếng Anh', ''),
    ('Khỉ bông dễ thương', 'quà sinh nhật'),
    ('Gấu trúc bông 60cm', ''),
    ('Áo khoác họa tiết báo hoa mai', 'size L'),
    ('Nanh heo rừng bọc bạc', 'heo rừng nuôi trang trại'),
    ('Cao xoa bóp Bạch Hổ', 'giảm đau nhức'),
    ('Miếng dán con hổ giảm đau', 'hộp 10 miếng'),
    ('Chim chào mào hót hay', 'bổi mới về'),
    ('Trăn trở về nghề nông', 'bài viết'),
    ('Vảy rồng cây cảnh', 'chậu nhỏ'),
    ('Shop Ngà Nguyễn thanh lý', 'quần áo trẻ em'),
    ('Tượng voi gốm Bát Tràng', 'cặp voi phong thủy'),
    ('Rượu ngâm ba kích tím', 'chai 2 lít'),
    # q16: an App I arowana with a chip and unnamed papers goes to review (vi8-0139's house rule); with its
    # CITES certificate named it stays benign (test_q16_strict_listed)
    ('Cá rồng huyết long có chip', 'giấy CITES đầy đủ'),
    ('Tượng tê giác bằng gỗ', 'để bàn'),
    ('Sừng tê giác giả bằng nhựa resin', 'đạo cụ quay phim'),
    ('Mô hình hổ nhựa', 'đồ chơi cho bé'),
    ('Tranh con hổ sơn dầu', 'treo phòng khách'),
    ('Móng tay giả', 'nail box'),
    ('Xương ống heo hầm', '1kg'),
    ('Vòng tay trầm hương', 'hạt 10 li'),
    ('Dầu cù là hiệu con cọp', 'lọ nhỏ'),
    ('Rùa cảnh bằng đá', 'phong thủy'),
    ('Con voi biết bay đồ chơi', ''),
    ('Phim tài liệu về tê tê', 'bảo vệ động vật hoang dã'),
    ('Cao gắm', 'cây thuốc nam'),
    ('Lược sừng trâu thật', 'không phải nhựa, chải tóc mượt'),
    ('Vòng gỗ sưa thật', 'không phải hàng giả, mùi thơm'),
    ('Nồi cơm điện Tiger chính hãng', 'không phải hàng giả, bảo hành 12 tháng'),
    ('Vòng tay sừng trâu', 'cam kết sừng thật không phải nhựa'),
    ('Thuốc bổ khớp chiết xuất sụn vi cá mập', 'có số đăng ký, hộp 60 viên'),
    ('Cao xương cá sấu nuôi', 'trại cá sấu có giấy phép'),
    ('Hộp gỗ khảm xà cừ', 'đồ cổ, có giấy mua bán'),
    ('Đồng hồ cổ Pháp', 'có giấy tờ nguồn gốc'),
    ('Lục bình gốm men rạn vẽ hổ', 'đồ cổ'),
    ('Giày da cá sấu nuôi', 'có giấy CITES, da thật'),
    ('Tinh bột nghệ', 'nguyên chất'),
    ('Thuốc an cung ngưu hoàng', 'có số đăng ký bộ y tế'),
    ('Chim yến hót', 'chim cảnh'),
    ('Nhím cảnh Hedgehog', 'nhím kiểng châu Phi, thuần tay'),
    ('Gà rừng lai nuôi', 'gà nhà lai gà rừng, đá hay'),
    ('Vòng tay xương bò trắng', 'khắc chữ, rẻ'),
    ('Tỳ hưu ngọc hoàng long', 'vòng tay phong thủy'),
]


# Misses not fixed by lexicon data: none left (an emoji standing for the animal before a piece word,
# Vietnamese negation of a cover material, a colour word naming the material were).
KNOWN_MISSES = []



@pytest.mark.parametrize("title,description", FLAG)
def test_vietnamese_trade_listing_reaches_a_reviewer(expect, title, description):
    expect.flagged(title, description, "vi")


LEGAL_PETS = [
    # a legal pet (not CITES-listed) with "hand-tame" and a cage: the named pet outweighs the live
    # cue and the description (features.py, pets.yaml)
    ("Sóc bay Úc sugar glider thuần tay", "ăn trái cây, kèm lồng"),
]


@pytest.mark.parametrize("title,description", LEGAL_PETS)
def test_a_named_legal_pet_stays_out(expect, title, description):
    expect.not_flagged(title, description, "vi")


@pytest.mark.parametrize("title,description", PASS)
def test_vietnamese_look_alike_stays_out(expect, title, description):
    expect.not_flagged(title, description, "vi")


@pytest.mark.xfail(strict=True, reason="known miss: needs more than lexicon data")
@pytest.mark.parametrize("title,description", KNOWN_MISSES)
def test_known_vietnamese_misses(expect, title, description):
    expect.flagged(title, description, "vi")
